/**
 * Turn a rule definition plus its check (a compiled JSON Schema validator or a code check) into
 * a CompiledRule. Shared by built-in rules (validators generated at build time) and custom
 * rules (validators compiled at run time).
 */
import { pathToFileURL } from 'node:url';
import { parsePath, type FieldPath, type PathSegment } from '../model/fieldpath.js';
import { ruleHelpUri } from '../model/rule-meta.js';
import type { CheckContext, CheckViolation, CodeCheck, FixOperation, LintTarget } from './checks/types.js';
import { RuleContractError } from './errors.js';
import type { CompiledRule, OptionsValidator, RuleDefinition } from './types.js';

/** The shape of an ajv validate function (standalone or runtime). */
export interface SchemaValidateFn {
  (data: unknown): boolean;
  errors?: { instancePath: string; keyword: string; params: Record<string, unknown> }[] | null;
}

/** What a schema check validates: the effective container, `{metadata, spec}` for a pod, the object itself. */
export function schemaData(t: LintTarget): unknown {
  if (t.kind === 'container') return t.effective ?? t.container;
  if (t.kind === 'pod') return { metadata: t.metadata, spec: t.spec };
  return t.object;
}

/**
 * A path a rule file writes, relative to its target, as a path from the object root. For pod
 * targets the path is relative to the pod spec; `metadata.…` and `spec.…` are also accepted
 * (what a schema over `{metadata, spec}` reports).
 */
export function targetPath(t: LintTarget, rel: readonly PathSegment[]): FieldPath {
  if (t.kind === 'container') return [...(t.containerPath ?? []), ...rel];
  if (t.kind === 'pod') {
    if (rel[0] === 'metadata') return [...t.metadataPath, ...rel.slice(1)];
    if (rel[0] === 'spec') return [...t.specPath, ...rel.slice(1)];
    return [...t.specPath, ...rel];
  }
  return [...rel];
}

function pointerSegments(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function schemaCheck(def: RuleDefinition, validate: SchemaValidateFn): CodeCheck {
  const check = def.check as { schema: Record<string, unknown>; path?: string };
  const declared = check.path !== undefined ? parsePath(check.path) : undefined;
  const fixSet = def.fix?.set;
  const fixRemove = def.fix?.remove;
  return ({ target }) => {
    if (validate(schemaData(target))) return [];
    let rel: PathSegment[];
    if (declared) rel = declared;
    else {
      // No declared path: where ajv found the failure (a missing property: the property itself).
      const err = validate.errors?.[0];
      rel = err ? pointerSegments(err.instancePath) : [];
      if (err?.keyword === 'required' && typeof err.params.missingProperty === 'string') rel.push(err.params.missingProperty);
    }
    const path = targetPath(target, rel);
    const violation: CheckViolation = { path };
    const fix: FixOperation[] = [];
    if (fixSet) fix.push({ op: 'set', path: targetPath(target, parsePath(fixSet.path)), value: fixSet.value });
    if (fixRemove) fix.push({ op: 'remove', path: targetPath(target, parsePath(fixRemove.path)) });
    if (fix.length > 0) violation.fix = fix;
    return [violation];
  };
}

export function noOptions(id: string): OptionsValidator {
  return (options) => {
    if (options === undefined || options === null) return { ok: true, value: {} };
    if (typeof options === 'object' && !Array.isArray(options) && Object.keys(options).length === 0) return { ok: true, value: {} };
    return { ok: false, error: `rule "${id}" takes no options` };
  };
}

/** Wrap a (standalone or runtime) ajv validator that applies defaults into an OptionsValidator. */
export function optionsValidator(id: string, validate: SchemaValidateFn | undefined): OptionsValidator {
  if (!validate) return noOptions(id);
  return (options) => {
    const value = options === undefined || options === null ? {} : structuredClone(options);
    if (typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: `options of rule "${id}" must be a mapping` };
    if (validate(value)) return { ok: true, value: value as Record<string, unknown> };
    const e = validate.errors?.[0];
    const where = e?.instancePath ? ` at ${e.instancePath.slice(1).replace(/\//g, '.')}` : '';
    const detail = e ? `${e.keyword === 'additionalProperties' ? `unknown option "${String(e.params.additionalProperty)}"` : (e as { message?: string }).message ?? e.keyword}` : 'invalid';
    return { ok: false, error: `options of rule "${id}"${where}: ${detail}` };
  };
}

export interface CheckImplementation {
  schema?: SchemaValidateFn;
  code?: CodeCheck;
}

/** Where a rule's documentation lives: docs/rules/<id>.md for built-in rules, the rule's helpUri (or its file) for custom ones. */
export function helpUriOf(def: RuleDefinition, origin: string): string {
  if (def.helpUri) return def.helpUri;
  if (origin === 'builtin') return ruleHelpUri(def.id);
  return pathToFileURL(origin).href;
}

export function compileRule(def: RuleDefinition, impl: CheckImplementation, validateOptions: OptionsValidator, origin: string): CompiledRule {
  let check: CodeCheck;
  if ('schema' in def.check) {
    if (!impl.schema) throw new RuleContractError(def.id, 'schema check has no compiled validator');
    check = schemaCheck(def, impl.schema);
  } else if ('code' in def.check) {
    if (!impl.code) throw new RuleContractError(def.id, `code check "${def.check.code}" is not registered`);
    check = impl.code;
  } else {
    check = () => []; // engine-evaluated (unused-suppression)
  }
  return {
    id: def.id,
    definition: def,
    origin,
    helpUri: helpUriOf(def, origin),
    evaluate: (ctx: CheckContext) => check(ctx),
    validateOptions,
  };
}
