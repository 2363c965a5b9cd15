/**
 * Suppression: `podproof.dev/ignore` on the object or its pod template, per container with
 * `rule[container]`, reasons recorded as SARIF-style justifications, config suppressions for
 * files one cannot edit, allowSuppressions: false, and unused-suppression for suppressions that
 * name unknown rules or suppress nothing (RULES.md, the established linters' flaws).
 */
import t from 'tap';
import { parseFile } from '../../src/manifest/index.js';
import { builtinRules } from '../../src/lint/builtin.js';
import { lintFile } from '../../src/lint/engine.js';
import { parseIgnoreValue } from '../../src/lint/suppression.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../../src/lint/types.js';

function cfg(extra: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return {
    ...DEFAULT_CONFIG,
    extends: [],
    rules: { 'image-tag-pinned': { severity: 'error' }, 'unused-suppression': { severity: 'warning' }, 'liveness-probe': { severity: 'warning' } },
    ...extra,
  };
}

const deployment = (objectAnn: string, templateAnn: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
${objectAnn}spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
${templateAnn}    spec:
      containers:
        - name: app
          image: web:latest
          livenessProbe: { tcpSocket: { port: 80 } }
        - name: debug
          image: busybox
          livenessProbe: { exec: { command: [true] } }
`;

function lint(text: string, config = cfg()) {
  return lintFile(parseFile('web.yaml', text), builtinRules(), config);
}

t.test('parseIgnoreValue', async (t) => {
  t.same(parseIgnoreValue('a, b[x] ,c[x, y]'), [{ ruleId: 'a' }, { ruleId: 'b', containers: ['x'] }, { ruleId: 'c', containers: ['x', 'y'] }]);
  t.same(parseIgnoreValue(''), []);
});

t.test('no suppression: both containers reported', async (t) => {
  const f = lint(deployment('', ''));
  t.same(f.map((x) => [x.ruleId, x.container, x.suppressed]), [
    ['image-tag-pinned', 'app', undefined],
    ['image-tag-pinned', 'debug', undefined],
  ]);
  t.equal(f[0]?.message, 'Container "app" in Deployment "web" uses the "latest" tag (image "web:latest").');
  t.equal(f[1]?.message, 'Container "debug" in Deployment "web" has no tag, so it means "latest" (image "busybox").');
  t.equal(f[0]?.path, 'spec.template.spec.containers[0].image');
  t.equal(f[0]?.range.line, 15);
});

t.test('on the object, for one container, with a reason', async (t) => {
  const f = lint(deployment('  annotations:\n    podproof.dev/ignore: "image-tag-pinned[debug]"\n    podproof.dev/ignore-reason: debug image\n', ''));
  t.same(f.map((x) => [x.container, x.suppressed]), [
    ['app', undefined],
    ['debug', { kind: 'annotation', justification: 'debug image' }],
  ]);
});

t.test('on the template, for the whole object', async (t) => {
  const f = lint(deployment('', '      annotations:\n        podproof.dev/ignore: image-tag-pinned\n'));
  t.same(f.map((x) => x.suppressed?.kind), ['annotation', 'annotation']);
});

t.test('unknown and unused suppressions are reported at the annotation', async (t) => {
  const f = lint(deployment('  annotations:\n    podproof.dev/ignore: "image-tag-pined, liveness-probe[app], image-tag-pinned[ghost]"\n', ''));
  const unused = f.filter((x) => x.ruleId === 'unused-suppression');
  t.same(
    unused.map((x) => x.message),
    [
      'Suppression in Deployment "web" names an unknown rule "image-tag-pined".',
      'Suppression in Deployment "web" of "liveness-probe" for "app" suppressed nothing.',
      'Suppression in Deployment "web" of "image-tag-pinned" for "ghost" suppressed nothing.',
    ].sort(),
  );
  t.equal(unused[0]?.path, 'metadata.annotations[podproof.dev/ignore]');
  t.equal(unused[0]?.range.line, 7);
  t.equal(unused[0]?.range.column, 26);
  t.equal(unused[0]?.severity, 'warning');
});

t.test('a suppression of a rule that is off is not reported', async (t) => {
  const f = lint(deployment('  annotations:\n    podproof.dev/ignore: "cpu-limit"\n', ''));
  t.same(f.filter((x) => x.ruleId === 'unused-suppression'), []);
});

t.test('allowSuppressions: false — annotations are not honoured, and say so', async (t) => {
  const f = lint(deployment('', '      annotations:\n        podproof.dev/ignore: image-tag-pinned\n'), cfg({ allowSuppressions: false }));
  t.same(f.filter((x) => x.ruleId === 'image-tag-pinned').map((x) => x.suppressed), [undefined, undefined]);
  t.same(
    f.filter((x) => x.ruleId === 'unused-suppression').map((x) => x.message),
    ['Suppression in Deployment "web" of "image-tag-pinned" is not honoured: the configuration sets allowSuppressions: false.'],
  );
});

t.test('config suppressions by kind, namespace and name (globs)', async (t) => {
  const text = deployment('', '');
  const hit = lint(text, cfg({ suppressions: [{ kind: 'Deployment', namespace: 'shop', name: 'w*', rules: ['image-tag-pinned'], reason: 'vendor chart' }] }));
  t.same(hit.map((x) => x.suppressed), [
    { kind: 'config', justification: 'vendor chart' },
    { kind: 'config', justification: 'vendor chart' },
  ]);
  const miss = lint(text, cfg({ suppressions: [{ kind: 'StatefulSet', rules: ['*'] }] }));
  t.same(miss.map((x) => x.suppressed), [undefined, undefined]);
  const wildcard = lint(text, cfg({ suppressions: [{ namespace: 'shop', rules: ['*'] }] }));
  t.same(wildcard.map((x) => x.suppressed?.kind), ['config', 'config']);
});

t.test('a CronJob: the annotation may also sit on the jobTemplate', async (t) => {
  const text = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    metadata:
      annotations:
        podproof.dev/ignore: image-tag-pinned
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: report:latest
`;
  const f = lint(text);
  t.same(f.map((x) => [x.ruleId, x.suppressed?.kind]), [['image-tag-pinned', 'annotation']]);
});
