/**
 * Properties of the PSS checks over arbitrary pod-shaped input (manifests are user input: any
 * field may hold any JSON value) — fast-check:
 * - no check throws, whatever the types;
 * - restricted is cumulative: a pod restricted allows, baseline allows (registry.go: every
 *   restricted override is stricter than the baseline check it replaces) — except for Windows
 *   pods: from 1.25 seccompProfile_restricted and capabilities_restricted admit a Windows pod
 *   outright while overriding the baseline checks, so upstream lets a Windows pod with
 *   `seccompProfile: Unconfined` through restricted but not baseline (unreachable in practice:
 *   API validation forbids those fields when spec.os.name is windows);
 * - a check forbids exactly when it points at an offending field.
 */
import t from 'tap';
import fc from 'fast-check';
import type { PodSpec } from '../../src/model/k8s.js';
import { evaluatePod, REGISTERED_CHECKS } from '../../src/lint/pss/evaluate.js';

const scalar = fc.oneof(fc.boolean(), fc.integer({ min: -1, max: 70000 }), fc.constantFrom('', 'ALL', 'NET_BIND_SERVICE', 'SYS_ADMIN', 'Unconfined', 'RuntimeDefault', 'Localhost', 'Default', 'Unmasked', 'container_t', 'spc_t', 'windows', 'linux'), fc.constant(null));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const anyish = fc.oneof(scalar, fc.anything({ maxDepth: 2 }));

const securityContext = fc.record(
  {
    privileged: maybe(fc.oneof(fc.boolean(), anyish)),
    allowPrivilegeEscalation: maybe(fc.oneof(fc.boolean(), anyish)),
    runAsNonRoot: maybe(fc.oneof(fc.boolean(), anyish)),
    runAsUser: maybe(fc.oneof(fc.constantFrom(0, 1000, 20000), anyish)),
    procMount: maybe(fc.oneof(fc.constantFrom('Default', 'Unmasked'), anyish)),
    capabilities: maybe(fc.oneof(fc.record({ add: maybe(fc.array(scalar, { maxLength: 3 })), drop: maybe(fc.array(scalar, { maxLength: 2 })) }), anyish)),
    seccompProfile: maybe(fc.oneof(fc.record({ type: scalar }), anyish)),
    appArmorProfile: maybe(fc.oneof(fc.record({ type: scalar }), anyish)),
    seLinuxOptions: maybe(fc.oneof(fc.record({ type: maybe(scalar), user: maybe(scalar), role: maybe(scalar) }), anyish)),
    windowsOptions: maybe(fc.oneof(fc.record({ hostProcess: maybe(scalar) }), anyish)),
  },
  { requiredKeys: [] },
);
const probe = fc.oneof(fc.record({ httpGet: fc.record({ host: maybe(scalar), port: fc.constant(80) }) }), fc.record({ tcpSocket: fc.record({ host: maybe(scalar), port: fc.constant(80) }) }), anyish);
const container = fc.record(
  {
    name: fc.oneof(fc.constantFrom('a', 'b', 'c'), anyish),
    securityContext: fc.oneof(securityContext, anyish),
    ports: maybe(fc.oneof(fc.array(fc.record({ containerPort: fc.constant(80), hostPort: maybe(scalar) }), { maxLength: 2 }), anyish)),
    livenessProbe: maybe(probe),
    lifecycle: maybe(fc.oneof(fc.record({ preStop: probe }), anyish)),
  },
  { requiredKeys: ['name'] },
);
const volume = fc.oneof(
  fc.record({ name: fc.constant('v'), emptyDir: fc.constant({}) }),
  fc.record({ name: fc.constant('h'), hostPath: fc.record({ path: fc.constantFrom('/data', '/var/run') }) }),
  fc.record({ name: fc.constant('n'), nfs: fc.constant({ server: 'x', path: '/' }) }),
  anyish,
);
const podSpec = fc.record(
  {
    hostNetwork: maybe(fc.oneof(fc.boolean(), anyish)),
    hostPID: maybe(fc.boolean()),
    hostUsers: maybe(fc.oneof(fc.boolean(), anyish)),
    os: maybe(fc.oneof(fc.record({ name: fc.constantFrom('linux', 'windows') }), anyish)),
    securityContext: maybe(fc.oneof(securityContext.map((s) => ({ ...s, sysctls: [{ name: 'kernel.shm_rmid_forced' }, { name: 'vm.swappiness' }].slice(0, 1) })), securityContext, anyish)),
    initContainers: maybe(fc.oneof(fc.array(container, { maxLength: 2 }), anyish)),
    containers: fc.oneof(fc.array(container, { minLength: 1, maxLength: 3 }), anyish),
    ephemeralContainers: maybe(fc.array(container, { maxLength: 1 })),
    volumes: maybe(fc.oneof(fc.array(volume, { maxLength: 3 }), anyish)),
  },
  { requiredKeys: ['containers'] },
);
const metadata = fc.oneof(fc.record({ annotations: maybe(fc.dictionary(fc.constantFrom('container.apparmor.security.beta.kubernetes.io/a', 'seccomp.security.alpha.kubernetes.io/pod', 'x'), fc.oneof(fc.constantFrom('unconfined', 'runtime/default'), anyish))) }), anyish);
const version = fc.integer({ min: 0, max: 37 }).map((minor) => ({ major: 1, minor }));

t.test('no check throws on arbitrary input; restricted implies baseline; forbidden iff violations', async (t) => {
  fc.assert(
    fc.property(podSpec, metadata, version, (spec, md, v) => {
      const p = { metadata: md as never, spec: spec as unknown as PodSpec };
      for (const c of REGISTERED_CHECKS) {
        const r = c.check(p, v);
        if (r.allowed !== (r.violations.length === 0)) return false;
      }
      const os = (spec as { os?: unknown }).os;
      if (typeof os === 'object' && os !== null && (os as { name?: unknown }).name === 'windows') return true;
      const restricted = evaluatePod(p, 'restricted', v);
      const baseline = evaluatePod(p, 'baseline', v);
      return !restricted.allowed || baseline.allowed;
    }),
    { numRuns: 1500 },
  );
  t.pass('1500 arbitrary pods');
});

t.test('the Windows quirk the property excludes is upstream behaviour (check_seccompProfile_restricted.go 1.25)', async (t) => {
  const win = { metadata: {}, spec: { os: { name: 'windows' }, securityContext: { runAsNonRoot: true, seccompProfile: { type: 'Unconfined' } }, containers: [{ name: 'a' }] } as unknown as PodSpec };
  t.notOk(evaluatePod(win, 'baseline', { major: 1, minor: 36 }).allowed, 'baseline forbids Unconfined');
  t.ok(evaluatePod(win, 'restricted', { major: 1, minor: 36 }).allowed, 'restricted admits the Windows pod: the override replaces the baseline seccomp check');
});
