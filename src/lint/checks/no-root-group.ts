/**
 * Rule no-root-group: nothing runs with GID 0 — pod or container runAsGroup (effective: a
 * pod-level 0 counts only for the containers that inherit it), fsGroup, supplementalGroups.
 * Mirrors the optional "Non-root groups" control of the Pod Security Standards. Skipped for
 * Windows pods, where API validation forbids these fields.
 */
import { isRecord } from '../../model/k8s.js';
import { isWindows, podContainers, specRecord } from '../pss/container.js';
import type { CheckViolation, CodeCheck } from './types.js';

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'pod' || isWindows(ctx)) return [];
  const spec = specRecord(ctx);
  const psc = isRecord(spec.securityContext) ? spec.securityContext : {};
  const sp = ctx.target.specPath;
  const out: CheckViolation[] = [];
  const containers = podContainers(spec);
  if (psc.runAsGroup === 0) {
    const inheriting = containers.filter(({ c }) => !isRecord(c.securityContext) || c.securityContext.runAsGroup === undefined);
    if (inheriting.length > 0) out.push({ path: [...sp, 'securityContext', 'runAsGroup'], data: { what: 'runs its containers with primary group 0 (runAsGroup: 0)' } });
  }
  if (psc.fsGroup === 0) out.push({ path: [...sp, 'securityContext', 'fsGroup'], data: { what: 'gives its volumes group 0 (fsGroup: 0)' } });
  if (Array.isArray(psc.supplementalGroups)) {
    psc.supplementalGroups.forEach((g: unknown, i: number) => {
      if (g === 0) out.push({ path: [...sp, 'securityContext', 'supplementalGroups', i], data: { what: 'adds group 0 to its processes (supplementalGroups)' } });
    });
  }
  for (const { c, path } of containers) {
    if (isRecord(c.securityContext) && c.securityContext.runAsGroup === 0) {
      out.push({ path: [...sp, ...path, 'securityContext', 'runAsGroup'], data: { what: `runs container "${typeof c.name === 'string' ? c.name : ''}" with primary group 0 (runAsGroup: 0)`, container: typeof c.name === 'string' ? c.name : '' } });
    }
  }
  return out;
};
