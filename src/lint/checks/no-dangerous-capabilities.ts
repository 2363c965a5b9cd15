/**
 * Rule no-dangerous-capabilities: no container adds a capability that amounts to root on the node
 * (SYS_ADMIN, NET_ADMIN, SYS_MODULE, SYS_PTRACE, ALL by default; option `capabilities`). Names are
 * compared the way runtimes accept them: case-insensitive, with or without the CAP_ prefix.
 */
import { isRecord } from '../../model/k8s.js';
import { containerName, containerPath, normalizeCapability, ownSecurityContext } from '../pss/container.js';
import type { CheckViolation, CodeCheck } from './types.js';

export const DEFAULT_DANGEROUS = ['SYS_ADMIN', 'NET_ADMIN', 'SYS_MODULE', 'SYS_PTRACE', 'ALL'];

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'container') return [];
  const configured = ctx.options.capabilities;
  const dangerous = new Set((Array.isArray(configured) ? configured : DEFAULT_DANGEROUS).map(normalizeCapability));
  const caps = ownSecurityContext(ctx.target.container).capabilities;
  if (!isRecord(caps) || !Array.isArray(caps.add)) return [];
  const out: CheckViolation[] = [];
  caps.add.forEach((c: unknown, i: number) => {
    if (dangerous.has(normalizeCapability(c))) {
      out.push({ path: [...containerPath(ctx), 'securityContext', 'capabilities', 'add', i], data: { container: containerName(ctx), capability: typeof c === 'string' ? c : String(c) } });
    }
  });
  return out;
};
