/**
 * The security rules through the lint engine: effective settings (pod-level securityContext
 * inherited unless the container overrides it — the false positive every established linter
 * has), positions in workload templates, version awareness, fixes, and tables for the hardening
 * checks' helpers. Rules are compiled from rules/<id>.yaml and src/lint/checks/<id>.ts directly,
 * so these tests do not depend on the generated registry being fresh.
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import Ajv from 'ajv';
import { compileRule, optionsValidator, type SchemaValidateFn } from '../../src/lint/compile.js';
import { lintFile } from '../../src/lint/engine.js';
import { applyFixes } from '../../src/lint/fix.js';
import { parseFile } from '../../src/manifest/index.js';
import { DEFAULT_CONFIG, type CompiledRule, type ResolvedConfig, type RuleDefinition } from '../../src/lint/types.js';
import type { CodeCheck } from '../../src/lint/checks/types.js';
import type { Finding } from '../../src/model/finding.js';
import { exposedSocket, normalizeHostPath } from '../../src/lint/checks/no-container-runtime-socket.js';
import { couldBeSecretValue, looksLikeCredentialName } from '../../src/lint/checks/no-literal-secret-env.js';
import { imageRepository, trusted } from '../../src/lint/checks/trusted-registries.js';

type AjvCtor = new (opts: Record<string, unknown>) => { compile(schema: unknown): SchemaValidateFn };
const AjvClass = ((Ajv as unknown as { default?: AjvCtor }).default ?? (Ajv as unknown as AjvCtor));

const cache = new Map<string, CompiledRule>();
async function rule(id: string): Promise<CompiledRule> {
  const hit = cache.get(id);
  if (hit) return hit;
  const def = parse(readFileSync(new URL(`../../rules/${id}.yaml`, import.meta.url), 'utf8')) as RuleDefinition;
  const mod = (await import(`../../src/lint/checks/${id}.js`)) as { check: CodeCheck };
  const validate = def.options ? new AjvClass({ useDefaults: true, strict: false }).compile(def.options) : undefined;
  const compiled = compileRule(def, { code: mod.check }, optionsValidator(id, validate), 'builtin');
  cache.set(id, compiled);
  return compiled;
}

async function lint(id: string, manifest: string, opts: { version?: string; options?: Record<string, unknown> } = {}): Promise<Finding[]> {
  const r = await rule(id);
  const config: ResolvedConfig = {
    ...DEFAULT_CONFIG,
    extends: [],
    rules: { [id]: { severity: r.definition.severity, ...(opts.options ? { options: opts.options } : {}) } },
  };
  const file = parseFile(`${id}.yaml`, manifest);
  return lintFile(file, [r], config, { kubernetesVersion: opts.version ?? '1.36' }).filter((f) => f.ruleId === id);
}

const at = (f: Finding): string => `${f.path}@${f.range.line}:${f.range.column}`;

const deployment = (podSpec: string): string =>
  `apiVersion: apps/v1
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
${podSpec
  .split('\n')
  .map((l) => (l ? `      ${l}` : l))
  .join('\n')}`;

// ---------------------------------------------------------------------------------------------
// Effective settings: regression tests for the false positive of kube-linter, kube-score,
// Polaris, Trivy and Checkov (a container judged without the pod-level securityContext).

t.test('pod-level runAsNonRoot covers init containers, sidecars and containers', async (t) => {
  const m = deployment(`securityContext:
  runAsNonRoot: true
initContainers:
  - name: migrate
    image: example.com/migrate:1
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always
containers:
  - name: app
    image: example.com/app:1
`);
  t.same(await lint('run-as-non-root', m), []);
});

t.test('a pod-level runAsNonRoot: false is reported even when every container overrides it (check_runAsNonRoot.go)', async (t) => {
  const m = deployment(`securityContext:
  runAsNonRoot: false
containers:
  - name: app
    image: example.com/app:1
    securityContext:
      runAsNonRoot: true
`);
  const f = await lint('run-as-non-root', m);
  t.same(f.map(at), ['spec.template.spec.securityContext.runAsNonRoot@13:23']);
  t.equal(f[0]?.message, 'Deployment "web" sets runAsNonRoot: false.');
});

t.test('a container without runAsNonRoot under a pod-level false points at the container', async (t) => {
  const m = deployment(`securityContext:
  runAsNonRoot: false
containers:
  - name: app
    image: example.com/app:1
`);
  const f = await lint('run-as-non-root', m);
  t.same(f.map(at), ['spec.template.spec.securityContext.runAsNonRoot@13:23', 'spec.template.spec.containers[0]@15:11']);
});

t.test('pod-level seccomp RuntimeDefault covers every container kind', async (t) => {
  const m = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  initContainers:
    - name: init
      image: busybox:1.36
  containers:
    - name: app
      image: nginx:1.27
  ephemeralContainers:
    - name: debug
      image: busybox:1.36
`;
  t.same(await lint('seccomp-profile-required', m), []);
  t.same(await lint('seccomp-not-unconfined', m), []);
});

t.test('a container Unconfined under a pod-level RuntimeDefault is still reported', async (t) => {
  const m = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        seccompProfile:
          type: Unconfined
`;
  const f = await lint('seccomp-profile-required', m);
  t.same(f.map(at), ['spec.containers[0].securityContext.seccompProfile.type@14:17']);
  t.equal(f[0]?.message, 'Container "app" in Pod "web" sets seccomp profile type "Unconfined".');
});

t.test('runAsUser: 0 at pod level is reported even when the container overrides it (check_runAsUser.go)', async (t) => {
  const m = deployment(`securityContext:
  runAsUser: 0
containers:
  - name: app
    image: example.com/app:1
    securityContext:
      runAsUser: 10001
`);
  t.same((await lint('no-run-as-root-user', m)).map(at), ['spec.template.spec.securityContext.runAsUser@13:20']);
});

t.test('high-uid-gid judges effective values: inherited high IDs pass, a container override is judged', async (t) => {
  const ok = deployment(`securityContext:
  runAsUser: 20000
  runAsGroup: 20000
containers:
  - name: app
    image: example.com/app:1
`);
  t.same(await lint('high-uid-gid', ok), []);
  const low = deployment(`securityContext:
  runAsUser: 20000
  runAsGroup: 20000
containers:
  - name: app
    image: example.com/app:1
    securityContext:
      runAsUser: 1000
`);
  const f = await lint('high-uid-gid', low);
  t.same(f.map(at), ['spec.template.spec.containers[0].securityContext.runAsUser@19:24']);
});

t.test('no-root-group: a pod-level runAsGroup 0 every container overrides is harmless', async (t) => {
  const m = deployment(`securityContext:
  runAsGroup: 0
containers:
  - name: app
    image: example.com/app:1
    securityContext:
      runAsGroup: 10001
`);
  t.same(await lint('no-root-group', m), []);
});

t.test('container findings name the container kind', async (t) => {
  const m = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
    - name: proxy
      image: envoyproxy/envoy:v1.31.0
      restartPolicy: Always
      securityContext:
        privileged: true
  containers:
    - name: app
      image: nginx:1.27
  ephemeralContainers:
    - name: debug
      image: busybox:1.36
      securityContext:
        privileged: true
`;
  const f = await lint('no-privileged', m);
  t.same(f.map((x) => x.message), [
    'Sidecar container "proxy" in Pod "web" runs privileged (securityContext.privileged: true).',
    'Ephemeral container "debug" in Pod "web" runs privileged (securityContext.privileged: true).',
  ]);
});

// ---------------------------------------------------------------------------------------------
// Version awareness (--kubernetes-version)

t.test('version-dependent PSS behaviour through the engine', async (t) => {
  const probe = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      readinessProbe:
        tcpSocket:
          host: 10.0.0.1
          port: 5432
`;
  t.same((await lint('no-probe-host', probe, { version: '1.33' })).length, 0, 'no host check before 1.34');
  t.same((await lint('no-probe-host', probe, { version: '1.34' })).map(at), ['spec.containers[0].readinessProbe.tcpSocket.host@11:17']);

  const userns = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostUsers: false
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        runAsUser: 0
`;
  t.same((await lint('no-run-as-root-user', userns, { version: '1.35' })).length, 0, 'hostUsers: false exempt from 1.35');
  t.same((await lint('no-run-as-root-user', userns, { version: '1.34' })).map(at), ['spec.containers[0].securityContext.runAsUser@11:20'], 'but not at 1.34');
  t.same((await lint('run-as-non-root', userns, { version: '1.36' })).length, 0);

  const sysctl = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    sysctls:
      - name: net.ipv4.tcp_keepalive_time
        value: "600"
  containers:
    - name: app
      image: nginx:1.27
`;
  const f = await lint('safe-sysctls-only', sysctl, { version: '1.28' });
  t.same(f.map(at), ['spec.securityContext.sysctls[0].name@8:15']);
  t.equal(f[0]?.message, 'Pod "web" sets sysctl "net.ipv4.tcp_keepalive_time", which is not in the safe set for Kubernetes 1.28.');
  t.same(await lint('safe-sysctls-only', sysctl, { version: '1.29' }), []);
});

t.test('Windows pods: restricted exemptions from policy 1.25', async (t) => {
  const win = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  os:
    name: windows
  containers:
    - name: app
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`;
  for (const id of ['no-privilege-escalation', 'seccomp-profile-required', 'drop-all-capabilities']) {
    t.same(await lint(id, win, { version: '1.25' }), [], `${id} exempts Windows at 1.25`);
    t.equal((await lint(id, win, { version: '1.24' })).length, 1, `${id} does not at 1.24`);
  }
  t.same(await lint('read-only-root-filesystem', win), [], 'the field is forbidden on Windows, so not demanded');
});

// ---------------------------------------------------------------------------------------------
// Fixes

t.test('no-privilege-escalation fix: only where it is safe', async (t) => {
  const m = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
    - name: admin
      image: example.com/fuse:1
      securityContext:
        capabilities:
          add: ["SYS_ADMIN"]
    - name: priv
      image: example.com/priv:1
      securityContext:
        privileged: true
    - name: explicit
      image: example.com/x:1
      securityContext:
        allowPrivilegeEscalation: true
`;
  const f = await lint('no-privilege-escalation', m);
  t.equal(f.length, 4);
  t.same(
    f.map((x) => Boolean(x.fix)),
    [true, false, false, false],
    'fixed when unset; not with CAP_SYS_ADMIN or privileged (API validation would reject false), not over an explicit true',
  );
  const { text, applied } = applyFixes(m, f);
  t.equal(applied, 1);
  const fixed = parse(text) as { spec: { containers: { securityContext?: { allowPrivilegeEscalation?: boolean } }[] } };
  t.equal(fixed.spec.containers[0]?.securityContext?.allowPrivilegeEscalation, false);
  t.same(await lint('no-privilege-escalation', text).then((r) => r.length), 3);
});

t.test('no-deprecated-service-account-field fix moves the value', async (t) => {
  const m = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  serviceAccount: builder # the CI identity
  containers:
    - name: app
      image: nginx:1.27
`;
  const f = await lint('no-deprecated-service-account-field', m);
  t.same(f.map(at), ['spec.serviceAccount@6:19']);
  const { text } = applyFixes(m, f);
  const spec = (parse(text) as { spec: Record<string, unknown> }).spec;
  t.equal(spec.serviceAccountName, 'builder');
  t.notOk('serviceAccount' in spec);
  t.same(await lint('no-deprecated-service-account-field', text), []);
});

// ---------------------------------------------------------------------------------------------
// Cross-object: automount and the ServiceAccount

t.test('automount-service-account-token honours the ServiceAccount of the same namespace', async (t) => {
  const sa = (ns: string) => `apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  namespace: ${ns}
automountServiceAccountToken: false
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  serviceAccountName: web
  containers:
    - name: app
      image: nginx:1.27
`;
  t.same(await lint('automount-service-account-token', sa('shop')), []);
  t.equal((await lint('automount-service-account-token', sa('other'))).length, 1, 'a ServiceAccount of another namespace does not count');
  const explicit = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  automountServiceAccountToken: true
  containers:
    - name: app
      image: nginx:1.27
`;
  t.same((await lint('automount-service-account-token', explicit)).map(at), ['spec.automountServiceAccountToken@6:33']);
  t.same(await lint('automount-service-account-token', explicit, { options: { allowServiceAccounts: ['default'] } }), []);
});

t.test('user-namespace is not demanded where API validation forbids hostUsers: false', async (t) => {
  const m = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostNetwork: true
  containers:
    - name: app
      image: nginx:1.27
`;
  t.same(await lint('user-namespace', m), []);
});

// ---------------------------------------------------------------------------------------------
// Helper tables

t.test('container runtime sockets, by the socket or a directory holding it', async (t) => {
  const cases: [string, string | undefined][] = [
    ['/var/run/docker.sock', '/var/run/docker.sock'],
    ['/var/run/docker.sock/', '/var/run/docker.sock'],
    ['//var//run/./docker.sock', '/var/run/docker.sock'],
    ['/run/containerd/containerd.sock', '/run/containerd/containerd.sock'],
    ['/run/containerd', '/run/containerd/containerd.sock'],
    ['/var/run/crio/crio.sock', '/var/run/crio/crio.sock'],
    ['/run/podman/podman.sock', '/run/podman/podman.sock'],
    ['/run/user/1000/podman/podman.sock', '/run/user/1000/podman/podman.sock'],
    ['/run/k3s/containerd/containerd.sock', '/run/k3s/containerd/containerd.sock'],
    ['/var/run', '/var/run/docker.sock'],
    ['/', '/var/run/docker.sock'],
    ['/var/lib/docker', undefined],
    ['/var/log', undefined],
    ['/run/containerd-shim', undefined],
    ['/etc/docker', undefined],
  ];
  for (const [p, want] of cases) t.equal(exposedSocket(p), want, p);
  t.equal(normalizeHostPath('/a/b/../c/'), '/a/c');
});

t.test('credential names and values', async (t) => {
  const yes = ['DB_PASSWORD', 'PASSWORD', 'db_password', 'API_KEY', 'apiKey', 'GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'CLIENT_SECRET', 'REDIS_PASS', 'SMTP_PASSWD', 'JWT_SIGNING_KEY', 'GOOGLE_CREDENTIALS'];
  const no = ['DB_PASSWORD_FILE', 'TOKEN_TTL', 'SECRET_NAME', 'AWS_ACCESS_KEY_ID', 'PASSWORD_MIN_LENGTH', 'BYPASS_CACHE', 'TOKEN_ENDPOINT', 'HOSTNAME', 'LOG_LEVEL', 'KEYCLOAK_URL', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'];
  for (const n of yes) t.ok(looksLikeCredentialName(n), `${n} holds a credential`);
  for (const n of no) t.notOk(looksLikeCredentialName(n), `${n} does not`);
  t.ok(looksLikeCredentialName('MY_WEIRD_THING', [/weird/i]), 'extra patterns');
  for (const v of ['', 'true', 'False', '1', '$(DB_PASSWORD)', '/run/secrets/db']) t.notOk(couldBeSecretValue(v), `value ${JSON.stringify(v)}`);
  t.ok(couldBeSecretValue('hunter2'));
});

t.test('image repositories as the runtimes resolve them (distribution/reference ParseNormalizedNamed)', async (t) => {
  const cases: [string, string][] = [
    ['nginx', 'docker.io/library/nginx'],
    ['nginx:1.27', 'docker.io/library/nginx'],
    ['bitnami/redis:7', 'docker.io/bitnami/redis'],
    ['ghcr.io/org/app:1.0', 'ghcr.io/org/app'],
    ['localhost:5000/app', 'localhost:5000/app'],
    ['localhost/app', 'localhost/app'],
    ['registry.example.com:443/team/app@sha256:abcd', 'registry.example.com:443/team/app'],
  ];
  for (const [img, want] of cases) t.equal(imageRepository(img), want, img);
  t.ok(trusted('nginx:1.27', ['docker.io/library']));
  t.notOk(trusted('bitnami/redis:7', ['docker.io/library']));
  t.ok(trusted('ghcr.io/org/app:1', ['ghcr.io/org/']));
  t.notOk(trusted('ghcr.io/organisation/app:1', ['ghcr.io/org']), 'prefixes match whole path segments');
});

t.test('no-literal-secret-env through the engine', async (t) => {
  const m = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: example.com/app:1
      env:
        - name: API_TOKEN
          value: "abc123"
        - name: API_TOKEN_FILE
          value: /var/run/token
        - name: SESSION_SECRET
          valueFrom:
            secretKeyRef: { name: app, key: session }
`;
  const f = await lint('no-literal-secret-env', m);
  t.same(f.map(at), ['spec.containers[0].env[0].value@11:18']);
  t.equal(f[0]?.message, 'Container "app" in Pod "web" sets API_TOKEN to a literal value; credentials belong in a Secret.');
  t.same(await lint('no-literal-secret-env', m, { options: { allowNames: ['API_TOKEN'] } }), []);
});

t.test('PSS rules find the pod inside every workload kind (CronJob, List items)', async (t) => {
  const cron = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          hostPID: true
          containers:
            - name: dump
              image: example.com/backup:2
`;
  const f = await lint('no-host-pid', cron);
  t.same(f.map(at), ['spec.jobTemplate.spec.template.spec.hostPID@12:20']);
  t.equal(f[0]?.message, 'CronJob "backup" shares the host PID namespace (hostPID: true).');

  const list = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata:
      name: a
    spec:
      containers:
        - name: app
          image: nginx:1.27
          ports:
            - containerPort: 80
              hostPort: 8080
`;
  const g = await lint('no-host-port', list);
  t.same(g.map(at), ['items[0].spec.containers[0].ports[0].hostPort@14:25']);
});

t.test('PSS container findings carry the container name, so per-container suppression works', async (t) => {
  const m = `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations:
    podproof.dev/ignore: "no-privileged[debug]"
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        privileged: true
    - name: debug
      image: busybox:1.36
      securityContext:
        privileged: true
`;
  const f = await lint('no-privileged', m);
  t.same(
    f.map((x) => [x.container, Boolean(x.suppressed), at(x)]),
    [
      ['app', false, 'spec.containers[0].securityContext.privileged@12:21'],
      ['debug', true, 'spec.containers[1].securityContext.privileged@16:21'],
    ],
  );
  const pod = await lint('run-as-non-root', m.replace('    podproof.dev/ignore: "no-privileged[debug]"\n', '    podproof.dev/ignore: "run-as-non-root"\n'));
  t.ok(pod.every((x) => x.suppressed), 'object-level suppression covers pod and container findings');
});

t.test('no-root-group: a container runAsGroup 0 is reported with the container', async (t) => {
  const m = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    supplementalGroups: [1000, 0]
  containers:
    - name: app
      image: example.com/app:1
      securityContext:
        runAsGroup: 0
`;
  const f = await lint('no-root-group', m);
  t.same(
    f.map((x) => [x.container, at(x)]),
    [
      [undefined, 'spec.securityContext.supplementalGroups[1]@7:32'],
      ['app', 'spec.containers[0].securityContext.runAsGroup@12:21'],
    ],
  );
});

// A container without a name is invalid (rule `invalid`), but the security findings about it
// still say which one it is, the way the engine names it: by its place in the list.
t.test('a nameless container is named by its place in security findings', async (t) => {
  const { lintText } = await import('../../src/api/index.js');
  const r = lintText('apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n  - image: busybox:1.36\n');
  const drop = r.findings.find((f) => f.ruleId === 'drop-all-capabilities');
  t.equal(drop?.message, 'Container "containers[0]" in Pod "x" does not drop ALL capabilities.');
});
