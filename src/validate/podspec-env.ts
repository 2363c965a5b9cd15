/**
 * Environment validation: kubernetes pkg/apis/core/validation/validation.go ValidateEnv,
 * validateEnvVarValueFrom, validateObjectFieldSelector, validateContainerResourceFieldSelector,
 * validateContainerResourceDivisor, ValidateEnvFrom, validateConfigMapEnvSource,
 * validateSecretEnvSource, validateConfigMapKeySelector, validateSecretKeySelector; and
 * pkg/apis/core/pods/helpers.go ConvertDownwardAPIFieldLabel, pkg/fieldpath
 * SplitMaybeSubscriptedPath.
 */
import type { FieldError } from '../model/field-error.js';
import type { FieldPath } from '../model/fieldpath.js';
import { isConfigMapKey, isEnvVarName, isQualifiedName, isRelaxedEnvVarName, nameIsDNSSubdomain } from './names.js';
import { child, has, invalid, notSupported, obj, objList, required, sortedList, str, type Obj } from './podspec-common.js';
import { parseExactQuantity, quantityString } from './podspec-quantity.js';

export interface EnvOptions {
  /** RelaxedEnvironmentVariableValidation (beta, on by default since Kubernetes 1.32). */
  relaxedEnvVarNames: boolean;
}

/** validEnvDownwardAPIFieldPathExpressions. */
export const VALID_ENV_FIELD_PATHS = sortedList([
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
]);

/** validContainerResourceFieldPathExpressions. */
const VALID_RESOURCE_FIELD_PATHS = sortedList([
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
]);
const HUGEPAGES_PREFIXES = ['limits.hugepages-', 'requests.hugepages-'];

/** fieldpath.SplitMaybeSubscriptedPath: `metadata.labels['app']` → ['metadata.labels', 'app']. */
export function splitMaybeSubscriptedPath(fieldPath: string): [string, string, boolean] {
  if (!fieldPath.endsWith("']")) return [fieldPath, '', false];
  const s = fieldPath.slice(0, -2);
  const idx = s.indexOf("['");
  if (idx < 0) return [fieldPath, '', false];
  const head = s.slice(0, idx);
  if (head.length === 0) return [fieldPath, '', false];
  return [head, s.slice(idx + 2), true];
}

const CONVERTIBLE_FIELD_LABELS = new Set([
  'metadata.annotations',
  'metadata.labels',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.restartPolicy',
  'spec.serviceAccountName',
  'spec.schedulerName',
  'status.phase',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
]);

/** podshelper.ConvertDownwardAPIFieldLabel: the internal field path, or an error message. */
function convertDownwardAPIFieldLabel(version: string, label: string): { path: string } | { error: string } {
  if (version !== 'v1') return { error: `unsupported pod version: ${version}` };
  const [p, , ok] = splitMaybeSubscriptedPath(label);
  if (ok) {
    if (p === 'metadata.annotations' || p === 'metadata.labels') return { path: label };
    return { error: `field label does not support subscript: ${label}` };
  }
  if (CONVERTIBLE_FIELD_LABELS.has(label)) return { path: label };
  if (label === 'spec.host') return { path: 'spec.nodeName' };
  return { error: `field label not supported: ${label}` };
}

/** validateObjectFieldSelector. */
export function validateObjectFieldSelector(fs: Obj, expressions: readonly string[], fldPath: FieldPath): FieldError[] {
  const apiVersion = str(fs, 'apiVersion');
  const fieldPath = str(fs, 'fieldPath');
  if (apiVersion === undefined || fieldPath === undefined) return [];
  if (apiVersion === '') return [required(child(fldPath, 'apiVersion'))];
  if (fieldPath === '') return [required(child(fldPath, 'fieldPath'))];
  const conv = convertDownwardAPIFieldLabel(apiVersion, fieldPath);
  if ('error' in conv) return [invalid(child(fldPath, 'fieldPath'), fieldPath, `error converting fieldPath: ${conv.error}`)];
  const [p, subscript, ok] = splitMaybeSubscriptedPath(conv.path);
  const errs: FieldError[] = [];
  if (ok) {
    if (p === 'metadata.annotations') {
      const s = subscript.toLowerCase();
      for (const msg of isQualifiedName(s)) errs.push(invalid(fldPath, s, msg));
    } else if (p === 'metadata.labels') {
      for (const msg of isQualifiedName(subscript)) errs.push(invalid(fldPath, subscript, msg));
    } else {
      errs.push(invalid(fldPath, p, 'does not support subscript'));
    }
  } else if (!expressions.includes(p)) {
    errs.push(notSupported(child(fldPath, 'fieldPath'), p, sortedList(expressions)));
  }
  return errs;
}

const DIVISORS_BYTES = new Set(['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei']);

/** validateContainerResourceDivisor. */
function validateContainerResourceDivisor(rName: string, divisor: unknown, fldPath: FieldPath): FieldError[] {
  if (divisor === undefined || divisor === null) return [];
  const q = parseExactQuantity(divisor);
  if (!q || q.amount === 0n) return [];
  const d = quantityString(q);
  const errs: FieldError[] = [];
  const dp = child(fldPath, 'divisor');
  if (rName === 'limits.cpu' || rName === 'requests.cpu') {
    if (d !== '1m' && d !== '1') errs.push(invalid(dp, rName, "only divisor's values 1m and 1 are supported with the cpu resource"));
  } else if (rName === 'limits.memory' || rName === 'requests.memory') {
    if (!DIVISORS_BYTES.has(d)) {
      errs.push(invalid(dp, rName, "only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the memory resource"));
    }
  } else if (rName === 'limits.ephemeral-storage' || rName === 'requests.ephemeral-storage') {
    if (!DIVISORS_BYTES.has(d)) {
      errs.push(invalid(dp, rName, "only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the local ephemeral storage resource"));
    }
  }
  if (HUGEPAGES_PREFIXES.some((p) => rName.startsWith(p)) && !DIVISORS_BYTES.has(d)) {
    errs.push(invalid(dp, rName, "only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the hugepages resource"));
  }
  return errs;
}

/** validateContainerResourceFieldSelector (volume = true for downward API volume files). */
export function validateContainerResourceFieldSelector(fs: Obj, fldPath: FieldPath, volume: boolean): FieldError[] {
  const errs: FieldError[] = [];
  const containerName = str(fs, 'containerName');
  const resource = str(fs, 'resource');
  if (volume && containerName === '') {
    errs.push(required(child(fldPath, 'containerName')));
  } else if (resource === '') {
    errs.push(required(child(fldPath, 'resource')));
  } else if (resource !== undefined && !VALID_RESOURCE_FIELD_PATHS.includes(resource)) {
    if (!HUGEPAGES_PREFIXES.some((p) => resource.startsWith(p))) {
      errs.push(notSupported(child(fldPath, 'resource'), resource, VALID_RESOURCE_FIELD_PATHS));
    }
  }
  errs.push(...validateContainerResourceDivisor(resource ?? '', fs['divisor'], fldPath));
  return errs;
}

/** validateConfigMapKeySelector / validateSecretKeySelector (both check the name as a Secret name). */
function validateKeySelector(s: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const name = str(s, 'name');
  if (name !== undefined) for (const msg of nameIsDNSSubdomain(name)) errs.push(invalid(child(fldPath, 'name'), name, msg));
  const k = str(s, 'key');
  if (k === '') errs.push(required(child(fldPath, 'key')));
  else if (k !== undefined) for (const msg of isConfigMapKey(k)) errs.push(invalid(child(fldPath, 'key'), k, msg));
  return errs;
}

/** validateEnvVarValueFrom. */
function validateEnvVarValueFrom(ev: Obj, fldPath: FieldPath): FieldError[] {
  const vf = obj(ev, 'valueFrom');
  if (!vf) return [];
  const errs: FieldError[] = [];
  let numSources = 0;
  const fieldRef = obj(vf, 'fieldRef');
  if (fieldRef) {
    numSources++;
    errs.push(...validateObjectFieldSelector(fieldRef, VALID_ENV_FIELD_PATHS, child(fldPath, 'fieldRef')));
  }
  const rf = obj(vf, 'resourceFieldRef');
  if (rf) {
    numSources++;
    errs.push(...validateContainerResourceFieldSelector(rf, child(fldPath, 'resourceFieldRef'), false));
  }
  const cm = obj(vf, 'configMapKeyRef');
  if (cm) {
    numSources++;
    errs.push(...validateKeySelector(cm, child(fldPath, 'configMapKeyRef')));
  }
  const sec = obj(vf, 'secretKeyRef');
  if (sec) {
    numSources++;
    errs.push(...validateKeySelector(sec, child(fldPath, 'secretKeyRef')));
  }
  // fileKeyRef (EnvFiles, 1.34+): counted as a source so an env var using it is not reported as
  // having none; its own fields are checked for presence only.
  const fk = obj(vf, 'fileKeyRef');
  if (fk) {
    numSources++;
    for (const f of ['volumeName', 'path', 'key']) if (str(fk, f) === '') errs.push(required(child(fldPath, 'fileKeyRef', f)));
  }
  const value = str(ev, 'value') ?? '';
  if (numSources === 0) {
    errs.push(invalid(fldPath, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
  } else if (value.length !== 0) {
    errs.push(invalid(fldPath, '', 'may not be specified when `value` is not empty'));
  } else if (numSources > 1) {
    errs.push(invalid(fldPath, '', 'may not have more than one field specified at a time'));
  }
  return errs;
}

function envNameErrors(name: string, opts: EnvOptions): string[] {
  return opts.relaxedEnvVarNames ? isRelaxedEnvVarName(name) : isEnvVarName(name);
}

/** ValidateEnv. */
export function validateEnv(vars: Obj[], fldPath: FieldPath, opts: EnvOptions): FieldError[] {
  const errs: FieldError[] = [];
  vars.forEach((ev, i) => {
    const idxPath = child(fldPath, i);
    const name = str(ev, 'name');
    if (name === '') errs.push(required(child(idxPath, 'name')));
    else if (name !== undefined) for (const msg of envNameErrors(name, opts)) errs.push(invalid(child(idxPath, 'name'), name, msg));
    errs.push(...validateEnvVarValueFrom(ev, child(idxPath, 'valueFrom')));
  });
  return errs;
}

function validateEnvSourceName(src: Obj, fldPath: FieldPath): FieldError[] {
  const name = str(src, 'name');
  if (name === '') return [required(child(fldPath, 'name'))];
  if (name === undefined) return [];
  // ValidateConfigMapName / ValidateSecretName with prefix = true
  return nameIsDNSSubdomain(name, true).map((msg) => invalid(child(fldPath, 'name'), name, msg));
}

/** ValidateEnvFrom. Note Go reports the "one of" errors at the list path, not the item. */
export function validateEnvFrom(vars: Obj[], fldPath: FieldPath, opts: EnvOptions): FieldError[] {
  const errs: FieldError[] = [];
  vars.forEach((ev, i) => {
    const idxPath = child(fldPath, i);
    const prefix = str(ev, 'prefix');
    if (prefix) for (const msg of envNameErrors(prefix, opts)) errs.push(invalid(child(idxPath, 'prefix'), prefix, msg));
    let numSources = 0;
    const cm = obj(ev, 'configMapRef');
    if (cm) {
      numSources++;
      errs.push(...validateEnvSourceName(cm, child(idxPath, 'configMapRef')));
    }
    const sec = obj(ev, 'secretRef');
    if (sec) {
      numSources++;
      errs.push(...validateEnvSourceName(sec, child(idxPath, 'secretRef')));
    }
    if (numSources === 0) errs.push(invalid(fldPath, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (numSources > 1) errs.push(invalid(fldPath, '', 'may not have more than one field specified at a time'));
  });
  return errs;
}

export function envVars(c: Obj): Obj[] {
  return objList(c, 'env');
}

export function hasValueFrom(ev: Obj): boolean {
  return has(ev, 'valueFrom');
}
