/**
 * The pod as the Pod Security Admission checks see it, and the shape of their results.
 *
 * Mirrors kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/policy:
 * - visitor.go `visitContainers`: initContainers, then containers, then ephemeralContainers —
 *   native sidecars (init containers with restartPolicy Always) get no special treatment;
 * - checks.go `CheckResult` (Allowed, ForbiddenReason, ForbiddenDetail);
 * - helpers.go `joinQuote`, `pluralize`, `relaxPolicyForUserNamespacePod`.
 *
 * Manifests are user input: every field is read defensively (a string where a boolean belongs
 * is the validator's business, not a crash here).
 */
import type { FieldPath } from '../../model/fieldpath.js';
import { isRecord } from '../../model/k8s.js';
import type { ObjectMeta, PodSpec } from '../../model/k8s.js';
import type { KubernetesVersion } from '../checks/types.js';

export interface PssPod {
  metadata: ObjectMeta | undefined;
  spec: PodSpec;
}

export type ContainerList = 'initContainers' | 'containers' | 'ephemeralContainers';

export interface VisitedContainer {
  /** The container as written (a record; fields unchecked). */
  container: Record<string, unknown>;
  name: string;
  list: ContainerList;
  index: number;
  /** Path of the container relative to the pod spec: ['containers', 0]. */
  path: FieldPath;
}

/** visitor.go visitContainers: init containers, containers, ephemeral containers, in that order. */
export function visitContainers(spec: PodSpec): VisitedContainer[] {
  const out: VisitedContainer[] = [];
  const s = spec as unknown as Record<string, unknown>;
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    const items = s[list];
    if (!Array.isArray(items)) continue;
    items.forEach((c: unknown, index: number) => {
      if (!isRecord(c)) return;
      out.push({ container: c, name: typeof c.name === 'string' ? c.name : '', list, index, path: [list, index] });
    });
  }
  return out;
}

/** One offending field found by a check. */
export interface PssViolation {
  /** Whether `path` is relative to the pod spec or to the pod metadata. */
  base: 'spec' | 'metadata';
  /**
   * The offending field relative to `base`. For a required field that is missing, the field's
   * own path (`missing: true`); the adapter trims it to the deepest parent that exists.
   */
  path: FieldPath;
  missing?: boolean;
  /** The container concerned, if any. */
  container?: string;
  /** What set it, for messages: `Pod`, `Container "app"`, `Annotation "…"`. */
  subject: string;
  /** The offending value, printed for messages. */
  value?: string;
}

/** checks.go CheckResult, plus where each offending field is. */
export interface PssResult {
  allowed: boolean;
  /** ForbiddenReason, exactly as upstream prints it. */
  reason?: string;
  /** ForbiddenDetail, exactly as upstream prints it. */
  detail?: string;
  violations: PssViolation[];
}

export const ALLOWED: PssResult = Object.freeze({ allowed: true, violations: [] });

/** A PSS check: the pod and the policy version → the result (allowed when the version predates the check). */
export type PssCheck = (pod: PssPod, version: KubernetesVersion) => PssResult;

/** helpers.go joinQuote. */
export function joinQuote(items: readonly string[]): string {
  if (items.length === 0) return '';
  return `"${items.join('", "')}"`;
}

/** helpers.go pluralize. */
export function pluralize(singular: string, plural: string, count: number): string {
  return count === 1 ? singular : plural;
}

/** sets.NewString(...).List(): unique, sorted (Go sorts strings bytewise). */
export function sortedSet(items: Iterable<string>): string[] {
  return [...new Set(items)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `a >= major.minor`. */
export function atLeast(v: KubernetesVersion, major: number, minor: number): boolean {
  return v.major > major || (v.major === major && v.minor >= minor);
}

export function securityContextOf(c: Record<string, unknown>): Record<string, unknown> | undefined {
  return isRecord(c.securityContext) ? c.securityContext : undefined;
}

export function podSecurityContext(spec: PodSpec): Record<string, unknown> | undefined {
  const sc = (spec as unknown as Record<string, unknown>).securityContext;
  return isRecord(sc) ? sc : undefined;
}

/**
 * helpers.go relaxPolicyForUserNamespacePod, as of policy version 1.35: `hostUsers: false`.
 * (Through 1.34 it was also gated on the perma-alpha UserNamespacesPodSecurityStandards feature
 * gate, off by default; 1.35 dropped the gate — PR #132157 — and made the relaxation a policy
 * version of its own. Callers only consult it at ≥ 1.35.)
 */
export function inUserNamespace(spec: PodSpec): boolean {
  return (spec as unknown as Record<string, unknown>).hostUsers === false;
}

/** `spec.os.name == "windows"` (the 1.25 Windows exemptions in the restricted checks). */
export function isWindowsPod(spec: PodSpec): boolean {
  const os = (spec as unknown as Record<string, unknown>).os;
  return isRecord(os) && os.name === 'windows';
}

export function containerSubject(name: string): string {
  return `Container "${name}"`;
}

/** "container \"a\"" / "containers \"a\", \"b\"" as upstream details print them. */
export function containersPhrase(names: readonly string[]): string {
  return `${pluralize('container', 'containers', names.length)} ${joinQuote(names)}`;
}
