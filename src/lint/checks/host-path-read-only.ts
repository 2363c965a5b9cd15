/**
 * Rule host-path-read-only: a container mounts hostPath volumes read-only. (Whether the pod should
 * use hostPath at all is no-host-path's question; this one limits the damage when it must.)
 */
import { isRecord } from '../../model/k8s.js';
import { containerName, containerPath, specRecord } from '../pss/container.js';
import type { CheckViolation, CodeCheck } from './types.js';

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'container' || !isRecord(ctx.target.container)) return [];
  const vols = specRecord(ctx).volumes;
  if (!Array.isArray(vols)) return [];
  const hostPaths = new Map<string, string>();
  for (const v of vols) {
    if (isRecord(v) && typeof v.name === 'string' && isRecord(v.hostPath)) hostPaths.set(v.name, typeof v.hostPath.path === 'string' ? v.hostPath.path : '');
  }
  const mounts = ctx.target.container.volumeMounts;
  if (hostPaths.size === 0 || !Array.isArray(mounts)) return [];
  const out: CheckViolation[] = [];
  mounts.forEach((m: unknown, i: number) => {
    if (!isRecord(m) || typeof m.name !== 'string' || !hostPaths.has(m.name) || m.readOnly === true) return;
    const base = [...containerPath(ctx), 'volumeMounts', i];
    out.push({
      path: m.readOnly === false ? [...base, 'readOnly'] : base,
      data: { container: containerName(ctx), volume: m.name, hostPath: hostPaths.get(m.name) ?? '', mountPath: typeof m.mountPath === 'string' ? m.mountPath : '' },
    });
  });
  return out;
};
