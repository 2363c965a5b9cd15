/**
 * Pod annotations that validation reads together with the pod spec:
 * kubernetes pkg/apis/core/validation/validation.go ValidatePodSpecificAnnotations
 * (mirror-pod annotation, tolerations annotation, pod-deletion-cost, ValidateSeccompPodAnnotations,
 * ValidateAppArmorPodAnnotations) and the create-time consistency checks
 * validateSeccompAnnotationsAndFields / validateAppArmorAnnotationsAndFieldsMatchOnCreate.
 *
 * These need both metadata.annotations and the spec, so they live here for the metadata layer
 * to call: ValidatePodSpecificAnnotations right after ObjectMeta validation (before
 * validatePodSpec), the "match" checks after validatePodSpec — the order Go uses.
 */
import type { FieldError } from '../model/field-error.js';
import type { FieldPath } from '../model/fieldpath.js';
import { isRecord } from '../model/k8s.js';
import { child, forbidden, invalid, key, obj, str, type Obj } from './podspec-common.js';
import { validateTolerations } from './podspec-scheduling.js';
import { visitContainers } from './podspec-security.js';
import { validateLocalDescendingPath } from './podspec-volumes.js';

export const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';
export const TOLERATIONS_ANNOTATION = 'scheduler.alpha.kubernetes.io/tolerations';
export const POD_DELETION_COST_ANNOTATION = 'controller.kubernetes.io/pod-deletion-cost';
export const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
export const SECCOMP_CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';
export const APPARMOR_CONTAINER_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

function annotationEntries(annotations: unknown): [string, string][] {
  if (!isRecord(annotations)) return [];
  return Object.entries(annotations).filter((e): e is [string, string] => typeof e[1] === 'string');
}

/** ValidateSeccompProfile (annotation values). */
function validateSeccompProfile(p: string, fldPath: FieldPath): FieldError[] {
  if (p === 'runtime/default' || p === 'docker/default' || p === 'unconfined') return [];
  if (p.startsWith('localhost/')) return validateLocalDescendingPath(p.slice('localhost/'.length), fldPath);
  return [invalid(fldPath, p, 'must be a valid seccomp profile')];
}

/** helper.GetDeletionCostFromPodAnnotations: an int32 without '+' or leading zeros. */
function validDeletionCost(value: string): boolean {
  // validFirstDigit, then strconv.ParseInt(value, 10, 32)
  if (!/^(-[0-9]+|0|[1-9][0-9]*)$/.test(value)) return false;
  const n = Number(value);
  return Number.isInteger(n) && n >= -2147483648 && n <= 2147483647;
}

function podHasContainer(spec: Obj, name: string): boolean {
  let found = false;
  visitContainers(spec, [], (c) => {
    if (str(c, 'name') === name) found = true;
  });
  return found;
}

/**
 * ValidatePodSpecificAnnotations. `annotationsPath` is the annotations' own path
 * (['metadata','annotations'] for a Pod, ['spec','template','metadata','annotations'] for a
 * template); `spec` is the (raw) pod spec.
 */
export function validatePodSpecificAnnotations(annotations: unknown, spec: unknown, annotationsPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const entries = annotationEntries(annotations);
  const map = new Map(entries);
  const s: Obj = isRecord(spec) ? spec : {};
  const mirror = map.get(MIRROR_POD_ANNOTATION);
  if (mirror !== undefined && !str(s, 'nodeName')) {
    errs.push(invalid(key(annotationsPath, MIRROR_POD_ANNOTATION), mirror, 'must set spec.nodeName if mirror pod annotation is set'));
  }
  const tol = map.get(TOLERATIONS_ANNOTATION);
  if (tol) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(tol);
    } catch (e) {
      // Go prints encoding/json's error text here; JSON.parse's differs.
      errs.push(invalid(annotationsPath, TOLERATIONS_ANNOTATION, (e as Error).message));
      parsed = undefined;
    }
    if (Array.isArray(parsed) && parsed.length > 0) {
      errs.push(...validateTolerations(parsed.map((x) => (isRecord(x) ? x : {})), child(annotationsPath, TOLERATIONS_ANNOTATION)));
    }
  }
  const cost = map.get(POD_DELETION_COST_ANNOTATION);
  if (cost !== undefined && !validDeletionCost(cost)) {
    errs.push(invalid(key(annotationsPath, POD_DELETION_COST_ANNOTATION), cost, 'must be a 32bit integer'));
  }
  // ValidateSeccompPodAnnotations: Go uses fldPath.Child(key) here, not Key(key).
  const podSeccomp = map.get(SECCOMP_POD_ANNOTATION);
  if (podSeccomp !== undefined) errs.push(...validateSeccompProfile(podSeccomp, child(annotationsPath, SECCOMP_POD_ANNOTATION)));
  for (const [k, v] of entries) {
    if (k.startsWith(SECCOMP_CONTAINER_ANNOTATION_PREFIX)) errs.push(...validateSeccompProfile(v, child(annotationsPath, k)));
  }
  // ValidateAppArmorPodAnnotations
  for (const [k, v] of entries) {
    if (!k.startsWith(APPARMOR_CONTAINER_ANNOTATION_PREFIX)) continue;
    const containerName = k.slice(APPARMOR_CONTAINER_ANNOTATION_PREFIX.length);
    if (!podHasContainer(s, containerName)) errs.push(invalid(key(annotationsPath, k), containerName, 'container not found'));
    if (v !== '' && v !== 'runtime/default' && v !== 'unconfined' && !v.startsWith('localhost/')) {
      errs.push(invalid(key(annotationsPath, k), v, `invalid AppArmor profile name: ${JSON.stringify(v)}`));
    }
  }
  return errs;
}

/** validateSeccompAnnotationsAndFieldsMatch. */
function seccompMatch(annotation: string, field: Obj, fldPath: FieldPath): FieldError | undefined {
  const t = str(field, 'type');
  if (t === 'Unconfined' && annotation !== 'unconfined') return forbidden(child(fldPath, 'type'), 'seccomp type in annotation and field must match');
  if (t === 'RuntimeDefault' && annotation !== 'runtime/default' && annotation !== 'docker/default') {
    return forbidden(child(fldPath, 'type'), 'seccomp type in annotation and field must match');
  }
  if (t === 'Localhost') {
    if (!annotation.startsWith('localhost/')) return forbidden(child(fldPath, 'type'), 'seccomp type in annotation and field must match');
    const lp = field['localhostProfile'];
    if (typeof lp !== 'string' || annotation.slice('localhost/'.length) !== lp) {
      return forbidden(child(fldPath, 'localhostProfile'), 'seccomp profile in annotation and field must match');
    }
  }
  return undefined;
}

/**
 * validateSeccompAnnotationsAndFields + validateAppArmorAnnotationsAndFieldsMatchOnCreate: when a
 * deprecated annotation and the securityContext field are both set they must agree. `specPath`
 * is the spec's path.
 */
export function validateAnnotationsMatchFields(annotations: unknown, spec: unknown, specPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const map = new Map(annotationEntries(annotations));
  if (!isRecord(spec)) return errs;
  const podSC = obj(spec, 'securityContext');
  const podSeccomp = obj(podSC, 'seccompProfile');
  const podAnn = map.get(SECCOMP_POD_ANNOTATION);
  if (podSeccomp && podAnn !== undefined) {
    const e = seccompMatch(podAnn, podSeccomp, child(specPath, 'securityContext', 'seccompProfile'));
    if (e) errs.push(e);
  }
  visitContainers(spec, specPath, (c, cPath) => {
    const field = obj(obj(c, 'securityContext'), 'seccompProfile');
    if (!field) return;
    const ann = map.get(SECCOMP_CONTAINER_ANNOTATION_PREFIX + (str(c, 'name') ?? ''));
    if (ann === undefined) return;
    const e = seccompMatch(ann, field, child(cPath, 'securityContext', 'seccompProfile'));
    if (e) errs.push(e);
  });
  // AppArmor: skipped for windows pods.
  if (str(obj(spec, 'os'), 'name') === 'windows') return errs;
  const podProfile = obj(podSC, 'appArmorProfile');
  visitContainers(spec, specPath, (c, cPath) => {
    const profile = obj(obj(c, 'securityContext'), 'appArmorProfile') ?? podProfile;
    if (!profile) return;
    const ann = map.get(APPARMOR_CONTAINER_ANNOTATION_PREFIX + (str(c, 'name') ?? ''));
    if (ann === undefined) return;
    const p = child(cPath, 'securityContext', 'appArmorProfile');
    const t = str(profile, 'type');
    if (t === 'Unconfined' && ann !== 'unconfined') errs.push(forbidden(child(p, 'type'), 'apparmor type in annotation and field must match'));
    else if (t === 'RuntimeDefault' && ann !== 'runtime/default') errs.push(forbidden(child(p, 'type'), 'apparmor type in annotation and field must match'));
    else if (t === 'Localhost') {
      if (!ann.startsWith('localhost/')) errs.push(forbidden(child(p, 'type'), 'apparmor type in annotation and field must match'));
      else if (profile['localhostProfile'] !== ann.slice('localhost/'.length)) {
        errs.push(forbidden(child(p, 'localhostProfile'), 'apparmor profile in annotation and field must match'));
      }
    }
  });
  return errs;
}
