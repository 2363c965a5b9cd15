/**
 * The contract between the rule engine and typed code checks. A rule file names a code check
 * (`check: { code: <id> }`) instead of a JSON Schema when it needs cross-references; the check
 * is a pure function of one target.
 */
import type { FieldPath } from '../../model/fieldpath.js';
import type { ObjectRef } from '../../model/finding.js';
import type { Container, KubeObject, ObjectMeta, PodSpec } from '../../model/k8s.js';

export type ContainerKind = 'init' | 'sidecar' | 'app' | 'ephemeral';

/** What a rule is evaluated on: the pod (spec + metadata) or one container of it. */
export interface LintTarget {
  /**
   * `object`: the whole object, for rules about any kind (removed-api-version, bare-pod); `spec`
   * is then the object's pod spec when it bears one, else an empty one.
   */
  kind: 'pod' | 'container' | 'object';
  /** For container targets: which list the container is in (sidecar = init container with restartPolicy Always). */
  containerKind?: ContainerKind;
  /** The container as written. */
  container?: Container;
  /**
   * The container with the settings it effectively runs with: pod-level securityContext fields
   * (runAsNonRoot, runAsUser, runAsGroup, seccompProfile, appArmorProfile, seLinuxOptions,
   * windowsOptions) filled in where the container does not set them.
   */
  effective?: Container;
  /** Path of the container from the object root, e.g. ['spec','template','spec','containers',0]. */
  containerPath?: FieldPath;
  spec: PodSpec;
  /** Path of the pod spec from the object root. */
  specPath: FieldPath;
  /** The pod's metadata (a workload's template metadata), and where it is. */
  metadata: ObjectMeta;
  metadataPath: FieldPath;
  /** The whole object (the workload for templates). */
  object: KubeObject;
  objectRef: ObjectRef;
}

export interface KubernetesVersion {
  major: number;
  minor: number;
}

export interface CheckContext {
  target: LintTarget;
  /** The rule's options, validated against its option schema, defaults applied. */
  options: Readonly<Record<string, unknown>>;
  kubernetesVersion: KubernetesVersion;
  /** Every object in the linted set (for reference checks across files). */
  allObjects: readonly KubeObject[];
  /** The path of the file the target is in (as the caller named it). */
  filePath: string;
}

/**
 * A fix operation, applied through the yaml Document API (comments and formatting survive).
 * Paths are from the object root, like CheckViolation.path.
 */
export type FixOperation =
  | { op: 'set'; path: FieldPath; value: unknown }
  | { op: 'remove'; path: FieldPath };

export interface CheckViolation {
  /** Path of the offending node from the object root (or of the parent that should hold a missing field). */
  path: FieldPath;
  /** Values for the rule message's placeholders (the engine fills object/container ones itself). */
  data?: Readonly<Record<string, string>>;
  /** Replace the rule's message entirely (rare: prefer data). */
  message?: string;
  fix?: FixOperation[];
  /** Report this violation at a lower severity than the rule's (e.g. info for a weak signal). */
  severity?: 'info' | 'warning';
}

export type CodeCheck = (ctx: CheckContext) => CheckViolation[];
