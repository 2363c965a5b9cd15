/**
 * Resource requirements: kubernetes pkg/apis/core/validation/validation.go
 * ValidateContainerResourceRequirements / validateResourceRequirements, validateResourceName,
 * validateContainerResourceName, ValidateResourceQuantityValue, ValidateNonnegativeQuantity,
 * validateResourceQuantityHugePageValue, validateResourceClaimNames; helpers from
 * pkg/apis/core/helper/helpers.go (IsStandardResourceName, IsStandardContainerResourceName,
 * IsNativeResource, IsExtendedResourceName, IsHugePageResourceName, IsOvercommitAllowed,
 * IsIntegerResourceName) and v1helper.IsHugePageResourceValueDivisible.
 *
 * Quantities are rounded up to milli precision first, as SetDefaults_ResourceList does before
 * validation runs.
 */
import { OMIT, type FieldError } from '../model/field-error.js';
import type { FieldPath } from '../model/fieldpath.js';
import { QUANTITY_FORMAT_DETAIL } from '../model/quantity.js';
import { IS_NEGATIVE_ERROR_MSG, isDNS1123Label, isQualifiedName } from './names.js';
import { child, duplicate, forbidden, invalid, key, notSupported, obj, objList, required, sortedList, str, type Obj } from './podspec-common.js';
import { cmpQuantity, intValue, milliValue, parseExactQuantity, quantityString, roundUpToMilli, type ExactQuantity } from './podspec-quantity.js';

const STANDARD_RESOURCES = new Set([
  'cpu',
  'memory',
  'ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'storage',
  'requests.storage',
  'services.nodeports',
  'services.loadbalancers',
]);
const INTEGER_RESOURCES = new Set([
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'services.nodeports',
  'services.loadbalancers',
]);

export function isHugePageResourceName(name: string): boolean {
  return name.startsWith('hugepages-');
}
function isQuotaHugePageResourceName(name: string): boolean {
  return name.startsWith('hugepages-') || name.startsWith('requests.hugepages-');
}
function isStandardResourceName(name: string): boolean {
  return STANDARD_RESOURCES.has(name) || isQuotaHugePageResourceName(name);
}
function isStandardContainerResourceName(name: string): boolean {
  return name === 'cpu' || name === 'memory' || name === 'ephemeral-storage' || isHugePageResourceName(name);
}
export function isNativeResource(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}
export function isExtendedResourceName(name: string): boolean {
  if (isNativeResource(name) || name.startsWith('requests.')) return false;
  return isQualifiedName(`requests.${name}`).length === 0;
}
export function isOvercommitAllowed(name: string): boolean {
  return isNativeResource(name) && !isHugePageResourceName(name);
}
function isIntegerResourceName(name: string): boolean {
  return INTEGER_RESOURCES.has(name) || isExtendedResourceName(name);
}

/** validateResourceName. */
function validateResourceName(value: string, fldPath: FieldPath): FieldError[] {
  const errs = isQualifiedName(value).map((msg) => invalid(fldPath, value, msg));
  if (errs.length !== 0) return errs;
  if (!value.includes('/') && !isStandardResourceName(value)) {
    errs.push(invalid(fldPath, value, 'must be a standard resource type or fully qualified'));
  }
  return errs;
}

/** validateContainerResourceName. */
function validateContainerResourceName(value: string, fldPath: FieldPath): FieldError[] {
  const errs = validateResourceName(value, fldPath);
  if (!value.includes('/')) {
    if (!isStandardContainerResourceName(value)) errs.push(invalid(fldPath, value, 'must be a standard resource for containers'));
  } else if (!isNativeResource(value) && !isExtendedResourceName(value)) {
    errs.push(invalid(fldPath, value, "doesn't follow extended resource name standard"));
  }
  return errs;
}

/**
 * A Quantity printed through its fmt.Stringer (unquoted), as field.Invalid(path, quantity, msg)
 * prints it: `Invalid value: 1500m: must be an integer`. The shared FieldError has no "raw"
 * value kind, so the value is carried in the detail with the value itself omitted.
 */
function invalidStringer(path: FieldPath, q: ExactQuantity, detail: string): FieldError {
  return { type: 'Invalid value', path, badValue: OMIT, detail: `${quantityString(q)}: ${detail}` };
}

/** ValidateResourceQuantityValue. */
export function validateResourceQuantityValue(resource: string, q: ExactQuantity, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (q.amount < 0n) errs.push(invalid(fldPath, quantityString(q), IS_NEGATIVE_ERROR_MSG));
  if (isIntegerResourceName(resource) && milliValue(q) % 1000n !== 0n) {
    errs.push(invalidStringer(fldPath, q, 'must be an integer'));
  }
  return errs;
}

/** validateResourceQuantityHugePageValue (AllowIndivisibleHugePagesValues = false). */
function hugePageValueError(name: string, q: ExactQuantity): string | undefined {
  if (!isHugePageResourceName(name)) return undefined;
  const pageSize = parseExactQuantity(name.slice('hugepages-'.length));
  let divisible = false;
  if (pageSize && pageSize.amount > 0n && milliValue(pageSize) % 1000n === 0n) {
    divisible = intValue(q) % intValue(pageSize) === 0n;
  }
  return divisible ? undefined : `${quantityString(q)} is not positive integer multiple of ${name}`;
}

/** Parse a ResourceList into rounded quantities, reporting unparsable values. */
function readResourceList(list: Obj | undefined, fldPath: FieldPath, errs: FieldError[]): Map<string, ExactQuantity> {
  const out = new Map<string, ExactQuantity>();
  if (!list) return out;
  for (const [name, raw] of Object.entries(list)) {
    if (raw === undefined || raw === null) continue;
    const q = parseExactQuantity(raw);
    if (!q) {
      if (typeof raw === 'string' || typeof raw === 'number') errs.push(invalid(key(fldPath, name), raw, QUANTITY_FORMAT_DETAIL));
      continue;
    }
    out.set(name, roundUpToMilli(q));
  }
  return out;
}

/** validateResourceRequirements with validateContainerResourceName. */
export function validateContainerResourceRequirements(requirements: Obj | undefined, podClaimNames: Set<string>, fldPath: FieldPath): FieldError[] {
  return validateResourceRequirements(requirements, validateContainerResourceName, podClaimNames, fldPath);
}

/** resourcehelper.SupportedPodLevelResources (cpu, memory; hugepages by prefix). */
const SUPPORTED_POD_LEVEL_RESOURCES = ['cpu', 'memory'];

/** validatePodResourceName. */
function validatePodResourceName(name: string, fldPath: FieldPath): FieldError[] {
  const errs = validateResourceName(name, fldPath);
  if (errs.length !== 0) return errs;
  if (!SUPPORTED_POD_LEVEL_RESOURCES.includes(name) && !isHugePageResourceName(name)) {
    errs.push(notSupported(fldPath, name, SUPPORTED_POD_LEVEL_RESOURCES));
  }
  return errs;
}

/**
 * validatePodResources (PodLevelResources, beta and on by default since 1.34): claims are
 * forbidden, names must be pod-level resources, requests ≤ limits, and no container limit may
 * exceed the pod's (validatePodResourceConsistency). The aggregate-requests half of
 * validatePodResourceConsistency is not ported (it depends on SetDefaults_Pod's pod-level
 * request defaulting, which defaults.ts does not do yet).
 */
export function validatePodResources(spec: Obj, fldPath: FieldPath): FieldError[] {
  const resources = obj(spec, 'resources');
  if (!resources) return [];
  const errs: FieldError[] = [];
  if (resources['claims'] !== undefined && resources['claims'] !== null) {
    errs.push(forbidden(child(fldPath, 'claims'), 'claims cannot be set for Resources at pod-level'));
  }
  errs.push(...validateResourceRequirements({ ...resources, claims: undefined }, validatePodResourceName, new Set(), fldPath));
  const podLimits = readResourceList(obj(resources, 'limits'), child(fldPath, 'limits'), []);
  objList(spec, 'containers').forEach((c, i) => {
    const limits = readResourceList(obj(obj(c, 'resources'), 'limits'), [], []);
    for (const [name, q] of limits) {
      const podLimit = podLimits.get(name);
      if (podLimit && cmpQuantity(q, podLimit) > 0) {
        errs.push(invalid(child(key(child(fldPath, 'containers', i), name), 'limits'), quantityString(q), `must be less than or equal to pod limits of ${quantityString(podLimit)}`));
      }
    }
  });
  return errs;
}

/** validateResourceRequirements. */
function validateResourceRequirements(
  requirements: Obj | undefined,
  resourceNameFn: (name: string, p: FieldPath) => FieldError[],
  podClaimNames: Set<string>,
  fldPath: FieldPath,
): FieldError[] {
  const errs: FieldError[] = [];
  const limPath = child(fldPath, 'limits');
  const reqPath = child(fldPath, 'requests');
  const limits = readResourceList(obj(requirements, 'limits'), limPath, errs);
  const requests = readResourceList(obj(requirements, 'requests'), reqPath, errs);
  let limCPUOrMem = false;
  let reqCPUOrMem = false;
  let limHuge = false;
  let reqHuge = false;
  for (const [name, q] of limits) {
    const p = key(limPath, name);
    errs.push(...resourceNameFn(name, p));
    errs.push(...validateResourceQuantityValue(name, q, p));
    if (isHugePageResourceName(name)) {
      limHuge = true;
      const e = hugePageValueError(name, q);
      if (e) errs.push(invalid(p, quantityString(q), e));
    }
    if (name === 'cpu' || name === 'memory') limCPUOrMem = true;
  }
  for (const [name, q] of requests) {
    const p = key(reqPath, name);
    errs.push(...resourceNameFn(name, p));
    errs.push(...validateResourceQuantityValue(name, q, p));
    const limit = limits.get(name);
    if (limit) {
      const c = cmpQuantity(q, limit);
      if (c !== 0 && !isOvercommitAllowed(name)) {
        errs.push(invalid(reqPath, quantityString(q), `must be equal to ${name} limit of ${quantityString(limit)}`));
      } else if (c > 0) {
        errs.push(invalid(reqPath, quantityString(q), `must be less than or equal to ${name} limit of ${quantityString(limit)}`));
      }
    } else if (!isOvercommitAllowed(name)) {
      errs.push(required(limPath, 'Limit must be set for non overcommitable resources'));
    }
    if (isHugePageResourceName(name)) {
      reqHuge = true;
      const e = hugePageValueError(name, q);
      if (e) errs.push(invalid(p, quantityString(q), e));
    }
    if (name === 'cpu' || name === 'memory') reqCPUOrMem = true;
  }
  if (!limCPUOrMem && !reqCPUOrMem && (reqHuge || limHuge)) errs.push(forbidden(fldPath, 'HugePages require cpu or memory'));
  errs.push(...validateResourceClaimNames(objList(requirements, 'claims'), podClaimNames, child(fldPath, 'claims')));
  return errs;
}

/** validateOverhead: the pod overhead validated as container limits. */
export function validateOverhead(overhead: Obj, fldPath: FieldPath): FieldError[] {
  return validateContainerResourceRequirements({ limits: overhead }, new Set(), fldPath);
}

/** validateResourceClaimNames. */
function validateResourceClaimNames(claims: Obj[], podClaimNames: Set<string>, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  claims.forEach((claim, i) => {
    const name = str(claim, 'name');
    if (name === undefined) return;
    if (name === '') {
      errs.push(required(child(fldPath, i)));
      return;
    }
    if (names.has(name)) {
      errs.push(duplicate(child(fldPath, i), name));
    } else {
      const request = str(claim, 'request') ?? '';
      let k = name;
      if (request !== '') {
        for (const msg of isDNS1123Label(request)) errs.push(invalid(child(fldPath, i, 'request'), request, msg));
        k += `/${request}`;
      }
      if (names.has(k)) errs.push(duplicate(child(fldPath, i), k));
      else if (request === '') {
        for (const existing of names) {
          const idx = existing.indexOf('/');
          if (idx >= 0 && existing.slice(0, idx) === name) errs.push(duplicate(child(fldPath, i), name));
        }
      }
      names.add(k);
    }
    if (!podClaimNames.has(name)) {
      const detail =
        podClaimNames.size === 0
          ? 'must be one of the names in pod.spec.resourceClaims which is empty'
          : `must be one of the names in pod.spec.resourceClaims: ${sortedList([...podClaimNames]).join(', ')}`;
      errs.push({ type: 'Not found', path: child(fldPath, i), badValue: name, detail });
    }
  });
  return errs;
}
