/**
 * Security contexts: kubernetes pkg/apis/core/validation/validation.go ValidateSecurityContext
 * (container), validatePodSpecSecurityContext (pod), validateSeccompProfileField /
 * validateSeccompProfileType, ValidateAppArmorProfileField, validateWindowsSecurityContextOptions,
 * ValidateProcMountType, validateSysctls / IsValidSysctlName / ValidateHostSysctl,
 * validateFSGroupChangePolicy, validateSupplementalGroupsPolicy, validateSELinuxChangePolicy,
 * validateHostUsers, validateWindowsHostProcessPod, validateLinux, validateWindows.
 * Sysctl namespaces follow k8s.io/component-helpers/node/util/sysctl GetNamespace.
 */
import type { FieldError } from '../model/field-error.js';
import type { FieldPath } from '../model/fieldpath.js';
import { byteLen, isDNS1123Subdomain, isValidGroupID, isValidUserID } from './names.js';
import {
  bool,
  child,
  duplicate,
  forbidden,
  has,
  invalid,
  list,
  notSupported,
  obj,
  objList,
  optBool,
  optInt,
  optStr,
  required,
  sortedList,
  str,
  tooLong,
  type Obj,
} from './podspec-common.js';
import { validateLocalDescendingPath } from './podspec-volumes.js';

/** validateSeccompProfileField. */
export function validateSeccompProfileField(sp: Obj | undefined, fldPath: FieldPath): FieldError[] {
  if (!sp) return [];
  const errs: FieldError[] = [];
  const t = str(sp, 'type');
  if (t === undefined) return [];
  if (t === '') errs.push(required(child(fldPath, 'type'), 'type is required when seccompProfile is set'));
  else if (t !== 'Localhost' && t !== 'RuntimeDefault' && t !== 'Unconfined') {
    errs.push(notSupported(child(fldPath, 'type'), t, ['Localhost', 'RuntimeDefault', 'Unconfined']));
  }
  const lp = optStr(sp, 'localhostProfile');
  if (t === 'Localhost') {
    if (!has(sp, 'localhostProfile')) errs.push(required(child(fldPath, 'localhostProfile'), 'must be set when seccomp type is Localhost'));
    else if (lp !== undefined) errs.push(...validateLocalDescendingPath(lp, child(fldPath, 'localhostProfile')));
  } else if (has(sp, 'localhostProfile')) {
    // Go prints the *SeccompProfile with %#v; the nearest stable rendering is the object itself.
    errs.push(invalid(child(fldPath, 'localhostProfile'), sp, 'can only be set when seccomp type is Localhost'));
  }
  return errs;
}

/** ValidateAppArmorProfileField. */
export function validateAppArmorProfileField(profile: Obj | undefined, fldPath: FieldPath): FieldError[] {
  if (!profile) return [];
  const errs: FieldError[] = [];
  const t = str(profile, 'type');
  const lpPath = child(fldPath, 'localhostProfile');
  switch (t) {
    case undefined:
      break;
    case 'Localhost': {
      const lp = optStr(profile, 'localhostProfile');
      if (!has(profile, 'localhostProfile')) {
        errs.push(required(lpPath, 'must be set when AppArmor type is Localhost'));
      } else if (lp !== undefined) {
        const trimmed = lp.trim();
        if (trimmed !== lp) errs.push(invalid(lpPath, lp, 'must not be padded with whitespace'));
        else if (trimmed === '') errs.push(required(lpPath, 'must be set when AppArmor type is Localhost'));
        if (byteLen(lp) > 4095) errs.push(tooLong(lpPath, 4095));
      }
      break;
    }
    case 'RuntimeDefault':
    case 'Unconfined':
      if (has(profile, 'localhostProfile')) {
        errs.push(invalid(lpPath, profile['localhostProfile'], 'can only be set when AppArmor type is Localhost'));
      }
      break;
    case '':
      errs.push(required(child(fldPath, 'type'), 'type is required when appArmorProfile is set'));
      break;
    default:
      errs.push(notSupported(child(fldPath, 'type'), t, ['Localhost', 'RuntimeDefault', 'Unconfined']));
  }
  return errs;
}

/** validateWindowsSecurityContextOptions. */
export function validateWindowsSecurityContextOptions(wo: Obj | undefined, fldPath: FieldPath): FieldError[] {
  if (!wo) return [];
  const errs: FieldError[] = [];
  const gmsaName = optStr(wo, 'gmsaCredentialSpecName');
  if (gmsaName !== undefined) {
    for (const msg of isDNS1123Subdomain(gmsaName)) errs.push(invalid(child(fldPath, 'gmsaCredentialSpecName'), gmsaName, msg));
  }
  const gmsa = optStr(wo, 'gmsaCredentialSpec');
  if (gmsa !== undefined) {
    if (gmsa.length === 0) errs.push(invalid(child(fldPath, 'gmsaCredentialSpec'), gmsa, 'gmsaCredentialSpec cannot be an empty string'));
    else if (byteLen(gmsa) > 64 * 1024) errs.push(invalid(child(fldPath, 'gmsaCredentialSpec'), gmsa, 'gmsaCredentialSpec size must be under 64 KiB'));
  }
  const user = optStr(wo, 'runAsUserName');
  if (user !== undefined) {
    const p = child(fldPath, 'runAsUserName');
    const parts = user.split('\\');
    if (user.length === 0) errs.push(invalid(p, user, 'runAsUserName cannot be an empty string'));
    // eslint-disable-next-line no-control-regex
    else if (/[\x00-\x1f\x7f]/.test(user)) errs.push(invalid(p, user, 'runAsUserName cannot contain control characters'));
    else if (parts.length > 2) errs.push(invalid(p, user, 'runAsUserName cannot contain more than one backslash'));
    else {
      const hasDomain = parts.length === 2;
      const domain = hasDomain ? (parts[0] as string) : '';
      const u = hasDomain ? (parts[1] as string) : (parts[0] as string);
      if (byteLen(domain) >= 256) errs.push(invalid(p, user, "runAsUserName's Domain length must be under 256 characters"));
      const netBios = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/;
      const dnsLabel = '[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?';
      const dns = new RegExp(`^${dnsLabel}(?:\\.${dnsLabel})*$`);
      if (hasDomain && !(netBios.test(domain) || dns.test(domain))) {
        errs.push(invalid(p, user, "runAsUserName's Domain doesn't match the NetBios nor the DNS format"));
      }
      if (u.length === 0) errs.push(invalid(p, user, "runAsUserName's User cannot be empty"));
      else if (byteLen(u) > 104) errs.push(invalid(p, user, "runAsUserName's User length must not be longer than 104 characters"));
      if (/^[. ]+$/.test(u)) errs.push(invalid(p, user, "runAsUserName's User cannot contain only periods or spaces"));
      if (/["/\\:;|=,+*?<>@[\]]/.test(u)) {
        errs.push(invalid(p, user, `runAsUserName's User cannot contain the following characters: "/\\:;|=,+*?<>@[]`));
      }
    }
  }
  return errs;
}

/** ValidateSecurityContext (container). `hostUsers` is false only with spec.hostUsers: false. */
export function validateSecurityContext(sc: Obj | undefined, fldPath: FieldPath, hostUsers: boolean): FieldError[] {
  if (!sc) return [];
  const errs: FieldError[] = [];
  // capabilities.Get().AllowPrivileged is true on a default API server: privileged is allowed.
  const runAsUser = optInt(sc, 'runAsUser');
  if (runAsUser !== undefined) for (const msg of isValidUserID(runAsUser)) errs.push(invalid(child(fldPath, 'runAsUser'), runAsUser, msg));
  const runAsGroup = optInt(sc, 'runAsGroup');
  if (runAsGroup !== undefined) for (const msg of isValidGroupID(runAsGroup)) errs.push(invalid(child(fldPath, 'runAsGroup'), runAsGroup, msg));
  const procMount = optStr(sc, 'procMount');
  if (procMount !== undefined) {
    if (procMount !== 'Default' && procMount !== 'Unmasked') {
      errs.push(notSupported(child(fldPath, 'procMount'), procMount, ['Default', 'Unmasked']));
    }
    if (hostUsers && procMount === 'Unmasked') {
      errs.push(invalid(child(fldPath, 'procMount'), procMount, '`hostUsers` must be false to use `Unmasked`'));
    }
  }
  errs.push(...validateSeccompProfileField(obj(sc, 'seccompProfile'), child(fldPath, 'seccompProfile')));
  if (optBool(sc, 'allowPrivilegeEscalation') === false) {
    if (optBool(sc, 'privileged') === true) {
      errs.push(invalid(fldPath, sc, 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true'));
    }
    const caps = obj(sc, 'capabilities');
    for (const cap of list(caps, 'add')) {
      if (cap === 'CAP_SYS_ADMIN') {
        errs.push(invalid(fldPath, sc, 'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN'));
      }
    }
  }
  errs.push(...validateWindowsSecurityContextOptions(obj(sc, 'windowsOptions'), child(fldPath, 'windowsOptions')));
  errs.push(...validateAppArmorProfileField(obj(sc, 'appArmorProfile'), child(fldPath, 'appArmorProfile')));
  return errs;
}

const SYSCTL_SEGMENT_FMT = '[a-z0-9]([-_a-z0-9]*[a-z0-9])?';
const SYSCTL_CONTAIN_SLASH_FMT = `(${SYSCTL_SEGMENT_FMT}[\\./])*${SYSCTL_SEGMENT_FMT}`;
const SYSCTL_RE = new RegExp(`^${SYSCTL_CONTAIN_SLASH_FMT}$`);
const SYSCTL_MAX_LENGTH = 253;

/** IsValidSysctlName. */
export function isValidSysctlName(name: string): boolean {
  return byteLen(name) <= SYSCTL_MAX_LENGTH && SYSCTL_RE.test(name);
}

/** sysctl.GetNamespace (component-helpers): which namespace a sysctl belongs to. */
function sysctlNamespace(name: string): 'net' | 'ipc' | 'uts' | 'unknown' {
  // NormalizeName: a slash-separated name is converted to dots
  const n = name.includes('/') ? name.replace(/\//g, '.') : name;
  if (n === 'kernel.hostname' || n === 'kernel.domainname') return 'uts';
  if (['kernel.sem', 'kernel.shmall', 'kernel.shmmax', 'kernel.shmmni', 'kernel.shm_rmid_forced'].includes(n)) return 'ipc';
  if (n.startsWith('kernel.msg') || n.startsWith('fs.mqueue.')) return 'ipc';
  if (n.startsWith('net.')) return 'net';
  return 'unknown';
}

/** validateSysctls. */
function validateSysctls(sysctls: Obj[], hostNetwork: boolean, hostIPC: boolean, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  sysctls.forEach((s, i) => {
    const name = str(s, 'name');
    if (name === undefined) return;
    const np = child(fldPath, i, 'name');
    if (name === '') errs.push(required(np));
    else if (!isValidSysctlName(name)) {
      errs.push(invalid(np, name, `must have at most ${SYSCTL_MAX_LENGTH} characters and match regex ^${SYSCTL_CONTAIN_SLASH_FMT}$`));
    } else if (names.has(name)) errs.push(duplicate(np, name));
    // ValidateHostSysctl (AllowNamespacedSysctlsForHostNetAndHostIPC = false for new pods)
    const ns = sysctlNamespace(name);
    if (hostNetwork && ns === 'net') errs.push(invalid(np, name, "may not be specified when 'hostNetwork' is true"));
    else if (hostIPC && ns === 'ipc') errs.push(invalid(np, name, "may not be specified when 'hostIPC' is true"));
    names.add(name);
  });
  return errs;
}

/** validatePodSpecSecurityContext. `spec` is the v1 PodSpec (hostNetwork/hostPID/hostIPC live there). */
export function validatePodSpecSecurityContext(sc: Obj | undefined, spec: Obj, fldPath: FieldPath): FieldError[] {
  if (!sc) return [];
  const errs: FieldError[] = [];
  const fsGroup = optInt(sc, 'fsGroup');
  if (fsGroup !== undefined) for (const msg of isValidGroupID(fsGroup)) errs.push(invalid(child(fldPath, 'fsGroup'), fsGroup, msg));
  const runAsUser = optInt(sc, 'runAsUser');
  if (runAsUser !== undefined) for (const msg of isValidUserID(runAsUser)) errs.push(invalid(child(fldPath, 'runAsUser'), runAsUser, msg));
  const runAsGroup = optInt(sc, 'runAsGroup');
  if (runAsGroup !== undefined) for (const msg of isValidGroupID(runAsGroup)) errs.push(invalid(child(fldPath, 'runAsGroup'), runAsGroup, msg));
  list(sc, 'supplementalGroups').forEach((gid, g) => {
    if (typeof gid === 'number' && Number.isInteger(gid)) {
      for (const msg of isValidGroupID(gid)) errs.push(invalid(child(fldPath, 'supplementalGroups', g), gid, msg));
    }
  });
  // Internal API keeps shareProcessNamespace/hostPID in the security context; the path is Go's.
  const share = optBool(spec, 'shareProcessNamespace');
  if (share === true && bool(spec, 'hostPID') === true) {
    errs.push(invalid(child(fldPath, 'shareProcessNamespace'), true, 'ShareProcessNamespace and HostPID cannot both be enabled'));
  }
  const sysctls = objList(sc, 'sysctls');
  if (sysctls.length !== 0) {
    errs.push(...validateSysctls(sysctls, bool(spec, 'hostNetwork') === true, bool(spec, 'hostIPC') === true, child(fldPath, 'sysctls')));
  }
  const fsgcp = optStr(sc, 'fsGroupChangePolicy');
  if (fsgcp !== undefined && fsgcp !== 'OnRootMismatch' && fsgcp !== 'Always') {
    errs.push(notSupported(child(fldPath, 'fsGroupChangePolicy'), fsgcp, sortedList(['OnRootMismatch', 'Always'])));
  }
  errs.push(...validateSeccompProfileField(obj(sc, 'seccompProfile'), child(fldPath, 'seccompProfile')));
  errs.push(...validateWindowsSecurityContextOptions(obj(sc, 'windowsOptions'), child(fldPath, 'windowsOptions')));
  errs.push(...validateAppArmorProfileField(obj(sc, 'appArmorProfile'), child(fldPath, 'appArmorProfile')));
  const sgp = optStr(sc, 'supplementalGroupsPolicy');
  if (sgp !== undefined && sgp !== 'Merge' && sgp !== 'Strict') {
    errs.push(notSupported(child(fldPath, 'supplementalGroupsPolicy'), sgp, sortedList(['Merge', 'Strict'])));
  }
  const selcp = optStr(sc, 'seLinuxChangePolicy');
  if (selcp !== undefined && selcp !== 'Recursive' && selcp !== 'MountOption') {
    errs.push(notSupported(child(fldPath, 'seLinuxChangePolicy'), selcp, sortedList(['Recursive', 'MountOption'])));
  }
  return errs;
}

/** validateHostUsers: with hostUsers: false, no host namespaces (paths as Go spells them). */
export function validateHostUsers(spec: Obj, fldPath: FieldPath): FieldError[] {
  if (optBool(spec, 'hostUsers') !== false) return [];
  const errs: FieldError[] = [];
  if (bool(spec, 'hostNetwork') === true) errs.push(forbidden(child(fldPath, 'hostNetwork'), 'when `pod.Spec.HostUsers` is false'));
  if (bool(spec, 'hostPID') === true) errs.push(forbidden(child(fldPath, 'HostPID'), 'when `pod.Spec.HostUsers` is false'));
  if (bool(spec, 'hostIPC') === true) errs.push(forbidden(child(fldPath, 'HostIPC'), 'when `pod.Spec.HostUsers` is false'));
  return errs;
}

/** podshelper.VisitContainersWithPath order: init, regular, ephemeral. */
export function visitContainers(spec: Obj, fldPath: FieldPath, fn: (c: Obj, p: FieldPath) => void): void {
  objList(spec, 'initContainers').forEach((c, i) => fn(c, child(fldPath, 'initContainers', i)));
  objList(spec, 'containers').forEach((c, i) => fn(c, child(fldPath, 'containers', i)));
  objList(spec, 'ephemeralContainers').forEach((c, i) => fn(c, child(fldPath, 'ephemeralContainers', i)));
}

/** validateWindowsHostProcessPod. */
export function validateWindowsHostProcessPod(spec: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  let containerCount = 0;
  let hostProcessCount = 0;
  const podHostProcess = optBool(obj(obj(spec, 'securityContext'), 'windowsOptions'), 'hostProcess');
  const hostNetwork = bool(spec, 'hostNetwork') === true;
  visitContainers(spec, fldPath, (c, cPath) => {
    containerCount++;
    const chp = optBool(obj(obj(c, 'securityContext'), 'windowsOptions'), 'hostProcess');
    if (podHostProcess !== undefined && chp !== undefined && podHostProcess !== chp) {
      errs.push(invalid(child(cPath, 'securityContext', 'windowsOptions', 'hostProcess'), chp, `pod hostProcess value must be identical if both are specified, was ${podHostProcess}`));
    }
    if (chp === true || (chp === undefined && podHostProcess === true)) hostProcessCount++;
  });
  if (hostProcessCount > 0) {
    if (hostProcessCount !== containerCount) {
      errs.push(invalid(fldPath, '', 'If pod contains any hostProcess containers then all containers must be HostProcess containers'));
    }
    if (!hostNetwork) errs.push(invalid(child(fldPath, 'hostNetwork'), false, 'hostNetwork must be true if pod contains any hostProcess containers'));
  }
  return errs;
}

/** validateLinux: no Windows options in a linux pod. */
export function validateLinux(spec: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (has(obj(spec, 'securityContext'), 'windowsOptions')) {
    errs.push(forbidden(child(fldPath, 'securityContext', 'windowsOptions'), 'windows options cannot be set for a linux pod'));
  }
  visitContainers(spec, fldPath, (c, cPath) => {
    if (has(obj(c, 'securityContext'), 'windowsOptions')) {
      errs.push(forbidden(child(cPath, 'securityContext', 'windowsOptions'), 'windows options cannot be set for a linux pod'));
    }
  });
  return errs;
}

/** validateWindows: linux-only fields in a windows pod. */
export function validateWindows(spec: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const sc = obj(spec, 'securityContext');
  const msg = 'cannot be set for a windows pod';
  const scPath = child(fldPath, 'securityContext');
  if (sc) {
    if (has(sc, 'appArmorProfile')) errs.push(forbidden(child(scPath, 'appArmorProfile'), msg));
    if (has(sc, 'seLinuxOptions')) errs.push(forbidden(child(scPath, 'seLinuxOptions'), msg));
    if (has(spec, 'hostUsers')) errs.push(forbidden(child(fldPath, 'hostUsers'), msg));
    if (bool(spec, 'hostPID') === true) errs.push(forbidden(child(fldPath, 'hostPID'), msg));
    if (bool(spec, 'hostIPC') === true) errs.push(forbidden(child(fldPath, 'hostIPC'), msg));
    if (has(sc, 'seccompProfile')) errs.push(forbidden(child(scPath, 'seccompProfile'), msg));
    if (has(sc, 'fsGroup')) errs.push(forbidden(child(scPath, 'fsGroup'), msg));
    if (has(sc, 'fsGroupChangePolicy')) errs.push(forbidden(child(scPath, 'fsGroupChangePolicy'), msg));
    if (list(sc, 'sysctls').length > 0) errs.push(forbidden(child(scPath, 'sysctls'), msg));
    if (has(spec, 'shareProcessNamespace')) errs.push(forbidden(child(fldPath, 'shareProcessNamespace'), msg));
    if (has(sc, 'runAsUser')) errs.push(forbidden(child(scPath, 'runAsUser'), msg));
    if (has(sc, 'runAsGroup')) errs.push(forbidden(child(scPath, 'runAsGroup'), msg));
    if (has(sc, 'supplementalGroups')) errs.push(forbidden(child(scPath, 'supplementalGroups'), msg));
    if (has(sc, 'supplementalGroupsPolicy')) errs.push(forbidden(child(scPath, 'supplementalGroupsPolicy'), msg));
    if (has(sc, 'seLinuxChangePolicy')) errs.push(forbidden(child(scPath, 'seLinuxChangePolicy'), msg));
  }
  visitContainers(spec, fldPath, (c, cPath) => {
    const csc = obj(c, 'securityContext');
    if (!csc) return;
    const p = child(cPath, 'securityContext');
    for (const f of ['appArmorProfile', 'seLinuxOptions', 'seccompProfile', 'capabilities', 'readOnlyRootFilesystem', 'privileged', 'allowPrivilegeEscalation', 'procMount', 'runAsUser', 'runAsGroup']) {
      if (has(csc, f)) errs.push(forbidden(child(p, f), msg));
    }
  });
  return errs;
}
