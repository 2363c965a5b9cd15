/**
 * Static pods (manifest files the kubelet reads from its staticPodPath) are mirrored to the API
 * server by the node, and the NodeRestriction admission plugin refuses mirror pods that
 * reference other API objects (plugin/pkg/admission/noderestriction/admission.go admitPodCreate:
 * serviceAccountName, secrets and configmaps via podutil.VisitPodSecretNames /
 * VisitPodConfigmapNames, clusterTrustBundle projections, persistentVolumeClaims). Seed 001,
 * 四、静态 Pod. A file is a static pod manifest when its path matches option `staticPodPaths`.
 */
import { isRecord, type Container } from '../../model/k8s.js';
import type { FieldPath } from '../../model/fieldpath.js';
import { matchesAny } from '../glob.js';
import { specPath, str } from '../check-utils.js';
import type { CheckViolation, CodeCheck, LintTarget } from './types.js';

function refs(t: LintTarget): { path: FieldPath; what: string }[] {
  const out: { path: FieldPath; what: string }[] = [];
  const spec = t.spec;
  if (typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== '') out.push({ path: specPath(t, 'serviceAccountName'), what: `ServiceAccount "${spec.serviceAccountName}"` });
  else if (typeof spec.serviceAccount === 'string' && spec.serviceAccount !== '') out.push({ path: specPath(t, 'serviceAccount'), what: `ServiceAccount "${spec.serviceAccount}"` });
  (Array.isArray(spec.imagePullSecrets) ? spec.imagePullSecrets : []).forEach((s, i) => {
    if (isRecord(s) && typeof s.name === 'string') out.push({ path: specPath(t, 'imagePullSecrets', i), what: `Secret "${s.name}"` });
  });
  (Array.isArray(spec.volumes) ? spec.volumes : []).forEach((v, i) => {
    if (!isRecord(v)) return;
    if (isRecord(v.secret)) out.push({ path: specPath(t, 'volumes', i, 'secret'), what: `Secret "${String(v.secret.secretName ?? '')}"` });
    if (isRecord(v.configMap)) out.push({ path: specPath(t, 'volumes', i, 'configMap'), what: `ConfigMap "${String(v.configMap.name ?? '')}"` });
    if (isRecord(v.persistentVolumeClaim)) out.push({ path: specPath(t, 'volumes', i, 'persistentVolumeClaim'), what: `PersistentVolumeClaim "${String(v.persistentVolumeClaim.claimName ?? '')}"` });
    if (isRecord(v.projected) && Array.isArray(v.projected.sources)) {
      v.projected.sources.forEach((s: unknown, j: number) => {
        if (!isRecord(s)) return;
        if (isRecord(s.secret)) out.push({ path: specPath(t, 'volumes', i, 'projected', 'sources', j, 'secret'), what: `Secret "${str(s.secret.name) ?? ''}"` });
        if (isRecord(s.configMap)) out.push({ path: specPath(t, 'volumes', i, 'projected', 'sources', j, 'configMap'), what: `ConfigMap "${str(s.configMap.name) ?? ''}"` });
        if (isRecord(s.clusterTrustBundle)) out.push({ path: specPath(t, 'volumes', i, 'projected', 'sources', j, 'clusterTrustBundle'), what: 'a ClusterTrustBundle' });
      });
    }
  });
  for (const field of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    const list = spec[field];
    (Array.isArray(list) ? list : []).forEach((c: Container, i: number) => {
      if (!isRecord(c)) return;
      (Array.isArray(c.env) ? c.env : []).forEach((e, k) => {
        const vf = isRecord(e) && isRecord(e.valueFrom) ? e.valueFrom : undefined;
        if (isRecord(vf?.secretKeyRef)) out.push({ path: specPath(t, field, i, 'env', k, 'valueFrom', 'secretKeyRef'), what: `Secret "${String(vf.secretKeyRef.name ?? '')}"` });
        if (isRecord(vf?.configMapKeyRef)) out.push({ path: specPath(t, field, i, 'env', k, 'valueFrom', 'configMapKeyRef'), what: `ConfigMap "${String(vf.configMapKeyRef.name ?? '')}"` });
      });
      (Array.isArray(c.envFrom) ? c.envFrom : []).forEach((e, k) => {
        if (!isRecord(e)) return;
        if (isRecord(e.secretRef)) out.push({ path: specPath(t, field, i, 'envFrom', k, 'secretRef'), what: `Secret "${String(e.secretRef.name ?? '')}"` });
        if (isRecord(e.configMapRef)) out.push({ path: specPath(t, field, i, 'envFrom', k, 'configMapRef'), what: `ConfigMap "${String(e.configMapRef.name ?? '')}"` });
      });
    });
  }
  return out;
}

export const check: CodeCheck = ({ target, options, filePath }) => {
  if (target.object.kind !== 'Pod') return [];
  const patterns = Array.isArray(options.staticPodPaths) ? (options.staticPodPaths as string[]) : [];
  if (!matchesAny(patterns, filePath.replace(/\\/g, '/'))) return [];
  return refs(target).map((r): CheckViolation => ({ path: r.path, data: { reference: r.what } }));
};
