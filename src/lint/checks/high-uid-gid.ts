/**
 * Rule high-uid-gid: the container's effective runAsUser and runAsGroup (its own, or inherited
 * from the pod) are above a threshold (option `minimum`, default 10000), so they cannot collide
 * with a user of the node (kube-score container-security-context-user-group-id). Unset counts as
 * a finding: the image then decides. Skipped for Windows pods (the fields are forbidden there).
 */
import { containerName, containerPath, effectiveSecurityContext, inheritedFromPod, isWindows, pointAt } from '../pss/container.js';
import type { CheckViolation, CodeCheck } from './types.js';

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'container' || isWindows(ctx)) return [];
  const minimum = typeof ctx.options.minimum === 'number' ? ctx.options.minimum : 10000;
  const eff = effectiveSecurityContext(ctx);
  const out: CheckViolation[] = [];
  for (const field of ['runAsUser', 'runAsGroup'] as const) {
    const v = eff[field];
    if (typeof v === 'number' && v > minimum) continue;
    const fromPod = v !== undefined && inheritedFromPod(ctx, field);
    const path = fromPod ? [...ctx.target.specPath, 'securityContext', field] : pointAt(ctx, [...containerPath(ctx), 'securityContext', field]);
    out.push({
      path,
      data: { container: containerName(ctx), field, minimum: String(minimum), problem: v === undefined ? `does not set ${field} (the image decides)` : `runs with ${field} ${JSON.stringify(v)}${fromPod ? ' (from the pod)' : ''}` },
    });
  }
  return out;
};
