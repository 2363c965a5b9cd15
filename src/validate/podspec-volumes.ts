/**
 * Volume validation: kubernetes pkg/apis/core/validation/validation.go ValidateVolumes,
 * validateVolumeSource and the per-source validators it calls (validateHostPathVolumeSource,
 * validateSecretVolumeSource, validateConfigMapVolumeSource, validateKeyToPath,
 * validatePersistentClaimVolumeSource, validateDownwardAPIVolumeSource,
 * validateProjectedVolumeSource / validateProjectionSources, validateEphemeralVolumeSource,
 * validateNFSVolumeSource, validateCSIVolumeSource, validateGitRepoVolumeSource,
 * validateImageVolumeSource, …) and the path helpers (validateLocalDescendingPath,
 * validatePathNoBacksteps, ValidateLocalNonReservedPath).
 */
import type { FieldError } from '../model/field-error.js';
import type { FieldPath } from '../model/fieldpath.js';
import { isDNS1123Label, isDNS1123Subdomain, nameIsDNSSubdomain, isQualifiedName, isValidLabelValue, byteLen } from './names.js';
import {
  child,
  forbidden,
  has,
  int,
  invalid,
  notSupported,
  obj,
  objList,
  optInt,
  optStr,
  required,
  sortedList,
  str,
  strList,
  key,
  type Obj,
  list,
  nonEmpty,
} from './podspec-common.js';
import { cmpQuantity, parseExactQuantity } from './podspec-quantity.js';
import { validateContainerResourceFieldSelector, validateObjectFieldSelector } from './podspec-env.js';

export const FILE_MODE_ERROR_MSG = 'must be a number between 0 and 0777 (octal), both inclusive';

/** What validateContainers needs to know about the pod's valid volumes (the Go `vols` map). */
export interface VolumeInfo {
  isPVC: boolean;
  isImage: boolean;
}

export interface VolumeOptions {
  resourceIsPod: boolean;
  podName?: string;
}

/** path.IsAbs (slash-separated). */
function isAbs(p: string): boolean {
  return p.startsWith('/');
}

/** validatePathNoBacksteps: no `..` element (one error is enough). */
export function validatePathNoBacksteps(targetPath: string, fldPath: FieldPath): FieldError[] {
  const parts = targetPath.replace(/\\/g, '/').split('/');
  return parts.includes('..') ? [invalid(fldPath, targetPath, "must not contain '..'")] : [];
}

/** validateLocalDescendingPath: relative and without `..`. */
export function validateLocalDescendingPath(targetPath: string, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (isAbs(targetPath)) errs.push(invalid(fldPath, targetPath, 'must be a relative path'));
  errs.push(...validatePathNoBacksteps(targetPath, fldPath));
  return errs;
}

/** ValidateLocalNonReservedPath. */
export function validateLocalNonReservedPath(targetPath: string, fldPath: FieldPath): FieldError[] {
  const errs = validateLocalDescendingPath(targetPath, fldPath);
  if (targetPath.startsWith('..') && !targetPath.startsWith('../')) {
    errs.push(invalid(fldPath, targetPath, "must not start with '..'"));
  }
  return errs;
}

function validateMode(o: Obj, k: string, fldPath: FieldPath): FieldError[] {
  const mode = optInt(o, k);
  if (mode !== undefined && (mode > 0o777 || mode < 0)) return [invalid(child(fldPath, k), mode, FILE_MODE_ERROR_MSG)];
  return [];
}

/** validateKeyToPath. */
function validateKeyToPath(kp: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const k = str(kp, 'key');
  const p = str(kp, 'path');
  if (k === '') errs.push(required(child(fldPath, 'key')));
  if (p === '') errs.push(required(child(fldPath, 'path')));
  if (p !== undefined) errs.push(...validateLocalNonReservedPath(p, child(fldPath, 'path')));
  errs.push(...validateMode(kp, 'mode', fldPath));
  return errs;
}

const SUPPORTED_HOST_PATH_TYPES = sortedList(['', 'DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice']);

function validateHostPathVolumeSource(hp: Obj, fldPath: FieldPath): FieldError[] {
  const p = str(hp, 'path');
  if (p === '') return [required(child(fldPath, 'path'))];
  const errs: FieldError[] = [];
  if (p !== undefined) errs.push(...validatePathNoBacksteps(p, child(fldPath, 'path')));
  const t = optStr(hp, 'type');
  if (t !== undefined && !SUPPORTED_HOST_PATH_TYPES.includes(t)) {
    errs.push(notSupported(child(fldPath, 'type'), t, SUPPORTED_HOST_PATH_TYPES));
  }
  return errs;
}

function validateSecretVolumeSource(s: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (str(s, 'secretName') === '') errs.push(required(child(fldPath, 'secretName')));
  errs.push(...validateMode(s, 'defaultMode', fldPath));
  objList(s, 'items').forEach((kp, i) => errs.push(...validateKeyToPath(kp, child(fldPath, 'items', i))));
  return errs;
}

function validateConfigMapVolumeSource(s: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (str(s, 'name') === '') errs.push(required(child(fldPath, 'name')));
  errs.push(...validateMode(s, 'defaultMode', fldPath));
  objList(s, 'items').forEach((kp, i) => errs.push(...validateKeyToPath(kp, child(fldPath, 'items', i))));
  return errs;
}

const VALID_VOLUME_DOWNWARD_API_FIELD_PATHS = ['metadata.name', 'metadata.namespace', 'metadata.labels', 'metadata.annotations', 'metadata.uid'];

/** validateDownwardAPIVolumeFile. */
function validateDownwardAPIVolumeFile(file: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const p = str(file, 'path');
  if (p === '') errs.push(required(child(fldPath, 'path')));
  if (p !== undefined) errs.push(...validateLocalNonReservedPath(p, child(fldPath, 'path')));
  const fieldRef = obj(file, 'fieldRef');
  const resourceFieldRef = obj(file, 'resourceFieldRef');
  if (fieldRef) {
    errs.push(...validateObjectFieldSelector(fieldRef, VALID_VOLUME_DOWNWARD_API_FIELD_PATHS, child(fldPath, 'fieldRef')));
    if (resourceFieldRef) errs.push(invalid(fldPath, 'resource', 'fieldRef and resourceFieldRef can not be specified simultaneously'));
  } else if (resourceFieldRef) {
    errs.push(...validateContainerResourceFieldSelector(resourceFieldRef, child(fldPath, 'resourceFieldRef'), true));
  } else {
    errs.push(required(fldPath, 'one of fieldRef and resourceFieldRef is required'));
  }
  errs.push(...validateMode(file, 'mode', fldPath));
  return errs;
}

function validateDownwardAPIVolumeSource(s: Obj, fldPath: FieldPath): FieldError[] {
  const errs = validateMode(s, 'defaultMode', fldPath);
  // Go passes fldPath (not the item's index path) for every item.
  for (const file of objList(s, 'items')) errs.push(...validateDownwardAPIVolumeFile(file, fldPath));
  return errs;
}

/** validateProjectionSources. */
/** validateProjectionSources (AllowNonLocalProjectedTokenPath is false for new pods). */
function validateProjectionSources(projection: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const allPaths = new Set<string>();
  objList(projection, 'sources').forEach((source, i) => {
    let numSources = 0;
    const srcPath = child(fldPath, 'sources', i);
    for (const kind of ['secret', 'configMap'] as const) {
      const src = obj(source, kind);
      if (!src) continue;
      const projPath = child(srcPath, kind);
      numSources++;
      const name = str(src, 'name');
      if (name === '') errs.push(required(child(projPath, 'name')));
      objList(src, 'items').forEach((kp, j) => {
        errs.push(...validateKeyToPath(kp, child(projPath, 'items', j)));
        const p = str(kp, 'path');
        if (p) {
          if (!allPaths.has(p)) allPaths.add(p);
          else errs.push(invalid(fldPath, name ?? '', 'conflicting duplicate paths'));
        }
      });
    }
    const dapi = obj(source, 'downwardAPI');
    if (dapi) {
      const projPath = child(srcPath, 'downwardAPI');
      numSources++;
      for (const file of objList(dapi, 'items')) {
        errs.push(...validateDownwardAPIVolumeFile(file, projPath));
        const p = str(file, 'path');
        if (p) {
          if (!allPaths.has(p)) allPaths.add(p);
          else errs.push(invalid(fldPath, p, 'conflicting duplicate paths'));
        }
      }
    }
    const sat = obj(source, 'serviceAccountToken');
    if (sat) {
      const projPath = child(srcPath, 'serviceAccountToken');
      numSources++;
      const exp = int(sat, 'expirationSeconds');
      if (exp !== undefined && exp < 10 * 60) {
        errs.push(invalid(child(projPath, 'expirationSeconds'), exp, 'may not specify a duration less than 10 minutes'));
      }
      if (exp !== undefined && exp > 2 ** 32) {
        errs.push(invalid(child(projPath, 'expirationSeconds'), exp, 'may not specify a duration larger than 2^32 seconds'));
      }
      const p = str(sat, 'path');
      if (p === '') errs.push(required(child(fldPath, 'path')));
      else if (p !== undefined) errs.push(...validateLocalNonReservedPath(p, child(fldPath, 'path')));
    }
    const ctb = obj(source, 'clusterTrustBundle');
    if (ctb) {
      const projPath = child(srcPath, 'clusterTrustBundle');
      numSources++;
      const name = optStr(ctb, 'name');
      const signerName = optStr(ctb, 'signerName');
      if (name !== undefined && signerName !== undefined) {
        errs.push(invalid(projPath, ctb, 'only one of name and signerName may be used'));
      } else if (name !== undefined) {
        if (name === '') errs.push(required(child(projPath, 'name'), 'must be a valid object name'));
        if (has(ctb, 'labelSelector')) {
          errs.push(invalid(child(projPath, 'labelSelector'), ctb['labelSelector'], 'labelSelector must be unset if name is specified'));
        }
      } else if (signerName !== undefined) {
        if (signerName === '') errs.push(required(child(projPath, 'signerName'), 'must be a valid signer name'));
      } else {
        errs.push(required(projPath, 'either name or signerName must be specified'));
      }
      const p = str(ctb, 'path');
      if (p === '') errs.push(required(child(projPath, 'path')));
      if (p !== undefined) {
        errs.push(...validateLocalNonReservedPath(p, child(projPath, 'path')));
        if (!allPaths.has(p)) allPaths.add(p);
        else errs.push(invalid(fldPath, p, 'conflicting duplicate paths'));
      }
    }
    if (numSources > 1) errs.push(forbidden(srcPath, 'may not specify more than 1 volume type per source'));
  });
  return errs;
}

function validatePersistentClaimVolumeSource(claim: Obj, fldPath: FieldPath): FieldError[] {
  return str(claim, 'claimName') === '' ? [required(child(fldPath, 'claimName'))] : [];
}

function validateNFSVolumeSource(nfs: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (str(nfs, 'server') === '') errs.push(required(child(fldPath, 'server')));
  const p = str(nfs, 'path');
  if (p === '') errs.push(required(child(fldPath, 'path')));
  if (p !== undefined && !isAbs(p)) errs.push(invalid(child(fldPath, 'path'), p, 'must be an absolute path'));
  return errs;
}

function validateGitRepoVolumeSource(g: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (str(g, 'repository') === '') errs.push(required(child(fldPath, 'repository')));
  const dir = str(g, 'directory');
  if (dir !== undefined) errs.push(...validateLocalDescendingPath(dir, child(fldPath, 'directory')));
  return errs;
}

/** ValidateCSIDriverName. */
function validateCSIDriverName(driver: string, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (driver.length === 0) errs.push(required(fldPath));
  if (byteLen(driver) > 63) errs.push({ type: 'Too long', path: fldPath, badValue: '', detail: 'must have at most 63 bytes' });
  for (const msg of isDNS1123Subdomain(driver.toLowerCase())) errs.push(invalid(fldPath, driver, msg));
  return errs;
}

function validateCSIVolumeSource(csi: Obj, fldPath: FieldPath): FieldError[] {
  const driver = str(csi, 'driver');
  const errs = driver === undefined ? [] : validateCSIDriverName(driver, child(fldPath, 'driver'));
  const ref = obj(csi, 'nodePublishSecretRef');
  if (ref) {
    const name = str(ref, 'name');
    if (name === '') errs.push(required(child(fldPath, 'nodePublishSecretRef', 'name')));
    else if (name !== undefined) for (const msg of nameIsDNSSubdomain(name)) errs.push(invalid(child(fldPath, 'name'), name, msg));
  }
  return errs;
}

const SUPPORTED_ACCESS_MODES = sortedList(['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod']);

/** validateEphemeralVolumeSource + ValidatePersistentVolumeClaimTemplate (the parts a pod manifest can get wrong). */
function validateEphemeralVolumeSource(eph: Obj, fldPath: FieldPath): FieldError[] {
  const tmpl = obj(eph, 'volumeClaimTemplate');
  if (!tmpl) return [required(child(fldPath, 'volumeClaimTemplate'))];
  const tPath = child(fldPath, 'volumeClaimTemplate');
  const errs: FieldError[] = [];
  const meta = obj(tmpl, 'metadata');
  // ValidateTemplateObjectMeta: labels/annotations syntax; other metadata fields "cannot be set".
  if (meta) {
    for (const [k] of Object.entries(obj(meta, 'annotations') ?? {})) {
      for (const msg of isQualifiedName(k.toLowerCase())) errs.push(invalid(child(tPath, 'metadata', 'annotations'), k, msg));
    }
    for (const [k, v] of Object.entries(obj(meta, 'labels') ?? {})) {
      for (const msg of isQualifiedName(k)) errs.push(invalid(child(tPath, 'metadata', 'labels'), k, msg));
      if (typeof v === 'string') for (const msg of isValidLabelValue(v)) errs.push(invalid(child(tPath, 'metadata', 'labels'), v, msg));
    }
    for (const k of Object.keys(meta)) {
      if (k !== 'labels' && k !== 'annotations' && meta[k] !== undefined && meta[k] !== null) {
        errs.push(forbidden(child(tPath, 'metadata', k), 'cannot be set'));
      }
    }
  }
  const spec = obj(tmpl, 'spec') ?? {};
  const sPath = child(tPath, 'spec');
  const modes = strList(spec, 'accessModes');
  if (!nonEmpty(spec, 'accessModes')) errs.push(required(child(sPath, 'accessModes'), 'at least 1 access mode is required'));
  let rwop = false;
  let other = false;
  for (const m of modes) {
    if (!SUPPORTED_ACCESS_MODES.includes(m)) errs.push(notSupported(child(sPath, 'accessModes'), m, SUPPORTED_ACCESS_MODES));
    if (m === 'ReadWriteOncePod') rwop = true;
    else if (SUPPORTED_ACCESS_MODES.includes(m)) other = true;
  }
  if (rwop && other) errs.push(forbidden(child(sPath, 'accessModes'), 'may not use ReadWriteOncePod with other access modes'));
  const requests = obj(obj(spec, 'resources'), 'requests');
  const storagePath = key(child(sPath, 'resources'), 'storage');
  if (!requests || !has(requests, 'storage')) {
    errs.push(required(storagePath));
  } else {
    const q = parseExactQuantity(requests['storage']);
    if (q && cmpQuantity(q, { amount: 0n, exp10: 0, format: 'DecimalSI' }) <= 0) {
      errs.push(invalid(storagePath, String(requests['storage']), 'must be greater than zero'));
    }
  }
  const sc = optStr(spec, 'storageClassName');
  if (sc) for (const msg of nameIsDNSSubdomain(sc)) errs.push(invalid(child(sPath, 'storageClassName'), sc, msg));
  const vm = optStr(spec, 'volumeMode');
  if (vm !== undefined && vm !== 'Block' && vm !== 'Filesystem') {
    errs.push(notSupported(child(sPath, 'volumeMode'), vm, ['Block', 'Filesystem']));
  }
  return errs;
}

const SUPPORTED_PULL_POLICIES = sortedList(['Always', 'IfNotPresent', 'Never']);

/** validatePullPolicy. */
export function validatePullPolicy(policy: string, fldPath: FieldPath): FieldError[] {
  if (policy === 'Always' || policy === 'IfNotPresent' || policy === 'Never') return [];
  if (policy === '') return [required(fldPath)];
  return [notSupported(fldPath, policy, SUPPORTED_PULL_POLICIES)];
}

function validateImageVolumeSource(img: Obj, fldPath: FieldPath, opts: VolumeOptions): FieldError[] {
  const errs: FieldError[] = [];
  if (opts.resourceIsPod && str(img, 'reference') === '') errs.push(required(child(fldPath, 'reference')));
  const pp = str(img, 'pullPolicy');
  if (pp !== undefined) errs.push(...validatePullPolicy(pp, child(fldPath, 'pullPolicy')));
  return errs;
}

function requireStrings(o: Obj, fldPath: FieldPath, keys: string[]): FieldError[] {
  return keys.filter((k) => str(o, k) === '').map((k) => required(child(fldPath, k)));
}

/** Per-source validation, in validateVolumeSource's order. Path names are Go's (e.g. gcePersistentDisk → persistentDisk). */
const SOURCES: readonly [string, string, (src: Obj, p: FieldPath, opts: VolumeOptions) => FieldError[]][] = [
  ['emptyDir', 'emptyDir', (src, p) => {
    const q = has(src, 'sizeLimit') ? parseExactQuantity(src['sizeLimit']) : undefined;
    if (q && q.amount < 0n) return [forbidden(child(p, 'sizeLimit'), 'SizeLimit field must be a valid resource quantity')];
    return [];
  }],
  ['hostPath', 'hostPath', validateHostPathVolumeSource],
  ['gitRepo', 'gitRepo', validateGitRepoVolumeSource],
  ['gcePersistentDisk', 'persistentDisk', (src, p) => {
    const errs = requireStrings(src, p, ['pdName']);
    const part = int(src, 'partition');
    if (part !== undefined && (part < 0 || part > 255)) errs.push(invalid(child(p, 'partition'), part, 'must be between 1 and 255, inclusive'));
    return errs;
  }],
  ['awsElasticBlockStore', 'awsElasticBlockStore', (src, p) => {
    const errs = requireStrings(src, p, ['volumeID']);
    const part = int(src, 'partition');
    if (part !== undefined && (part < 0 || part > 255)) errs.push(invalid(child(p, 'partition'), part, 'must be between 1 and 255, inclusive'));
    return errs;
  }],
  ['secret', 'secret', validateSecretVolumeSource],
  ['nfs', 'nfs', validateNFSVolumeSource],
  ['iscsi', 'iscsi', (src, p) => {
    const errs = requireStrings(src, p, ['targetPortal']);
    const iqn = str(src, 'iqn');
    if (iqn === '') errs.push(required(child(p, 'iqn')));
    else if (iqn !== undefined && !/^(iqn|eui|naa)/.test(iqn)) {
      errs.push(invalid(child(p, 'iqn'), iqn, 'must be valid format starting with iqn, eui, or naa'));
    }
    const lun = int(src, 'lun');
    if (lun !== undefined && (lun < 0 || lun > 255)) errs.push(invalid(child(p, 'lun'), lun, 'must be between 0 and 255, inclusive'));
    return errs;
  }],
  ['glusterfs', 'glusterfs', (src, p) => requireStrings(src, p, ['endpoints', 'path'])],
  ['flocker', 'flocker', (src, p) => {
    const errs: FieldError[] = [];
    const n = str(src, 'datasetName') ?? '';
    const u = str(src, 'datasetUUID') ?? '';
    if (n === '' && u === '') errs.push(required(p, 'one of datasetName and datasetUUID is required'));
    if (n !== '' && u !== '') errs.push(invalid(p, 'resource', 'datasetName and datasetUUID can not be specified simultaneously'));
    if (n.includes('/')) errs.push(invalid(child(p, 'datasetName'), n, "must not contain '/'"));
    return errs;
  }],
  ['persistentVolumeClaim', 'persistentVolumeClaim', validatePersistentClaimVolumeSource],
  ['rbd', 'rbd', (src, p) => {
    const errs: FieldError[] = [];
    if (list(src, 'monitors').length === 0) errs.push(required(child(p, 'monitors')));
    if (str(src, 'image') === '') errs.push(required(child(p, 'image')));
    return errs;
  }],
  ['cinder', 'cinder', (src, p) => {
    const errs = requireStrings(src, p, ['volumeID']);
    const ref = obj(src, 'secretRef');
    if (ref && str(ref, 'name') === '') errs.push(required(child(p, 'secretRef', 'name')));
    return errs;
  }],
  ['cephfs', 'cephfs', (src, p) => (list(src, 'monitors').length === 0 ? [required(child(p, 'monitors'))] : [])],
  ['quobyte', 'quobyte', (src, p) => {
    const errs: FieldError[] = [];
    if (str(src, 'registry') === '') {
      errs.push(required(child(p, 'registry'), 'must be a host:port pair or multiple pairs separated by commas'));
    }
    if (str(src, 'volume') === '') errs.push(required(child(p, 'volume')));
    return errs;
  }],
  ['downwardAPI', 'downwardAPI', (src, p) => validateDownwardAPIVolumeSource(src, p)],
  ['fc', 'fc', (src, p) => {
    const errs: FieldError[] = [];
    const wwns = list(src, 'targetWWNs');
    const wwids = list(src, 'wwids');
    if (wwns.length < 1 && wwids.length < 1) errs.push(required(child(p, 'targetWWNs'), 'must specify either targetWWNs or wwids, but not both'));
    if (wwns.length !== 0 && wwids.length !== 0) {
      errs.push(invalid(child(p, 'targetWWNs'), wwns, 'targetWWNs and wwids can not be specified simultaneously'));
    }
    if (wwns.length !== 0) {
      const lun = optInt(src, 'lun');
      if (!has(src, 'lun')) errs.push(required(child(p, 'lun'), 'lun is required if targetWWNs is specified'));
      else if (lun !== undefined && (lun < 0 || lun > 255)) errs.push(invalid(child(p, 'lun'), lun, 'must be between 0 and 255, inclusive'));
    }
    return errs;
  }],
  ['flexVolume', 'flexVolume', (src, p) => {
    const errs = requireStrings(src, p, ['driver']);
    for (const k of Object.keys(obj(src, 'options') ?? {})) {
      const parts = k.split('/');
      const ns = parts.length >= 2 ? (parts[0] as string) : k;
      const normalized = `.${ns.toLowerCase()}`;
      if (normalized.endsWith('.kubernetes.io') || normalized.endsWith('.k8s.io')) {
        errs.push(invalid(key(child(p, 'options'), k), k, 'kubernetes.io and k8s.io namespaces are reserved'));
      }
    }
    return errs;
  }],
  ['configMap', 'configMap', validateConfigMapVolumeSource],
  ['azureFile', 'azureFile', (src, p) => requireStrings(src, p, ['secretName', 'shareName'])],
  ['vsphereVolume', 'vsphereVolume', (src, p) => requireStrings(src, p, ['volumePath'])],
  ['photonPersistentDisk', 'photonPersistentDisk', (src, p) => requireStrings(src, p, ['pdID'])],
  ['portworxVolume', 'portworxVolume', (src, p) => requireStrings(src, p, ['volumeID'])],
  ['azureDisk', 'azureDisk', (src, p) => requireStrings(src, p, ['diskName', 'diskURI'])],
  ['storageos', 'storageos', (src, p) => {
    const errs: FieldError[] = [];
    const vn = str(src, 'volumeName');
    if (vn === '') errs.push(required(child(p, 'volumeName')));
    else if (vn !== undefined) for (const msg of isDNS1123Label(vn)) errs.push(invalid(child(p, 'volumeName'), vn, msg));
    const ns = str(src, 'volumeNamespace');
    if (ns) for (const msg of isDNS1123Label(ns)) errs.push(invalid(child(p, 'volumeNamespace'), ns, msg));
    const ref = obj(src, 'secretRef');
    if (ref && str(ref, 'name') === '') errs.push(required(child(p, 'secretRef', 'name')));
    return errs;
  }],
  ['projected', 'projected', (src, p) => [...validateMode(src, 'defaultMode', p), ...validateProjectionSources(src, p)]],
  ['scaleIO', 'scaleIO', (src, p) => requireStrings(src, p, ['gateway', 'system', 'volumeName'])],
  ['csi', 'csi', validateCSIVolumeSource],
  ['ephemeral', 'ephemeral', validateEphemeralVolumeSource],
  ['image', 'image', validateImageVolumeSource],
];

/** validateVolumeSource. `downwardAPI`'s "more than 1 volume type" path keeps Go's typo (downwarAPI). */
function validateVolumeSource(vol: Obj, fldPath: FieldPath, volName: string, opts: VolumeOptions): FieldError[] {
  const errs: FieldError[] = [];
  let numVolumes = 0;
  for (const [k, pathName, fn] of SOURCES) {
    const src = vol[k];
    if (src === undefined || src === null) continue;
    if (numVolumes > 0) {
      errs.push(forbidden(child(fldPath, k === 'downwardAPI' ? 'downwarAPI' : k === 'cephfs' ? 'cephFS' : k), 'may not specify more than 1 volume type'));
      continue;
    }
    numVolumes++;
    if (src !== null && typeof src === 'object' && !Array.isArray(src)) errs.push(...fn(src as Obj, child(fldPath, pathName), opts));
    if (k === 'ephemeral' && opts.podName && volName) {
      const pvcName = `${opts.podName}-${volName}`;
      for (const msg of nameIsDNSSubdomain(pvcName)) errs.push(invalid(child(fldPath, 'name'), volName, `PVC name ${JSON.stringify(pvcName)}: ${msg}`));
    }
  }
  if (numVolumes === 0) errs.push(required(fldPath, 'must specify a volume type'));
  return errs;
}

/** ValidateVolumes: returns the map of valid volumes (name → kind) and the errors. */
export function validateVolumes(volumes: Obj[], fldPath: FieldPath, opts: VolumeOptions): { vols: Map<string, VolumeInfo>; errs: FieldError[] } {
  const errs: FieldError[] = [];
  const allNames = new Set<string>();
  const createdPVCs = new Set<string>();
  if (opts.podName) {
    for (const v of volumes) if (has(v, 'ephemeral')) createdPVCs.add(`${opts.podName}-${str(v, 'name') ?? ''}`);
  }
  const vols = new Map<string, VolumeInfo>();
  volumes.forEach((vol, i) => {
    const idxPath = child(fldPath, i);
    const namePath = child(idxPath, 'name');
    const name = str(vol, 'name');
    const el = validateVolumeSource(vol, idxPath, name ?? '', opts);
    if (name === '') el.push(required(namePath));
    else if (name !== undefined) for (const msg of isDNS1123Label(name)) el.push(invalid(namePath, name, msg));
    if (name !== undefined && allNames.has(name)) el.push({ type: 'Duplicate value', path: namePath, badValue: name });
    if (el.length === 0 && name !== undefined) {
      allNames.add(name);
      vols.set(name, { isPVC: has(vol, 'persistentVolumeClaim') || has(vol, 'ephemeral'), isImage: has(vol, 'image') });
    } else {
      errs.push(...el);
    }
    const pvc = obj(vol, 'persistentVolumeClaim');
    const claim = pvc ? str(pvc, 'claimName') : undefined;
    if (claim && createdPVCs.has(claim)) {
      errs.push(invalid(child(idxPath, 'persistentVolumeClaim', 'claimName'), claim, 'must not reference a PVC that gets created for an ephemeral volume'));
    }
  });
  return { vols, errs };
}
