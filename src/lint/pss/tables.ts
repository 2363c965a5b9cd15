/**
 * The value tables of the Pod Security Standards, by policy version, as
 * kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/policy/check_*.go define them.
 * Each table names its source; when upstream adds a version, add a row here.
 */
import type { KubernetesVersion } from '../checks/types.js';
import { atLeast } from './pod.js';

/** check_capabilities_baseline.go `capabilities_allowed_1_0` (one version; unchanged since 1.22). */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/** check_capabilities_restricted.go constants. */
export const CAPABILITY_ALL = 'ALL';
export const CAPABILITY_NET_BIND_SERVICE = 'NET_BIND_SERVICE';

/**
 * check_sysctls.go: `sysctlsAllowedV1Dot0`, `…V1Dot27`, `…V1Dot29`, `…V1Dot32` (each the union of
 * the previous one and its additions). Upstream master/release-1.37 adds `sysctlsAllowedV1Dot37`
 * (tcp_slow_start_after_idle, tcp_notsent_lowat; PR #138389) — recorded here as the 1.37 row.
 */
export const SYSCTL_VERSIONS: readonly { since: KubernetesVersion; add: readonly string[] }[] = [
  {
    since: { major: 1, minor: 0 },
    add: [
      'kernel.shm_rmid_forced',
      'net.ipv4.ip_local_port_range',
      'net.ipv4.tcp_syncookies',
      'net.ipv4.ping_group_range',
      'net.ipv4.ip_unprivileged_port_start',
    ],
  },
  { since: { major: 1, minor: 27 }, add: ['net.ipv4.ip_local_reserved_ports'] },
  {
    since: { major: 1, minor: 29 },
    add: ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'],
  },
  { since: { major: 1, minor: 32 }, add: ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'] },
  { since: { major: 1, minor: 37 }, add: ['net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'] },
];

export function safeSysctls(v: KubernetesVersion): Set<string> {
  const out = new Set<string>();
  for (const row of SYSCTL_VERSIONS) {
    if (atLeast(v, row.since.major, row.since.minor)) for (const s of row.add) out.add(s);
  }
  return out;
}

/**
 * check_seLinuxOptions.go: `selinuxAllowedTypes1_0` = "", container_t, container_init_t,
 * container_kvm_t; `selinuxAllowedTypes1_31` adds container_engine_t (commit 840e4a82d,
 * "PSA: allow container_engine_t selinux type").
 */
export function allowedSELinuxTypes(v: KubernetesVersion): Set<string> {
  const out = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t']);
  if (atLeast(v, 1, 31)) out.add('container_engine_t');
  return out;
}

/**
 * check_restrictedVolumes.go `restrictedVolumes_1_0`: the volume sources the restricted profile
 * allows. `image` was patched into the 1.0 function (PR #130394, Kubernetes 1.33), so on a
 * current API server it is allowed at every policy version.
 */
export const RESTRICTED_ALLOWED_VOLUME_SOURCES: readonly string[] = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
];

/** The other inline volume sources, in the order check_restrictedVolumes.go tests them. */
export const RESTRICTED_FORBIDDEN_VOLUME_SOURCES: readonly string[] = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'storageos',
];

/** check_appArmorProfile.go: annotation prefix and allowed values (corev1.DeprecatedAppArmorBeta*). */
export const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
export function allowedAppArmorAnnotationValue(v: string): boolean {
  return v.length === 0 || v === 'runtime/default' || v.startsWith('localhost/');
}
export function allowedAppArmorType(t: unknown): boolean {
  return t === 'RuntimeDefault' || t === 'Localhost';
}

/** check_seccompProfile_baseline.go: the pre-1.19 annotations and validSeccomp. */
export const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
export const SECCOMP_CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';
export function validSeccompType(t: unknown): boolean {
  return t === 'Localhost' || t === 'RuntimeDefault';
}
export function validSeccompAnnotationValue(v: string): boolean {
  return v === 'runtime/default' || v === 'docker/default' || v.startsWith('localhost/');
}
