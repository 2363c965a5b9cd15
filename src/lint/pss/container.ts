/**
 * Helpers for the hardening rules (container and pod targets): the container's effective
 * security settings, its path, and path trimming for missing fields.
 */
import type { FieldPath, PathSegment } from '../../model/fieldpath.js';
import { isRecord } from '../../model/k8s.js';
import type { CheckContext } from '../checks/types.js';
import { existingPrefix } from './adapter.js';

/**
 * Pod-level securityContext fields a container inherits when it does not set them
 * (kubernetes pkg/securitycontext/util.go DetermineEffectiveSecurityContext:
 * SELinuxOptions, WindowsOptions, RunAsUser, RunAsGroup, RunAsNonRoot; plus seccompProfile and
 * appArmorProfile, which the kubelet resolves container-over-pod the same way).
 */
const INHERITED = ['runAsNonRoot', 'runAsUser', 'runAsGroup', 'seccompProfile', 'appArmorProfile', 'seLinuxOptions', 'windowsOptions'] as const;

export function ownSecurityContext(c: unknown): Record<string, unknown> {
  return isRecord(c) && isRecord(c.securityContext) ? c.securityContext : {};
}

/** The container's securityContext with the pod-level defaults it inherits filled in. */
export function effectiveSecurityContext(ctx: CheckContext): Record<string, unknown> {
  const own = ownSecurityContext(ctx.target.container);
  const spec = ctx.target.spec as unknown as Record<string, unknown>;
  const pod = isRecord(spec.securityContext) ? spec.securityContext : {};
  const out: Record<string, unknown> = { ...own };
  for (const f of INHERITED) if (out[f] === undefined && pod[f] !== undefined) out[f] = pod[f];
  return out;
}

/** Whether an effective field comes from the pod (the container does not set it). */
export function inheritedFromPod(ctx: CheckContext, field: string): boolean {
  return ownSecurityContext(ctx.target.container)[field] === undefined;
}

export function containerPath(ctx: CheckContext): FieldPath {
  return ctx.target.containerPath ?? ctx.target.specPath;
}

export function containerName(ctx: CheckContext): string {
  const c = ctx.target.container;
  return isRecord(c) && typeof c.name === 'string' ? c.name : '';
}

/** `path` if it exists in the object, else the deepest parent that does. */
export function pointAt(ctx: CheckContext, path: FieldPath): PathSegment[] {
  return existingPrefix(ctx.target.object, path);
}

export function isWindows(ctx: CheckContext): boolean {
  const os = (ctx.target.spec as unknown as Record<string, unknown>).os;
  return isRecord(os) && os.name === 'windows';
}

/** The raw pod spec as a record (manifests are user input). */
export function specRecord(ctx: CheckContext): Record<string, unknown> {
  return ctx.target.spec;
}

/** Capability names as the runtimes accept them: `CAP_SYS_ADMIN` and `sys_admin` mean SYS_ADMIN. */
export function normalizeCapability(c: unknown): string {
  const s = typeof c === 'string' ? c.trim().toUpperCase() : '';
  return s.startsWith('CAP_') ? s.slice(4) : s;
}

/** The containers of a pod spec with their paths relative to the spec (visitor order). */
export function podContainers(spec: Record<string, unknown>): { c: Record<string, unknown>; path: (string | number)[] }[] {
  const out: { c: Record<string, unknown>; path: (string | number)[] }[] = [];
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    const items = spec[list];
    if (!Array.isArray(items)) continue;
    items.forEach((c: unknown, i: number) => {
      if (isRecord(c)) out.push({ c, path: [list, i] });
    });
  }
  return out;
}
