/**
 * Regression tests for the four classic false positives of the established linters (RULES.md):
 * 1. a container judged without the pod-level securityContext it inherits
 *    (kubernetes pkg/securitycontext/util.go DetermineEffectiveSecurityContext);
 * 2. a digest-pinned image reported as "latest" (pkg/apis/core/v1/defaults.go SetDefaults_Container
 *    only defaults the pull policy from the tag when there is no digest pinning the content);
 * 3. probes demanded on plain init containers (which the API server forbids to have probes:
 *    pkg/apis/core/validation validateInitContainers);
 * 4. a suppression annotation on the pod template instead of the workload silently ignored.
 */
import t from 'tap';
import { parseFile } from '../../src/manifest/index.js';
import { builtinRules } from '../../src/lint/builtin.js';
import { compileCustomRules } from '../../src/lint/custom-rules.js';
import { lintFile } from '../../src/lint/engine.js';
import { DEFAULT_CONFIG, type CompiledRule, type ResolvedConfig } from '../../src/lint/types.js';

function only(...ids: string[]): ResolvedConfig {
  return { ...DEFAULT_CONFIG, extends: [], rules: Object.fromEntries(ids.map((id) => [id, { severity: 'error' as const }])) };
}

function run(text: string, config: ResolvedConfig, rules: readonly CompiledRule[] = builtinRules()) {
  return lintFile(parseFile('m.yaml', text), rules, config).filter((f) => !f.suppressed);
}

const fixtureRule = `id: fixture-non-root
category: security
severity: error
presets: []
description: Require runAsNonRoot true on every container.
rationale: A fixture for the engine's effective container settings.
source: ["test fixture"]
target: any-container
check:
  schema:
    required: [securityContext]
    properties:
      securityContext:
        required: [runAsNonRoot]
        properties:
          runAsNonRoot: { const: true }
  path: securityContext.runAsNonRoot
message: '{containerKind} "{container}" in {kind} "{name}" may run as root.'
remediation: Set runAsNonRoot to true.
examples:
  incorrect:
    - title: unset
      manifest: "apiVersion: v1\\nkind: Pod\\nmetadata: {name: p}\\nspec: {containers: [{name: a, image: x:1}]}\\n"
      findings: [{ path: "spec.containers[0].securityContext.runAsNonRoot" }]
  correct:
    - title: set
      manifest: "apiVersion: v1\\nkind: Pod\\nmetadata: {name: p}\\nspec: {securityContext: {runAsNonRoot: true}, containers: [{name: a, image: x:1}]}\\n"
`;

t.test('1. pod-level securityContext is inherited by every container kind', async (t) => {
  const rules = [...builtinRules(), ...compileCustomRules([{ path: 'rules/fixture-non-root.yaml', text: fixtureRule }])];
  const inherits = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      securityContext:
        runAsNonRoot: true
      initContainers:
        - name: init
          image: busybox:1.36
        - name: proxy
          image: envoy:1.31
          restartPolicy: Always
      containers:
        - name: app
          image: nginx:1.27
          securityContext:
            readOnlyRootFilesystem: true
`;
  t.same(run(inherits, only('fixture-non-root'), rules), [], 'init, sidecar and app containers all inherit runAsNonRoot');
  const overridden = inherits.replace('readOnlyRootFilesystem: true', 'runAsNonRoot: false');
  const f = run(overridden, only('fixture-non-root'), rules);
  t.equal(f.length, 1, 'a container that overrides the pod value is judged by its own');
  t.equal(f[0]?.path, 'spec.template.spec.containers[0].securityContext.runAsNonRoot');
  t.equal(f[0]?.range.line, 24);
  t.equal(f[0]?.range.column, 27);
  t.equal(f[0]?.message, 'Container "app" in Deployment "web" may run as root.');
  const missing = run(inherits.replace('      securityContext:\n        runAsNonRoot: true\n', ''), only('fixture-non-root'), rules);
  t.same(missing.map((x) => x.container), ['init', 'proxy', 'app'], 'without the pod value all three are reported');
  if (builtinRules().some((r) => r.id === 'run-as-non-root')) {
    t.same(run(inherits, only('run-as-non-root')), [], 'the built-in run-as-non-root agrees');
  }
});

t.test('2. a digest-pinned image is not "latest"', async (t) => {
  const pod = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: ${image}\n`;
  const digest = 'sha256:9ae97d36d26566ff84e8893c64a6dc4fe8ca6d1144bf5b87b2b85a32def253c7';
  t.same(run(pod(`nginx@${digest}`), only('image-tag-pinned')), [], 'digest without a tag');
  t.same(run(pod(`nginx:latest@${digest}`), only('image-tag-pinned')), [], 'latest tag pinned by digest');
  t.same(run(pod(`registry.local:5000/nginx@${digest}`), only('image-tag-pinned')), [], 'registry port is not a tag');
  t.equal(run(pod('registry.local:5000/nginx'), only('image-tag-pinned')).length, 1, 'registry port, no tag: latest');
  t.equal(run(pod('nginx:latest'), only('image-tag-pinned')).length, 1);
});

t.test('3. probes are not demanded on init containers (nor on Jobs)', async (t) => {
  const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
    - name: migrate
      image: migrate:4.17
      ports:
        - containerPort: 5432
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - containerPort: 80
      readinessProbe:
        httpGet: { path: /, port: 80 }
      livenessProbe:
        tcpSocket: { port: 80 }
`;
  t.same(run(text, only('readiness-probe', 'liveness-probe', 'zero-downtime', 'probe-port-declared')), []);
  const without = text.replace(/ {6}readinessProbe:[\s\S]*$/, '');
  const f = run(without, only('readiness-probe', 'liveness-probe'));
  t.same(f.map((x) => `${x.ruleId}:${x.container}`).sort(), ['liveness-probe:app', 'readiness-probe:app'], 'only the app container is asked');
});

t.test('4. an annotation on the pod template is honoured', async (t) => {
  const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
      annotations:
        podproof.dev/ignore: "image-tag-pinned"
        podproof.dev/ignore-reason: "dev image, rebuilt on every push"
    spec:
      containers:
        - name: app
          image: web:latest
`;
  const all = lintFile(parseFile('m.yaml', text), builtinRules(), only('image-tag-pinned', 'unused-suppression'));
  t.equal(all.length, 1, 'the finding is kept (SARIF records suppressions)');
  t.same(all[0]?.suppressed, { kind: 'annotation', justification: 'dev image, rebuilt on every push' });
  t.equal(all[0]?.ruleId, 'image-tag-pinned');
});

t.test('effective settings: windowsOptions merge field by field, other fields container over pod', async (t) => {
  const { effectiveContainer } = await import('../../src/lint/targets.js');
  const c = effectiveContainer(
    { name: 'a', securityContext: { runAsUser: 1000, windowsOptions: { runAsUserName: 'app' } } },
    { containers: [], securityContext: { runAsUser: 0, runAsGroup: 3000, windowsOptions: { hostProcess: true, runAsUserName: 'pod' } } },
  );
  t.same(c.securityContext, { runAsUser: 1000, runAsGroup: 3000, windowsOptions: { hostProcess: true, runAsUserName: 'app' } });
  const untouched = { name: 'b' };
  t.equal(effectiveContainer(untouched, { containers: [] }), untouched, 'no pod securityContext: the container as written');
});
