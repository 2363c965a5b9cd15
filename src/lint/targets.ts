/**
 * Expand an object into what rules are evaluated on: the object, its pod, and each container
 * with the settings it effectively runs with.
 */
import type { FieldPath } from '../model/fieldpath.js';
import { isRecord, type Container, type PodSpec, type SecurityContext } from '../model/k8s.js';
import type { ObjectSite, PodSpecSite } from '../manifest/index.js';
import type { ContainerKind, LintTarget } from './checks/types.js';
import type { TargetKind } from './types.js';

/**
 * Pod-level securityContext fields a container inherits when it does not set them. Mirrors
 * kubernetes pkg/securitycontext/util.go DetermineEffectiveSecurityContext /
 * securityContextFromPodSecurityContext (SELinuxOptions, WindowsOptions, RunAsUser, RunAsGroup,
 * RunAsNonRoot) plus seccompProfile and appArmorProfile, which the kubelet and
 * pod-security-admission also resolve container-over-pod (policy/check_seccompProfile_restricted.go).
 */
export const INHERITED_SECURITY_FIELDS = [
  'runAsNonRoot',
  'runAsUser',
  'runAsGroup',
  'seccompProfile',
  'appArmorProfile',
  'seLinuxOptions',
  'windowsOptions',
] as const;

export function effectiveContainer(container: Container, spec: PodSpec): Container {
  const pod = isRecord(spec.securityContext) ? spec.securityContext : undefined;
  if (!pod) return container;
  const own: SecurityContext = isRecord(container.securityContext) ? container.securityContext : {};
  const merged: SecurityContext = { ...own };
  let changed = false;
  for (const f of INHERITED_SECURITY_FIELDS) {
    if (merged[f] === undefined && pod[f] !== undefined) {
      (merged as Record<string, unknown>)[f] = pod[f];
      changed = true;
    }
  }
  // windowsOptions merge field by field (DetermineEffectiveSecurityContext: "only override fields
  // that are set at the container level, not the whole thing").
  if (isRecord(own.windowsOptions) && isRecord(pod.windowsOptions)) {
    merged.windowsOptions = { ...pod.windowsOptions, ...own.windowsOptions };
    changed = true;
  }
  return changed ? { ...container, securityContext: merged } : container;
}

/** A restartable init container (restartPolicy: Always) is a sidecar (KEP-753). */
export function isSidecar(c: Container): boolean {
  return c.restartPolicy === 'Always';
}

export function targetMatches(kinds: readonly TargetKind[], t: LintTarget): boolean {
  if (t.kind === 'object') return kinds.includes('object');
  if (t.kind === 'pod') return kinds.includes('pod');
  if (kinds.includes('any-container')) return true;
  switch (t.containerKind) {
    case 'app':
      return kinds.includes('container');
    case 'init':
      return kinds.includes('init-container');
    case 'sidecar':
      return kinds.includes('sidecar');
    case 'ephemeral':
      return kinds.includes('ephemeral-container');
    default:
      return false;
  }
}

const EMPTY_SPEC: PodSpec = { containers: [] };

export function objectTarget(site: ObjectSite, pod: PodSpecSite | undefined): LintTarget {
  const meta = isRecord(site.object.metadata) ? (site.object.metadata) : {};
  return {
    kind: 'object',
    spec: pod?.spec ?? EMPTY_SPEC,
    specPath: pod?.specPath ?? [],
    metadata: meta,
    metadataPath: ['metadata'],
    object: site.object,
    objectRef: site.ref,
  };
}

function containerList(spec: PodSpec, field: 'containers' | 'initContainers' | 'ephemeralContainers'): Container[] {
  const v = spec[field];
  return Array.isArray(v) ? v : [];
}

/** The pod target followed by one target per container (init, app, ephemeral, in that order). */
export function podTargets(pod: PodSpecSite): LintTarget[] {
  const spec = pod.spec;
  if (!spec) return [];
  const base = {
    spec,
    specPath: pod.specPath,
    metadata: pod.metadata ?? {},
    metadataPath: pod.metadataPath,
    object: pod.site.object,
    objectRef: pod.site.ref,
  };
  const out: LintTarget[] = [{ kind: 'pod', ...base }];
  const add = (field: 'containers' | 'initContainers' | 'ephemeralContainers', kindOf: (c: Container) => ContainerKind) => {
    containerList(spec, field).forEach((c, i) => {
      if (!isRecord(c)) return;
      const containerPath: FieldPath = [...pod.specPath, field, i];
      out.push({ kind: 'container', containerKind: kindOf(c), container: c, effective: effectiveContainer(c, spec), containerPath, ...base });
    });
  };
  add('initContainers', (c) => (isSidecar(c) ? 'sidecar' : 'init'));
  add('containers', () => 'app');
  add('ephemeralContainers', () => 'ephemeral');
  return out;
}
