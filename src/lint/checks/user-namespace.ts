/**
 * Rule user-namespace: the pod runs in its own user namespace (spec.hostUsers: false, KEP-127,
 * GA in Kubernetes 1.36), so root in the pod maps to an unprivileged user on the node. Not
 * reported where API validation forbids it: pods sharing a host namespace
 * (hostNetwork/hostPID/hostIPC) and Windows pods.
 */
import { isWindows, specRecord } from '../pss/container.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'pod' || isWindows(ctx)) return [];
  const spec = specRecord(ctx);
  if (spec.hostUsers === false) return [];
  if (spec.hostNetwork === true || spec.hostPID === true || spec.hostIPC === true) return [];
  return [{ path: spec.hostUsers === undefined ? [...ctx.target.specPath] : [...ctx.target.specPath, 'hostUsers'] }];
};
