/**
 * Rule no-host-aliases: spec.hostAliases writes fixed IP addresses into the pod's /etc/hosts,
 * bypassing cluster DNS (and the NetworkPolicies and audit trail that go with names).
 */
import { specRecord } from '../pss/container.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'pod') return [];
  const aliases = specRecord(ctx).hostAliases;
  if (!Array.isArray(aliases) || aliases.length === 0) return [];
  return [{ path: [...ctx.target.specPath, 'hostAliases'], data: { count: String(aliases.length) } }];
};
