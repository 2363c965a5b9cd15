/**
 * Which kinds exist: the group/version/kinds the Kubernetes 1.36 OpenAPI document serves
 * (generated/gvks.ts, from x-kubernetes-group-version-kind), plus the API versions Kubernetes
 * removed (https://kubernetes.io/docs/reference/using-api/deprecation-guide/), so that
 * `extensions/v1beta1 Deployment` is recognised as a real, removed kind rather than a typo.
 *
 * kubectl resolves apiVersion/kind through discovery (RESTMapper): a kind its group-version does
 * not serve fails with `no matches for kind "Deploymnet" in version "apps/v1"`
 * (k8s.io/apimachinery/pkg/api/meta: NoKindMatchError.Error).
 */
import { GVKS, KUBERNETES_VERSION } from './generated/gvks.js';

export { KUBERNETES_VERSION };

export type KindClass = 'pod-bearing' | 'builtin' | 'unknown-in-builtin-group' | 'foreign';

/** The nine kinds that carry a pod spec, at their served apiVersion. */
export const POD_BEARING: Readonly<Record<string, string>> = {
  Pod: 'v1',
  PodTemplate: 'v1',
  ReplicationController: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
};

export interface RemovedApi {
  apiVersion: string;
  kind: string;
  /** The Kubernetes minor release that stopped serving it. */
  removedIn: string;
  /** The apiVersion to migrate to. */
  replacement: string;
}

/** The deprecation guide's removals (Kubernetes 1.16 → 1.32), pod-bearing kinds first. */
const REMOVED: readonly [string, string[], string, string][] = [
  ['extensions/v1beta1', ['Deployment', 'DaemonSet', 'ReplicaSet'], '1.16', 'apps/v1'],
  ['apps/v1beta1', ['Deployment', 'StatefulSet', 'ReplicaSet', 'ControllerRevision'], '1.16', 'apps/v1'],
  ['apps/v1beta2', ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ControllerRevision'], '1.16', 'apps/v1'],
  ['batch/v1beta1', ['CronJob'], '1.25', 'batch/v1'],
  ['batch/v2alpha1', ['CronJob'], '1.21', 'batch/v1'],
  ['extensions/v1beta1', ['NetworkPolicy'], '1.16', 'networking.k8s.io/v1'],
  ['extensions/v1beta1', ['PodSecurityPolicy'], '1.16', 'policy/v1beta1 (itself removed in 1.25; use Pod Security Admission)'],
  ['extensions/v1beta1', ['Ingress'], '1.22', 'networking.k8s.io/v1'],
  ['networking.k8s.io/v1beta1', ['Ingress', 'IngressClass'], '1.22', 'networking.k8s.io/v1'],
  ['policy/v1beta1', ['PodDisruptionBudget'], '1.25', 'policy/v1'],
  ['policy/v1beta1', ['PodSecurityPolicy'], '1.25', 'Pod Security Admission (no replacement API)'],
  ['autoscaling/v2beta1', ['HorizontalPodAutoscaler'], '1.25', 'autoscaling/v2'],
  ['autoscaling/v2beta2', ['HorizontalPodAutoscaler'], '1.26', 'autoscaling/v2'],
  ['rbac.authorization.k8s.io/v1beta1', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], '1.22', 'rbac.authorization.k8s.io/v1'],
  ['rbac.authorization.k8s.io/v1alpha1', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], '1.22', 'rbac.authorization.k8s.io/v1'],
  ['apiextensions.k8s.io/v1beta1', ['CustomResourceDefinition'], '1.22', 'apiextensions.k8s.io/v1'],
  ['apiregistration.k8s.io/v1beta1', ['APIService'], '1.22', 'apiregistration.k8s.io/v1'],
  ['admissionregistration.k8s.io/v1beta1', ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], '1.22', 'admissionregistration.k8s.io/v1'],
  ['scheduling.k8s.io/v1beta1', ['PriorityClass'], '1.22', 'scheduling.k8s.io/v1'],
  ['scheduling.k8s.io/v1alpha1', ['PriorityClass'], '1.17', 'scheduling.k8s.io/v1'],
  ['storage.k8s.io/v1beta1', ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], '1.22', 'storage.k8s.io/v1'],
  ['storage.k8s.io/v1beta1', ['CSIStorageCapacity'], '1.27', 'storage.k8s.io/v1'],
  ['certificates.k8s.io/v1beta1', ['CertificateSigningRequest'], '1.22', 'certificates.k8s.io/v1'],
  ['coordination.k8s.io/v1beta1', ['Lease'], '1.22', 'coordination.k8s.io/v1'],
  ['discovery.k8s.io/v1beta1', ['EndpointSlice'], '1.25', 'discovery.k8s.io/v1'],
  ['events.k8s.io/v1beta1', ['Event'], '1.25', 'events.k8s.io/v1'],
  ['node.k8s.io/v1beta1', ['RuntimeClass'], '1.25', 'node.k8s.io/v1'],
  ['flowcontrol.apiserver.k8s.io/v1beta1', ['FlowSchema', 'PriorityLevelConfiguration'], '1.26', 'flowcontrol.apiserver.k8s.io/v1'],
  ['flowcontrol.apiserver.k8s.io/v1beta2', ['FlowSchema', 'PriorityLevelConfiguration'], '1.29', 'flowcontrol.apiserver.k8s.io/v1'],
  ['flowcontrol.apiserver.k8s.io/v1beta3', ['FlowSchema', 'PriorityLevelConfiguration'], '1.32', 'flowcontrol.apiserver.k8s.io/v1'],
];

const served = new Set<string>(GVKS);
// `kind: List` (v1) is a client-side list every kubectl understands (meta/v1 List).
served.add('v1 List');

const removed = new Map<string, RemovedApi>();
for (const [apiVersion, kinds, removedIn, replacement] of REMOVED) {
  for (const kind of kinds) removed.set(`${apiVersion} ${kind}`, { apiVersion, kind, removedIn, replacement });
}

/** `apps/v1` → `apps`; `v1` → `` (the core group). */
export function groupOf(apiVersion: string): string {
  const i = apiVersion.indexOf('/');
  return i < 0 ? '' : apiVersion.slice(0, i);
}

const builtinGroups = new Set<string>();
for (const gvk of served) builtinGroups.add(groupOf(gvk.slice(0, gvk.indexOf(' '))));
for (const r of removed.values()) builtinGroups.add(groupOf(r.apiVersion));

/** A served group-version-kind of the built-in API (Kubernetes 1.36). */
export function isServedKind(apiVersion: string, kind: string): boolean {
  return served.has(`${apiVersion} ${kind}`);
}

/** The removal record for an apiVersion/kind Kubernetes no longer serves (removed-api-version). */
export function removedApi(apiVersion: string, kind: string): RemovedApi | undefined {
  return removed.get(`${apiVersion} ${kind}`);
}

/** True for the nine pod-bearing kinds at the apiVersion Kubernetes serves them. */
export function isPodBearingKind(apiVersion: string, kind: string): boolean {
  return Object.prototype.hasOwnProperty.call(POD_BEARING, kind) && POD_BEARING[kind] === apiVersion;
}

/**
 * Classify an apiVersion/kind:
 * - `pod-bearing`: one of the nine kinds at its served version (validated in full);
 * - `builtin`: any other kind the built-in API serves, or served once and since removed
 *   (`extensions/v1beta1 Deployment`: the removed-api-version rule reports it);
 * - `unknown-in-builtin-group`: a built-in API group (core, apps, batch, …) that has no such kind
 *   at that version (`apps/v1 Deploymnet`, `apps/v2 Deployment`): kubectl fails with
 *   `no matches for kind "Deploymnet" in version "apps/v1"`;
 * - `foreign`: another API group (CRDs such as monitoring.coreos.com/v1), or no apiVersion.
 */
export function knownKind(apiVersion: string, kind: string): KindClass {
  if (isPodBearingKind(apiVersion, kind)) return 'pod-bearing';
  if (served.has(`${apiVersion} ${kind}`) || removed.has(`${apiVersion} ${kind}`)) return 'builtin';
  if (apiVersion === '') return 'foreign';
  // An apiVersion without a slash is a version of the core group (`v2` → group "", version v2).
  return builtinGroups.has(groupOf(apiVersion)) ? 'unknown-in-builtin-group' : 'foreign';
}

/** kubectl's NoKindMatchError text: `no matches for kind "Deploymnet" in version "apps/v1"`. */
export function noKindMatchMessage(apiVersion: string, kind: string): string {
  return `no matches for kind ${JSON.stringify(kind)} in version ${JSON.stringify(apiVersion)}`;
}
