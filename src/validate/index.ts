/**
 * The validation entry point: what the API server would say about one object.
 *
 *   decode   strict decoding (unknown fields, wrong JSON types, unparsable quantities) — the
 *            API server answers 400 BadRequest before validating (schema.ts);
 *   invalid  semantic validation on create, after defaulting, with the API server's wording
 *            (meta.ts, workloads.ts, podspec*.ts) — a 422 `The Pod "x" is invalid: …`.
 *
 * When decoding fails on a type, semantic validation is skipped (the values it would read are
 * not what the user meant, and the API server never gets that far). Unknown fields alone do not
 * stop it: kubectl --validate=strict rejects the object for them, but reporting the semantic
 * errors in the same run saves a round trip.
 */
import { invalidObjectMessage, type FieldError } from '../model/field-error.js';
import { formatPath } from '../model/fieldpath.js';
import { isRecord, type KubeObject } from '../model/k8s.js';
import { isPodBearingKind, knownKind, noKindMatchMessage, type KindClass, type RemovedApi } from './kinds.js';
import { decodeErrors, decodeFailureMessage, normalizeYamlTimestamps } from './schema.js';
import {
  validateCronJob,
  validateDaemonSet,
  validateDeployment,
  validateJob,
  validatePod,
  validatePodTemplate,
  validateReplicaSet,
  validateReplicationController,
  validateStatefulSet,
} from './workloads.js';

export { decodeErrorMessage, decodeErrors, decodeFailureMessage, didYouMean, normalizeYamlTimestamps } from './schema.js';
export { isPodBearingKind, knownKind, noKindMatchMessage, removedApi, POD_BEARING, KUBERNETES_VERSION } from './kinds.js';
export type { KindClass, RemovedApi };
export { validateObjectMeta, validateObjectMetaForKind, validateLabels, validateAnnotations } from './meta.js';
export {
  parseStandardCron,
  selectorMatches,
  setPodSpecValidator,
  validateLabelSelector,
  validatePodTemplateSpec,
  validateTimeZone,
  type PodSpecValidator,
} from './workloads.js';

export interface ValidationResult {
  /** Strict-decoding errors: unknown fields ('unknown field') and type errors ('Invalid type', fatal). */
  decode: FieldError[];
  /** Semantic validation errors, as the API server reports them on create. */
  invalid: FieldError[];
}

const VALIDATORS: Record<string, (o: unknown) => FieldError[]> = {
  Pod: validatePod,
  PodTemplate: validatePodTemplate,
  ReplicationController: validateReplicationController,
  Deployment: validateDeployment,
  StatefulSet: validateStatefulSet,
  DaemonSet: validateDaemonSet,
  ReplicaSet: validateReplicaSet,
  Job: validateJob,
  CronJob: validateCronJob,
};

/** True for decode errors that stop the API server from decoding at all (everything but unknown fields). */
export function isFatalDecodeError(e: FieldError): boolean {
  return e.type !== 'unknown field' && e.type !== 'duplicate field';
}

/**
 * Validate one object by kind. Objects that are not pod-bearing kinds at their served apiVersion
 * produce an empty result (use knownKind to tell a foreign kind from a typo).
 */
export function validateObject(input: KubeObject): ValidationResult {
  const obj = normalizeYamlTimestamps(input);
  const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
  const kind = typeof obj.kind === 'string' ? obj.kind : '';
  if (!isPodBearingKind(apiVersion, kind)) return { decode: [], invalid: [] };
  const decode = decodeErrors(obj);
  if (decode.some(isFatalDecodeError)) return { decode, invalid: [] };
  const validator = VALIDATORS[kind];
  const invalid = validator ? dedupe(validator(obj)) : [];
  return { decode, invalid };
}

/** The same error reported twice (a check both layers make) is printed once. */
function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of errors) {
    const key = `${e.type}|${formatPath(e.path)}|${JSON.stringify(e.badValue) ?? ''}|${e.detail ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** The object's name as the API server prints it (generateName objects have none yet). */
function objectName(obj: KubeObject): string {
  const meta = isRecord(obj.metadata) ? obj.metadata : {};
  return typeof meta.name === 'string' ? meta.name : '';
}

/**
 * The line kubectl prints for a result, or undefined when the object is accepted:
 * - decode type errors: `Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal …`
 * - unknown fields:     `Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.x"`
 * - invalid:            `The Pod "hello-world" is invalid: spec.restartPolicy: Unsupported value: …`
 *                       (several errors in brackets, as StatusError prints an aggregate).
 */
export function resultMessage(obj: KubeObject, result: ValidationResult): string | undefined {
  const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
  const kind = typeof obj.kind === 'string' ? obj.kind : '';
  if (result.decode.length > 0) return decodeFailureMessage(apiVersion, kind, result.decode);
  if (result.invalid.length > 0) return invalidMessage(kind, objectName(obj), result.invalid);
  return undefined;
}

/** `The Deployment "x" is invalid: <error>` for one error (the per-finding message). */
export function invalidMessage(kind: string, name: string, errors: readonly FieldError[]): string {
  return invalidObjectMessage(kind, name, errors);
}

/** kubectl's message for a kind the built-in group does not serve, or undefined when the kind is fine. */
export function kindMessage(apiVersion: string, kind: string): string | undefined {
  const k = knownKind(apiVersion, kind);
  if (k === 'unknown-in-builtin-group') return noKindMatchMessage(apiVersion, kind);
  return undefined;
}

