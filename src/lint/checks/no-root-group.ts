/**
 * Rule no-root-group: nothing runs with GID 0 — pod or container runAsGroup (effective: a
 * pod-level 0 counts only for the containers that inherit it), fsGroup, supplementalGroups.
 * Mirrors the optional "Non-root groups" control of the Pod Security Standards. Pod-level fields
 * are reported by the pod target, a container's own runAsGroup by that container's target.
 * Skipped for Windows pods, where API validation forbids these fields.
 */
import { isRecord } from '../../model/k8s.js';
import { containerName, containerPath, isWindows, ownSecurityContext, podContainers, specRecord } from '../pss/container.js';
import type { CheckViolation, CodeCheck } from './types.js';

export const check: CodeCheck = (ctx) => {
  if (isWindows(ctx)) return [];
  if (ctx.target.kind === 'container') {
    if (ownSecurityContext(ctx.target.container).runAsGroup !== 0) return [];
    return [
      {
        path: [...containerPath(ctx), 'securityContext', 'runAsGroup'],
        data: { container: containerName(ctx), what: `runs container "${containerName(ctx)}" with primary group 0 (runAsGroup: 0)` },
      },
    ];
  }
  if (ctx.target.kind !== 'pod') return [];
  const spec = specRecord(ctx);
  const psc = isRecord(spec.securityContext) ? spec.securityContext : {};
  const sp = ctx.target.specPath;
  const out: CheckViolation[] = [];
  if (psc.runAsGroup === 0) {
    const inheriting = podContainers(spec).filter(({ c }) => !isRecord(c.securityContext) || c.securityContext.runAsGroup === undefined);
    if (inheriting.length > 0) out.push({ path: [...sp, 'securityContext', 'runAsGroup'], data: { what: 'runs its containers with primary group 0 (runAsGroup: 0)' } });
  }
  if (psc.fsGroup === 0) out.push({ path: [...sp, 'securityContext', 'fsGroup'], data: { what: 'gives its volumes group 0 (fsGroup: 0)' } });
  if (Array.isArray(psc.supplementalGroups)) {
    psc.supplementalGroups.forEach((g: unknown, i: number) => {
      if (g === 0) out.push({ path: [...sp, 'securityContext', 'supplementalGroups', i], data: { what: 'adds group 0 to its processes (supplementalGroups)' } });
    });
  }
  return out;
};
