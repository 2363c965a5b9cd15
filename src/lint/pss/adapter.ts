/**
 * From an upstream-shaped PSS check to a podproof code check: runs the check on the target's pod
 * (`target: pod` rules), turns every offending field into a violation with its path from the
 * object root, and trims the path of a missing required field to the deepest parent that exists
 * ("points at the offending field, or at the parent that should hold a missing one").
 */
import { formatPath, type FieldPath, type PathSegment } from '../../model/fieldpath.js';
import { isRecord } from '../../model/k8s.js';
import type { CheckContext, CheckViolation, CodeCheck, FixOperation } from '../checks/types.js';
import type { PssCheck, PssResult, PssViolation } from './pod.js';

/** The deepest prefix of `path` that exists in `root`. */
export function existingPrefix(root: unknown, path: FieldPath): PathSegment[] {
  const out: PathSegment[] = [];
  let cur: unknown = root;
  for (const seg of path) {
    const key = typeof seg === 'object' ? seg.key : seg;
    if (typeof key === 'number') {
      if (!Array.isArray(cur) || key >= cur.length) break;
      cur = cur[key];
    } else {
      if (!isRecord(cur) || !(key in cur)) break;
      cur = cur[key];
    }
    out.push(seg);
  }
  return out;
}

export function fullPath(ctx: CheckContext, v: PssViolation): PathSegment[] {
  const base = v.base === 'spec' ? ctx.target.specPath : ctx.target.metadataPath;
  return [...base, ...v.path];
}

export interface PssAdapterOptions {
  /** Extra message data per violation. */
  data?: (v: PssViolation, result: PssResult, ctx: CheckContext) => Record<string, string>;
  /** A safe fix for a violation, if there is one. */
  fix?: (v: PssViolation, ctx: CheckContext) => FixOperation[] | undefined;
  /** Keep only some violations (e.g. one field of hostNamespaces). */
  filter?: (v: PssViolation) => boolean;
  /** Choose the check from the rule's options instead (e.g. proc-mount-default's profile). */
  choose?: (ctx: CheckContext) => PssCheck;
}

/** Whether a violation is about a container's own field (then a container target reports it). */
function containerIndex(v: PssViolation): [list: string, index: number] | undefined {
  if (v.base !== 'spec') return undefined;
  const [list, index] = v.path;
  if ((list === 'initContainers' || list === 'containers' || list === 'ephemeralContainers') && typeof index === 'number') return [list, index];
  return undefined;
}

/** The violation belongs to this target: container fields to their container, the rest to the pod. */
function belongs(ctx: CheckContext, v: PssViolation): boolean {
  const at = containerIndex(v);
  if (ctx.target.kind === 'pod') return at === undefined;
  if (ctx.target.kind !== 'container' || at === undefined || !ctx.target.containerPath) return false;
  const cp = ctx.target.containerPath;
  return cp.length === ctx.target.specPath.length + 2 && cp[cp.length - 2] === at[0] && cp[cp.length - 1] === at[1];
}

/** One evaluation per pod spec, check and version, shared by the pod and container targets. */
const memo = new WeakMap<PssCheck, WeakMap<object, { key: string; result: PssResult }>>();
function evaluate(fn: PssCheck, ctx: CheckContext): PssResult {
  const key = `${ctx.kubernetesVersion.major}.${ctx.kubernetesVersion.minor}`;
  let perSpec = memo.get(fn);
  if (!perSpec) memo.set(fn, (perSpec = new WeakMap()));
  const spec = ctx.target.spec as unknown as object;
  const hit = perSpec.get(spec);
  if (hit && hit.key === key) return hit.result;
  const result = fn({ metadata: ctx.target.metadata, spec: ctx.target.spec }, ctx.kubernetesVersion);
  perSpec.set(spec, { key, result });
  return result;
}

/**
 * Run a PSS check as a code check for `target: [pod, any-container]` (or `pod`): the check is
 * evaluated on the whole pod, exactly as upstream does; each offending container field is
 * reported by that container's target (so findings carry the container's name and per-container
 * suppressions work), everything else (pod-level fields, volumes, annotations) by the pod target.
 */
export function pssCodeCheck(check: PssCheck, opts: PssAdapterOptions = {}): CodeCheck {
  return (ctx) => {
    if (ctx.target.kind !== 'pod' && ctx.target.kind !== 'container') return [];
    const fn = opts.choose ? opts.choose(ctx) : check;
    const result = evaluate(fn, ctx);
    if (result.allowed) return [];
    const out: CheckViolation[] = [];
    const seen = new Set<string>();
    for (const v of result.violations) {
      if (!belongs(ctx, v)) continue;
      if (opts.filter && !opts.filter(v)) continue;
      const wanted = fullPath(ctx, v);
      const path = v.missing ? existingPrefix(ctx.target.object, wanted) : wanted;
      const key = JSON.stringify(path) + '|' + v.subject;
      if (seen.has(key)) continue;
      seen.add(key);
      const data: Record<string, string> = {
        who: whoOf(ctx, v),
        field: lastField(v.path),
        version: `${ctx.kubernetesVersion.major}.${ctx.kubernetesVersion.minor}`,
        subject: v.subject,
        value: v.value ?? '',
        reason: result.reason ?? '',
        detail: result.detail ?? '',
        // A container without a name (invalid, and reported as such) is named by its place, as the engine does.
        ...(v.container !== undefined ? { container: v.container !== '' ? v.container : unnamedContainer(v.path) } : {}),
        ...(opts.data ? opts.data(v, result, ctx) : {}),
      };
      const fix = opts.fix?.(v, ctx);
      out.push({ path, data, ...(fix && fix.length > 0 ? { fix } : {}) });
    }
    return out;
  };
}

/** The last named segment of a path (`type` of seLinuxOptions.type). */
function lastField(path: FieldPath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === 'string') return seg;
  }
  return '';
}

/**
 * Who a violation is about, naming the object and the container:
 * `Init container "setup" in Deployment "web"`, `Volume "data" in Pod "p"`, `Deployment "web"`.
 */
export function whoOf(ctx: CheckContext, v: PssViolation): string {
  const ref = ctx.target.objectRef;
  const object = `${ref.kind} "${ref.name ?? ''}"`;
  if (v.subject === 'Pod') return object;
  let subject = v.subject;
  if (v.container !== undefined && v.base === 'spec') {
    const [list, index] = v.path;
    const spec = ctx.target.spec as unknown as Record<string, unknown>;
    const items = typeof list === 'string' ? spec[list] : undefined;
    const c: unknown = Array.isArray(items) && typeof index === 'number' ? items[index] : undefined;
    const word =
      list === 'ephemeralContainers'
        ? 'Ephemeral container'
        : list === 'initContainers'
          ? isRecord(c) && c.restartPolicy === 'Always'
            ? 'Sidecar container'
            : 'Init container'
          : 'Container';
    subject = `${word} "${v.container !== '' ? v.container : unnamedContainer(v.path)}"`;
  }
  return `${subject} in ${object}`;
}

/** `containers[0]` for a nameless container, from the violation's path. */
function unnamedContainer(path: FieldPath): string {
  const i = path.findIndex((seg) => seg === 'containers' || seg === 'initContainers' || seg === 'ephemeralContainers');
  return i >= 0 ? formatPath(path.slice(i, i + 2)) : 'unnamed';
}
