/**
 * apiVersions the API server no longer serves. The table is the Kubernetes deprecation guide
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/): group/version, kinds,
 * the minor version that removed them, and the replacement.
 */
import type { CheckViolation, CodeCheck } from './types.js';

interface Removal {
  apiVersion: string;
  kinds: readonly string[];
  removedIn: number; // minor version of 1.x
  replacement: string;
}

const REMOVALS: readonly Removal[] = [
  { apiVersion: 'extensions/v1beta1', kinds: ['Deployment', 'DaemonSet', 'ReplicaSet'], removedIn: 16, replacement: 'apps/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], removedIn: 16, replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: 16, replacement: 'policy/v1beta1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], removedIn: 22, replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'apps/v1beta1', kinds: ['Deployment', 'StatefulSet', 'ReplicaSet', 'ControllerRevision'], removedIn: 16, replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', kinds: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ControllerRevision'], removedIn: 16, replacement: 'apps/v1' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['Ingress', 'IngressClass'], removedIn: 22, replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'admissionregistration.k8s.io/v1beta1', kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], removedIn: 22, replacement: 'admissionregistration.k8s.io/v1' },
  { apiVersion: 'apiextensions.k8s.io/v1beta1', kinds: ['CustomResourceDefinition'], removedIn: 22, replacement: 'apiextensions.k8s.io/v1' },
  { apiVersion: 'apiregistration.k8s.io/v1beta1', kinds: ['APIService'], removedIn: 22, replacement: 'apiregistration.k8s.io/v1' },
  { apiVersion: 'authentication.k8s.io/v1beta1', kinds: ['TokenReview'], removedIn: 22, replacement: 'authentication.k8s.io/v1' },
  { apiVersion: 'authorization.k8s.io/v1beta1', kinds: ['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview'], removedIn: 22, replacement: 'authorization.k8s.io/v1' },
  { apiVersion: 'certificates.k8s.io/v1beta1', kinds: ['CertificateSigningRequest'], removedIn: 22, replacement: 'certificates.k8s.io/v1' },
  { apiVersion: 'coordination.k8s.io/v1beta1', kinds: ['Lease'], removedIn: 22, replacement: 'coordination.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kinds: ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], removedIn: 22, replacement: 'rbac.authorization.k8s.io/v1' },
  { apiVersion: 'scheduling.k8s.io/v1beta1', kinds: ['PriorityClass'], removedIn: 22, replacement: 'scheduling.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], removedIn: 22, replacement: 'storage.k8s.io/v1' },
  { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], removedIn: 25, replacement: 'batch/v1' },
  { apiVersion: 'batch/v2alpha1', kinds: ['CronJob'], removedIn: 21, replacement: 'batch/v1' },
  { apiVersion: 'discovery.k8s.io/v1beta1', kinds: ['EndpointSlice'], removedIn: 25, replacement: 'discovery.k8s.io/v1' },
  { apiVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], removedIn: 25, replacement: 'events.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], removedIn: 25, replacement: 'autoscaling/v2' },
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], removedIn: 26, replacement: 'autoscaling/v2' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], removedIn: 25, replacement: 'policy/v1' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: 25, replacement: 'Pod Security Admission (it has no replacement API)' },
  { apiVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], removedIn: 25, replacement: 'node.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], removedIn: 27, replacement: 'storage.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], removedIn: 26, replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], removedIn: 29, replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], removedIn: 32, replacement: 'flowcontrol.apiserver.k8s.io/v1' },
];

/**
 * Moves that change nothing but the apiVersion (the schema is the same), so the fix is safe:
 * batch/v1beta1 CronJob → batch/v1 and autoscaling/v2beta2 → autoscaling/v2 (the deprecation
 * guide lists no field changes for them). Everything else needs a person (e.g. Ingress backends).
 */
const SAFE_MOVES = new Set(['batch/v1beta1 CronJob', 'autoscaling/v2beta2 HorizontalPodAutoscaler']);

export function findRemoval(apiVersion: string, kind: string): Removal | undefined {
  return REMOVALS.find((r) => r.apiVersion === apiVersion && r.kinds.includes(kind));
}

export const check: CodeCheck = ({ target, kubernetesVersion }) => {
  const { apiVersion, kind } = target.object;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return [];
  const r = findRemoval(apiVersion, kind);
  if (!r || kubernetesVersion.major !== 1 || kubernetesVersion.minor < r.removedIn) return [];
  const v: CheckViolation = { path: ['apiVersion'], data: { apiVersion, removedIn: `1.${r.removedIn}`, replacement: r.replacement } };
  if (SAFE_MOVES.has(`${apiVersion} ${kind}`)) v.fix = [{ op: 'set', path: ['apiVersion'], value: r.replacement }];
  return [v];
};
