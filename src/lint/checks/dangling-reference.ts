/**
 * References to objects absent from the linted set: ConfigMaps and Secrets in env, envFrom and
 * volumes, PersistentVolumeClaims, and the ServiceAccount. Off by default: manifests often rely
 * on objects created elsewhere. Optional references (`optional: true`) are skipped; so is the
 * `default` ServiceAccount, which every namespace has.
 */
import { isRecord, type Container, type KubeObject } from '../../model/k8s.js';
import type { FieldPath } from '../../model/fieldpath.js';
import { specPath } from '../check-utils.js';
import type { CheckViolation, CodeCheck } from './types.js';

/** kind/namespace/name of every object, built once per linted set (large monorepos: many pods × many objects). */
const indexes = new WeakMap<readonly KubeObject[], Set<string>>();
function indexOf(all: readonly KubeObject[]): Set<string> {
  let idx = indexes.get(all);
  if (!idx) {
    idx = new Set();
    for (const o of all) {
      if (isRecord(o.metadata) && typeof o.metadata.name === 'string') idx.add(`${String(o.kind)}/${o.metadata.namespace ?? 'default'}/${o.metadata.name}`);
    }
    indexes.set(all, idx);
  }
  return idx;
}

export const check: CodeCheck = ({ target, allObjects }) => {
  const ns = target.objectRef.namespace ?? 'default';
  const idx = indexOf(allObjects);
  const exists = (kind: string, name: string) => idx.has(`${kind}/${ns}/${name}`);
  const out: CheckViolation[] = [];
  const need = (kind: string, name: unknown, path: FieldPath, optional?: unknown) => {
    if (typeof name !== 'string' || name === '' || optional === true) return;
    if (!exists(kind, name)) out.push({ path, data: { refKind: kind, refName: name } });
  };
  const spec = target.spec;
  const sa = spec.serviceAccountName ?? spec.serviceAccount;
  if (sa !== 'default') need('ServiceAccount', sa, specPath(target, spec.serviceAccountName !== undefined ? 'serviceAccountName' : 'serviceAccount'));
  (Array.isArray(spec.volumes) ? spec.volumes : []).forEach((v, i) => {
    if (!isRecord(v)) return;
    if (isRecord(v.configMap)) need('ConfigMap', v.configMap.name, specPath(target, 'volumes', i, 'configMap', 'name'), v.configMap.optional);
    if (isRecord(v.secret)) need('Secret', v.secret.secretName, specPath(target, 'volumes', i, 'secret', 'secretName'), v.secret.optional);
    if (isRecord(v.persistentVolumeClaim)) need('PersistentVolumeClaim', v.persistentVolumeClaim.claimName, specPath(target, 'volumes', i, 'persistentVolumeClaim', 'claimName'));
  });
  for (const field of ['initContainers', 'containers'] as const) {
    const list = spec[field];
    (Array.isArray(list) ? list : []).forEach((c: Container, i: number) => {
      if (!isRecord(c)) return;
      (Array.isArray(c.env) ? c.env : []).forEach((e, k) => {
        const vf = isRecord(e) && isRecord(e.valueFrom) ? e.valueFrom : undefined;
        const cm = vf?.configMapKeyRef;
        const s = vf?.secretKeyRef;
        if (isRecord(cm)) need('ConfigMap', cm.name, specPath(target, field, i, 'env', k, 'valueFrom', 'configMapKeyRef', 'name'), cm.optional);
        if (isRecord(s)) need('Secret', s.name, specPath(target, field, i, 'env', k, 'valueFrom', 'secretKeyRef', 'name'), s.optional);
      });
      (Array.isArray(c.envFrom) ? c.envFrom : []).forEach((e, k) => {
        if (!isRecord(e)) return;
        const cm: unknown = e.configMapRef;
        const s: unknown = e.secretRef;
        if (isRecord(cm)) need('ConfigMap', cm.name, specPath(target, field, i, 'envFrom', k, 'configMapRef', 'name'), cm.optional);
        if (isRecord(s)) need('Secret', s.name, specPath(target, field, i, 'envFrom', k, 'secretRef', 'name'), s.optional);
      });
    });
  }
  return out;
};
