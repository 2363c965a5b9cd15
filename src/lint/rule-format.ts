/**
 * The rule file format (rules/<id>.yaml) as a JSON Schema, and the checks that keep a rule's
 * metadata honest (ESLint's "metadata cannot lie"): the id equals the file name, every message
 * placeholder can be filled, examples and a source exist, the fix is declared where it is used.
 * Used by scripts/build-rules.ts for built-in rules and by compileCustomRules at run time.
 */
import type { RuleDefinition } from './types.js';
import { isValidRange } from './version.js';

const TARGETS = ['object', 'pod', 'container', 'init-container', 'sidecar', 'ephemeral-container', 'any-container'];

const example = {
  type: 'object',
  required: ['title', 'manifest'],
  additionalProperties: false,
  properties: {
    title: { type: 'string', minLength: 1 },
    manifest: { type: 'string', minLength: 1 },
    filePath: { type: 'string' },
    options: { type: 'object' },
    kubernetesVersion: { type: 'string', pattern: '^\\d+\\.\\d+$' },
    /** Other rules to enable while linting the example (unused-suppression needs the rule it names). */
    alsoEnable: { type: 'array', items: { type: 'string' } },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path'],
        additionalProperties: false,
        properties: {
          path: { type: 'string' },
          line: { type: 'integer', minimum: 1 },
          column: { type: 'integer', minimum: 1 },
          message: { type: 'string' },
        },
      },
    },
  },
} as const;

export const RULE_FORMAT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://podproof.dev/schema/podproof-rule.json',
  title: 'podproof rule',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'category', 'severity', 'presets', 'description', 'rationale', 'source', 'target', 'check', 'message', 'remediation', 'examples'],
  properties: {
    id: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' },
    category: { enum: ['security', 'reliability', 'efficiency', 'hygiene', 'validation', 'behaviour'] },
    severity: { enum: ['error', 'warning', 'info'] },
    presets: { type: 'array', items: { enum: ['recommended', 'strict', 'pss-baseline', 'pss-restricted'] }, uniqueItems: true },
    description: { type: 'string', pattern: '^(Disallow|Require|Enforce|Restrict|Report|Recommend|Prefer)\\b.*\\.$' },
    rationale: { type: 'string', minLength: 1 },
    source: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    target: {
      anyOf: [
        { enum: TARGETS },
        { type: 'array', minItems: 1, uniqueItems: true, items: { enum: TARGETS } },
      ],
    },
    check: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['schema'],
          properties: { schema: { type: 'object' }, path: { type: 'string' } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['code'],
          properties: { code: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['engine'],
          properties: { engine: { const: 'unused-suppression' } },
        },
      ],
    },
    kubernetesVersions: { type: 'string' },
    supersedes: { type: 'array', items: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' }, uniqueItems: true },
    message: { type: 'string', minLength: 1 },
    remediation: { type: 'string', pattern: '\\.$' },
    fix: {
      type: 'object',
      additionalProperties: false,
      required: ['description'],
      properties: {
        description: { type: 'string' },
        set: {
          type: 'object',
          required: ['path', 'value'],
          additionalProperties: false,
          properties: { path: { type: 'string' }, value: {} },
        },
        remove: { type: 'object', required: ['path'], additionalProperties: false, properties: { path: { type: 'string' } } },
      },
    },
    options: { type: 'object' },
    helpUri: { type: 'string', minLength: 1 },
    examples: {
      type: 'object',
      additionalProperties: false,
      required: ['incorrect', 'correct'],
      properties: {
        incorrect: { type: 'array', minItems: 1, items: example },
        correct: { type: 'array', minItems: 1, items: example },
      },
    },
  },
} as const;

/** Placeholders the engine fills for every finding. */
export const ENGINE_PLACEHOLDERS = ['kind', 'name', 'namespace', 'container', 'containerKind'] as const;

export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)].map((m) => m[1] as string);
}

export function targetsOf(def: Pick<RuleDefinition, 'target'>): string[] {
  return Array.isArray(def.target) ? def.target : [def.target];
}

/**
 * Metadata checks beyond the schema. `fileId` is the file name without `.yaml`; `codeChecks`
 * the registered code check ids (undefined: skip that check). Returns problems, empty when honest.
 */
export function ruleMetadataProblems(def: RuleDefinition, fileId: string, codeChecks?: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (def.id !== fileId) out.push(`id "${def.id}" differs from the file name "${fileId}"`);
  const targets = targetsOf(def);
  const containerTargets = targets.filter((t) => t !== 'pod' && t !== 'object');
  const isSchema = 'schema' in def.check;
  for (const p of placeholders(def.message)) {
    if ((ENGINE_PLACEHOLDERS as readonly string[]).includes(p)) {
      if ((p === 'container' || p === 'containerKind') && containerTargets.length === 0 && isSchema) {
        out.push(`message placeholder {${p}} cannot be filled: the rule targets no container`);
      }
      continue;
    }
    if (isSchema) out.push(`message placeholder {${p}} cannot be filled: schema checks only fill ${ENGINE_PLACEHOLDERS.join(', ')}`);
  }
  if ('code' in def.check && codeChecks && !codeChecks.has(def.check.code)) {
    out.push(`check.code "${def.check.code}" is not a registered code check (src/lint/checks/${def.check.code}.ts)`);
  }
  if ('engine' in def.check && def.id !== def.check.engine) out.push(`check.engine is only for the rule "${def.check.engine}"`);
  if (def.fix && !isSchema && (def.fix.set || def.fix.remove)) {
    out.push('fix.set/fix.remove are for schema checks; a code check returns its fix operations');
  }
  if (def.fix && isSchema && !def.fix.set && !def.fix.remove) out.push('a schema check fix needs fix.set or fix.remove');
  if (def.kubernetesVersions !== undefined && !isValidRange(def.kubernetesVersions)) {
    out.push(`kubernetesVersions "${def.kubernetesVersions}" is not a version range (e.g. ">=1.25 <1.34")`);
  }
  if (def.examples.incorrect.some((e) => !e.findings || e.findings.length === 0)) {
    out.push('every incorrect example must list the findings it produces');
  }
  if (def.examples.correct.some((e) => e.findings && e.findings.length > 0)) out.push('correct examples must not list findings');
  if (targets.includes('any-container') && containerTargets.length > 1) out.push('any-container already covers every container kind');
  return out;
}
