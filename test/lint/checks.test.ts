/**
 * Tables per code check (STYLE.md: rule behaviour comes from the rule files' examples plus a
 * table per code check). Each case names the behaviour it mirrors.
 */
import t from 'tap';
import { parseFile } from '../../src/manifest/index.js';
import { builtinRules } from '../../src/lint/builtin.js';
import { lintFile } from '../../src/lint/engine.js';
import { parseImageRef } from '../../src/lint/check-utils.js';
import { preStopSeconds } from '../../src/lint/checks/prestop-within-grace-period.js';
import { findRemoval } from '../../src/lint/checks/removed-api-version.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../../src/lint/types.js';

function run(ruleId: string, text: string, opts: { options?: Record<string, unknown>; filePath?: string; kubernetesVersion?: string } = {}) {
  const config: ResolvedConfig = { ...DEFAULT_CONFIG, extends: [], rules: { [ruleId]: { severity: 'warning', ...(opts.options ? { options: opts.options } : {}) } } };
  return lintFile(parseFile(opts.filePath ?? 'm.yaml', text), builtinRules(), config, opts.kubernetesVersion ? { kubernetesVersion: opts.kubernetesVersion } : {});
}

const pod = (container: string, spec = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${spec}  containers:\n    - name: app\n      image: nginx:1.27\n${container}`;

t.test('parseImageRef mirrors distribution/reference splitDockerDomain', async (t) => {
  const cases: [string, { domain: string; path: string; tag?: string; digest?: string }][] = [
    ['nginx', { domain: 'docker.io', path: 'nginx' }],
    ['nginx:1.27', { domain: 'docker.io', path: 'nginx', tag: '1.27' }],
    ['library/nginx:1.27', { domain: 'docker.io', path: 'library/nginx', tag: '1.27' }],
    ['localhost/web', { domain: 'localhost', path: 'web' }],
    ['localhost:5000/web:2', { domain: 'localhost:5000', path: 'web', tag: '2' }],
    ['ghcr.io/org/app@sha256:abc', { domain: 'ghcr.io', path: 'org/app', digest: 'sha256:abc' }],
    ['registry.k8s.io/pause:3.10@sha256:abc', { domain: 'registry.k8s.io', path: 'pause', tag: '3.10', digest: 'sha256:abc' }],
  ];
  for (const [image, want] of cases) {
    const got = parseImageRef(image);
    t.same({ domain: got.domain, path: got.path, tag: got.tag, digest: got.digest }, { tag: undefined, digest: undefined, ...want }, image);
  }
});

t.test('preStopSeconds: sleep action, exec sleep, sh -c, unknown durations', async (t) => {
  t.equal(preStopSeconds({ sleep: { seconds: 5 } }), 5);
  t.equal(preStopSeconds({ exec: { command: ['sleep', '10'] } }), 10);
  t.equal(preStopSeconds({ exec: { command: ['/bin/sleep', '2m'] } }), 120);
  t.equal(preStopSeconds({ exec: { command: ['sh', '-c', 'sleep 5 && nginx -s quit; sleep 3'] } }), 8);
  t.equal(preStopSeconds({ exec: { command: ['/bin/sh', '-c', 'nginx -s quit'] } }), undefined);
  t.equal(preStopSeconds({ httpGet: { path: '/drain', port: 80 } }), undefined);
});

t.test('prestop-within-grace-period: kubelet killContainer semantics', async (t) => {
  const hook = (cmd: string) => `      lifecycle:\n        preStop:\n          exec:\n            command: ["sh", "-c", "${cmd}"]\n`;
  t.equal(run('prestop-within-grace-period', pod(hook('sleep 29'))).length, 0, '29s < default 30s');
  t.equal(run('prestop-within-grace-period', pod(hook('sleep 30'))).length, 1, '30s uses up the default 30s');
  t.equal(run('prestop-within-grace-period', pod(hook('sleep 30'), '  terminationGracePeriodSeconds: 60\n')).length, 0);
  const f = run('prestop-within-grace-period', pod(hook('sleep 90'), '  terminationGracePeriodSeconds: 60\n'));
  t.equal(f[0]?.message, 'Container "app" in Pod "web" has a preStop hook that takes 90s, which uses up the 60s grace period (terminationGracePeriodSeconds).');
});

t.test('removed-api-version follows the target Kubernetes version', async (t) => {
  t.same(findRemoval('batch/v1beta1', 'CronJob')?.removedIn, 25);
  t.same(findRemoval('batch/v1', 'CronJob'), undefined);
  const ing = 'apiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata:\n  name: web\nspec: {}\n';
  t.equal(run('removed-api-version', ing, { kubernetesVersion: '1.21' }).length, 0, 'still served in 1.21');
  t.equal(run('removed-api-version', ing, { kubernetesVersion: '1.22' }).length, 1, 'removed in 1.22');
  t.equal(run('removed-api-version', ing).length, 1, 'default version');
});

t.test('readiness and liveness: who is asked', async (t) => {
  const ports = '      ports:\n        - containerPort: 80\n';
  t.equal(run('readiness-probe', pod(ports)).length, 1, 'a serving app container');
  t.equal(run('readiness-probe', pod('')).length, 0, 'no ports: not serving');
  t.equal(run('readiness-probe', pod(ports, '  restartPolicy: Never\n')).length, 0, 'restartPolicy Never runs to completion');
  t.equal(run('liveness-probe', pod('', '  restartPolicy: OnFailure\n')).length, 0, 'OnFailure: a batch pod');
  const cron = `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: a\n              image: busybox:1.36\n              ports: [{ containerPort: 80 }]\n`;
  t.equal(run('liveness-probe', cron).length, 0, 'CronJob');
  t.equal(run('readiness-probe', cron).length, 0, 'CronJob');
  const sidecar = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  initContainers:\n    - name: proxy\n      image: envoy:1.31\n      restartPolicy: Always\n      ports: [{ containerPort: 15001 }]\n  containers:\n    - name: app\n      image: nginx:1.27\n      livenessProbe: { tcpSocket: { port: 80 } }\n`;
  t.equal(run('liveness-probe', sidecar).length, 0, 'sidecars are not asked');
});

t.test('probe-port-declared: named ports are resolved among the container\'s own ports', async (t) => {
  const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: a\n      image: x:1\n      ports: [{ name: http, containerPort: 80 }]\n    - name: b\n      image: x:1\n      readinessProbe: { httpGet: { port: http } }\n`;
  const f = run('probe-port-declared', text);
  t.equal(f.length, 1, 'another container\'s named port does not count');
  t.equal(f[0]?.container, 'b');
  t.equal(f[0]?.severity, 'warning');
  const numeric = pod('      ports: [{ containerPort: 80 }]\n      readinessProbe: { httpGet: { port: "80" } }\n      livenessProbe: { grpc: { port: 9090 } }\n');
  const g = run('probe-port-declared', numeric);
  t.same(g.map((x) => [x.path, x.severity]), [['spec.containers[0].livenessProbe.grpc.port', 'info']], 'a numeric string port counts as its number');
});

t.test('probe-timing cases', async (t) => {
  const probe = (body: string) => pod(body);
  t.equal(run('probe-timing', probe('      readinessProbe: { exec: { command: [true] }, timeoutSeconds: 10 }\n')).length, 1, 'timeout 10 ≥ default period 10');
  t.equal(run('probe-timing', probe('      readinessProbe: { exec: { command: [true] }, timeoutSeconds: 9 }\n')).length, 0);
  t.equal(
    run('probe-timing', probe('      livenessProbe: { exec: { command: [true] }, periodSeconds: 10, failureThreshold: 3 }\n      readinessProbe: { exec: { command: [true] }, initialDelaySeconds: 30 }\n')).length,
    1,
    'liveness can kill at 30s, readiness starts at 30s',
  );
  t.equal(
    run('probe-timing', probe('      livenessProbe: { exec: { command: [true] }, initialDelaySeconds: 20 }\n      readinessProbe: { exec: { command: [true] }, initialDelaySeconds: 30 }\n')).length,
    0,
    'liveness first kill at 50s',
  );
});

t.test('requests-equal-limits compares quantities, not text', async (t) => {
  const res = (r: string) => pod(`      resources:\n${r}`);
  t.equal(run('requests-equal-limits', res('        requests: { cpu: 1000m, memory: 1Gi }\n        limits: { cpu: "1", memory: 1024Mi }\n')).length, 0, '1000m == 1, 1Gi == 1024Mi');
  t.equal(run('requests-equal-limits', res('        requests: { memory: 1Gi }\n        limits: { memory: 1G }\n'), { options: { cpu: false } }).length, 1, '1Gi != 1G');
});

t.test('static-pod-references: only files under a static pod path', async (t) => {
  const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: etcd\nspec:\n  serviceAccountName: etcd\n  containers:\n    - name: etcd\n      image: etcd:3.5\n      env:\n        - name: PASSWORD\n          valueFrom: { secretKeyRef: { name: etcd, key: pw } }\n`;
  const f = run('static-pod-references', text, { filePath: '/etc/kubernetes/manifests/etcd.yaml' });
  t.same(f.map((x) => x.path), ['spec.serviceAccountName', 'spec.containers[0].env[0].valueFrom.secretKeyRef']);
  t.equal(run('static-pod-references', text, { filePath: 'k8s/etcd.yaml' }).length, 0);
  t.equal(run('static-pod-references', text, { filePath: 'nodes/static/etcd.yaml', options: { staticPodPaths: ['nodes/static/*.yaml'] } }).length, 2, 'configured path');
});

t.test('bare-pod: a controller ownerReference makes a Pod managed', async (t) => {
  const owned = (controller: boolean) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  ownerReferences: [{ apiVersion: apps/v1, kind: ReplicaSet, name: rs, uid: u, controller: ${controller} }]\nspec:\n  containers: [{ name: a, image: "x:1" }]\n`;
  t.equal(run('bare-pod', owned(true)).length, 0);
  t.equal(run('bare-pod', owned(false)).length, 1, 'a non-controller owner does not recreate it');
});

t.test('dangling-reference sees the whole linted set and skips optional references', async (t) => {
  const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  serviceAccountName: default\n  containers:\n    - name: a\n      image: x:1\n      envFrom:\n        - configMapRef: { name: there }\n        - secretRef: { name: maybe, optional: true }\n      env:\n        - name: X\n          valueFrom: { secretKeyRef: { name: missing, key: k } }\n`;
  const file = parseFile('m.yaml', text);
  const config: ResolvedConfig = { ...DEFAULT_CONFIG, extends: [], rules: { 'dangling-reference': { severity: 'warning' } } };
  const others = [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'there', namespace: 'shop' } }];
  const f = lintFile(file, builtinRules(), config, { allObjects: [...others, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'shop' } }] });
  t.same(f.map((x) => x.message), ['Pod "web" references Secret "missing", which is not in the linted files.']);
});
