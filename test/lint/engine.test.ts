/**
 * The engine's contract: findings name object and container and point at the field (or its
 * parent), List items keep their path, severities follow config, rule metadata cannot lie
 * (ESLint's rule: a fix the rule did not declare, a placeholder it cannot fill → a thrown
 * RuleContractError), version ranges, custom rules, and the rule format checks.
 */
import t from 'tap';
import { parseFile } from '../../src/manifest/index.js';
import { builtinRules } from '../../src/lint/builtin.js';
import { compileRule, noOptions } from '../../src/lint/compile.js';
import { compileCustomRules } from '../../src/lint/custom-rules.js';
import { lintFile } from '../../src/lint/engine.js';
import { ConfigError, RuleContractError } from '../../src/lint/errors.js';
import { ruleMetadataProblems } from '../../src/lint/rule-format.js';
import { inRange, parseKubernetesVersion } from '../../src/lint/version.js';
import { DEFAULT_CONFIG, type RuleDefinition, type ResolvedConfig } from '../../src/lint/types.js';

function only(rules: Record<string, 'error' | 'warning' | 'info'>): ResolvedConfig {
  return { ...DEFAULT_CONFIG, extends: [], rules: Object.fromEntries(Object.entries(rules).map(([id, severity]) => [id, { severity }])) };
}

const base: RuleDefinition = {
  id: 'fixture',
  category: 'hygiene',
  severity: 'warning',
  presets: [],
  description: 'Require a fixture.',
  rationale: 'Test.',
  source: ['test'],
  target: 'container',
  check: { code: 'fixture' },
  message: 'Container "{container}" in {kind} "{name}" is a fixture.',
  remediation: 'Nothing.',
  examples: { incorrect: [{ title: 'x', manifest: 'x', findings: [{ path: 'x' }] }], correct: [{ title: 'y', manifest: 'y' }] },
};

const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n';

t.test('a List item keeps its path from the document root', async (t) => {
  const text = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata:
      name: web
    spec:
      containers:
        - name: app
          image: nginx
`;
  const f = lintFile(parseFile('list.yaml', text), builtinRules(), only({ 'image-tag-pinned': 'error' }));
  t.equal(f.length, 1);
  t.equal(f[0]?.path, 'items[0].spec.containers[0].image');
  t.same([f[0]?.range.line, f[0]?.range.column], [11, 18]);
  t.same(f[0]?.object, { apiVersion: 'v1', kind: 'Pod', name: 'web' });
  t.equal(f[0]?.container, 'app');
  t.equal(f[0]?.filePath, 'list.yaml');
  t.equal(f[0]?.remediation, 'Use a specific version tag (nginx:1.27.3) or pin by digest (nginx@sha256:…).');
});

t.test('config severity overrides the rule default; findings are sorted', async (t) => {
  const text = `${pod}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n    - name: app\n      image: api\n`;
  const f = lintFile(parseFile('two.yaml', text), builtinRules(), only({ 'image-tag-pinned': 'info', 'bare-pod': 'error' }));
  t.same(f.map((x) => [x.ruleId, x.severity, x.range.line]), [
    ['bare-pod', 'error', 2],
    ['bare-pod', 'error', 11],
    ['image-tag-pinned', 'info', 17],
  ]);
});

t.test('a violation may lower its own severity (probe-port-declared: numeric ports are info)', async (t) => {
  const text = `${pod}      ports: [{ name: http, containerPort: 80 }]\n      readinessProbe: { tcpSocket: { port: 8080 } }\n      livenessProbe: { tcpSocket: { port: metrics } }\n`;
  const f = lintFile(parseFile('p.yaml', text), builtinRules(), only({ 'probe-port-declared': 'error' }));
  t.same(f.map((x) => [x.path, x.severity]), [
    ['spec.containers[0].readinessProbe.tcpSocket.port', 'info'],
    ['spec.containers[0].livenessProbe.tcpSocket.port', 'error'],
  ]);
});

t.test('metadata cannot lie: an undeclared fix and an unfillable placeholder throw', async (t) => {
  const fixing = compileRule(base, { code: ({ target }) => [{ path: [...(target.containerPath ?? []), 'image'], fix: [{ op: 'remove', path: ['x'] }] }] }, noOptions('fixture'), 'test');
  t.throws(() => lintFile(parseFile('p.yaml', pod), [fixing], only({ fixture: 'warning' })), RuleContractError);
  const placeholder = compileRule({ ...base, message: '{what} is wrong.' }, { code: ({ target }) => [{ path: target.containerPath ?? [] }] }, noOptions('fixture'), 'test');
  t.throws(() => lintFile(parseFile('p.yaml', pod), [placeholder], only({ fixture: 'warning' })), /placeholder \{what\} has no value/);
  const ok = compileRule(base, { code: ({ target }) => [{ path: target.containerPath ?? [] }] }, noOptions('fixture'), 'test');
  const f = lintFile(parseFile('p.yaml', pod), [ok], only({ fixture: 'warning' }));
  t.equal(f[0]?.message, 'Container "app" in Pod "web" is a fixture.');
  t.same([f[0]?.range.line, f[0]?.range.column], [7, 7], 'the container');
});

t.test('rule format: metadata problems', async (t) => {
  t.same(ruleMetadataProblems(base, 'fixture', new Set(['fixture'])), []);
  t.match(ruleMetadataProblems(base, 'other', new Set(['fixture'])).join('\n'), /differs from the file name/);
  t.match(ruleMetadataProblems(base, 'fixture', new Set()).join('\n'), /not a registered code check/);
  const schemaPod: RuleDefinition = { ...base, target: 'pod', check: { schema: {} }, message: 'Container "{container}" is {x}.' };
  const p = ruleMetadataProblems(schemaPod, 'fixture').join('\n');
  t.match(p, /\{container\} cannot be filled: the rule targets no container/);
  t.match(p, /\{x\} cannot be filled/);
  t.match(ruleMetadataProblems({ ...base, kubernetesVersions: '>= one' }, 'fixture').join('\n'), /not a version range/);
  t.match(ruleMetadataProblems({ ...base, examples: { incorrect: [{ title: 'x', manifest: 'x' }], correct: [] } }, 'fixture').join('\n'), /must list the findings/);
});

t.test('kubernetesVersions ranges', async (t) => {
  const v = (s: string) => parseKubernetesVersion(s) ?? { major: 0, minor: 0 };
  t.ok(inRange(v('1.30'), '>=1.25 <1.34'));
  t.notOk(inRange(v('1.34'), '>=1.25 <1.34'));
  t.ok(inRange(v('1.20'), '<1.21 || >=1.30'));
  t.ok(inRange(v('1.31'), undefined));
  t.same(parseKubernetesVersion('v1.30.2'), { major: 1, minor: 30 });
});

const customRule = `id: team-owner-label
category: hygiene
severity: warning
presets: [recommended]
description: Require an owner label on pod templates.
rationale: Our on-call rota routes alerts by owner.
source: ["internal handbook"]
target: pod
kubernetesVersions: ">=1.20"
check:
  schema:
    properties:
      metadata:
        required: [labels]
        properties:
          labels: { required: [owner] }
  path: metadata.labels
message: '{kind} "{name}" has no owner label.'
remediation: Add metadata.labels.owner.
options:
  type: object
  properties:
    label: { type: string, default: owner }
examples:
  incorrect:
    - title: none
      manifest: "apiVersion: v1\\nkind: Pod\\nmetadata: {name: p}\\nspec: {containers: [{name: a, image: x:1}]}\\n"
      findings: [{ path: metadata.labels }]
  correct:
    - title: owner
      manifest: "apiVersion: v1\\nkind: Pod\\nmetadata: {name: p, labels: {owner: me}}\\nspec: {containers: [{name: a, image: x:1}]}\\n"
`;

t.test('custom rules: compiled at run time, in presets, validated', async (t) => {
  const [rule] = compileCustomRules([{ path: '/repo/policies/team-owner-label.yaml', text: customRule }]);
  t.ok(rule);
  if (!rule) return;
  t.equal(rule.origin, '/repo/policies/team-owner-label.yaml');
  t.same(rule.validateOptions(undefined), { ok: true, value: { label: 'owner' } }, 'option defaults');
  const rules = [...builtinRules(), rule];
  const cfg: ResolvedConfig = { ...DEFAULT_CONFIG, rules: {} };
  const f = lintFile(parseFile('p.yaml', pod), rules, cfg).filter((x) => x.ruleId === 'team-owner-label');
  t.equal(f.length, 1, 'on through the recommended preset');
  t.equal(f[0]?.path, 'metadata.labels', 'the declared path, though missing');
  t.same([f[0]?.range.line, f[0]?.range.column], [3, 1], 'the range: the metadata key that should hold it');
  t.equal(f[0]?.message, 'Pod "web" has no owner label.');
  t.throws(() => compileCustomRules([{ path: '/r/wrong-name.yaml', text: customRule }]), ConfigError);
  t.throws(() => compileCustomRules([{ path: '/r/image-tag-pinned.yaml', text: customRule.replace('id: team-owner-label', 'id: image-tag-pinned') }], new Set(['image-tag-pinned'])), /already taken/);
  t.throws(() => compileCustomRules([{ path: '/r/team-owner-label.yaml', text: customRule.replace('category: hygiene', 'category: style') }]), /not a valid rule/);
  t.throws(() => compileCustomRules([{ path: '/r/team-owner-label.yaml', text: 'id: [' }]), /team-owner-label\.yaml:\d+: not valid YAML/);
  const old = lintFile(parseFile('p.yaml', pod), rules, cfg, { kubernetesVersion: '1.19' }).filter((x) => x.ruleId === 'team-owner-label');
  t.same(old, [], 'outside its kubernetesVersions');
});

t.test('a container without a name is named by its place (invalid reports the missing name)', async (t) => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - image: nginx\n';
  const f = lintFile(parseFile('p.yaml', text), builtinRules(), only({ 'image-tag-pinned': 'error' }));
  t.equal(f[0]?.message, 'Container "containers[0]" in Pod "web" has no tag, so it means "latest" (image "nginx").');
});

t.test('a check that crashes is named, with the object and line', async (t) => {
  const crashing = compileRule(base, { code: () => { throw new TypeError('boom'); } }, noOptions('fixture'), 'test');
  t.throws(() => lintFile(parseFile('p.yaml', pod), [crashing], only({ fixture: 'warning' })), { name: 'RuleContractError', message: 'Rule "fixture": crashed on Pod "web" (p.yaml:7): boom' });
});

t.test('an ignored file yields no findings', async (t) => {
  const cfg = { ...only({ 'image-tag-pinned': 'error' }), ignored: true };
  t.same(lintFile(parseFile('p.yaml', pod.replace('nginx:1.27', 'nginx')), builtinRules(), cfg), []);
});

t.test('custom rules link to their own docs (helpUri, else the rule file), never to podproof\'s', async (t) => {
  const [own] = compileCustomRules([{ path: '/repo/policies/team-owner-label.yaml', text: customRule }]);
  t.equal(own?.helpUri, 'file:///repo/policies/team-owner-label.yaml');
  const [linked] = compileCustomRules([{ path: '/repo/policies/team-owner-label.yaml', text: `${customRule}helpUri: https://wiki.example.com/owner-label\n` }]);
  t.equal(linked?.helpUri, 'https://wiki.example.com/owner-label');
  const f = lintFile(parseFile('p.yaml', pod), [...builtinRules(), ...(linked ? [linked] : [])], { ...DEFAULT_CONFIG }).filter((x) => x.ruleId === 'team-owner-label');
  t.equal(f[0]?.helpUri, 'https://wiki.example.com/owner-label');
  t.equal(builtinRules().find((r) => r.id === 'bare-pod')?.helpUri, 'https://github.com/podproof/podproof/blob/main/docs/rules/bare-pod.md');
});
