/**
 * Rule dedicated-service-account: the pod names its own service account instead of running as
 * its namespace's `default` one (which every other pod without a serviceAccountName shares).
 */
import { specRecord } from '../pss/container.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'pod') return [];
  const spec = specRecord(ctx);
  const name = typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== '' ? spec.serviceAccountName : spec.serviceAccount;
  if (typeof name === 'string' && name !== '' && name !== 'default') return [];
  const field = typeof spec.serviceAccountName === 'string' ? 'serviceAccountName' : typeof spec.serviceAccount === 'string' ? 'serviceAccount' : undefined;
  return [{ path: field ? [...ctx.target.specPath, field] : [...ctx.target.specPath] }];
};
