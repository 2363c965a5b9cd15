/**
 * Rule documentation rendered by the product itself (kube-linter's habit): one markdown page
 * per rule and an index. scripts/gen-docs.ts writes them to docs/rules/; `podproof rules ID`
 * prints the same page.
 */
import type { RuleMeta } from '../model/rule-meta.js';
import { ruleHelpUri } from '../model/rule-meta.js';
import { IGNORE_ANNOTATION, IGNORE_REASON_ANNOTATION } from './suppression.js';
import { targetsOf } from './rule-format.js';
import type { CompiledRule, RuleDefinition } from './types.js';

function def(rule: CompiledRule | RuleDefinition): RuleDefinition {
  return 'definition' in rule ? rule.definition : rule;
}

/** The report-facing face of a rule (SARIF rules, docs links). */
export function ruleMeta(rule: CompiledRule | RuleDefinition): RuleMeta {
  const d = def(rule);
  return {
    id: d.id,
    category: d.category,
    severity: d.presets.includes('recommended') ? d.severity : 'off',
    description: d.description,
    rationale: d.rationale,
    remediation: d.remediation,
    source: d.source.join('; '),
    helpUri: 'definition' in rule ? rule.helpUri : ruleHelpUri(d.id),
  };
}

const TARGET_WORDS: Record<string, string> = {
  object: 'every object',
  pod: 'the pod (spec and metadata)',
  container: 'app containers',
  'init-container': 'init containers',
  sidecar: 'sidecar containers (restartable init containers)',
  'ephemeral-container': 'ephemeral containers',
  'any-container': 'every container (app, init, sidecar, ephemeral)',
};

function schemaTable(schema: Record<string, unknown>): string[] {
  const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const rows = Object.entries(props).map(([name, p]) => {
    const type = Array.isArray(p.type) ? p.type.join(' \\| ') : typeof p.type === 'string' ? p.type : p.enum ? 'enum' : 'any';
    const dflt = p.default === undefined ? '' : `\`${JSON.stringify(p.default)}\``;
    const desc = (typeof p.description === 'string' ? p.description : '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
    return `| \`${name}\` | ${type} | ${dflt} | ${desc} |`;
  });
  return ['| option | type | default | description |', '| --- | --- | --- | --- |', ...rows];
}

export function renderRuleDoc(rule: CompiledRule | RuleDefinition): string {
  const d = def(rule);
  const presets = d.presets.length > 0 ? d.presets.map((p) => `\`${p}\``).join(', ') : 'none (off unless enabled; in `all`)';
  const out: string[] = [
    `# ${d.id}`,
    '',
    d.description,
    '',
    '| | |',
    '| --- | --- |',
    `| Category | ${d.category} |`,
    `| Default severity | ${d.severity} |`,
    `| Presets | ${presets} |`,
    `| Applies to | ${targetsOf(d).map((t) => TARGET_WORDS[t] ?? t).join(', ')} |`,
  ];
  if (d.kubernetesVersions) out.push(`| Kubernetes versions | \`${d.kubernetesVersions}\` |`);
  if (d.supersedes?.length) out.push(`| Supersedes | ${d.supersedes.map((id) => `[\`${id}\`](${id}.md)`).join(', ')} (reported once per field, as this rule) |`);
  out.push(`| Fix | ${d.fix ? d.fix.description : 'no automatic fix'} |`, '', '## Why', '', d.rationale.trim(), '', '## Source', '');
  for (const s of d.source) out.push(`- ${s}`);
  out.push('', '## How to fix', '', d.remediation.trim(), '');
  if (d.options) {
    const props = (d.options.properties ?? {}) as Record<string, { default?: unknown }>;
    const defaults = Object.fromEntries(Object.entries(props).flatMap(([k, p]) => (p.default === undefined ? [] : [[k, p.default]])));
    out.push('## Options', '', ...schemaTable(d.options), '', '```yaml', '# .podproof.yaml (the defaults)', 'rules:', `  ${d.id}: [${d.severity}, ${JSON.stringify(defaults)}]`, '```', '');
  }
  out.push('## Examples', '');
  const context = (ex: RuleDefinition['examples']['correct'][number]) => {
    const parts: string[] = [];
    if (ex.filePath) parts.push(`file \`${ex.filePath}\``);
    if (ex.kubernetesVersion) parts.push(`Kubernetes ${ex.kubernetesVersion}`);
    if (ex.options) parts.push(`options \`${JSON.stringify(ex.options)}\``);
    return parts.length > 0 ? [`Linted as: ${parts.join(', ')}.`, ''] : [];
  };
  for (const ex of d.examples.incorrect) {
    out.push(`### Incorrect: ${ex.title}`, '', ...context(ex), '```yaml', ex.manifest.trimEnd(), '```', '');
    if (ex.findings && ex.findings.length > 0) {
      out.push('Reported at:', '');
      for (const f of ex.findings) out.push(`- \`${f.path}\`${f.line ? ` (line ${f.line}${f.column ? `, column ${f.column}` : ''})` : ''}`);
      out.push('');
    }
  }
  for (const ex of d.examples.correct) out.push(`### Correct: ${ex.title}`, '', ...context(ex), '```yaml', ex.manifest.trimEnd(), '```', '');
  out.push(
    '## Configure or suppress',
    '',
    '```yaml',
    '# .podproof.yaml',
    'rules:',
    `  ${d.id}: off            # or info | warning | error`,
    '```',
    '',
    'In a manifest, on the object or on its pod template (optionally for one container):',
    '',
    '```yaml',
    'metadata:',
    '  annotations:',
    `    ${IGNORE_ANNOTATION}: "${d.id}${targetsOf(d).some((t) => t !== 'pod' && t !== 'object') ? '[container-name]' : ''}"`,
    `    ${IGNORE_REASON_ANNOTATION}: "why this is acceptable here"`,
    '```',
    '',
  );
  return out.join('\n');
}

export function renderRulesIndex(rules: readonly (CompiledRule | RuleDefinition)[]): string {
  const defs = rules.map(def).sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
  const out = [
    '# Rules',
    '',
    `podproof ships ${defs.length} lint rules, plus [invalid](invalid.md) (what the API server rejects) and [parse-error](parse-error.md) (input that cannot be read). Severity shown is the default; "off" rules are not in the \`recommended\` preset.`,
    '',
    'Generated by `scripts/gen-docs.ts` from `rules/*.yaml`; do not edit.',
    '',
  ];
  let cat = '';
  for (const d of defs) {
    if (d.category !== cat) {
      cat = d.category;
      out.push(`## ${cat[0]?.toUpperCase() ?? ''}${cat.slice(1)}`, '', '| rule | severity | presets | description |', '| --- | --- | --- | --- |');
    }
    const sev = d.presets.includes('recommended') ? d.severity : `off (${d.severity})`;
    out.push(`| [${d.id}](${d.id}.md) | ${sev} | ${d.presets.join(', ')} | ${d.description} |`);
    const next = defs[defs.indexOf(d) + 1];
    if (!next || next.category !== cat) out.push('');
  }
  out.push(
    '## Configure',
    '',
    '`.podproof.yaml` is looked up from each linted file\'s folder upward (nearer files override farther ones; `root: true` stops the search), or named with `--config`. Its JSON Schema is `schema/podproof-config.json`.',
    '',
    '```yaml',
    '# yaml-language-server: $schema=https://podproof.dev/schema/podproof-config.json',
    'extends: [recommended, pss-restricted]   # recommended (default), strict, pss-baseline, pss-restricted, all, or a shared file: ../policy/podproof.yaml',
    'kubernetesVersion: "1.33"                # version-aware rules follow it (default: the newest supported)',
    'rules:',
    '  cpu-limit: warning                     # off | info | warning | error',
    '  startup-probe: [info, { maxInitialDelaySeconds: 30 }]',
    '  image-pull-secret: { severity: error, options: { publicRegistries: [docker.io, ghcr.io] } }',
    'ignore: ["vendor/**", "*.tmpl.yaml"]     # relative to this file; !pattern re-includes',
    'suppressions:                            # for files you cannot annotate',
    '  - { kind: DaemonSet, namespace: kube-system, name: "cni-*", rules: [no-host-network], reason: "CNI agent" }',
    'allowSuppressions: false                 # forbid podproof.dev/ignore annotations (a parent\'s false sticks)',
    'rulesDirs: [policies/]                   # custom rules: <id>.yaml files in the format of rules/ (schema/podproof-rule.json)',
    '```',
    '',
    '## Suppress in a manifest',
    '',
    `Annotate the object or its pod template: \`${IGNORE_ANNOTATION}: "rule-a,rule-b[container]"\`, with an optional \`${IGNORE_REASON_ANNOTATION}\`. Suppressed findings are kept (reports record them) but do not fail the run; suppressions that name unknown rules or suppress nothing are reported by [unused-suppression](unused-suppression.md).`,
    '',
  );
  return out.join('\n');
}

/** Pages for the two findings without a rule file (`invalid`, `parse-error`). */
export function renderBuiltinRuleDoc(meta: RuleMeta): string {
  return [
    `# ${meta.id}`,
    '',
    meta.description,
    '',
    '| | |',
    '| --- | --- |',
    `| Category | ${meta.category} |`,
    `| Severity | ${meta.severity} (always on) |`,
    '',
    '## Source',
    '',
    `- ${meta.source ?? ''}`,
    '',
    '## How to fix',
    '',
    meta.remediation ?? '',
    '',
  ].join('\n');
}
