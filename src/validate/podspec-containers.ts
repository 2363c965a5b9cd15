/**
 * Containers: kubernetes pkg/apis/core/validation/validation.go validateContainers,
 * validateInitContainers, validateEphemeralContainers, validateContainerCommon,
 * validateContainerPorts, ValidateVolumeMounts, ValidateVolumeDevices, validateMountPropagation,
 * validateMountRecursiveReadOnly, validateLivenessProbe / validateReadinessProbe /
 * validateStartupProbe / validateProbe, validateHandler, validateExecAction,
 * validateHTTPGetAction, ValidatePortNumOrName, validateTCPSocketAction, validateGRPCAction,
 * validateSleepAction, validateLifecycle, validatePullPolicy, validateResizePolicy,
 * validateInitContainerRestartPolicy, checkHostPortConflicts / AccumulateUniqueHostPorts,
 * validateFieldAllowList (ephemeral containers), validateContainerOnlyForPod.
 */
import type { FieldError } from '../model/field-error.js';
import type { FieldPath } from '../model/fieldpath.js';
import { isDNS1123Label, isHTTPHeaderName, isValidPortName, isValidPortNum, IS_NEGATIVE_ERROR_MSG } from './names.js';
import {
  child,
  duplicate,
  forbidden,
  has,
  int,
  invalid,
  notFound,
  notSupported,
  obj,
  objList,
  optInt,
  optStr,
  required,
  sortedList,
  str,
  type Obj,
} from './podspec-common.js';
import { validateEnv, validateEnvFrom, type EnvOptions } from './podspec-env.js';
import { validateContainerResourceRequirements } from './podspec-resources.js';
import { validateSecurityContext } from './podspec-security.js';
import { validateLocalDescendingPath, validatePathNoBacksteps, validatePullPolicy, type VolumeInfo } from './podspec-volumes.js';

export interface ContainerContext {
  volumes: Map<string, VolumeInfo>;
  podClaimNames: Set<string>;
  /** spec.terminationGracePeriodSeconds after defaulting (undefined when unreadable). */
  gracePeriod: number | undefined;
  podRestartPolicy: string;
  hostUsers: boolean;
  env: EnvOptions;
  /** PodLifecycleSleepActionAllowZero (beta, on by default since 1.33). */
  allowSleepZero: boolean;
  /** AllowSidecarResizePolicy (InPlacePodVerticalScaling). */
  allowSidecarResizePolicy: boolean;
  /** ContainerRestartRules (KEP-5307: alpha 1.34, beta 1.35). */
  containerRestartRules: boolean;
}

const CONTAINER_RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];

/**
 * Container-level restartPolicy / restartPolicyRules with ContainerRestartRules on
 * (validation.go validateContainerRestartPolicy, 1.34+). Not in the reference source this port
 * was made from: the rules below follow the KEP's API (a policy from Always/OnFailure/Never,
 * rules need a policy, at most 20 rules, action Restart, exitCodes required with operator In or
 * NotIn and at most 255 values); the wording of these messages is this port's, not upstream's.
 */
function validateContainerRestartPolicyRules(c: Obj, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const rp = optStr(c, 'restartPolicy');
  if (rp !== undefined && !CONTAINER_RESTART_POLICIES.includes(rp)) {
    errs.push(notSupported(child(path, 'restartPolicy'), rp, CONTAINER_RESTART_POLICIES));
  }
  const rules = objList(c, 'restartPolicyRules');
  if (rules.length === 0) return errs;
  const rulesPath = child(path, 'restartPolicyRules');
  if (rp === undefined) errs.push(required(child(path, 'restartPolicy'), 'must be set when restartPolicyRules are specified'));
  if (rules.length > 20) errs.push({ type: 'Too many', path: rulesPath, badValue: rules.length, detail: 'must have at most 20 items' });
  rules.forEach((rule, i) => {
    const rPath = child(rulesPath, i);
    const action = str(rule, 'action');
    if (action !== undefined && action !== 'Restart') errs.push(notSupported(child(rPath, 'action'), action, ['Restart']));
    const ec = obj(rule, 'exitCodes');
    if (!ec) {
      errs.push(required(child(rPath, 'exitCodes'), 'must be specified'));
      return;
    }
    const op = str(ec, 'operator');
    if (op !== undefined && op !== 'In' && op !== 'NotIn') errs.push(notSupported(child(rPath, 'exitCodes', 'operator'), op, ['In', 'NotIn']));
    const values = Array.isArray(ec['values']) ? ec['values'] : [];
    if (values.length > 255) errs.push({ type: 'Too many', path: child(rPath, 'exitCodes', 'values'), badValue: values.length, detail: 'must have at most 255 items' });
  });
  return errs;
}

const SUPPORTED_PORT_PROTOCOLS = sortedList(['TCP', 'UDP', 'SCTP']);

/** validateContainerPorts. */
function validateContainerPorts(ports: Obj[], fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const allNames = new Set<string>();
  ports.forEach((port, i) => {
    const idxPath = child(fldPath, i);
    const name = str(port, 'name');
    if (name) {
      const msgs = isValidPortName(name);
      if (msgs.length !== 0) for (const msg of msgs) errs.push(invalid(child(idxPath, 'name'), name, msg));
      else if (allNames.has(name)) errs.push(duplicate(child(idxPath, 'name'), name));
      else allNames.add(name);
    }
    const cp = int(port, 'containerPort');
    if (cp === 0) errs.push(required(child(idxPath, 'containerPort')));
    else if (cp !== undefined) for (const msg of isValidPortNum(cp)) errs.push(invalid(child(idxPath, 'containerPort'), cp, msg));
    const hp = int(port, 'hostPort');
    if (hp !== undefined && hp !== 0) for (const msg of isValidPortNum(hp)) errs.push(invalid(child(idxPath, 'hostPort'), hp, msg));
    const proto = str(port, 'protocol');
    if (proto === '') errs.push(required(child(idxPath, 'protocol')));
    else if (proto !== undefined && !SUPPORTED_PORT_PROTOCOLS.includes(proto)) {
      errs.push(notSupported(child(idxPath, 'protocol'), proto, SUPPORTED_PORT_PROTOCOLS));
    }
  });
  return errs;
}

/** validateMountPropagation. */
function validateMountPropagation(mp: string, container: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const supported = sortedList(['Bidirectional', 'HostToContainer', 'None']);
  if (!supported.includes(mp)) errs.push(notSupported(fldPath, mp, supported));
  const privileged = obj(container, 'securityContext')?.['privileged'] === true;
  if (mp === 'Bidirectional' && !privileged) {
    errs.push(forbidden(fldPath, 'Bidirectional mount propagation is available only to privileged containers'));
  }
  return errs;
}

/** validateMountRecursiveReadOnly. */
function validateMountRecursiveReadOnly(mnt: Obj, fldPath: FieldPath): FieldError[] {
  const rro = optStr(mnt, 'recursiveReadOnly');
  if (rro === undefined) return [];
  const errs: FieldError[] = [];
  switch (rro) {
    case 'Disabled':
      break;
    case 'Enabled':
    case 'IfPossible': {
      if (mnt['readOnly'] !== true) errs.push(forbidden(fldPath, 'may only be specified when readOnly is true'));
      const mp = optStr(mnt, 'mountPropagation');
      if (mp !== undefined && mp !== 'None') errs.push(forbidden(fldPath, 'may only be specified when mountPropagation is None or not specified'));
      break;
    }
    default:
      errs.push(notSupported(fldPath, rro, sortedList(['Disabled', 'IfPossible', 'Enabled'])));
  }
  return errs;
}

/** ValidateVolumeMounts. Note Go's list-level paths for subPath/subPathExpr/mountPropagation/recursiveReadOnly. */
function validateVolumeMounts(mounts: Obj[], volDevices: Map<string, string>, volumes: Map<string, VolumeInfo>, container: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const mountpoints = new Set<string>();
  mounts.forEach((mnt, i) => {
    const idxPath = child(fldPath, i);
    const name = str(mnt, 'name') ?? '';
    const mountPath = str(mnt, 'mountPath') ?? '';
    if (name.length === 0) errs.push(required(child(idxPath, 'name')));
    if (!volumes.has(name)) errs.push(notFound(child(idxPath, 'name'), name));
    if (mountPath.length === 0) errs.push(required(child(idxPath, 'mountPath')));
    if (mountpoints.has(mountPath)) errs.push(invalid(child(idxPath, 'mountPath'), mountPath, 'must be unique'));
    mountpoints.add(mountPath);
    if (volDevices.has(name)) errs.push(invalid(child(idxPath, 'name'), name, 'must not already exist in volumeDevices'));
    if ([...volDevices.values()].includes(mountPath)) {
      errs.push(invalid(child(idxPath, 'mountPath'), mountPath, 'must not already exist as a path in volumeDevices'));
    }
    const subPath = str(mnt, 'subPath') ?? '';
    const subPathExpr = str(mnt, 'subPathExpr') ?? '';
    // Up to 1.32 subPath/subPathExpr into an image volume was "not allowed in image volume
    // sources"; kubernetes#130135 (1.33, ImageVolume beta) removed that check.
    if (subPath) errs.push(...validateLocalDescendingPath(subPath, child(fldPath, 'subPath')));
    if (subPathExpr) {
      if (subPath) errs.push(invalid(child(idxPath, 'subPathExpr'), subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
      errs.push(...validateLocalDescendingPath(subPathExpr, child(fldPath, 'subPathExpr')));
    }
    const mp = optStr(mnt, 'mountPropagation');
    if (mp !== undefined) errs.push(...validateMountPropagation(mp, container, child(fldPath, 'mountPropagation')));
    errs.push(...validateMountRecursiveReadOnly(mnt, child(fldPath, 'recursiveReadOnly')));
  });
  return errs;
}

/** ValidateVolumeDevices. */
function validateVolumeDevices(devices: Obj[], volMounts: Map<string, string>, volumes: Map<string, VolumeInfo>, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const devicePaths = new Set<string>();
  const deviceNames = new Set<string>();
  devices.forEach((dev, i) => {
    const idxPath = child(fldPath, i);
    const devName = str(dev, 'name') ?? '';
    const devPath = str(dev, 'devicePath') ?? '';
    const info = volumes.get(devName);
    if (devName.length === 0) errs.push(required(child(idxPath, 'name')));
    if (deviceNames.has(devName)) errs.push(invalid(child(idxPath, 'name'), devName, 'must be unique'));
    if (info && !info.isPVC) {
      errs.push(invalid(child(idxPath, 'name'), devName, 'can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode'));
    }
    if (!info) errs.push(notFound(child(idxPath, 'name'), devName));
    if (devPath.length === 0) errs.push(required(child(idxPath, 'devicePath')));
    if (devicePaths.has(devPath)) errs.push(invalid(child(idxPath, 'devicePath'), devPath, 'must be unique'));
    if (devPath.length > 0 && validatePathNoBacksteps(devPath, child(fldPath, 'devicePath')).length > 0) {
      errs.push(invalid(child(idxPath, 'devicePath'), devPath, "can not contain backsteps ('..')"));
    } else {
      devicePaths.add(devPath);
    }
    if (volMounts.has(devName)) errs.push(invalid(child(idxPath, 'name'), devName, 'must not already exist in volumeMounts'));
    if ([...volMounts.values()].includes(devPath)) {
      errs.push(invalid(child(idxPath, 'devicePath'), devPath, 'must not already exist as a path in volumeMounts'));
    }
    if (devName.length > 0) deviceNames.add(devName);
  });
  return errs;
}

/** ValidatePortNumOrName (IntOrString). */
function validatePortNumOrName(port: unknown, fldPath: FieldPath): FieldError[] {
  if (typeof port === 'number' && Number.isInteger(port)) return isValidPortNum(port).map((msg) => invalid(fldPath, port, msg));
  if (typeof port === 'string') return isValidPortName(port).map((msg) => invalid(fldPath, port, msg));
  if (port === undefined || port === null) return isValidPortNum(0).map((msg) => invalid(fldPath, 0, msg));
  return [];
}

const SUPPORTED_HTTP_SCHEMES = sortedList(['HTTP', 'HTTPS']);

/** validateHTTPGetAction. */
function validateHTTPGetAction(http: Obj, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (str(http, 'path') === '') errs.push(required(child(fldPath, 'path')));
  errs.push(...validatePortNumOrName(http['port'], child(fldPath, 'port')));
  const scheme = str(http, 'scheme');
  if (scheme !== undefined && !SUPPORTED_HTTP_SCHEMES.includes(scheme)) {
    errs.push(notSupported(child(fldPath, 'scheme'), scheme, SUPPORTED_HTTP_SCHEMES));
  }
  for (const header of objList(http, 'httpHeaders')) {
    const name = str(header, 'name');
    if (name !== undefined) for (const msg of isHTTPHeaderName(name)) errs.push(invalid(child(fldPath, 'httpHeaders'), name, msg));
  }
  return errs;
}

/** validateHandler: exactly one handler (exec, httpGet, tcpSocket, grpc for probes; sleep for lifecycle). */
function validateHandler(handler: Obj, kinds: readonly string[], ctx: ContainerContext, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  let numHandlers = 0;
  for (const kind of kinds) {
    if (!has(handler, kind)) continue;
    const p = child(fldPath, kind);
    if (numHandlers > 0) {
      errs.push(forbidden(p, 'may not specify more than 1 handler type'));
      continue;
    }
    numHandlers++;
    const h = obj(handler, kind);
    if (!h) continue;
    switch (kind) {
      case 'exec':
        if (!Array.isArray(h['command']) || h['command'].length === 0) errs.push(required(child(p, 'command')));
        break;
      case 'httpGet':
        errs.push(...validateHTTPGetAction(h, p));
        break;
      case 'tcpSocket':
        errs.push(...validatePortNumOrName(h['port'], child(p, 'port')));
        break;
      case 'grpc': {
        const port = int(h, 'port');
        if (port !== undefined) errs.push(...isValidPortNum(port).map((msg) => invalid(child(p, 'port'), port, msg)));
        break;
      }
      case 'sleep': {
        const seconds = int(h, 'seconds');
        const gp = ctx.gracePeriod;
        if (seconds !== undefined && gp !== undefined) {
          if (ctx.allowSleepZero) {
            if (seconds < 0 || seconds > gp) {
              errs.push(invalid(p, seconds, `must be non-negative and less than terminationGracePeriodSeconds (${gp})`));
            }
          } else if (seconds <= 0 || seconds > gp) {
            errs.push(invalid(p, seconds, `must be greater than 0 and less than terminationGracePeriodSeconds (${gp}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`));
          }
        }
        break;
      }
    }
  }
  if (numHandlers === 0) errs.push(required(fldPath, 'must specify a handler type'));
  return errs;
}

const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;

/** validateProbe. */
function validateProbe(probe: Obj, ctx: ContainerContext, fldPath: FieldPath): FieldError[] {
  const errs = validateHandler(probe, PROBE_HANDLERS, ctx, fldPath);
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
    const v = int(probe, f);
    if (v !== undefined && v < 0) errs.push(invalid(child(fldPath, f), v, IS_NEGATIVE_ERROR_MSG));
  }
  const tgps = optInt(probe, 'terminationGracePeriodSeconds');
  if (tgps !== undefined && tgps <= 0) errs.push(invalid(child(fldPath, 'terminationGracePeriodSeconds'), tgps, 'must be greater than 0'));
  return errs;
}

type ProbeKind = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

/** validateLivenessProbe / validateReadinessProbe / validateStartupProbe. */
function validateProbeOfKind(c: Obj, kind: ProbeKind, ctx: ContainerContext, path: FieldPath): FieldError[] {
  const probe = obj(c, kind);
  if (!probe) return [];
  const p = child(path, kind);
  const errs = validateProbe(probe, ctx, p);
  if (kind === 'readinessProbe') {
    const tgps = optInt(probe, 'terminationGracePeriodSeconds');
    if (tgps !== undefined) errs.push(invalid(child(p, 'terminationGracePeriodSeconds'), tgps, 'must not be set for readinessProbes'));
  } else {
    const st = int(probe, 'successThreshold');
    if (st !== undefined && st !== 1) errs.push(invalid(child(p, 'successThreshold'), st, 'must be 1'));
  }
  return errs;
}

/** validateLifecycle. */
function validateLifecycle(lc: Obj, ctx: ContainerContext, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const post = obj(lc, 'postStart');
  if (post) errs.push(...validateHandler(post, LIFECYCLE_HANDLERS, ctx, child(fldPath, 'postStart')));
  const pre = obj(lc, 'preStop');
  if (pre) errs.push(...validateHandler(pre, LIFECYCLE_HANDLERS, ctx, child(fldPath, 'preStop')));
  return errs;
}

/** validateResizePolicy. */
function validateResizePolicy(policies: Obj[], fldPath: FieldPath, podRestartPolicy: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  policies.forEach((p, i) => {
    const rn = str(p, 'resourceName') ?? '';
    const rp = str(p, 'restartPolicy') ?? '';
    if (seen.has(rn)) errs.push(duplicate(child(fldPath, i), rn));
    seen.add(rn);
    if (rn === '') errs.push(required(fldPath));
    else if (rn !== 'cpu' && rn !== 'memory') errs.push(notSupported(fldPath, rn, ['cpu', 'memory']));
    if (rp === '') errs.push(required(fldPath));
    else if (rp !== 'NotRequired' && rp !== 'RestartContainer') errs.push(notSupported(fldPath, rp, ['NotRequired', 'RestartContainer']));
    if (podRestartPolicy === 'Never' && rp !== 'NotRequired') {
      errs.push(invalid(fldPath, rp, "must be 'NotRequired' when `restartPolicy` is 'Never'"));
    }
  });
  return errs;
}

/** validateContainerCommon. */
function validateContainerCommon(c: Obj, ctx: ContainerContext, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const namePath = child(path, 'name');
  const name = str(c, 'name');
  if (name === '') errs.push(required(namePath));
  else if (name !== undefined) for (const msg of isDNS1123Label(name)) errs.push(invalid(namePath, name, msg));
  if (str(c, 'image') === '') errs.push(required(child(path, 'image')));
  const tmp = str(c, 'terminationMessagePolicy');
  if (tmp === '') errs.push(required(child(path, 'terminationMessagePolicy')));
  else if (tmp !== undefined && tmp !== 'File' && tmp !== 'FallbackToLogsOnError') {
    errs.push(notSupported(child(path, 'terminationMessagePolicy'), tmp, ['File', 'FallbackToLogsOnError']));
  }
  const mounts = objList(c, 'volumeMounts');
  const devices = objList(c, 'volumeDevices');
  const volMounts = new Map(mounts.map((m) => [str(m, 'name') ?? '', str(m, 'mountPath') ?? '']));
  const volDevices = new Map(devices.map((d) => [str(d, 'name') ?? '', str(d, 'devicePath') ?? '']));
  errs.push(...validateContainerPorts(objList(c, 'ports'), child(path, 'ports')));
  errs.push(...validateEnv(objList(c, 'env'), child(path, 'env'), ctx.env));
  errs.push(...validateEnvFrom(objList(c, 'envFrom'), child(path, 'envFrom'), ctx.env));
  errs.push(...validateVolumeMounts(mounts, volDevices, ctx.volumes, c, child(path, 'volumeMounts')));
  errs.push(...validateVolumeDevices(devices, volMounts, ctx.volumes, child(path, 'volumeDevices')));
  const pp = str(c, 'imagePullPolicy');
  if (pp !== undefined) errs.push(...validatePullPolicy(pp, child(path, 'imagePullPolicy')));
  errs.push(...validateContainerResourceRequirements(obj(c, 'resources'), ctx.podClaimNames, child(path, 'resources')));
  errs.push(...validateResizePolicy(objList(c, 'resizePolicy'), child(path, 'resizePolicy'), ctx.podRestartPolicy));
  errs.push(...validateSecurityContext(obj(c, 'securityContext'), child(path, 'securityContext'), ctx.hostUsers));
  return errs;
}

/** AccumulateUniqueHostPorts: `<protocol>/<hostIP>/<hostPort>` must be unique. */
function checkHostPortConflicts(containers: [Obj, number][], fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  for (const [c, ci] of containers) {
    objList(c, 'ports').forEach((p, pi) => {
      const hp = int(p, 'hostPort');
      if (!hp) return;
      const s = `${str(p, 'protocol') ?? ''}/${str(p, 'hostIP') ?? ''}/${hp}`;
      if (seen.has(s)) errs.push(duplicate(child(fldPath, ci, 'ports', pi, 'hostPort'), s));
      else seen.add(s);
    });
  }
  return errs;
}

/** validateContainers (regular containers). */
export function validateContainers(containers: Obj[], ctx: ContainerContext, fldPath: FieldPath): FieldError[] {
  if (containers.length === 0) return [required(fldPath)];
  const errs: FieldError[] = [];
  const allNames = new Set<string>();
  containers.forEach((c, i) => {
    const path = child(fldPath, i);
    errs.push(...validateContainerCommon(c, ctx, path));
    const name = str(c, 'name');
    if (name !== undefined) {
      if (allNames.has(name)) errs.push(duplicate(child(path, 'name'), name));
      else allNames.add(name);
    }
    const lc = obj(c, 'lifecycle');
    if (lc) errs.push(...validateLifecycle(lc, ctx, child(path, 'lifecycle')));
    errs.push(...validateProbeOfKind(c, 'livenessProbe', ctx, path));
    errs.push(...validateProbeOfKind(c, 'readinessProbe', ctx, path));
    errs.push(...validateProbeOfKind(c, 'startupProbe', ctx, path));
    if (ctx.containerRestartRules) errs.push(...validateContainerRestartPolicyRules(c, path));
    else if (has(c, 'restartPolicy')) errs.push(forbidden(child(path, 'restartPolicy'), 'may not be set for non-init containers'));
  });
  errs.push(...checkHostPortConflicts(containers.map((c, i) => [c, i]), fldPath));
  return errs;
}

const INIT_FORBIDDEN_DETAIL = 'may not be set for init containers without restartPolicy=Always';

/** validateInitContainers (plain and restartable "sidecar" init containers). */
export function validateInitContainers(containers: Obj[], regular: Obj[], ctx: ContainerContext, fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const allNames = new Set<string>();
  for (const c of regular) {
    const n = str(c, 'name');
    if (n !== undefined) allNames.add(n);
  }
  containers.forEach((c, i) => {
    const idxPath = child(fldPath, i);
    errs.push(...validateContainerCommon(c, ctx, idxPath));
    let restartAlways = false;
    const rp = optStr(c, 'restartPolicy');
    if (rp !== undefined) {
      if (ctx.containerRestartRules) errs.push(...validateContainerRestartPolicyRules(c, idxPath));
      else if (rp !== 'Always') errs.push(notSupported(child(idxPath, 'restartPolicy'), rp, ['Always']));
      restartAlways = rp === 'Always';
    }
    const name = str(c, 'name');
    if (name !== undefined) {
      if (allNames.has(name)) errs.push(duplicate(child(idxPath, 'name'), name));
      else if (name.length > 0) allNames.add(name);
    }
    // Init containers run one by one: host port conflicts are checked per container. Go passes a
    // one-element slice, so the reported path always says initContainers[0].
    errs.push(...checkHostPortConflicts([[c, 0]], fldPath));
    if (restartAlways) {
      const lc = obj(c, 'lifecycle');
      if (lc) errs.push(...validateLifecycle(lc, ctx, child(idxPath, 'lifecycle')));
      errs.push(...validateProbeOfKind(c, 'livenessProbe', ctx, idxPath));
      errs.push(...validateProbeOfKind(c, 'readinessProbe', ctx, idxPath));
      errs.push(...validateProbeOfKind(c, 'startupProbe', ctx, idxPath));
    } else {
      for (const f of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe']) {
        if (has(c, f)) errs.push(forbidden(child(idxPath, f), INIT_FORBIDDEN_DETAIL));
      }
    }
    if (!ctx.allowSidecarResizePolicy && objList(c, 'resizePolicy').length > 0) {
      errs.push(invalid(child(idxPath, 'resizePolicy'), c['resizePolicy'], 'must not be set for init containers'));
    }
  });
  return errs;
}

/** validateContainerOnlyForPod: images of a Pod (not a template) may not be padded. */
export function validateContainerOnlyForPod(c: Obj, path: FieldPath): FieldError[] {
  const image = str(c, 'image');
  if (image !== undefined && image !== image.trim()) {
    return [invalid(child(path, 'image'), image, 'must not have leading or trailing whitespace')];
  }
  return [];
}

/** Fields of EphemeralContainerCommon that ephemeral containers may not set (allowedEphemeralContainerFields = false), in struct order. */
const EPHEMERAL_FORBIDDEN_FIELDS = ['ports', 'resources', 'resizePolicy', 'restartPolicy', 'restartPolicyRules', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'];

/** reflect.DeepEqual(value, zero): JSON decoding turns `[]` into a non-nil empty slice, which is not zero. */
function isZeroValue(v: unknown): boolean {
  return v === undefined || v === null;
}

/** validateEphemeralContainers. */
export function validateEphemeralContainers(ephemeral: Obj[], containers: Obj[], initContainers: Obj[], ctx: ContainerContext, fldPath: FieldPath): FieldError[] {
  if (ephemeral.length === 0) return [];
  const errs: FieldError[] = [];
  const otherNames = new Set<string>();
  const allNames = new Set<string>();
  for (const c of [...containers, ...initContainers]) {
    const n = str(c, 'name');
    if (n !== undefined) {
      otherNames.add(n);
      allNames.add(n);
    }
  }
  ephemeral.forEach((ec, i) => {
    const idxPath = child(fldPath, i);
    errs.push(...validateContainerCommon(ec, ctx, idxPath));
    errs.push(...validateContainerOnlyForPod(ec, idxPath));
    const name = str(ec, 'name');
    if (name !== undefined) {
      if (allNames.has(name)) errs.push(duplicate(child(idxPath, 'name'), name));
      else allNames.add(name);
    }
    const target = str(ec, 'targetContainerName');
    if (target && !otherNames.has(target)) errs.push(notFound(child(idxPath, 'targetContainerName'), target));
    for (const f of EPHEMERAL_FORBIDDEN_FIELDS) {
      if (!isZeroValue(ec[f])) {
        // resources: the zero value is an empty ResourceRequirements
        if (f === 'resources') {
          const r = obj(ec, 'resources');
          // (a set but empty map is not the zero value for reflect.DeepEqual)
          if (r && Object.values(r).every((v) => v === undefined || v === null)) continue;
        }
        errs.push(forbidden(child(idxPath, f), 'cannot be set for an Ephemeral Container'));
      }
    }
    objList(ec, 'volumeMounts').forEach((vm, j) => {
      if (str(vm, 'subPath')) errs.push(forbidden(child(idxPath, 'volumeMounts', j, 'subPath'), 'cannot be set for an Ephemeral Container'));
      if (str(vm, 'subPathExpr')) errs.push(forbidden(child(idxPath, 'volumeMounts', j, 'subPathExpr'), 'cannot be set for an Ephemeral Container'));
    });
  });
  return errs;
}
