/**
 * Rule automount-service-account-token: the pod opts out of mounting its service account token
 * (spec.automountServiceAccountToken: false), or its ServiceAccount — when it is among the linted
 * objects — does. The pod-level field wins over the ServiceAccount's
 * (pkg/serviceaccount/admission shouldAutomount). Option `allowServiceAccounts`: names of service
 * accounts whose pods do call the API.
 */
import { isRecord, type KubeObject } from '../../model/k8s.js';
import { specRecord } from '../pss/container.js';
import type { CodeCheck } from './types.js';

// The linted set is shared by every pod of a run: index its ServiceAccounts once, not per pod
// (a linear scan per pod made this rule quadratic on large repositories).
const indexes = new WeakMap<readonly KubeObject[], Map<string, KubeObject>>();

function serviceAccounts(all: readonly KubeObject[]): Map<string, KubeObject> {
  let index = indexes.get(all);
  if (!index) {
    index = new Map();
    for (const o of all) {
      if (o.kind === 'ServiceAccount' && o.apiVersion === 'v1' && isRecord(o.metadata) && typeof o.metadata.name === 'string') {
        const ns = typeof o.metadata.namespace === 'string' ? o.metadata.namespace : 'default';
        const key = `${ns}/${o.metadata.name}`;
        if (!index.has(key)) index.set(key, o);
      }
    }
    indexes.set(all, index);
  }
  return index;
}

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'pod') return [];
  const spec = specRecord(ctx);
  if (spec.automountServiceAccountToken === false) return [];
  const saName =
    typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== ''
      ? spec.serviceAccountName
      : typeof spec.serviceAccount === 'string' && spec.serviceAccount !== ''
        ? spec.serviceAccount
        : 'default';
  const allowed = ctx.options.allowServiceAccounts;
  if (Array.isArray(allowed) && allowed.includes(saName)) return [];
  const ns = ctx.target.objectRef.namespace ?? 'default';
  if (spec.automountServiceAccountToken === undefined) {
    const sa = serviceAccounts(ctx.allObjects).get(`${ns}/${saName}`);
    if (sa && sa.automountServiceAccountToken === false) return [];
  }
  const explicit = spec.automountServiceAccountToken !== undefined;
  return [
    {
      path: explicit ? [...ctx.target.specPath, 'automountServiceAccountToken'] : [...ctx.target.specPath],
      data: { serviceAccount: saName, problem: explicit ? 'sets automountServiceAccountToken: true' : 'mounts a service account token (automountServiceAccountToken is not false)' },
    },
  ];
};
