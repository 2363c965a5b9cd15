/**
 * Fixes: edits located through the yaml Document API keep everything else byte for byte —
 * comments, key order, indentation — on the seeds' own manifests (000 Pod的网络, 001 3.2 and
 * 十二、Pod 示例文件). Expected texts are written by hand from the YAML the fix must add.
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseFile } from '../../src/manifest/index.js';
import { builtinRules } from '../../src/lint/builtin.js';
import { lintFile } from '../../src/lint/engine.js';
import { applyFixes } from '../../src/lint/fix.js';
import { unifiedDiff } from '../../src/lint/diff.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../../src/lint/types.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

function only(...ids: string[]): ResolvedConfig {
  return { ...DEFAULT_CONFIG, extends: [], rules: Object.fromEntries(ids.map((id) => [id, { severity: 'warning' as const }])) };
}

function lintText(text: string, config: ResolvedConfig, path = 'pod.yaml') {
  return lintFile(parseFile(path, text), builtinRules(), config);
}

function comments(text: string): string[] {
  return text.split('\n').flatMap((l) => (l.includes('#') ? [l.slice(l.indexOf('#')).trim()] : []));
}

t.test('host-network-dns-policy on seed 000 (Pod的网络): dnsPolicy added after hostNetwork', async (t) => {
  const text = fixture('seed-000-host-network.yaml');
  const findings = lintText(text, only('host-network-dns-policy'));
  t.equal(findings.length, 1);
  t.ok(findings[0]?.fix, 'the finding carries a fix');
  const out = applyFixes(text, findings);
  t.equal(out.applied, 1);
  t.equal(out.text, `${text}  dnsPolicy: ClusterFirstWithHostNet\n`, 'one line appended to the pod spec, at its indentation');
  t.same(lintText(out.text, only('host-network-dns-policy')), [], 'fixed');
  const diff = unifiedDiff(text, out.text, 'pod.yaml');
  t.match(diff, /^--- a\/pod\.yaml\n\+\+\+ b\/pod\.yaml\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
  t.match(diff, /\n\+ {2}dnsPolicy: ClusterFirstWithHostNet\n/);
  t.equal(diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')).length, 1, 'one added line');
  t.equal(diff.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---')).length, 0, 'nothing removed');
});

t.test('termination-message-policy on seed 001 十二 (full annotated Pod): every comment survives', async (t) => {
  const text = fixture('seed-001-full-pod.yaml');
  const findings = lintText(text, only('termination-message-policy'));
  t.equal(findings.length, 2, 'the init container and the app container');
  const out = applyFixes(text, findings);
  t.equal(out.applied, 2);
  t.same(comments(out.text), comments(text), 'all comments kept, in order');
  const before = text.split('\n');
  const after = out.text.split('\n');
  t.equal(after.length, before.length + 2, 'two lines added, nothing else changed');
  t.same(after.filter((l) => !before.includes(l)), [
    '    terminationMessagePolicy: FallbackToLogsOnError',
    '    terminationMessagePolicy: FallbackToLogsOnError',
  ]);
  const value = parse(out.text) as { spec: { initContainers: { terminationMessagePolicy: string }[]; containers: { terminationMessagePolicy: string; lifecycle: unknown }[] } };
  t.equal(value.spec.initContainers[0]?.terminationMessagePolicy, 'FallbackToLogsOnError');
  t.equal(value.spec.containers[0]?.terminationMessagePolicy, 'FallbackToLogsOnError');
  t.ok(value.spec.containers[0]?.lifecycle, 'the preceding lifecycle block is intact');
  t.same(lintText(out.text, only('termination-message-policy')), [], 'fixed');
});

t.test('termination-message-policy on seed 001 3.2 (nginx.yaml, comments on every line)', async (t) => {
  const text = fixture('seed-001-nginx.yaml');
  const out = applyFixes(text, lintText(text, only('termination-message-policy')));
  t.equal(out.applied, 1);
  t.equal(out.text, `${text}    terminationMessagePolicy: FallbackToLogsOnError\n`);
});

t.test('a set on an existing scalar replaces only that scalar', async (t) => {
  const text = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata: { name: web }',
    'spec:',
    '  hostNetwork: true',
    '  dnsPolicy: ClusterFirst   # the default',
    '  containers:',
    '    - { name: app, image: "nginx:1.27", terminationMessagePolicy: File }',
    '',
  ].join('\n');
  const out = applyFixes(text, lintText(text, only('host-network-dns-policy', 'termination-message-policy')));
  t.equal(out.applied, 2);
  t.equal(
    out.text,
    text
      .replace('dnsPolicy: ClusterFirst   # the default', 'dnsPolicy: ClusterFirstWithHostNet   # the default')
      .replace('terminationMessagePolicy: File', 'terminationMessagePolicy: FallbackToLogsOnError'),
  );
});

t.test('insertion into a flow mapping, and into JSON', async (t) => {
  const flow = 'apiVersion: v1\nkind: Pod\nmetadata: { name: web }\nspec:\n  containers:\n    - { name: app, image: "nginx:1.27" }\n';
  const out = applyFixes(flow, lintText(flow, only('termination-message-policy')));
  t.equal(out.text, flow.replace('image: "nginx:1.27" }', 'image: "nginx:1.27", terminationMessagePolicy: FallbackToLogsOnError }'));
  const json = '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "web"},\n  "spec": {"containers": [{"name": "app", "image": "nginx:1.27"}]}\n}\n';
  const outJson = applyFixes(json, lintText(json, only('termination-message-policy'), 'pod.json'));
  t.equal(outJson.text, json.replace('"image": "nginx:1.27"}', '"image": "nginx:1.27", "terminationMessagePolicy": "FallbackToLogsOnError"}'));
  t.same(JSON.parse(outJson.text).spec.containers[0].terminationMessagePolicy, 'FallbackToLogsOnError', 'still JSON');
});

t.test('no-duplicate-env removes the overridden entries, keeping comments', async (t) => {
  const text = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    'spec:',
    '  containers:',
    '    - name: app',
    '      image: nginx:1.27',
    '      env:',
    '        # logging',
    '        - name: LOG_LEVEL',
    '          value: debug',
    '        - name: LOG_FORMAT',
    '          value: json',
    '        - name: LOG_LEVEL   # wins',
    '          value: info',
    '',
  ].join('\n');
  const findings = lintText(text, only('no-duplicate-env'));
  t.equal(findings.length, 1);
  t.equal(findings[0]?.path, 'spec.containers[0].env[2].name');
  const out = applyFixes(text, findings);
  t.equal(out.text, text.replace('        - name: LOG_LEVEL\n          value: debug\n', ''));
});

t.test('no fix when a later value refers to the duplicated name', async (t) => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata: { name: web }\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      env:\n        - { name: A, value: "1" }\n        - { name: B, value: "$(A)-x" }\n        - { name: A, value: "2" }\n';
  const findings = lintText(text, only('no-duplicate-env'));
  t.equal(findings.length, 1);
  t.equal(findings[0]?.fix, undefined);
});

t.test('suppressed findings are not fixed; overlapping fixes wait for the next pass', async (t) => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    podproof.dev/ignore: termination-message-policy\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n';
  const findings = lintText(text, only('termination-message-policy'));
  t.ok(findings[0]?.suppressed);
  t.equal(applyFixes(text, findings).applied, 0);
  const edits = [
    { ruleId: 'x', severity: 'warning' as const, message: 'a.', filePath: 'f', path: '', range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, fix: { description: 'a', edits: [{ start: 0, end: 5, text: 'AAAAA' }] } },
    { ruleId: 'y', severity: 'warning' as const, message: 'b.', filePath: 'f', path: '', range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, fix: { description: 'b', edits: [{ start: 3, end: 8, text: 'BBBBB' }] } },
  ];
  const out = applyFixes('0123456789', edits);
  t.same(out, { text: 'AAAAA56789', applied: 1 });
});

t.test('unifiedDiff', async (t) => {
  t.equal(unifiedDiff('a\nb\n', 'a\nb\n', 'f'), '');
  t.equal(unifiedDiff('a\nb\nc\n', 'a\nB\nc\n', 'f'), '--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n');
  const many = Array.from({ length: 20 }, (_, i) => `l${i}`).join('\n') + '\n';
  const changed = many.replace('l1\n', 'L1\n').replace('l18\n', 'L18\n');
  const d = unifiedDiff(many, changed, 'f');
  t.equal(d.match(/^@@/gm)?.length, 2, 'distant changes make two hunks');
  t.match(d, /@@ -1,5 \+1,5 @@\n l0\n-l1\n\+L1\n l2\n l3\n l4\n/);
});

t.test('a schema rule fix creates missing parents (block style, at the container indentation)', async (t) => {
  const { compileCustomRules } = await import('../../src/lint/custom-rules.js');
  const rule = `id: fixture-no-escalation
category: security
severity: error
presets: []
description: Require allowPrivilegeEscalation false.
rationale: Fixture.
source: [test]
target: container
check:
  schema:
    required: [securityContext]
    properties:
      securityContext:
        required: [allowPrivilegeEscalation]
        properties:
          allowPrivilegeEscalation: { const: false }
  path: securityContext.allowPrivilegeEscalation
message: 'Container "{container}" in {kind} "{name}" may escalate.'
remediation: Set it to false.
fix:
  description: Set securityContext.allowPrivilegeEscalation to false.
  set: { path: securityContext.allowPrivilegeEscalation, value: false }
examples:
  incorrect:
    - { title: x, manifest: "x: 1", findings: [{ path: x }] }
  correct:
    - { title: y, manifest: "y: 1" }
`;
  const rules = [...builtinRules(), ...compileCustomRules([{ path: 'fixture-no-escalation.yaml', text: rule }])];
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app   # main\n      image: nginx:1.27\n    - name: side\n      image: envoy:1.31\n      securityContext:\n        runAsUser: 1000\n';
  const findings = lintFile(parseFile('p.yaml', text), rules, only('fixture-no-escalation'));
  t.equal(findings.length, 2);
  const out = applyFixes(text, findings);
  t.equal(out.applied, 2);
  t.equal(
    out.text,
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app   # main\n      image: nginx:1.27\n      securityContext:\n        allowPrivilegeEscalation: false\n    - name: side\n      image: envoy:1.31\n      securityContext:\n        runAsUser: 1000\n        allowPrivilegeEscalation: false\n',
  );
  t.same(lintFile(parseFile('p.yaml', out.text), rules, only('fixture-no-escalation')), [], 'fixed');
});

t.test('flow mappings with trailing commas (the Kubernetes docs JSON-ish examples, e.g. pods/commands.yaml)', async (t) => {
  const text = '{\n  apiVersion: "v1",\n  kind: "Pod",\n  metadata: { name: "demo", },\n  spec: {\n    containers: [{\n      name: "app",\n      image: "debian:12",\n    }],\n  },\n}\n';
  const out = applyFixes(text, lintText(text, only('termination-message-policy')));
  t.equal(out.applied, 1);
  t.equal(out.text, text.replace('image: "debian:12",\n', 'image: "debian:12", terminationMessagePolicy: FallbackToLogsOnError,\n'));
  t.same(parseFile('p.yaml', out.text).problems, [], 'still parses');
});

t.test('CRLF files stay CRLF; a file without a final newline gets one before the insertion', async (t) => {
  const crlf = 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  hostNetwork: true\r\n  containers:\r\n    - name: app\r\n      image: nginx:1.27\r\n';
  const out = applyFixes(crlf, lintText(crlf, only('host-network-dns-policy', 'termination-message-policy')));
  t.equal(out.applied, 2);
  t.equal(out.text, `${crlf}      terminationMessagePolicy: FallbackToLogsOnError\r\n  dnsPolicy: ClusterFirstWithHostNet\r\n`);
  t.notMatch(out.text.replace(/\r\n/g, ''), /\n/, 'no bare LF');
  const noFinal = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27';
  const out2 = applyFixes(noFinal, lintText(noFinal, only('termination-message-policy')));
  t.equal(out2.text, `${noFinal}\n      terminationMessagePolicy: FallbackToLogsOnError\n`);
});

t.test('insertions at one offset nest correctly whatever the finding order', async (t) => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostNetwork: true\n  containers:\n    - name: app\n      image: nginx:1.27\n';
  const findings = lintText(text, only('host-network-dns-policy', 'termination-message-policy'));
  const expected = `${text}      terminationMessagePolicy: FallbackToLogsOnError\n  dnsPolicy: ClusterFirstWithHostNet\n`;
  t.equal(applyFixes(text, findings).text, expected);
  t.equal(applyFixes(text, [...findings].reverse()).text, expected, 'reversed');
});

t.test('removed-api-version fixes only moves where the schema is unchanged', async (t) => {
  const cron = 'apiVersion: batch/v1beta1   # old\nkind: CronJob\nmetadata:\n  name: report\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: report\n              image: report:1.0\n';
  const out = applyFixes(cron, lintText(cron, only('removed-api-version')));
  t.equal(out.text, cron.replace('apiVersion: batch/v1beta1   # old', 'apiVersion: batch/v1   # old'));
  const ingress = 'apiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  backend:\n    serviceName: web\n    servicePort: 80\n';
  const f = lintText(ingress, only('removed-api-version'));
  t.equal(f.length, 1);
  t.equal(f[0]?.fix, undefined, 'Ingress v1 renamed the backend fields: no automatic fix');
});

t.test('a key with no value (or ~) gets the missing keys as a block below it', async (t) => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostNetwork: true\n  containers:\n    - name: app\n      image: nginx:1.27\n      terminationMessagePolicy: ~\n';
  const out = applyFixes(text, lintText(text, only('termination-message-policy')));
  t.equal(out.text, text.replace('terminationMessagePolicy: ~', 'terminationMessagePolicy: FallbackToLogsOnError'), 'a null scalar value is replaced in place');
  const { compileCustomRules } = await import('../../src/lint/custom-rules.js');
  const rule = `id: fixture-ro
category: security
severity: error
presets: []
description: Require a read-only root filesystem.
rationale: Fixture.
source: [test]
target: container
check:
  schema:
    required: [securityContext]
    properties:
      securityContext: { type: object, required: [readOnlyRootFilesystem] }
  path: securityContext.readOnlyRootFilesystem
message: 'Container "{container}" in {kind} "{name}" is writable.'
remediation: Set it.
fix:
  description: Set securityContext.readOnlyRootFilesystem to true.
  set: { path: securityContext.readOnlyRootFilesystem, value: true }
examples:
  incorrect:
    - { title: x, manifest: "x: 1", findings: [{ path: x }] }
  correct:
    - { title: y, manifest: "y: 1" }
`;
  const rules = [...builtinRules(), ...compileCustomRules([{ path: 'fixture-ro.yaml', text: rule }])];
  const empty = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      securityContext:\n      image: nginx:1.27\n';
  const f = lintFile(parseFile('p.yaml', empty), rules, only('fixture-ro'));
  const fixed = applyFixes(empty, f);
  t.equal(fixed.text, empty.replace('      securityContext:\n', '      securityContext:\n        readOnlyRootFilesystem: true\n'));
  const commented = empty.replace('securityContext:', 'securityContext:   # todo');
  t.equal(applyFixes(commented, lintFile(parseFile('p.yaml', commented), rules, only('fixture-ro'))).applied, 0, 'a comment after the key: no fix');
});
