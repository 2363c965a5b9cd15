/**
 * Rule no-bidirectional-mount-propagation: mountPropagation: Bidirectional propagates the
 * container's mounts back to the host and to every pod sharing the volume (core/v1 types.go
 * MountPropagationBidirectional: "... can be dangerous"); API validation allows it only in
 * privileged containers.
 */
import { isRecord } from '../../model/k8s.js';
import { containerName, containerPath } from '../pss/container.js';
import type { CheckViolation, CodeCheck } from './types.js';

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'container' || !isRecord(ctx.target.container)) return [];
  const mounts = ctx.target.container.volumeMounts;
  if (!Array.isArray(mounts)) return [];
  const out: CheckViolation[] = [];
  mounts.forEach((m: unknown, i: number) => {
    if (isRecord(m) && m.mountPropagation === 'Bidirectional') {
      out.push({ path: [...containerPath(ctx), 'volumeMounts', i, 'mountPropagation'], data: { container: containerName(ctx), volume: typeof m.name === 'string' ? m.name : '' } });
    }
  });
  return out;
};
