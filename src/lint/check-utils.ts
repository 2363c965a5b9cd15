/** Helpers shared by code checks (kept outside checks/, where every file is a registered check). */
import type { FieldPath } from '../model/fieldpath.js';
import { isRecord, type Container, type Probe } from '../model/k8s.js';
import type { LintTarget } from './checks/types.js';

export function containerPath(t: LintTarget, ...rest: FieldPath): FieldPath {
  return [...(t.containerPath ?? []), ...rest];
}

export function specPath(t: LintTarget, ...rest: FieldPath): FieldPath {
  return [...t.specPath, ...rest];
}

/** Kinds whose pods run to completion: they serve no traffic and are not restarted forever. */
export const BATCH_KINDS = new Set(['Job', 'CronJob']);

/** A pod that keeps running (restartPolicy Always, not a Job): probes and graceful stops matter. */
export function isLongRunning(t: LintTarget): boolean {
  if (BATCH_KINDS.has(String(t.object.kind))) return false;
  const rp = t.spec.restartPolicy;
  return rp === undefined || rp === 'Always';
}

/** A long-running container that declares ports: it serves traffic. */
export function isServing(t: LintTarget): boolean {
  return isLongRunning(t) && Array.isArray(t.container?.ports) && t.container.ports.length > 0;
}

export const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

export function probe(c: Container | undefined, name: (typeof PROBES)[number]): Probe | undefined {
  const p = c?.[name];
  return isRecord(p) ? (p) : undefined;
}

/** Defaults the API server applies to probes (pkg/apis/core/v1/defaults.go SetDefaults_Probe). */
export function probeTiming(p: Probe): { initialDelay: number; timeout: number; period: number; success: number; failure: number } {
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);
  return {
    initialDelay: num(p.initialDelaySeconds, 0),
    timeout: num(p.timeoutSeconds, 1),
    period: num(p.periodSeconds, 10),
    success: num(p.successThreshold, 1),
    failure: num(p.failureThreshold, 3),
  };
}

export interface ImageRef {
  /** Registry host (`docker.io` when none is written). */
  domain: string;
  /** Whether the reference names a registry host explicitly. */
  explicitDomain: boolean;
  path: string;
  tag?: string;
  digest?: string;
}

/**
 * Split an image reference as the container runtime does (github.com/distribution/reference
 * ParseNormalizedNamed / splitDockerDomain): the first component is a registry host when it
 * contains `.` or `:` or is `localhost`; a tag follows the last `:` after the last `/`; a digest
 * follows `@`.
 */
export function parseImageRef(image: string): ImageRef {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  const explicitDomain = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const domain = explicitDomain ? first : 'docker.io';
  const path = explicitDomain ? rest.slice(slash + 1) : rest;
  const ref: ImageRef = { domain, explicitDomain, path };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
