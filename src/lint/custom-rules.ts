/**
 * Custom rules (`--rules-dir`, `rulesDirs:` in config): rule files in the user's repository,
 * loaded at run time. The api layer reads the files and hands over their text. Their schemas are
 * compiled with ajv here, loaded lazily so runs without custom rules never pay for it.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { CodeCheck } from './checks/types.js';
import { CODE_CHECKS } from './checks/index.js';
import { compileRule, optionsValidator, type SchemaValidateFn } from './compile.js';
import { ConfigError } from './errors.js';
import { RULE_FORMAT_SCHEMA, ruleMetadataProblems } from './rule-format.js';
import type { CompiledRule, RuleDefinition } from './types.js';

interface AjvLike {
  compile(schema: unknown): SchemaValidateFn & { errors?: { instancePath: string; message?: string }[] | null };
}
type AjvCtor = new (opts: Record<string, unknown>) => AjvLike;

let ajvCtor: AjvCtor | undefined;
function loadAjv(): AjvCtor {
  if (!ajvCtor) {
    const require = createRequire(import.meta.url);
    const mod = require('ajv') as { default?: AjvCtor } & AjvCtor;
    ajvCtor = mod.default ?? mod;
  }
  return ajvCtor;
}

/** Compile custom rule files. Throws ConfigError (file:line) for a file that is not a valid rule. */
export function compileCustomRules(files: readonly { path: string; text: string }[], builtinIds: ReadonlySet<string> = new Set()): CompiledRule[] {
  if (files.length === 0) return [];
  const Ajv = loadAjv();
  const strict = new Ajv({ allErrors: false, strict: false });
  const withDefaults = new Ajv({ allErrors: false, strict: false, useDefaults: true });
  const validateFormat = strict.compile(RULE_FORMAT_SCHEMA);
  const codeIds = new Set(Object.keys(CODE_CHECKS));
  const seen = new Set<string>();
  const out: CompiledRule[] = [];
  for (const file of files) {
    const lc = new LineCounter();
    const doc = parseDocument(file.text, { lineCounter: lc, prettyErrors: false });
    const err = doc.errors[0];
    if (err) throw new ConfigError(`not valid YAML: ${err.message.split('\n')[0] ?? ''}`, file.path, lc.linePos(err.pos[0]).line);
    const def = doc.toJS() as unknown;
    if (!validateFormat(def)) {
      const e = validateFormat.errors?.[0];
      throw new ConfigError(`not a valid rule: ${e?.instancePath || '/'} ${e?.message ?? ''}`.trim(), file.path, 1);
    }
    const d = def as RuleDefinition;
    const fileId = path.basename(file.path).replace(/\.ya?ml$/, '');
    const problems = ruleMetadataProblems(d, fileId, codeIds);
    if (problems.length > 0) throw new ConfigError(`rule "${d.id}": ${problems.join('; ')}`, file.path, 1);
    if (builtinIds.has(d.id) || seen.has(d.id)) throw new ConfigError(`rule id "${d.id}" is already taken`, file.path, 1);
    seen.add(d.id);
    const impl: { schema?: SchemaValidateFn; code?: CodeCheck } = {};
    try {
      if ('schema' in d.check) impl.schema = strict.compile(d.check.schema);
      if ('code' in d.check) {
        const c = (CODE_CHECKS as Record<string, CodeCheck | undefined>)[d.check.code];
        if (c) impl.code = c;
      }
      const opt = d.options ? withDefaults.compile(d.options) : undefined;
      out.push(compileRule(d, impl, optionsValidator(d.id, opt), file.path));
    } catch (e) {
      throw new ConfigError(`rule "${d.id}": cannot compile its schema: ${(e as Error).message}`, file.path, 1);
    }
  }
  return out;
}
