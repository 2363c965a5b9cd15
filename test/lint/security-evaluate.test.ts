/**
 * Whole-level evaluation, mirroring kubernetes/kubernetes
 * staging/src/k8s.io/pod-security-admission/policy/registry.go (EvaluatePod, populate: baseline
 * checks first then restricted, each sorted by ID; OverrideCheckIDs), checks.go
 * (AggregateCheckResults.ForbiddenDetail: `reason (detail), reason (detail)`) and the admission
 * plugin's Forbidden message.
 */
import t from 'tap';
import type { PodSpec } from '../../src/model/k8s.js';
import { admissionMessage, checksFor, evaluatePod, levelVersionString, REGISTERED_CHECKS } from '../../src/lint/pss/evaluate.js';

const V = (minor: number) => ({ major: 1, minor });
const pod = (spec: Record<string, unknown>) => ({ metadata: {}, spec: spec as unknown as PodSpec });

t.test('check order and overrides per level and version (registry.go populate)', async (t) => {
  t.same(checksFor('privileged', V(36)), []);
  t.same(
    checksFor('baseline', V(36)).map((c) => c.id),
    ['appArmorProfile', 'capabilities_baseline', 'hostNamespaces', 'hostPathVolumes', 'hostPorts', 'hostProbesAndHostLifecycle', 'privileged', 'procMount', 'seLinuxOptions', 'seccompProfile_baseline', 'sysctls', 'windowsHostProcess'],
  );
  t.same(
    checksFor('restricted', V(36)).map((c) => c.id),
    [
      'appArmorProfile',
      'hostNamespaces',
      'hostPorts',
      'hostProbesAndHostLifecycle',
      'privileged',
      'seLinuxOptions',
      'sysctls',
      'windowsHostProcess',
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'procMount_restricted',
      'restrictedVolumes',
      'runAsNonRoot',
      'runAsUser',
      'seccompProfile_restricted',
    ],
    'restricted drops the baseline checks its own checks override',
  );
  const r21 = checksFor('restricted', V(21)).map((c) => c.id);
  t.ok(r21.includes('capabilities_baseline') && !r21.includes('capabilities_restricted'), 'before 1.22 restricted keeps capabilities_baseline');
  t.notOk(r21.includes('runAsUser'), 'runAsUser arrives in 1.23');
  t.notOk(checksFor('baseline', V(33)).some((c) => c.id === 'hostProbesAndHostLifecycle'), 'host probes arrive in 1.34');
  const r34 = checksFor('restricted', V(34)).map((c) => c.id);
  t.ok(r34.includes('procMount') && !r34.includes('procMount_restricted'), 'procMount_restricted arrives in 1.35');
  t.equal(new Set(REGISTERED_CHECKS.map((c) => c.id)).size, REGISTERED_CHECKS.length, 'check IDs are unique (validateChecks)');
});

const messy = pod({
  hostNetwork: true,
  containers: [{ name: 'a', image: 'nginx', ports: [{ containerPort: 80, hostPort: 80 }], securityContext: { privileged: true } }],
  volumes: [{ name: 'data', hostPath: { path: '/data' } }],
});

t.test('baseline: aggregate reason and detail', async (t) => {
  const e = evaluatePod(messy, 'baseline', V(36));
  t.notOk(e.allowed);
  t.equal(e.reason, 'host namespaces, hostPath volumes, hostPort, privileged');
  t.equal(
    e.detail,
    'host namespaces (hostNetwork=true), hostPath volumes (volume "data"), hostPort (container "a" uses hostPort 80), privileged (container "a" must not set securityContext.privileged=true)',
  );
  t.same(e.forbidden.map((f) => f.ruleIds), [['no-host-network', 'no-host-pid', 'no-host-ipc'], ['no-host-path'], ['no-host-port'], ['no-privileged']]);
});

t.test('restricted: overridden baseline checks do not repeat, restricted checks follow', async (t) => {
  const e = evaluatePod(messy, 'restricted', V(36));
  t.equal(
    e.detail,
    [
      'host namespaces (hostNetwork=true)',
      'hostPort (container "a" uses hostPort 80)',
      'privileged (container "a" must not set securityContext.privileged=true)',
      'allowPrivilegeEscalation != false (container "a" must set securityContext.allowPrivilegeEscalation=false)',
      'unrestricted capabilities (container "a" must set securityContext.capabilities.drop=["ALL"])',
      'restricted volume types (volume "data" uses restricted volume type "hostPath")',
      'runAsNonRoot != true (pod or container "a" must set securityContext.runAsNonRoot=true)',
      'seccompProfile (pod or container "a" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    ].join(', '),
  );
  t.equal(
    admissionMessage('web', 'restricted', 'latest', e),
    `pods "web" is forbidden: violates PodSecurity "restricted:latest": ${e.detail}`,
  );
});

t.test('a pod that passes restricted', async (t) => {
  const good = pod({
    securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [{ name: 'a', image: 'nginx', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
  });
  const e = evaluatePod(good, 'restricted', V(36));
  t.ok(e.allowed);
  t.equal(e.detail, '');
  t.ok(evaluatePod(good, 'baseline', V(36)).allowed);
  t.ok(evaluatePod(messy, 'privileged', V(36)).allowed, 'privileged allows everything');
});

t.test('level strings (api.LevelVersion.String)', async (t) => {
  t.equal(levelVersionString('baseline', V(30)), 'baseline:v1.30');
  t.equal(levelVersionString('restricted', 'latest'), 'restricted:latest');
});
