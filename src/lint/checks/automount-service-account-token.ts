/**
 * Rule automount-service-account-token: the pod opts out of mounting its service account token
 * (spec.automountServiceAccountToken: false), or its ServiceAccount — when it is among the linted
 * objects — does. The pod-level field wins over the ServiceAccount's
 * (pkg/serviceaccount/admission shouldAutomount). Option `allowServiceAccounts`: names of service
 * accounts whose pods do call the API.
 */
import { isRecord } from '../../model/k8s.js';
import { specRecord } from '../pss/container.js';
import type { CodeCheck } from './types.js';

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
    const sa = ctx.allObjects.find(
      (o) =>
        o.kind === 'ServiceAccount' &&
        o.apiVersion === 'v1' &&
        isRecord(o.metadata) &&
        o.metadata.name === saName &&
        (o.metadata.namespace ?? 'default') === ns,
    );
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
