/**
 * Rule no-ssh-port: no container exposes port 22 (TCP). An SSH daemon in a container is a second,
 * unaudited way in; `kubectl exec` and ephemeral debug containers (seed 004) replace it.
 */
import { isRecord } from '../../model/k8s.js';
import { containerName, containerPath } from '../pss/container.js';
import type { CheckViolation, CodeCheck } from './types.js';

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'container' || !isRecord(ctx.target.container)) return [];
  const ports = ctx.target.container.ports;
  if (!Array.isArray(ports)) return [];
  const out: CheckViolation[] = [];
  ports.forEach((p: unknown, i: number) => {
    if (!isRecord(p) || (p.protocol !== undefined && p.protocol !== 'TCP')) return;
    if (p.containerPort === 22) out.push({ path: [...containerPath(ctx), 'ports', i, 'containerPort'], data: { container: containerName(ctx), port: '22' } });
    else if (p.hostPort === 22) out.push({ path: [...containerPath(ctx), 'ports', i, 'hostPort'], data: { container: containerName(ctx), port: '22' } });
  });
  return out;
};
