/**
 * The Pod Security Standards checks, table by table, mirroring the upstream tests in
 * kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/policy/check_<id>_test.go:
 * same pods, same expected ForbiddenReason and ForbiddenDetail strings. Version behaviour follows
 * the VersionedCheck tables of each check_<id>.go (see src/lint/pss/tables.ts).
 */
import t from 'tap';
import type { PodSpec } from '../../src/model/k8s.js';
import type { KubernetesVersion } from '../../src/lint/checks/types.js';
import type { PssCheck, PssResult } from '../../src/lint/pss/pod.js';
import {
  allowPrivilegeEscalation,
  appArmorProfile,
  capabilitiesBaseline,
  capabilitiesRestricted,
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  privileged,
  procMount,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seccompProfileBaseline,
  seccompProfileRestricted,
  seLinuxOptions,
  sysctls,
  windowsHostProcess,
} from '../../src/lint/pss/checks.js';
import { safeSysctls } from '../../src/lint/pss/tables.js';

const V = (minor: number): KubernetesVersion => ({ major: 1, minor });
const LATEST = V(36);

interface Case {
  name: string;
  spec?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  version?: KubernetesVersion;
  /** undefined: allowed */
  reason?: string;
  detail?: string;
}

function run(check: PssCheck, c: Case): PssResult {
  const spec = { containers: [], ...(c.spec ?? {}) } as unknown as PodSpec;
  return check({ metadata: c.metadata ?? {}, spec }, c.version ?? LATEST);
}

function table(name: string, check: PssCheck, cases: Case[]): void {
  t.test(name, async (t) => {
    for (const c of cases) {
      const r = run(check, c);
      if (c.reason === undefined) {
        t.ok(r.allowed, `${c.name}: allowed (got ${r.reason ?? ''}: ${r.detail ?? ''})`);
        t.same(r.violations, [], `${c.name}: no violations`);
      } else {
        t.notOk(r.allowed, `${c.name}: forbidden`);
        t.equal(r.reason, c.reason, `${c.name}: reason`);
        t.equal(r.detail, c.detail, `${c.name}: detail`);
        t.ok(r.violations.length > 0, `${c.name}: points at the offending fields`);
      }
    }
  });
}

const sc = (securityContext: Record<string, unknown> | null, name: string) => (securityContext === null ? { name } : { name, securityContext });

// check_hostNamespaces_test.go TestHostNamespaces
table('hostNamespaces', hostNamespaces(), [
  { name: 'multiple host namespaces', spec: { hostNetwork: true, hostIPC: true, hostPID: true }, reason: 'host namespaces', detail: 'hostNetwork=true, hostPID=true, hostIPC=true' },
  { name: 'all false', spec: { hostNetwork: false, hostIPC: false, hostPID: false } },
]);

// check_privileged_test.go TestPrivileged
table('privileged', privileged, [
  {
    name: 'privileged',
    spec: {
      containers: [sc(null, 'a'), sc({}, 'b'), sc({ privileged: false }, 'c'), sc({ privileged: true }, 'd'), sc({ privileged: true }, 'e')],
    },
    reason: 'privileged',
    detail: 'containers "d", "e" must not set securityContext.privileged=true',
  },
  { name: 'ephemeral containers are visited too (visitor.go)', spec: { ephemeralContainers: [sc({ privileged: true }, 'debug')] }, reason: 'privileged', detail: 'container "debug" must not set securityContext.privileged=true' },
]);

// check_capabilities_baseline_test.go TestCapabilitiesBaseline
table('capabilities_baseline', capabilitiesBaseline, [
  {
    name: 'multiple containers',
    spec: { containers: [sc({ capabilities: { add: ['FOO', 'BAR'] } }, 'a'), sc({ capabilities: { add: ['BAR', 'BAZ'] } }, 'b')] },
    reason: 'non-default capabilities',
    detail: 'containers "a", "b" must not include "BAR", "BAZ", "FOO" in securityContext.capabilities.add',
  },
  { name: 'the whole default set', spec: { containers: [sc({ capabilities: { add: ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT'] } }, 'a')] } },
  { name: 'NET_RAW is not in the set', spec: { containers: [sc({ capabilities: { add: ['NET_RAW'] } }, 'a')] }, reason: 'non-default capabilities', detail: 'container "a" must not include "NET_RAW" in securityContext.capabilities.add' },
  // No user-namespace relaxation for capabilities at 1.36 (only runAsNonRoot, runAsUser, procMount).
  { name: 'hostUsers: false does not relax capabilities', spec: { hostUsers: false, containers: [sc({ capabilities: { add: ['SYS_ADMIN'] } }, 'a')] }, reason: 'non-default capabilities', detail: 'container "a" must not include "SYS_ADMIN" in securityContext.capabilities.add' },
]);

// check_hostPathVolumes_test.go TestHostPathVolumes
table('hostPathVolumes', hostPathVolumes, [
  {
    name: 'host path volumes',
    spec: { volumes: [{ name: 'a', hostPath: {} }, { name: 'b', hostPath: {} }, { name: 'c', emptyDir: {} }] },
    reason: 'hostPath volumes',
    detail: 'volumes "a", "b"',
  },
]);

// check_hostPorts_test.go TestHostPort
table('hostPorts', hostPorts, [
  {
    name: 'one container, one host port',
    spec: { containers: [{ name: 'a', ports: [{ hostPort: 0 }] }, { name: 'b', ports: [{ hostPort: 0 }, { hostPort: 20 }] }] },
    reason: 'hostPort',
    detail: 'container "b" uses hostPort 20',
  },
  {
    name: 'multiple containers, multiple host port',
    spec: {
      containers: [
        { name: 'a', ports: [{ hostPort: 0 }] },
        { name: 'b', ports: [{ hostPort: 0 }, { hostPort: 10 }, { hostPort: 20 }] },
        { name: 'c', ports: [{ hostPort: 0 }, { hostPort: 10 }, { hostPort: 30 }] },
      ],
    },
    reason: 'hostPort',
    detail: 'containers "b", "c" use hostPorts 10, 20, 30',
  },
]);

// check_appArmorProfile_test.go TestCheckAppArmor_Allowed / TestCheckAppArmor_Forbidden
const AA = 'container.apparmor.security.beta.kubernetes.io/';
table('appArmorProfile', appArmorProfile, [
  { name: 'container with default AppArmor + extra annotations', metadata: { annotations: { [`${AA}test`]: 'runtime/default', env: 'prod' } } },
  { name: 'container with local AppArmor + extra annotations', metadata: { annotations: { [`${AA}test`]: 'localhost/sec-profile01', env: 'dev' } } },
  { name: 'container with no AppArmor annotations', metadata: { annotations: { env: 'dev' } } },
  { name: 'container with no annotations' },
  { name: 'pod with runtime default', spec: { securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } } },
  { name: 'container with localhost profile', spec: { containers: [sc({ appArmorProfile: { type: 'RuntimeDefault' } }, 'foo')] } },
  { name: 'unconfined pod', spec: { securityContext: { appArmorProfile: { type: 'Unconfined' } } }, reason: 'forbidden AppArmor profile', detail: 'pod must not set AppArmor profile type to "Unconfined"' },
  {
    name: 'unconfined container',
    spec: { securityContext: { appArmorProfile: { type: 'RuntimeDefault' } }, containers: [sc({ appArmorProfile: { type: 'Unconfined' } }, 'foo')] },
    reason: 'forbidden AppArmor profile',
    detail: 'container "foo" must not set AppArmor profile type to "Unconfined"',
  },
  {
    name: 'unconfined init container',
    spec: { securityContext: { appArmorProfile: { type: 'RuntimeDefault' } }, containers: [{ name: 'foo' }], initContainers: [sc({ appArmorProfile: { type: 'Unconfined' } }, 'bar')] },
    reason: 'forbidden AppArmor profile',
    detail: 'container "bar" must not set AppArmor profile type to "Unconfined"',
  },
  {
    name: 'multiple containers',
    metadata: {
      annotations: {
        [AA]: 'bogus',
        [`${AA}a`]: '',
        [`${AA}b`]: 'runtime/default',
        [`${AA}c`]: 'localhost/',
        [`${AA}d`]: 'localhost/foo',
        [`${AA}e`]: 'unconfined',
        [`${AA}f`]: 'unknown',
      },
    },
    reason: 'forbidden AppArmor profiles',
    detail: `annotations must not set AppArmor profile type to "${AA}="bogus"", "${AA}e="unconfined"", "${AA}f="unknown""`,
  },
]);

// check_seLinuxOptions_test.go TestSELinuxOptions (seLinuxOptions1_31)
const seContainers = [
  sc({ seLinuxOptions: { type: 'container_t' } }, 'a'),
  sc({ seLinuxOptions: { type: 'container_init_t' } }, 'b'),
  sc({ seLinuxOptions: { type: 'container_kvm_t' } }, 'c'),
  sc({ seLinuxOptions: { type: 'container_engine_t' } }, 'd'),
];
const seBad = [sc({ seLinuxOptions: { type: 'bar' } }, 'e'), sc({ seLinuxOptions: { user: 'bar' } }, 'f'), sc({ seLinuxOptions: { role: 'baz' } }, 'g')];
table('seLinuxOptions', seLinuxOptions, [
  {
    name: 'invalid pod and containers',
    spec: { securityContext: { seLinuxOptions: { type: 'foo', user: 'bar', role: 'baz' } }, containers: [...seContainers, ...seBad] },
    reason: 'seLinuxOptions',
    detail: 'pod and containers "e", "f", "g" set forbidden securityContext.seLinuxOptions: types "bar", "foo"; user may not be set; role may not be set',
  },
  {
    name: 'invalid pod',
    spec: { securityContext: { seLinuxOptions: { type: 'foo', user: 'bar', role: 'baz' } }, containers: seContainers },
    reason: 'seLinuxOptions',
    detail: 'pod set forbidden securityContext.seLinuxOptions: type "foo"; user may not be set; role may not be set',
  },
  {
    name: 'invalid containers',
    spec: { securityContext: { seLinuxOptions: {} }, containers: [...seContainers, ...seBad] },
    reason: 'seLinuxOptions',
    detail: 'containers "e", "f", "g" set forbidden securityContext.seLinuxOptions: type "bar"; user may not be set; role may not be set',
  },
  { name: 'bad type', spec: { securityContext: { seLinuxOptions: { type: 'bad' } } }, reason: 'seLinuxOptions', detail: 'pod set forbidden securityContext.seLinuxOptions: type "bad"' },
  { name: 'bad user', spec: { securityContext: { seLinuxOptions: { user: 'bad' } } }, reason: 'seLinuxOptions', detail: 'pod set forbidden securityContext.seLinuxOptions: user may not be set' },
  { name: 'bad role', spec: { securityContext: { seLinuxOptions: { role: 'bad' } } }, reason: 'seLinuxOptions', detail: 'pod set forbidden securityContext.seLinuxOptions: role may not be set' },
  // selinuxAllowedTypes1_0 vs 1_31
  { name: 'container_engine_t before 1.31', version: V(30), spec: { containers: [seContainers[3]] }, reason: 'seLinuxOptions', detail: 'container "d" set forbidden securityContext.seLinuxOptions: type "container_engine_t"' },
  { name: 'container_engine_t at 1.31', version: V(31), spec: { containers: [seContainers[3]] } },
  { name: 'level may be set', spec: { securityContext: { seLinuxOptions: { level: 's0:c1,c2' } } } },
]);

// check_procMount_baseline_test.go TestProcMountBaseline (procMount1_35baseline) and
// check_procMount_restricted_test.go
const pmContainers = [sc(null, 'a'), sc({}, 'b'), sc({ procMount: 'Default' }, 'c'), sc({ procMount: 'Unmasked' }, 'd'), sc({ procMount: 'other' }, 'e')];
const pmDetail = 'containers "d", "e" must not set securityContext.procMount to "Unmasked", "other"';
table('procMount (baseline)', procMount('baseline'), [
  { name: 'procMount', spec: { containers: pmContainers, hostUsers: true }, reason: 'procMount', detail: pmDetail },
  { name: 'procMount with userns', spec: { containers: pmContainers, hostUsers: false } },
  // 1.0–1.34: procMount_1_0, no user-namespace relaxation (the gate it depended on was alpha, off)
  { name: 'procMount with userns at policy 1.34', version: V(34), spec: { containers: pmContainers, hostUsers: false }, reason: 'procMount', detail: pmDetail },
]);
table('procMount (restricted)', procMount('restricted'), [
  { name: 'procMount with userns is still forbidden', spec: { containers: pmContainers, hostUsers: false }, reason: 'procMount', detail: pmDetail },
]);

// check_seccompProfile_baseline_test.go TestSeccompProfileBaseline_1_0 / _1_19
const SP = 'seccomp.security.alpha.kubernetes.io/pod';
const SC = 'container.seccomp.security.alpha.kubernetes.io/';
const abc = [{ name: 'a' }, { name: 'b' }, { name: 'c' }];
const seccompContainers = (t1: string) => [
  sc(null, 'a'),
  sc({}, 'b'),
  sc({ seccompProfile: { type: t1 } }, 'c'),
  sc({ seccompProfile: { type: t1 } }, 'd'),
  sc({ seccompProfile: { type: 'RuntimeDefault' } }, 'e'),
  sc({ seccompProfile: { type: 'RuntimeDefault' } }, 'f'),
];
table('seccompProfile_baseline 1.0 (annotations)', seccompProfileBaseline, [
  { name: 'pod seccomp invalid', version: V(18), metadata: { annotations: { [SP]: 'unconfined' } }, reason: 'seccompProfile', detail: `forbidden annotation ${SP}="unconfined"` },
  {
    name: 'containers seccomp invalid',
    version: V(18),
    metadata: { annotations: { [`${SC}a`]: 'unconfined', [`${SC}b`]: 'unknown' } },
    spec: { containers: abc },
    reason: 'seccompProfile',
    detail: `forbidden annotations ${SC}a="unconfined", ${SC}b="unknown"`,
  },
  {
    name: 'pod and containers seccomp invalid',
    version: V(18),
    metadata: { annotations: { [SP]: 'unconfined', [`${SC}a`]: 'unconfined', [`${SC}b`]: 'unknown' } },
    spec: { containers: abc },
    reason: 'seccompProfile',
    detail: `forbidden annotations ${SC}a="unconfined", ${SC}b="unknown", ${SP}="unconfined"`,
  },
  { name: 'the annotations are not checked from policy 1.19', metadata: { annotations: { [SP]: 'unconfined' } } },
]);
table('seccompProfile_baseline 1.19 (fields)', seccompProfileBaseline, [
  { name: 'pod seccomp invalid', spec: { securityContext: { seccompProfile: { type: 'Unconfined' } }, containers: [sc(null, 'a')] }, reason: 'seccompProfile', detail: 'pod must not set securityContext.seccompProfile.type to "Unconfined"' },
  {
    name: 'containers seccomp invalid',
    spec: { securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, containers: seccompContainers('Unconfined') },
    reason: 'seccompProfile',
    detail: 'containers "c", "d" must not set securityContext.seccompProfile.type to "Unconfined"',
  },
  {
    name: 'pod and containers seccomp invalid',
    spec: { securityContext: { seccompProfile: { type: 'Unconfined' } }, containers: seccompContainers('Unconfined') },
    reason: 'seccompProfile',
    detail: 'pod and containers "c", "d" must not set securityContext.seccompProfile.type to "Unconfined"',
  },
  { name: 'unset is allowed by baseline', spec: { containers: [sc(null, 'a')] } },
]);

// check_sysctls_test.go TestSysctls, and the version table of check_sysctls.go
table('sysctls', sysctls, [
  { name: 'forbidden sysctls', spec: { securityContext: { sysctls: [{ name: 'a' }, { name: 'b' }] } }, reason: 'forbidden sysctls', detail: 'a, b' },
  { name: 'ip_local_reserved_ports before 1.27', version: V(26), spec: { securityContext: { sysctls: [{ name: 'net.ipv4.ip_local_reserved_ports' }] } }, reason: 'forbidden sysctls', detail: 'net.ipv4.ip_local_reserved_ports' },
  { name: 'ip_local_reserved_ports at 1.27', version: V(27), spec: { securityContext: { sysctls: [{ name: 'net.ipv4.ip_local_reserved_ports' }] } } },
  { name: 'tcp_keepalive_time before 1.29', version: V(28), spec: { securityContext: { sysctls: [{ name: 'net.ipv4.tcp_keepalive_time' }] } }, reason: 'forbidden sysctls', detail: 'net.ipv4.tcp_keepalive_time' },
  { name: 'tcp_wmem before 1.32', version: V(31), spec: { securityContext: { sysctls: [{ name: 'net.ipv4.tcp_wmem' }] } }, reason: 'forbidden sysctls', detail: 'net.ipv4.tcp_wmem' },
  { name: 'tcp_wmem at 1.32', version: V(32), spec: { securityContext: { sysctls: [{ name: 'net.ipv4.tcp_wmem' }] } } },
  { name: 'tcp_notsent_lowat is not safe at 1.36', spec: { securityContext: { sysctls: [{ name: 'net.ipv4.tcp_notsent_lowat' }] } }, reason: 'forbidden sysctls', detail: 'net.ipv4.tcp_notsent_lowat' },
]);

t.test('sysctl safe set sizes by version (check_sysctls.go sysctlsAllowedV1Dot*)', async (t) => {
  t.equal(safeSysctls(V(26)).size, 5);
  t.equal(safeSysctls(V(27)).size, 6);
  t.equal(safeSysctls(V(29)).size, 10);
  t.equal(safeSysctls(V(32)).size, 12);
  t.equal(safeSysctls(V(36)).size, 12, '1.36 adds nothing');
});

// check_windowsHostProcess_test.go TestWindowsHostProcess
table('windowsHostProcess', windowsHostProcess, [
  {
    name: 'host process',
    spec: {
      securityContext: { windowsOptions: { hostProcess: true } },
      containers: [
        sc(null, 'a'),
        sc({}, 'b'),
        sc({ windowsOptions: {} }, 'c'),
        sc({ windowsOptions: { hostProcess: false } }, 'd'),
        sc({ windowsOptions: { hostProcess: true } }, 'e'),
        sc({ windowsOptions: { hostProcess: true } }, 'f'),
      ],
    },
    reason: 'hostProcess',
    detail: 'pod and containers "e", "f" must not set securityContext.windowsOptions.hostProcess=true',
  },
]);

// check_hostProbesAndhostLifecycle_test.go TestHostProbesAndHostLifecycle (+ ...Emulation)
const probe = (kind: 'httpGet' | 'tcpSocket', host?: string) => ({ [kind]: host === undefined ? { port: 80 } : { host, port: 80 } });
table('hostProbesAndHostLifecycle', hostProbesAndHostLifecycle, [
  {
    name: 'valid pod with unset hosts',
    spec: { containers: [{ name: 'a', livenessProbe: probe('httpGet'), readinessProbe: probe('tcpSocket'), lifecycle: { postStart: probe('httpGet') } }] },
  },
  {
    name: 'invalid pod with local host IP as probe host',
    spec: { containers: [{ name: 'a', livenessProbe: probe('httpGet', '127.0.0.1'), readinessProbe: probe('tcpSocket', '::1'), startupProbe: probe('httpGet', 'localhost') }] },
    reason: 'probe or lifecycle host',
    detail: 'container "a" uses probe or lifecycle hosts "127.0.0.1", "::1", "localhost"',
  },
  { name: 'invalid httpget host in liveness probe', spec: { containers: [{ name: 'a', livenessProbe: probe('httpGet', 'invalid.host') }] }, reason: 'probe or lifecycle host', detail: 'container "a" uses probe or lifecycle host "invalid.host"' },
  { name: 'invalid tcpsocket host in readiness probe', spec: { containers: [{ name: 'b', readinessProbe: probe('tcpSocket', 'invalid.host') }] }, reason: 'probe or lifecycle host', detail: 'container "b" uses probe or lifecycle host "invalid.host"' },
  { name: 'invalid httpget host in startup probe', spec: { containers: [{ name: 'c', startupProbe: probe('httpGet', 'invalid.host') }] }, reason: 'probe or lifecycle host', detail: 'container "c" uses probe or lifecycle host "invalid.host"' },
  { name: 'invalid poststart tcpsocket host', spec: { containers: [{ name: 'd', lifecycle: { postStart: probe('tcpSocket', 'invalid.host') } }] }, reason: 'probe or lifecycle host', detail: 'container "d" uses probe or lifecycle host "invalid.host"' },
  { name: 'invalid prestop httpget host', spec: { containers: [{ name: 'e', lifecycle: { preStop: probe('httpGet', 'another.invalid.host') } }] }, reason: 'probe or lifecycle host', detail: 'container "e" uses probe or lifecycle host "another.invalid.host"' },
  {
    name: 'multiple containers with multiple invalid hosts',
    spec: {
      containers: [
        { name: 'valid' },
        { name: 'invalid1', livenessProbe: probe('httpGet', 'a.com') },
        { name: 'invalid2', lifecycle: { preStop: probe('tcpSocket', 'b.com') }, startupProbe: probe('httpGet', 'a.com') },
      ],
    },
    reason: 'probe or lifecycle host',
    detail: 'containers "invalid1", "invalid2" use probe or lifecycle hosts "a.com", "b.com"',
  },
  { name: 'invalid ipv4 host in probe', spec: { containers: [{ name: 'a', livenessProbe: probe('httpGet', '8.8.8.8') }] }, reason: 'probe or lifecycle host', detail: 'container "a" uses probe or lifecycle host "8.8.8.8"' },
  { name: 'invalid ipv6 host in probe', spec: { containers: [{ name: 'a', livenessProbe: probe('tcpSocket', '2001:4860:4860::8888') }] }, reason: 'probe or lifecycle host', detail: 'container "a" uses probe or lifecycle host "2001:4860:4860::8888"' },
  { name: 'invalid host in initcontainer', spec: { initContainers: [{ name: 'init', livenessProbe: probe('httpGet', 'invalid.init.host') }] }, reason: 'probe or lifecycle host', detail: 'container "init" uses probe or lifecycle host "invalid.init.host"' },
  // TestHostProbesAndHostLifecycleEmulation: evaluating 1.33 always allows
  { name: 'policy 1.33 has no host check', version: V(33), spec: { containers: [{ name: 'a', startupProbe: probe('httpGet', 'localhost') }] } },
]);

// check_restrictedVolumes_test.go TestRestrictedVolumes
const allowedVolumes = [
  { name: 'a1', emptyDir: {} },
  { name: 'a2', secret: {} },
  { name: 'a3', persistentVolumeClaim: {} },
  { name: 'a4', downwardAPI: {} },
  { name: 'a5', configMap: {} },
  { name: 'a6', projected: {} },
  { name: 'a7', csi: {} },
  { name: 'a8', ephemeral: {} },
  { name: 'a9', image: {} },
];
const restrictedTypes = ['hostPath', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'nfs', 'iscsi', 'glusterfs', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'fc', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'portworxVolume', 'scaleIO', 'storageos'];
table('restrictedVolumes', restrictedVolumes, [
  {
    name: 'host path volumes',
    spec: {
      volumes: [
        ...allowedVolumes,
        ...restrictedTypes.map((type, i) => ({ name: `b${i + 1}`, [type]: {} })),
        // upstream's "unknown type" is a VolumeSource with no known member; in a manifest that is a
        // source this API version does not know (an empty source is defaulted to emptyDir — below)
        { name: 'c1', someFutureSource: {} },
      ],
    },
    reason: 'restricted volume types',
    detail:
      'volumes "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12", "b13", "b14", "b15", "b16", "b17", "b18", "b19", "b20", "b21", "c1"' +
      ' use restricted volume types ' +
      '"awsElasticBlockStore", "azureDisk", "azureFile", "cephfs", "cinder", "fc", "flexVolume", "flocker", "gcePersistentDisk", "gitRepo", "glusterfs", ' +
      '"hostPath", "iscsi", "nfs", "photonPersistentDisk", "portworxVolume", "quobyte", "rbd", "scaleIO", "storageos", "unknown", "vsphereVolume"',
  },
  // pkg/apis/core/v1/defaults.go SetDefaults_Volume: no source at all becomes emptyDir before admission
  { name: 'a volume with no source is defaulted to emptyDir', spec: { volumes: [{ name: 'scratch' }] } },
  { name: 'image volumes are allowed', spec: { volumes: [{ name: 'models', image: { reference: 'example.com/models:1' } }] } },
]);

// check_allowPrivilegeEscalation_test.go TestAllowPrivilegeEscalation_1_25 / _1_8
const apeContainers = [{ name: 'a' }, sc({}, 'b'), sc({ allowPrivilegeEscalation: true }, 'c'), sc({ allowPrivilegeEscalation: false }, 'd')];
table('allowPrivilegeEscalation', allowPrivilegeEscalation, [
  { name: 'multiple containers', spec: { containers: apeContainers }, reason: 'allowPrivilegeEscalation != false', detail: 'containers "a", "b", "c" must set securityContext.allowPrivilegeEscalation=false' },
  { name: 'windows pod, admit without checking privilegeEscalation', spec: { os: { name: 'windows' }, containers: [{ name: 'a' }] } },
  { name: 'linux pod, reject if security context is not set', spec: { os: { name: 'linux' }, containers: [{ name: 'a' }] }, reason: 'allowPrivilegeEscalation != false', detail: 'container "a" must set securityContext.allowPrivilegeEscalation=false' },
  { name: '1.8: multiple containers', version: V(8), spec: { containers: apeContainers }, reason: 'allowPrivilegeEscalation != false', detail: 'containers "a", "b", "c" must set securityContext.allowPrivilegeEscalation=false' },
  { name: '1.24: windows pods are not yet exempt', version: V(24), spec: { os: { name: 'windows' }, containers: [{ name: 'a' }] }, reason: 'allowPrivilegeEscalation != false', detail: 'container "a" must set securityContext.allowPrivilegeEscalation=false' },
  { name: '1.7: the check does not exist', version: V(7), spec: { containers: [{ name: 'a' }] } },
  { name: 'native sidecars get no exemption', spec: { initContainers: [{ name: 'proxy', restartPolicy: 'Always' }], containers: [sc({ allowPrivilegeEscalation: false }, 'app')] }, reason: 'allowPrivilegeEscalation != false', detail: 'container "proxy" must set securityContext.allowPrivilegeEscalation=false' },
]);

// check_runAsNonRoot_test.go TestRunAsNonRoot
table('runAsNonRoot', runAsNonRoot, [
  { name: 'no explicit runAsNonRoot', spec: { containers: [{ name: 'a' }] }, reason: 'runAsNonRoot != true', detail: 'pod or container "a" must set securityContext.runAsNonRoot=true' },
  { name: 'pod runAsNonRoot=false', spec: { securityContext: { runAsNonRoot: false }, containers: [sc(null, 'a')] }, reason: 'runAsNonRoot != true', detail: 'pod must not set securityContext.runAsNonRoot=false' },
  {
    name: 'containers runAsNonRoot=false',
    spec: {
      securityContext: { runAsNonRoot: true },
      containers: [sc(null, 'a'), sc({}, 'b'), sc({ runAsNonRoot: false }, 'c'), sc({ runAsNonRoot: false }, 'd'), sc({ runAsNonRoot: true }, 'e'), sc({ runAsNonRoot: true }, 'f')],
    },
    reason: 'runAsNonRoot != true',
    detail: 'containers "c", "d" must not set securityContext.runAsNonRoot=false',
  },
  {
    name: 'pod nil, container fallthrough',
    spec: { containers: [sc(null, 'a'), sc({}, 'b'), sc({ runAsNonRoot: true }, 'd'), sc({ runAsNonRoot: true }, 'e')] },
    reason: 'runAsNonRoot != true',
    detail: 'pod or containers "a", "b" must set securityContext.runAsNonRoot=true',
  },
  { name: 'hostUsers: false at policy 1.35+ (KEP-127)', spec: { hostUsers: false } },
  { name: 'hostUsers: false at policy 1.34 (gate was alpha, off)', version: V(34), spec: { hostUsers: false, containers: [{ name: 'a' }] }, reason: 'runAsNonRoot != true', detail: 'pod or container "a" must set securityContext.runAsNonRoot=true' },
  { name: 'with HostUsers true', spec: { hostUsers: true, containers: [{ name: 'a' }] }, reason: 'runAsNonRoot != true', detail: 'pod or container "a" must set securityContext.runAsNonRoot=true' },
  { name: 'pod false although every container overrides with true', spec: { securityContext: { runAsNonRoot: false }, containers: [sc({ runAsNonRoot: true }, 'a')] }, reason: 'runAsNonRoot != true', detail: 'pod must not set securityContext.runAsNonRoot=false' },
]);

// check_runAsUser_test.go TestRunAsUser
table('runAsUser', runAsUser, [
  { name: 'pod runAsUser=0', spec: { securityContext: { runAsUser: 0 }, containers: [sc(null, 'a')] }, reason: 'runAsUser=0', detail: 'pod must not set runAsUser=0' },
  { name: 'pod runAsUser=non-zero', spec: { securityContext: { runAsUser: 1000 }, containers: [sc(null, 'a')] } },
  { name: 'pod runAsUser=nil', spec: { securityContext: {}, containers: [sc(null, 'a')] } },
  {
    name: 'containers runAsUser=0',
    spec: {
      securityContext: { runAsUser: 1000 },
      containers: [sc(null, 'a'), sc({}, 'b'), sc({ runAsUser: 0 }, 'c'), sc({ runAsUser: 0 }, 'd'), sc({ runAsUser: 1 }, 'e'), sc({ runAsUser: 1 }, 'f')],
    },
    reason: 'runAsUser=0',
    detail: 'containers "c", "d" must not set runAsUser=0',
  },
  { name: 'containers runAsUser=non-zero', spec: { containers: [sc({ runAsUser: 1 }, 'c'), sc({ runAsUser: 2 }, 'd'), sc({ runAsUser: 3 }, 'e'), sc({ runAsUser: 4 }, 'f')] } },
  { name: 'user namespace without HostUsers (1.35+)', spec: { hostUsers: false, securityContext: { runAsUser: 0 } } },
  { name: 'with HostUsers true', spec: { securityContext: { runAsUser: 0 }, containers: [sc(null, 'a')], hostUsers: true }, reason: 'runAsUser=0', detail: 'pod must not set runAsUser=0' },
  { name: 'policy 1.22: the check does not exist', version: V(22), spec: { securityContext: { runAsUser: 0 } } },
]);

// check_seccompProfile_restricted_test.go TestSeccompProfileRestricted_1_19 / _1_25
table('seccompProfile_restricted', seccompProfileRestricted, [
  { name: 'no explicit seccomp', spec: { containers: [{ name: 'a' }] }, reason: 'seccompProfile', detail: 'pod or container "a" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"' },
  { name: 'no explicit seccomp, windows Pod', spec: { os: { name: 'windows' }, containers: [{ name: 'a' }] } },
  { name: 'no explicit seccomp, linux pod', spec: { os: { name: 'linux' }, containers: [{ name: 'a' }] }, reason: 'seccompProfile', detail: 'pod or container "a" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"' },
  { name: 'pod seccomp invalid', spec: { securityContext: { seccompProfile: { type: 'Unconfined' } }, containers: [sc(null, 'a')] }, reason: 'seccompProfile', detail: 'pod must not set securityContext.seccompProfile.type to "Unconfined"' },
  {
    name: 'containers seccomp invalid',
    spec: { securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, containers: seccompContainers('Unconfined') },
    reason: 'seccompProfile',
    detail: 'containers "c", "d" must not set securityContext.seccompProfile.type to "Unconfined"',
  },
  {
    name: 'pod nil, container fallthrough',
    spec: { containers: [sc(null, 'a'), sc({}, 'b'), sc({ seccompProfile: { type: 'RuntimeDefault' } }, 'd'), sc({ seccompProfile: { type: 'RuntimeDefault' } }, 'e')] },
    reason: 'seccompProfile',
    detail: 'pod or containers "a", "b" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
  },
  { name: 'pod RuntimeDefault inherited', spec: { securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, containers: [sc(null, 'a'), sc({}, 'b')] } },
  { name: 'localhost container profile', spec: { containers: [sc({ seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } }, 'a')] } },
  { name: '1.24: windows pods are not yet exempt', version: V(24), spec: { os: { name: 'windows' }, containers: [{ name: 'a' }] }, reason: 'seccompProfile', detail: 'pod or container "a" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"' },
  { name: '1.18: the check does not exist', version: V(18), spec: { containers: [{ name: 'a' }] } },
]);

// check_capabilities_restricted_test.go TestCapabilitiesRestricted
table('capabilities_restricted', capabilitiesRestricted, [
  {
    name: 'multiple containers',
    spec: {
      containers: [
        sc({ capabilities: { add: ['FOO', 'BAR'] } }, 'a'),
        sc({ capabilities: { add: ['BAR', 'BAZ'] } }, 'b'),
        sc({ capabilities: { add: ['NET_BIND_SERVICE', 'CHOWN'], drop: ['ALL', 'FOO'] } }, 'c'),
      ],
    },
    reason: 'unrestricted capabilities',
    detail: 'containers "a", "b" must set securityContext.capabilities.drop=["ALL"]; containers "a", "b", "c" must not include "BAR", "BAZ", "CHOWN", "FOO" in securityContext.capabilities.add',
  },
  { name: 'no security context', spec: { containers: [{ name: 'a' }] }, reason: 'unrestricted capabilities', detail: 'container "a" must set securityContext.capabilities.drop=["ALL"]' },
  { name: 'drop ALL, add NET_BIND_SERVICE', spec: { containers: [sc({ capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } }, 'a')] } },
  { name: 'windows pod exempt (1.25+)', spec: { os: { name: 'windows' }, containers: [{ name: 'a' }] } },
  { name: '1.21: the check does not exist', version: V(21), spec: { containers: [{ name: 'a' }] } },
]);

t.test('violations point at the offending fields', async (t) => {
  const r = run(capabilitiesRestricted, { name: '', spec: { containers: [sc({ capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE', 'CHOWN'] } }, 'a')] } });
  t.same(
    r.violations.map((v) => ({ path: v.path, container: v.container, value: v.value })),
    [{ path: ['containers', 0, 'securityContext', 'capabilities', 'add', 1], container: 'a', value: 'CHOWN' }],
  );
  const rn = run(runAsNonRoot, { name: '', spec: { initContainers: [{ name: 'init' }], containers: [sc({ runAsNonRoot: true }, 'app')] } });
  t.same(rn.violations.map((v) => [v.path, v.missing]), [[['initContainers', 0, 'securityContext', 'runAsNonRoot'], true]]);
});
