/**
 * ObjectMeta validation on create, mirroring k8s.io/apimachinery/pkg/api/validation/objectmeta.go
 * (ValidateObjectMetaAccessor, ValidateAnnotations, ValidateOwnerReferences, ValidateFinalizers)
 * and k8s.io/apimachinery/pkg/apis/meta/v1/validation (ValidateLabels, ValidateLabelName).
 *
 * Differences from the Go code, on purpose:
 * - metadata.namespace may be absent: kubectl fills it from the context, so only a namespace that
 *   is present is checked (ValidateNamespaceName).
 * - With generateName and no name the API server generates the name before validating
 *   (rest.BeforeCreate); the generated name is valid whenever the prefix is, so only the prefix is
 *   checked, as ValidateObjectMetaAccessor does with nameFn(generateName, true).
 */
import type { FieldError } from '../model/field-error.js';
import type { FieldPath } from '../model/fieldpath.js';
import { isRecord } from '../model/k8s.js';
import { tooLong } from './podspec-common.js';
import { byteLen, isQualifiedName, isValidLabelValue, nameIsDNSLabel, nameIsDNSSubdomain, IS_NEGATIVE_ERROR_MSG } from './names.js';

/** apimachinery/pkg/api/validation.ValidateNameFunc. */
export type NameFn = (name: string, prefix: boolean) => string[];

export { nameIsDNSLabel, nameIsDNSSubdomain };

/** objectmeta.go TotalAnnotationSizeLimitB. */
export const TOTAL_ANNOTATION_SIZE_LIMIT_B = 256 * (1 << 10);

/** The name function each kind's Validate<Kind> passes to ValidateObjectMeta. */
export const NAME_FN: Readonly<Record<string, NameFn>> = {
  // core/validation: ValidatePodName, ValidateReplicationControllerName = NameIsDNSSubdomain
  Pod: nameIsDNSSubdomain,
  PodTemplate: nameIsDNSSubdomain,
  ReplicationController: nameIsDNSSubdomain,
  // apps/validation: ValidateDeploymentName, ValidateDaemonSetName, ValidateReplicaSetName = NameIsDNSSubdomain;
  // ValidateStatefulSetName = NameIsDNSLabel (pod hostnames are <name>-<ordinal>).
  Deployment: nameIsDNSSubdomain,
  DaemonSet: nameIsDNSSubdomain,
  ReplicaSet: nameIsDNSSubdomain,
  StatefulSet: nameIsDNSLabel,
  // batch/validation: ValidateJob / ValidateCronJobCreate use ValidateReplicationControllerName.
  Job: nameIsDNSSubdomain,
  CronJob: nameIsDNSSubdomain,
};

const invalid = (path: FieldPath, badValue: unknown, detail: string): FieldError => ({ type: 'Invalid value', path, badValue, detail });

function child(path: FieldPath, ...segs: FieldPath): FieldPath {
  return [...path, ...segs];
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function stringMap(v: unknown): [string, string][] {
  if (!isRecord(v)) return [];
  return Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : '']);
}

/** v1validation.ValidateLabelName: errors at fldPath itself (not keyed), bad value = the key. */
export function validateLabelName(key: string, path: FieldPath): FieldError[] {
  return isQualifiedName(key).map((msg) => invalid(path, key, msg));
}

/** v1validation.ValidateLabels: `metadata.labels: Invalid value: "a b": …` (path is the map, not the key). */
export function validateLabels(labels: unknown, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  for (const [k, v] of stringMap(labels)) {
    out.push(...validateLabelName(k, path));
    for (const msg of isValidLabelValue(v)) out.push(invalid(path, v, msg));
  }
  return out;
}

/** objectmeta.go ValidateAnnotations: keys are qualified names compared in lower case; 256 KiB in total. */
export function validateAnnotations(annotations: unknown, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  let total = 0;
  for (const [k, v] of stringMap(annotations)) {
    for (const msg of isQualifiedName(k.toLowerCase())) out.push(invalid(path, k, msg));
    total += byteLen(k) + byteLen(v);
  }
  if (total > TOTAL_ANNOTATION_SIZE_LIMIT_B) {
    // field.TooLong(fldPath, "", TotalAnnotationSizeLimitB); the wording is shared with podspec validation.
    out.push(tooLong(path, TOTAL_ANNOTATION_SIZE_LIMIT_B));
  }
  return out;
}

/** objectmeta.go validateOwnerReference + ValidateOwnerReferences (one controller at most, no Event owners). */
export function validateOwnerReferences(refs: unknown, path: FieldPath): FieldError[] {
  if (!Array.isArray(refs)) return [];
  const out: FieldError[] = [];
  let firstController = '';
  for (const r of refs) {
    const ref = isRecord(r) ? r : {};
    const apiVersion = str(ref.apiVersion);
    const kind = str(ref.kind);
    const name = str(ref.name);
    const uid = str(ref.uid);
    // schema.FromAPIVersionAndKind → ParseGroupVersion: "" is the empty version; "a/b/c" is unparsable (empty).
    const parts = apiVersion.split('/');
    const version = parts.length === 1 ? (parts[0] ?? '') : parts.length === 2 ? (parts[1] ?? '') : '';
    const group = parts.length === 2 ? (parts[0] ?? '') : '';
    if (version === '') out.push(invalid(child(path, 'apiVersion'), apiVersion, 'version must not be empty'));
    if (kind === '') out.push(invalid(child(path, 'kind'), kind, 'must not be empty'));
    if (name === '') out.push(invalid(child(path, 'name'), name, 'must not be empty'));
    if (uid === '') out.push(invalid(child(path, 'uid'), uid, 'must not be empty'));
    if (group === '' && version === 'v1' && kind === 'Event') {
      // BannedOwners; gvk prints as schema.GroupVersionKind.String(): "/v1, Kind=Event"
      out.push(invalid(path, ref, '/v1, Kind=Event is disallowed from being an owner'));
    }
    if (ref.controller === true) {
      const cur = `${kind}/${name}`;
      if (firstController !== '') {
        out.push(
          invalid(
            path,
            refs,
            `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${cur}`,
          ),
        );
      } else {
        firstController = cur;
      }
    }
  }
  return out;
}

const FINALIZER_ORPHAN = 'orphan';
const FINALIZER_DELETE_DEPENDENTS = 'foregroundDeletion';

/** objectmeta.go ValidateFinalizers (the name check; core adds more for some kinds). */
export function validateFinalizers(finalizers: unknown, path: FieldPath): FieldError[] {
  if (!Array.isArray(finalizers)) return [];
  const out: FieldError[] = [];
  const list = finalizers.map((f) => str(f));
  for (const f of list) for (const msg of isQualifiedName(f)) out.push(invalid(path, f, msg));
  if (list.includes(FINALIZER_ORPHAN) && list.includes(FINALIZER_DELETE_DEPENDENTS)) {
    out.push(invalid(path, list, `finalizer ${FINALIZER_ORPHAN} and ${FINALIZER_DELETE_DEPENDENTS} cannot be both set`));
  }
  return out;
}

/**
 * ValidateObjectMetaAccessor (create): name or generateName, name syntax per kind, namespace
 * syntax when given, generation ≥ 0, labels, annotations, ownerReferences, finalizers.
 */
export function validateObjectMeta(meta: unknown, nameFn: NameFn, path: FieldPath = ['metadata']): FieldError[] {
  const m = isRecord(meta) ? meta : {};
  const out: FieldError[] = [];
  const name = str(m.name);
  const generateName = str(m.generateName);
  if (generateName !== '') {
    for (const msg of nameFn(generateName, true)) out.push(invalid(child(path, 'generateName'), generateName, msg));
  }
  if (name === '') {
    if (generateName === '') {
      out.push({ type: 'Required value', path: child(path, 'name'), badValue: '', detail: 'name or generateName is required' });
    }
  } else {
    for (const msg of nameFn(name, false)) out.push(invalid(child(path, 'name'), name, msg));
  }
  const namespace = str(m.namespace);
  if (namespace !== '') {
    // ValidateNamespaceName = NameIsDNSLabel
    for (const msg of nameIsDNSLabel(namespace, false)) out.push(invalid(child(path, 'namespace'), namespace, msg));
  }
  if (typeof m.generation === 'number' && m.generation < 0) {
    out.push(invalid(child(path, 'generation'), m.generation, IS_NEGATIVE_ERROR_MSG));
  }
  out.push(...validateLabels(m.labels, child(path, 'labels')));
  out.push(...validateAnnotations(m.annotations, child(path, 'annotations')));
  out.push(...validateOwnerReferences(m.ownerReferences, child(path, 'ownerReferences')));
  out.push(...validateFinalizers(m.finalizers, child(path, 'finalizers')));
  return out;
}

/** ValidateObjectMeta for a kind, with that kind's name function (NAME_FN). */
export function validateObjectMetaForKind(kind: string, meta: unknown, path: FieldPath = ['metadata']): FieldError[] {
  return validateObjectMeta(meta, NAME_FN[kind] ?? nameIsDNSSubdomain, path);
}
