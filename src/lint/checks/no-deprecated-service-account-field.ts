/**
 * Rule no-deprecated-service-account-field: spec.serviceAccount is the deprecated alias of
 * spec.serviceAccountName (core/v1 types.go: "Deprecated: Use serviceAccountName instead").
 *
 * Fix (safe): the API server copies serviceAccount into an empty serviceAccountName and otherwise
 * ignores it (pkg/apis/core/v1 conversion), so moving the value to serviceAccountName — or just
 * dropping the alias when serviceAccountName is set — keeps the pod's identity unchanged.
 */
import { specRecord } from '../pss/container.js';
import type { CodeCheck, FixOperation } from './types.js';

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'pod') return [];
  const spec = specRecord(ctx);
  if (spec.serviceAccount === undefined || spec.serviceAccount === null) return [];
  const sp = ctx.target.specPath;
  const hasName = typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== '';
  const fix: FixOperation[] = hasName
    ? [{ op: 'remove', path: [...sp, 'serviceAccount'] }]
    : typeof spec.serviceAccount === 'string'
      ? [
          { op: 'set', path: [...sp, 'serviceAccountName'], value: spec.serviceAccount },
          { op: 'remove', path: [...sp, 'serviceAccount'] },
        ]
      : [];
  return [{ path: [...sp, 'serviceAccount'], data: { serviceAccount: typeof spec.serviceAccount === 'string' ? spec.serviceAccount : JSON.stringify(spec.serviceAccount) }, ...(fix.length > 0 ? { fix } : {}) }];
};
