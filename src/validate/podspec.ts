/**
 * Semantic pod-spec validation, producing the API server's own field errors.
 *
 * Port of kubernetes pkg/apis/core/validation/validation.go ValidatePodSpec (and, by context,
 * the pod-only parts of validatePodMetadataAndSpec / ValidatePodCreate and the template-only
 * part of ValidatePodTemplateSpec). The spec is defaulted first (./defaults.ts mirrors
 * pkg/apis/core/v1/defaults.go), because the API server validates after defaulting: a missing
 * restartPolicy is Always, not an error.
 *
 * Error order follows the Go code, so an aggregated message reads like kubectl's. Where Go
 * iterates a map (resource lists, labels) the manifest's key order is used.
 *
 * Feature gates are the defaults of the Kubernetes release the project targets (1.36, see
 * validate/kinds.ts KUBERNETES_VERSION), as far as this port knows them:
 * RelaxedEnvironmentVariableValidation, RelaxedDNSSearchValidation,
 * PodLifecycleSleepActionAllowZero, InPlacePodVerticalScaling (init-container resizePolicy
 * allowed), ImageVolume subPath, PodLevelResources (partly) and ContainerRestartRules (container
 * restartPolicy/restartPolicyRules) on. Options below let callers pick otherwise.
 *
 * Never throws: values of the wrong type are skipped (the schema layer reports them).
 */
import type { FieldError } from '../model/field-error.js';
import type { FieldPath } from '../model/fieldpath.js';
import { GoRepr } from '../model/go-repr.js';
import { isRecord } from '../model/k8s.js';
import { defaultPodSpec } from './defaults.js';
import {
  byteLen,
  INVALID_IP_DETAIL,
  inclusiveRangeError,
  isDNS1123Label,
  isDNS1123Subdomain,
  isDNS1123SubdomainWithUnderscore,
  nameIsDNSSubdomain,
  parseIPSloppy,
} from './names.js';
import {
  bool,
  child,
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
  str,
  strList,
  strMap,
  type Obj,
} from './podspec-common.js';
import {
  validateContainerOnlyForPod,
  validateContainers,
  validateEphemeralContainers,
  validateInitContainers,
  type ContainerContext,
} from './podspec-containers.js';
import { validateOverhead, validatePodResources } from './podspec-resources.js';
import {
  validateAffinity,
  validateLabels,
  validateReadinessGates,
  validateSchedulingGates,
  validateTolerations,
  validateTopologySpreadConstraints,
} from './podspec-scheduling.js';
import {
  validateHostUsers,
  validateLinux,
  validatePodSpecSecurityContext,
  validateWindows,
  validateWindowsHostProcessPod,
} from './podspec-security.js';
import { validateVolumes } from './podspec-volumes.js';

export interface PodSpecValidationOptions {
  /** 'pod' validates a Pod's spec (ValidatePodCreate/ValidatePodSpec); 'template' a pod template
   * inside a workload (ValidatePodTemplateSpec: e.g. ephemeral containers forbidden there). */
  context: 'pod' | 'template';
  /** The Pod's metadata.name, when known: generic ephemeral volumes derive PVC names from it. */
  podName?: string;
  /** RelaxedEnvironmentVariableValidation (default true, as in Kubernetes ≥ 1.32). */
  relaxedEnvVarNames?: boolean;
  /** RelaxedDNSSearchValidation (default true, as in Kubernetes ≥ 1.33). */
  relaxedDNSSearch?: boolean;
  /** PodLifecycleSleepActionAllowZero (default true, as in Kubernetes ≥ 1.33). */
  allowSleepZero?: boolean;
  /** PodValidationOptions.AllowSidecarResizePolicy (InPlacePodVerticalScaling, on by default since 1.33; default true). */
  allowSidecarResizePolicy?: boolean;
  /** PodLevelResources (beta, on by default since 1.34; default true): validate spec.resources. */
  podLevelResources?: boolean;
  /**
   * ContainerRestartRules (beta since 1.35; default true): containers may set restartPolicy and
   * restartPolicyRules. false restores "may not be set for non-init containers".
   */
  containerRestartRules?: boolean;
}

const MAX_INT32 = 2147483647;
const MAX_DNS_NAMESERVERS = 3;
const MAX_DNS_SEARCH_PATHS = 32;
const MAX_DNS_SEARCH_LIST_CHARS = 2048;

/** validateRestartPolicy: the seed's `Unsupported value: "Mybe"`. */
function validateRestartPolicy(policy: string | undefined, fldPath: FieldPath): FieldError[] {
  if (policy === undefined || policy === 'Always' || policy === 'OnFailure' || policy === 'Never') return [];
  if (policy === '') return [required(fldPath)];
  return [notSupported(fldPath, policy, ['Always', 'OnFailure', 'Never'])];
}

/** validateDNSPolicy. */
function validateDNSPolicy(policy: string | undefined, fldPath: FieldPath): FieldError[] {
  const valid = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
  if (policy === undefined || valid.includes(policy)) return [];
  if (policy === '') return [required(fldPath)];
  return [notSupported(fldPath, policy, valid)];
}

/** ValidatePreemptionPolicy. */
function validatePreemptionPolicy(policy: string, fldPath: FieldPath): FieldError[] {
  if (policy === 'PreemptLowerPriority' || policy === 'Never') return [];
  if (policy === '') return [required(fldPath)];
  return [notSupported(fldPath, policy, ['PreemptLowerPriority', 'Never'])];
}

/** validatePodDNSConfig. */
function validatePodDNSConfig(dnsConfig: Obj | undefined, dnsPolicy: string | undefined, fldPath: FieldPath, relaxedSearch: boolean): FieldError[] {
  const errs: FieldError[] = [];
  if (dnsPolicy === 'None') {
    if (!dnsConfig) return [required(fldPath, 'must provide `dnsConfig` when `dnsPolicy` is None')];
    if (list(dnsConfig, 'nameservers').length === 0) {
      return [required(child(fldPath, 'nameservers'), 'must provide at least one DNS nameserver when `dnsPolicy` is None')];
    }
  }
  if (!dnsConfig) return errs;
  const nameservers = strList(dnsConfig, 'nameservers');
  if (list(dnsConfig, 'nameservers').length > MAX_DNS_NAMESERVERS) {
    errs.push(invalid(child(fldPath, 'nameservers'), nameservers, `must not have more than ${MAX_DNS_NAMESERVERS} nameservers`));
  }
  list(dnsConfig, 'nameservers').forEach((ns, i) => {
    if (typeof ns === 'string' && !parseIPSloppy(ns)) errs.push(invalid(child(fldPath, 'nameservers', i), ns, INVALID_IP_DETAIL));
  });
  const searches = strList(dnsConfig, 'searches');
  if (list(dnsConfig, 'searches').length > MAX_DNS_SEARCH_PATHS) {
    errs.push(invalid(child(fldPath, 'searches'), searches, `must not have more than ${MAX_DNS_SEARCH_PATHS} search paths`));
  }
  if (byteLen(searches.join(' ')) > MAX_DNS_SEARCH_LIST_CHARS) {
    errs.push(invalid(child(fldPath, 'searches'), searches, `must not have more than ${MAX_DNS_SEARCH_LIST_CHARS} characters (including spaces) in the search list`));
  }
  list(dnsConfig, 'searches').forEach((raw, i) => {
    if (typeof raw !== 'string') return;
    const p = child(fldPath, 'searches', i);
    if (relaxedSearch) {
      if (raw !== '.') {
        const s = raw.endsWith('.') ? raw.slice(0, -1) : raw;
        for (const msg of isDNS1123SubdomainWithUnderscore(s)) errs.push(invalid(p, s, msg));
      }
    } else {
      const s = raw.endsWith('.') ? raw.slice(0, -1) : raw;
      for (const msg of isDNS1123Subdomain(s)) errs.push(invalid(p, s, msg));
    }
  });
  objList(dnsConfig, 'options').forEach((o, i) => {
    if (str(o, 'name') === '') errs.push(required(child(fldPath, 'options', i), 'must not be empty'));
  });
  return errs;
}

/** validatePodHostNetworkDeps. */
function validatePodHostNetworkDeps(spec: Obj, fldPath: FieldPath, resourceIsPod: boolean): FieldError[] {
  if (bool(spec, 'hostNetwork') !== true) return [];
  const errs: FieldError[] = [];
  objList(spec, 'containers').forEach((c, i) => {
    objList(c, 'ports').forEach((port, j) => {
      const hp = optInt(port, 'hostPort') ?? 0;
      const cp = optInt(port, 'containerPort') ?? 0;
      if ((resourceIsPod || hp !== 0) && hp !== cp) {
        errs.push(invalid(child(fldPath, 'containers', i, 'ports', j, 'hostPort'), hp, 'must match `containerPort` when `hostNetwork` is true'));
      }
    });
  });
  return errs;
}

/**
 * validateImagePullSecrets: "only name may be set". LocalObjectReference has no other field, so
 * after decoding this can never fire (extra keys are dropped, or reported as unknown fields by
 * strict decoding in the schema layer); kept for the call order only.
 */
function validateImagePullSecrets(secrets: unknown[], fldPath: FieldPath): FieldError[] {
  void secrets;
  void fldPath;
  return [];
}

/** ValidateHostAliases. */
function validateHostAliases(aliases: Obj[], fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  aliases.forEach((a, i) => {
    const ip = str(a, 'ip');
    if (ip !== undefined && !parseIPSloppy(ip)) errs.push(invalid(child(fldPath, i, 'ip'), ip, INVALID_IP_DETAIL));
    list(a, 'hostnames').forEach((h, j) => {
      if (typeof h === 'string') for (const msg of isDNS1123Subdomain(h)) errs.push(invalid(child(fldPath, i, 'hostnames', j), h, msg));
    });
  });
  return errs;
}

/** validateOS. */
function validateOS(os: Obj, fldPath: FieldPath): FieldError[] {
  const name = str(os, 'name');
  if (name === '') return [required(child(fldPath, 'name'), 'cannot be empty')];
  if (name !== undefined && name !== 'linux' && name !== 'windows') return [notSupported(fldPath, name, ['linux', 'windows'])];
  return [];
}

/** validatePodResourceClaims (names unique DNS labels, exactly one source). */
function validatePodResourceClaims(claims: Obj[], fldPath: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  claims.forEach((claim, i) => {
    const p = child(fldPath, i);
    const name = str(claim, 'name');
    if (name === '') errs.push(required(child(p, 'name')));
    else if (name !== undefined && names.has(name)) errs.push({ type: 'Duplicate value', path: child(p, 'name'), badValue: name });
    else if (name !== undefined) {
      for (const msg of isDNS1123Label(name)) errs.push(invalid(child(p, 'name'), name, msg));
      names.add(name);
    }
    const rcn = optStr(claim, 'resourceClaimName');
    const rctn = optStr(claim, 'resourceClaimTemplateName');
    if (rcn !== undefined && rctn !== undefined) {
      errs.push(invalid(p, claim, 'at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified'));
    }
    if (rcn === undefined && rctn === undefined) {
      // %#v of the core.PodResourceClaim struct, as ErrorBody prints it (both pointers nil here).
      const text = `core.PodResourceClaim{Name:${JSON.stringify(name ?? '')}, ResourceClaimName:(*string)(nil), ResourceClaimTemplateName:(*string)(nil)}`;
      errs.push(invalid(p, new GoRepr(text, claim), 'must specify one of: `resourceClaimName`, `resourceClaimTemplateName`'));
    }
    if (rcn !== undefined) for (const msg of nameIsDNSSubdomain(rcn)) errs.push(invalid(child(p, 'resourceClaimName'), rcn, msg));
    if (rctn !== undefined) for (const msg of nameIsDNSSubdomain(rctn)) errs.push(invalid(child(p, 'resourceClaimTemplateName'), rctn, msg));
  });
  return errs;
}

/**
 * Validate a v1 PodSpec as the API server would (after defaulting). `path` is the spec's own path
 * (['spec'] for a Pod, ['spec','template','spec'] for a Deployment).
 */
export function validatePodSpec(spec: unknown, path: FieldPath, opts: PodSpecValidationOptions): FieldError[] {
  if (!isRecord(spec)) return [];
  const resourceIsPod = opts.context === 'pod';
  const s = defaultPodSpec(spec, { pod: resourceIsPod });
  const errs: FieldError[] = [];

  // ValidatePodSpec
  if (!has(s, 'terminationGracePeriodSeconds')) errs.push(required(child(path, 'terminationGracePeriodSeconds')));
  const gracePeriod = optInt(s, 'terminationGracePeriodSeconds');
  const hostUsers = optBool(s, 'hostUsers') !== false;

  const { vols, errs: vErrs } = validateVolumes(objList(s, 'volumes'), child(path, 'volumes'), {
    resourceIsPod,
    ...(resourceIsPod && opts.podName ? { podName: opts.podName } : {}),
  });
  errs.push(...vErrs);
  const resourceClaims = objList(s, 'resourceClaims');
  const podClaimNames = new Set(resourceClaims.map((c) => str(c, 'name') ?? '').filter((n) => n !== ''));
  errs.push(...validatePodResourceClaims(resourceClaims, child(path, 'resourceClaims')));

  const restartPolicy = str(s, 'restartPolicy');
  const ctx: ContainerContext = {
    volumes: vols,
    podClaimNames,
    gracePeriod,
    podRestartPolicy: restartPolicy ?? '',
    hostUsers,
    env: { relaxedEnvVarNames: opts.relaxedEnvVarNames !== false },
    allowSleepZero: opts.allowSleepZero !== false,
    allowSidecarResizePolicy: opts.allowSidecarResizePolicy !== false,
    containerRestartRules: opts.containerRestartRules !== false,
  };
  const containers = objList(s, 'containers');
  const initContainers = objList(s, 'initContainers');
  const ephemeral = objList(s, 'ephemeralContainers');
  errs.push(...validateContainers(containers, ctx, child(path, 'containers')));
  errs.push(...validateInitContainers(initContainers, containers, ctx, child(path, 'initContainers')));
  errs.push(...validateEphemeralContainers(ephemeral, containers, initContainers, ctx, child(path, 'ephemeralContainers')));
  if (opts.podLevelResources !== false) errs.push(...validatePodResources(s, child(path, 'resources')));

  errs.push(...validatePodHostNetworkDeps(s, path, resourceIsPod));
  errs.push(...validateRestartPolicy(restartPolicy, child(path, 'restartPolicy')));
  const dnsPolicy = str(s, 'dnsPolicy');
  errs.push(...validateDNSPolicy(dnsPolicy, child(path, 'dnsPolicy')));
  errs.push(...validateLabels(strMap(s, 'nodeSelector'), child(path, 'nodeSelector')));
  errs.push(...validatePodSpecSecurityContext(obj(s, 'securityContext'), s, child(path, 'securityContext')));
  errs.push(...validateImagePullSecrets(list(s, 'imagePullSecrets'), child(path, 'imagePullSecrets')));
  errs.push(...validateAffinity(obj(s, 'affinity'), child(path, 'affinity')));
  errs.push(...validatePodDNSConfig(obj(s, 'dnsConfig'), dnsPolicy, child(path, 'dnsConfig'), opts.relaxedDNSSearch !== false));
  errs.push(...validateReadinessGates(objList(s, 'readinessGates'), child(path, 'readinessGates')));
  errs.push(...validateSchedulingGates(objList(s, 'schedulingGates'), child(path, 'schedulingGates')));
  errs.push(...validateTopologySpreadConstraints(objList(s, 'topologySpreadConstraints'), child(path, 'topologySpreadConstraints')));
  errs.push(...validateWindowsHostProcessPod(s, path));
  errs.push(...validateHostUsers(s, path));

  // Convert_v1_PodSpec_To_core_PodSpec: the deprecated serviceAccount fills an empty serviceAccountName.
  const sa = str(s, 'serviceAccountName') || str(s, 'serviceAccount');
  if (sa) for (const msg of nameIsDNSSubdomain(sa)) errs.push(invalid(child(path, 'serviceAccountName'), sa, msg));
  const nodeName = str(s, 'nodeName');
  if (nodeName) for (const msg of nameIsDNSSubdomain(nodeName)) errs.push(invalid(child(path, 'nodeName'), nodeName, msg));
  const ads = optInt(s, 'activeDeadlineSeconds');
  if (ads !== undefined && (ads < 1 || ads > MAX_INT32)) {
    errs.push(invalid(child(path, 'activeDeadlineSeconds'), ads, inclusiveRangeError(1, MAX_INT32)));
  }
  const hostname = str(s, 'hostname');
  if (hostname) for (const msg of isDNS1123Label(hostname)) errs.push(invalid(child(path, 'hostname'), hostname, msg));
  const subdomain = str(s, 'subdomain');
  if (subdomain) for (const msg of isDNS1123Label(subdomain)) errs.push(invalid(child(path, 'subdomain'), subdomain, msg));
  const tolerations = objList(s, 'tolerations');
  if (tolerations.length > 0) errs.push(...validateTolerations(tolerations, child(path, 'tolerations')));
  const aliases = objList(s, 'hostAliases');
  if (aliases.length > 0) errs.push(...validateHostAliases(aliases, child(path, 'hostAliases')));
  const pcn = str(s, 'priorityClassName');
  if (pcn) for (const msg of nameIsDNSSubdomain(pcn)) errs.push(invalid(child(path, 'priorityClassName'), pcn, msg));
  const rcn = optStr(s, 'runtimeClassName');
  if (rcn !== undefined) for (const msg of nameIsDNSSubdomain(rcn)) errs.push(invalid(child(path, 'runtimeClassName'), rcn, msg));
  const pp = optStr(s, 'preemptionPolicy');
  if (pp !== undefined) errs.push(...validatePreemptionPolicy(pp, child(path, 'preemptionPolicy')));
  const overhead = obj(s, 'overhead');
  if (overhead) errs.push(...validateOverhead(overhead, child(path, 'overhead')));
  const os = obj(s, 'os');
  if (os) {
    const osErrs = validateOS(os, child(path, 'os'));
    const osName = str(os, 'name');
    if (osErrs.length > 0) errs.push(...osErrs);
    else if (osName === 'linux') errs.push(...validateLinux(s, path));
    else if (osName === 'windows') errs.push(...validateWindows(s, path));
  }

  if (resourceIsPod) {
    // validatePodMetadataAndSpec (pod-only additions) and ValidatePodCreate.
    containers.forEach((c, i) => errs.push(...validateContainerOnlyForPod(c, child(path, 'containers', i))));
    initContainers.forEach((c, i) => errs.push(...validateContainerOnlyForPod(c, child(path, 'initContainers', i))));
    if (ephemeral.length > 0) errs.push(forbidden(child(path, 'ephemeralContainers'), 'cannot be set on create'));
    if (nodeName && objList(s, 'schedulingGates').length !== 0) {
      errs.push(forbidden(child(path, 'nodeName'), 'cannot be set until all schedulingGates have been cleared'));
    }
  } else if (ephemeral.length > 0) {
    // ValidatePodTemplateSpec
    errs.push(forbidden(child(path, 'ephemeralContainers'), 'ephemeral containers not allowed in pod template'));
  }
  return errs;
}

export { defaultPodSpec } from './defaults.js';
export { validatePodSpecificAnnotations, validateAnnotationsMatchFields } from './podspec-annotations.js';
