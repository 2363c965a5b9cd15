/**
 * Rule read-only-root-filesystem: the container sets securityContext.readOnlyRootFilesystem: true.
 * The field exists only at container level (no pod-level default to inherit). Skipped for Windows
 * pods, where API validation forbids the field (pkg/apis/core/validation validateWindows).
 */
import { isRecord } from '../../model/k8s.js';
import { containerName, containerPath, isWindows, ownSecurityContext, pointAt } from '../pss/container.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'container' || !isRecord(ctx.target.container) || isWindows(ctx)) return [];
  const sc = ownSecurityContext(ctx.target.container);
  if (sc.readOnlyRootFilesystem === true) return [];
  const path = [...containerPath(ctx), 'securityContext', 'readOnlyRootFilesystem'];
  return [{ path: pointAt(ctx, path), data: { container: containerName(ctx), problem: sc.readOnlyRootFilesystem === false ? 'sets readOnlyRootFilesystem: false' : 'does not set readOnlyRootFilesystem: true' } }];
};
