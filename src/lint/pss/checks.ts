/**
 * The Pod Security Standards checks, one function per upstream check, mirroring
 * kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/policy/check_<id>.go at
 * release-1.36 (and the version history each file records). Reasons and details are printed
 * exactly as upstream prints them, so the tests can assert upstream's own test expectations
 * (policy/check_<id>_test.go); each result also lists the offending fields with their paths.
 *
 * Policy versions: a check applies from its first MinimumVersion; for a given
 * `--kubernetes-version` the newest VersionedCheck at or below it runs (registry.go
 * inflateVersions). Below the first MinimumVersion the check does not exist and allows.
 */
import { isRecord } from '../../model/k8s.js';
import {
  ALLOWED,
  atLeast,
  containerSubject,
  containersPhrase,
  inUserNamespace,
  isWindowsPod,
  joinQuote,
  pluralize,
  podSecurityContext,
  securityContextOf,
  sortedSet,
  visitContainers,
  type PssCheck,
  type PssResult,
  type PssViolation,
} from './pod.js';
import {
  APPARMOR_ANNOTATION_PREFIX,
  BASELINE_CAPABILITIES,
  CAPABILITY_ALL,
  CAPABILITY_NET_BIND_SERVICE,
  RESTRICTED_ALLOWED_VOLUME_SOURCES,
  RESTRICTED_FORBIDDEN_VOLUME_SOURCES,
  SECCOMP_CONTAINER_ANNOTATION_PREFIX,
  SECCOMP_POD_ANNOTATION,
  allowedAppArmorAnnotationValue,
  allowedAppArmorType,
  allowedSELinuxTypes,
  safeSysctls,
  validSeccompAnnotationValue,
  validSeccompType,
} from './tables.js';

/** A manifest value printed for a message (Go's %v for the scalars manifests hold). */
function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return v === undefined || v === null ? '' : JSON.stringify(v);
}

function annotationsOf(pod: { metadata: unknown }): Record<string, unknown> {
  const md = pod.metadata;
  if (!isRecord(md) || !isRecord(md.annotations)) return {};
  return md.annotations;
}

function deny(reason: string, detail: string, violations: PssViolation[]): PssResult {
  return { allowed: false, reason, detail, violations };
}

// ---------------------------------------------------------------------------------------------
// Baseline

/**
 * check_hostNamespaces.go `hostNamespaces_1_0` (1.0+): hostNetwork, hostPID, hostIPC must be
 * unset or false. `field` narrows the result to one of the three (one podproof rule each).
 */
export function hostNamespaces(field?: 'hostNetwork' | 'hostPID' | 'hostIPC'): PssCheck {
  return (pod) => {
    const spec = pod.spec as unknown as Record<string, unknown>;
    const forbidden: string[] = [];
    const violations: PssViolation[] = [];
    for (const [key, label] of [
      ['hostNetwork', 'hostNetwork=true'],
      ['hostPID', 'hostPID=true'],
      ['hostIPC', 'hostIPC=true'],
    ] as const) {
      if (field !== undefined && key !== field) continue;
      if (spec[key] === true) {
        forbidden.push(label);
        violations.push({ base: 'spec', path: [key], subject: 'Pod', value: 'true' });
      }
    }
    return forbidden.length > 0 ? deny('host namespaces', forbidden.join(', '), violations) : ALLOWED;
  };
}

/** check_privileged.go `privileged_1_0` (1.0+): securityContext.privileged must be unset or false. */
export const privileged: PssCheck = (pod) => {
  const bad: string[] = [];
  const violations: PssViolation[] = [];
  for (const c of visitContainers(pod.spec)) {
    const sc = securityContextOf(c.container);
    if (sc?.privileged === true) {
      bad.push(c.name);
      violations.push({ base: 'spec', path: [...c.path, 'securityContext', 'privileged'], container: c.name, subject: containerSubject(c.name), value: 'true' });
    }
  }
  if (bad.length === 0) return ALLOWED;
  return deny('privileged', `${containersPhrase(bad)} must not set securityContext.privileged=true`, violations);
};

/** check_capabilities_baseline.go `capabilitiesBaseline_1_0` (1.0+): capabilities.add within the default set. */
export const capabilitiesBaseline: PssCheck = (pod) => {
  const bad: string[] = [];
  const nonDefault: string[] = [];
  const violations: PssViolation[] = [];
  for (const c of visitContainers(pod.spec)) {
    const caps = securityContextOf(c.container)?.capabilities;
    if (!isRecord(caps) || !Array.isArray(caps.add)) continue;
    let valid = true;
    caps.add.forEach((cap: unknown, i: number) => {
      if (!BASELINE_CAPABILITIES.has(str(cap))) {
        valid = false;
        nonDefault.push(str(cap));
        violations.push({ base: 'spec', path: [...c.path, 'securityContext', 'capabilities', 'add', i], container: c.name, subject: containerSubject(c.name), value: str(cap) });
      }
    });
    if (!valid) bad.push(c.name);
  }
  if (bad.length === 0) return ALLOWED;
  return deny(
    'non-default capabilities',
    `${containersPhrase(bad)} must not include ${joinQuote(sortedSet(nonDefault))} in securityContext.capabilities.add`,
    violations,
  );
};

/** check_hostPathVolumes.go `hostPathVolumes_1_0` (1.0+): no hostPath volumes. */
export const hostPathVolumes: PssCheck = (pod) => {
  const vols = (pod.spec as unknown as Record<string, unknown>).volumes;
  if (!Array.isArray(vols)) return ALLOWED;
  const bad: string[] = [];
  const violations: PssViolation[] = [];
  vols.forEach((v: unknown, i: number) => {
    if (isRecord(v) && v.hostPath !== undefined && v.hostPath !== null) {
      bad.push(str(v.name));
      violations.push({ base: 'spec', path: ['volumes', i, 'hostPath'], subject: `Volume "${str(v.name)}"`, value: isRecord(v.hostPath) ? str(v.hostPath.path) : '' });
    }
  });
  if (bad.length === 0) return ALLOWED;
  return deny('hostPath volumes', `${pluralize('volume', 'volumes', bad.length)} ${joinQuote(bad)}`, violations);
};

/** check_hostPorts.go `hostPorts_1_0` (1.0+): ports[*].hostPort unset or 0, on every container kind. */
export const hostPorts: PssCheck = (pod) => {
  const bad: string[] = [];
  const ports: string[] = [];
  const violations: PssViolation[] = [];
  for (const c of visitContainers(pod.spec)) {
    if (!Array.isArray(c.container.ports)) continue;
    let valid = true;
    c.container.ports.forEach((p: unknown, i: number) => {
      if (!isRecord(p) || p.hostPort === undefined || p.hostPort === null || p.hostPort === 0) return;
      valid = false;
      ports.push(str(p.hostPort));
      violations.push({ base: 'spec', path: [...c.path, 'ports', i, 'hostPort'], container: c.name, subject: containerSubject(c.name), value: str(p.hostPort) });
    });
    if (!valid) bad.push(c.name);
  }
  if (bad.length === 0) return ALLOWED;
  // upstream: forbiddenHostPorts is a sets.String, printed with .List() (sorted as strings)
  return deny('hostPort', `${containersPhrase(bad)} ${pluralize('uses', 'use', bad.length)} ${pluralize('hostPort', 'hostPorts', sortedSet(ports).length)} ${sortedSet(ports).join(', ')}`, violations);
};

/**
 * check_appArmorProfile.go `appArmorProfile_1_0` (1.0+; the field channel was added to the 1.0
 * function in Kubernetes 1.30, PR #123435): securityContext.appArmorProfile.type on the pod and
 * every container must be RuntimeDefault or Localhost; the deprecated annotations
 * `container.apparmor.security.beta.kubernetes.io/*` must be empty, runtime/default or localhost/*.
 */
export const appArmorProfile: PssCheck = (pod) => {
  const badSetters: string[] = [];
  const badValues: string[] = [];
  const violations: PssViolation[] = [];
  const podProfile = podSecurityContext(pod.spec)?.appArmorProfile;
  if (isRecord(podProfile) && !allowedAppArmorType(podProfile.type)) {
    badSetters.push('pod');
    badValues.push(str(podProfile.type));
    violations.push({ base: 'spec', path: ['securityContext', 'appArmorProfile', 'type'], missing: podProfile.type === undefined, subject: 'Pod', value: str(podProfile.type) });
  }
  const badContainers: string[] = [];
  for (const c of visitContainers(pod.spec)) {
    const profile = securityContextOf(c.container)?.appArmorProfile;
    if (isRecord(profile) && !allowedAppArmorType(profile.type)) {
      badContainers.push(c.name);
      badValues.push(str(profile.type));
      violations.push({ base: 'spec', path: [...c.path, 'securityContext', 'appArmorProfile', 'type'], missing: profile.type === undefined, container: c.name, subject: containerSubject(c.name), value: str(profile.type) });
    }
  }
  if (badContainers.length > 0) badSetters.push(containersPhrase(badContainers));
  const forbiddenAnnotations: string[] = [];
  for (const [k, v] of Object.entries(annotationsOf(pod))) {
    if (k.startsWith(APPARMOR_ANNOTATION_PREFIX) && !allowedAppArmorAnnotationValue(str(v))) {
      forbiddenAnnotations.push(`${k}=${JSON.stringify(str(v))}`);
      const name = k.slice(APPARMOR_ANNOTATION_PREFIX.length);
      violations.push({ base: 'metadata', path: ['annotations', { key: k }], container: name, subject: containerSubject(name), value: str(v) });
    }
  }
  const badValueList = sortedSet(badValues);
  if (forbiddenAnnotations.length > 0) {
    forbiddenAnnotations.sort();
    badValueList.push(...forbiddenAnnotations);
    badSetters.push(pluralize('annotation', 'annotations', forbiddenAnnotations.length));
  }
  if (badSetters.length === 0) return ALLOWED;
  return deny(
    pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', badValueList.length),
    `${badSetters.join(' and ')} must not set AppArmor profile type to ${joinQuote(badValueList)}`,
    violations,
  );
};

/**
 * check_seLinuxOptions.go `seLinuxOptions_1_0` (1.0+) and `seLinuxOptions_1_31` (1.31+, adds
 * container_engine_t): seLinuxOptions.type within the allowed set; user and role empty; pod and
 * every container.
 */
export const seLinuxOptions: PssCheck = (pod, version) => {
  const allowedTypes = allowedSELinuxTypes(version);
  const badSetters: string[] = [];
  const badTypes: string[] = [];
  let setUser = false;
  let setRole = false;
  const violations: PssViolation[] = [];
  const judge = (opts: Record<string, unknown>, base: (string | number)[], subject: string, container?: string): boolean => {
    let valid = true;
    const type = str(opts.type);
    if (!allowedTypes.has(type)) {
      valid = false;
      badTypes.push(type);
      violations.push({ base: 'spec', path: [...base, 'type'], subject, value: type, ...(container !== undefined ? { container } : {}) });
    }
    if (str(opts.user).length > 0) {
      valid = false;
      setUser = true;
      violations.push({ base: 'spec', path: [...base, 'user'], subject, value: str(opts.user), ...(container !== undefined ? { container } : {}) });
    }
    if (str(opts.role).length > 0) {
      valid = false;
      setRole = true;
      violations.push({ base: 'spec', path: [...base, 'role'], subject, value: str(opts.role), ...(container !== undefined ? { container } : {}) });
    }
    return valid;
  };
  const podOpts = podSecurityContext(pod.spec)?.seLinuxOptions;
  if (isRecord(podOpts) && !judge(podOpts, ['securityContext', 'seLinuxOptions'], 'Pod')) badSetters.push('pod');
  const badContainers: string[] = [];
  for (const c of visitContainers(pod.spec)) {
    const opts = securityContextOf(c.container)?.seLinuxOptions;
    if (isRecord(opts) && !judge(opts, [...(c.path as (string | number)[]), 'securityContext', 'seLinuxOptions'], containerSubject(c.name), c.name)) {
      badContainers.push(c.name);
    }
  }
  if (badContainers.length > 0) badSetters.push(containersPhrase(badContainers));
  if (badSetters.length === 0) return ALLOWED;
  // (Before 1.31 the user/role notes were printed only when a type was also bad; the 1.31
  // revision prints them on their own — check_seLinuxOptions_test.go "bad user", "bad role".)
  const badData: string[] = [];
  const types = sortedSet(badTypes);
  if (types.length > 0) badData.push(`${pluralize('type', 'types', types.length)} ${joinQuote(types)}`);
  if (setUser) badData.push('user may not be set');
  if (setRole) badData.push('role may not be set');
  return deny('seLinuxOptions', `${badSetters.join(' and ')} set forbidden securityContext.seLinuxOptions: ${badData.join('; ')}`, violations);
};

/**
 * check_procMount_baseline.go (check id `procMount`): `procMount_1_0` (1.0+) forbids any
 * procMount but Default; `procMount1_35baseline` (1.35+) allows every value for a pod with
 * `hostUsers: false`. check_procMount_restricted.go (`procMount_restricted`, 1.35+, overrides
 * `procMount` in the restricted profile) runs `procMount_1_0` unconditionally: pass
 * `profile: 'restricted'` for that.
 */
export function procMount(profile: 'baseline' | 'restricted' = 'baseline'): PssCheck {
  return (pod, version) => {
    if (profile === 'baseline' && atLeast(version, 1, 35) && inUserNamespace(pod.spec)) return ALLOWED;
    const bad: string[] = [];
    const types: string[] = [];
    const violations: PssViolation[] = [];
    for (const c of visitContainers(pod.spec)) {
      const sc = securityContextOf(c.container);
      if (!sc || sc.procMount === undefined || sc.procMount === null) continue;
      if (sc.procMount !== 'Default') {
        bad.push(c.name);
        types.push(str(sc.procMount));
        violations.push({ base: 'spec', path: [...c.path, 'securityContext', 'procMount'], container: c.name, subject: containerSubject(c.name), value: str(sc.procMount) });
      }
    }
    if (bad.length === 0) return ALLOWED;
    return deny('procMount', `${containersPhrase(bad)} must not set securityContext.procMount to ${joinQuote(sortedSet(types))}`, violations);
  };
}

/**
 * check_seccompProfile_baseline.go: `seccompProfileBaseline_1_0` (1.0–1.18, the alpha
 * annotations: runtime/default, docker/default, localhost/* or absent) and
 * `seccompProfileBaseline_1_19` (1.19+, the fields: RuntimeDefault, Localhost or unset).
 */
export const seccompProfileBaseline: PssCheck = (pod, version) => {
  if (!atLeast(version, 1, 19)) {
    const annotations = annotationsOf(pod);
    const forbidden: string[] = [];
    const violations: PssViolation[] = [];
    const podVal = annotations[SECCOMP_POD_ANNOTATION];
    if (podVal !== undefined && !validSeccompAnnotationValue(str(podVal))) {
      forbidden.push(`${SECCOMP_POD_ANNOTATION}=${JSON.stringify(str(podVal))}`);
      violations.push({ base: 'metadata', path: ['annotations', { key: SECCOMP_POD_ANNOTATION }], subject: 'Pod', value: str(podVal) });
    }
    for (const c of visitContainers(pod.spec)) {
      const key = SECCOMP_CONTAINER_ANNOTATION_PREFIX + c.name;
      const val = annotations[key];
      if (val !== undefined && !validSeccompAnnotationValue(str(val))) {
        forbidden.push(`${key}=${JSON.stringify(str(val))}`);
        violations.push({ base: 'metadata', path: ['annotations', { key }], container: c.name, subject: containerSubject(c.name), value: str(val) });
      }
    }
    const list = sortedSet(forbidden);
    if (list.length === 0) return ALLOWED;
    return deny('seccompProfile', `forbidden ${pluralize('annotation', 'annotations', list.length)} ${list.join(', ')}`, violations);
  }
  const badSetters: string[] = [];
  const badValues: string[] = [];
  const violations: PssViolation[] = [];
  const podProfile = podSecurityContext(pod.spec)?.seccompProfile;
  if (isRecord(podProfile) && !validSeccompType(podProfile.type)) {
    badSetters.push('pod');
    badValues.push(str(podProfile.type));
    violations.push({ base: 'spec', path: ['securityContext', 'seccompProfile', 'type'], missing: podProfile.type === undefined, subject: 'Pod', value: str(podProfile.type) });
  }
  const bad: string[] = [];
  for (const c of visitContainers(pod.spec)) {
    const profile = securityContextOf(c.container)?.seccompProfile;
    if (isRecord(profile) && !validSeccompType(profile.type)) {
      bad.push(c.name);
      badValues.push(str(profile.type));
      violations.push({ base: 'spec', path: [...c.path, 'securityContext', 'seccompProfile', 'type'], missing: profile.type === undefined, container: c.name, subject: containerSubject(c.name), value: str(profile.type) });
    }
  }
  if (bad.length > 0) badSetters.push(containersPhrase(bad));
  if (badSetters.length === 0) return ALLOWED;
  return deny('seccompProfile', `${badSetters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(badValues))}`, violations);
};

/**
 * check_sysctls.go (1.0, 1.27, 1.29, 1.32 — see tables.ts): spec.securityContext.sysctls[*].name
 * within the version's safe set. Sysctls exist only at pod level.
 */
export const sysctls: PssCheck = (pod, version) => {
  const list = podSecurityContext(pod.spec)?.sysctls;
  if (!Array.isArray(list)) return ALLOWED;
  const safe = safeSysctls(version);
  const forbidden: string[] = [];
  const violations: PssViolation[] = [];
  list.forEach((s: unknown, i: number) => {
    const name = isRecord(s) ? str(s.name) : '';
    if (!safe.has(name)) {
      forbidden.push(name);
      violations.push({ base: 'spec', path: ['securityContext', 'sysctls', i, 'name'], missing: !isRecord(s) || s.name === undefined, subject: 'Pod', value: name });
    }
  });
  if (forbidden.length === 0) return ALLOWED;
  return deny('forbidden sysctls', forbidden.join(', '), violations);
};

/** check_windowsHostProcess.go `windowsHostProcess_1_0` (1.0+): windowsOptions.hostProcess unset or false, pod and containers. */
export const windowsHostProcess: PssCheck = (pod) => {
  const bad: string[] = [];
  const violations: PssViolation[] = [];
  for (const c of visitContainers(pod.spec)) {
    const wo = securityContextOf(c.container)?.windowsOptions;
    if (isRecord(wo) && wo.hostProcess === true) {
      bad.push(c.name);
      violations.push({ base: 'spec', path: [...c.path, 'securityContext', 'windowsOptions', 'hostProcess'], container: c.name, subject: containerSubject(c.name), value: 'true' });
    }
  }
  const setters: string[] = [];
  const podWo = podSecurityContext(pod.spec)?.windowsOptions;
  if (isRecord(podWo) && podWo.hostProcess === true) {
    setters.push('pod');
    violations.unshift({ base: 'spec', path: ['securityContext', 'windowsOptions', 'hostProcess'], subject: 'Pod', value: 'true' });
  }
  if (bad.length > 0) setters.push(containersPhrase(bad));
  if (setters.length === 0) return ALLOWED;
  return deny('hostProcess', `${setters.join(' and ')} must not set securityContext.windowsOptions.hostProcess=true`, violations);
};

/**
 * check_hostProbesAndhostLifecycle.go `hostProbesAndHostLifecycleV1Dot34` (1.34+; in 1.34 also
 * behind the ProbeHostPodSecurityStandards gate, locked on; gate removed in 1.35): a non-empty
 * `host` is forbidden in liveness/readiness/startup probes' httpGet and tcpSocket and in
 * postStart/preStop httpGet and tcpSocket, on every container kind. Localhost is not exempt.
 */
export const hostProbesAndHostLifecycle: PssCheck = (pod, version) => {
  if (!atLeast(version, 1, 34)) return ALLOWED;
  const badContainers: string[] = [];
  const forbidden: string[] = [];
  const violations: PssViolation[] = [];
  for (const c of visitContainers(pod.spec)) {
    let bad = false;
    const look = (handler: unknown, base: (string | number)[]): void => {
      if (!isRecord(handler)) return;
      for (const kind of ['httpGet', 'tcpSocket'] as const) {
        const action = handler[kind];
        if (isRecord(action) && typeof action.host === 'string' && action.host !== '') {
          bad = true;
          forbidden.push(action.host);
          violations.push({ base: 'spec', path: [...base, kind, 'host'], container: c.name, subject: containerSubject(c.name), value: action.host });
        }
      }
    };
    const cp = c.path as (string | number)[];
    for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) look(c.container[probe], [...cp, probe]);
    const lifecycle = c.container.lifecycle;
    if (isRecord(lifecycle)) {
      look(lifecycle.postStart, [...cp, 'lifecycle', 'postStart']);
      look(lifecycle.preStop, [...cp, 'lifecycle', 'preStop']);
    }
    if (bad && !badContainers.includes(c.name)) badContainers.push(c.name);
  }
  if (badContainers.length === 0) return ALLOWED;
  const names = sortedSet(badContainers);
  const hosts = sortedSet(forbidden);
  return deny(
    'probe or lifecycle host',
    `${pluralize('container', 'containers', names.length)} ${joinQuote(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', hosts.length)} ${joinQuote(hosts)}`,
    violations,
  );
};

// ---------------------------------------------------------------------------------------------
// Restricted

/**
 * check_restrictedVolumes.go `restrictedVolumes_1_0` (1.0+; overrides hostPathVolumes): only
 * configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected,
 * secret. A volume with no source at all is defaulted to emptyDir by the API server
 * (SetDefaults_Volume) before admission runs, so it passes.
 */
export const restrictedVolumes: PssCheck = (pod) => {
  const vols = (pod.spec as unknown as Record<string, unknown>).volumes;
  if (!Array.isArray(vols)) return ALLOWED;
  const bad: string[] = [];
  const types: string[] = [];
  const violations: PssViolation[] = [];
  vols.forEach((v: unknown, i: number) => {
    if (!isRecord(v)) return;
    const present = (k: string): boolean => v[k] !== undefined && v[k] !== null;
    if (RESTRICTED_ALLOWED_VOLUME_SOURCES.some(present)) return;
    const known = RESTRICTED_FORBIDDEN_VOLUME_SOURCES.find(present);
    const other = Object.keys(v).find((k) => k !== 'name' && present(k));
    if (known === undefined && other === undefined) return; // no source: defaulted to emptyDir
    const type = known ?? 'unknown';
    bad.push(str(v.name));
    types.push(type);
    violations.push({ base: 'spec', path: ['volumes', i, known ?? (other as string)], subject: `Volume "${str(v.name)}"`, value: known ?? (other) });
  });
  if (bad.length === 0) return ALLOWED;
  const typeList = sortedSet(types);
  return deny(
    'restricted volume types',
    `${pluralize('volume', 'volumes', bad.length)} ${joinQuote(bad)} ${pluralize('uses', 'use', bad.length)} ${pluralize('restricted volume type', 'restricted volume types', typeList.length)} ${joinQuote(typeList)}`,
    violations,
  );
};

/**
 * check_allowPrivilegeEscalation.go: `allowPrivilegeEscalation_1_8` (1.8+) requires
 * allowPrivilegeEscalation=false on every container; `allowPrivilegeEscalation_1_25` (1.25+)
 * exempts pods with spec.os.name=windows (API validation forbids the field there).
 */
export const allowPrivilegeEscalation: PssCheck = (pod, version) => {
  if (!atLeast(version, 1, 8)) return ALLOWED;
  if (atLeast(version, 1, 25) && isWindowsPod(pod.spec)) return ALLOWED;
  const bad: string[] = [];
  const violations: PssViolation[] = [];
  for (const c of visitContainers(pod.spec)) {
    const sc = securityContextOf(c.container);
    const v = sc?.allowPrivilegeEscalation;
    if (v !== false) {
      bad.push(c.name);
      violations.push({ base: 'spec', path: [...c.path, 'securityContext', 'allowPrivilegeEscalation'], missing: v === undefined || v === null, container: c.name, subject: containerSubject(c.name), value: str(v) });
    }
  }
  if (bad.length === 0) return ALLOWED;
  return deny('allowPrivilegeEscalation != false', `${containersPhrase(bad)} must set securityContext.allowPrivilegeEscalation=false`, violations);
};

/**
 * check_runAsNonRoot.go: `runAsNonRoot_1_0` (1.0+): runAsNonRoot=true at pod level (inherited by
 * containers that do not set it) or on every container; an explicit false anywhere — even a pod
 * level false that every container overrides — is forbidden. 1.35+: skipped entirely for a pod
 * with `hostUsers: false` (KEP-127; the relaxation was behind a perma-alpha gate before 1.35).
 */
export const runAsNonRoot: PssCheck = (pod, version) => {
  if (atLeast(version, 1, 35) && inUserNamespace(pod.spec)) return ALLOWED;
  const badSetters: string[] = [];
  const violations: PssViolation[] = [];
  let podRunAsNonRoot = false;
  const psc = podSecurityContext(pod.spec);
  if (psc && psc.runAsNonRoot !== undefined && psc.runAsNonRoot !== null) {
    if (psc.runAsNonRoot !== true) {
      badSetters.push('pod');
      violations.push({ base: 'spec', path: ['securityContext', 'runAsNonRoot'], subject: 'Pod', value: str(psc.runAsNonRoot) });
    } else {
      podRunAsNonRoot = true;
    }
  }
  const explicit: string[] = [];
  const implicit: string[] = [];
  const implicitViolations: PssViolation[] = [];
  for (const c of visitContainers(pod.spec)) {
    const sc = securityContextOf(c.container);
    if (sc && sc.runAsNonRoot !== undefined && sc.runAsNonRoot !== null) {
      if (sc.runAsNonRoot !== true) {
        explicit.push(c.name);
        violations.push({ base: 'spec', path: [...c.path, 'securityContext', 'runAsNonRoot'], container: c.name, subject: containerSubject(c.name), value: str(sc.runAsNonRoot) });
      }
    } else if (!podRunAsNonRoot) {
      implicit.push(c.name);
      implicitViolations.push({ base: 'spec', path: [...c.path, 'securityContext', 'runAsNonRoot'], missing: true, container: c.name, subject: containerSubject(c.name), value: '' });
    }
  }
  if (explicit.length > 0) badSetters.push(containersPhrase(explicit));
  if (badSetters.length > 0) {
    // upstream reports only the explicit setters in this case; podproof also points at the implicit ones
    return deny('runAsNonRoot != true', `${badSetters.join(' and ')} must not set securityContext.runAsNonRoot=false`, [...violations, ...implicitViolations]);
  }
  if (implicit.length > 0) {
    return deny('runAsNonRoot != true', `pod or ${containersPhrase(implicit)} must set securityContext.runAsNonRoot=true`, implicitViolations);
  }
  return ALLOWED;
};

/**
 * check_runAsUser.go: `runAsUser_1_23` (1.23+) forbids runAsUser=0 at pod level and on any
 * container (a pod-level 0 is forbidden even when every container overrides it); 1.35+ skips a
 * pod with `hostUsers: false`.
 */
export const runAsUser: PssCheck = (pod, version) => {
  if (!atLeast(version, 1, 23)) return ALLOWED;
  if (atLeast(version, 1, 35) && inUserNamespace(pod.spec)) return ALLOWED;
  const badSetters: string[] = [];
  const violations: PssViolation[] = [];
  if (podSecurityContext(pod.spec)?.runAsUser === 0) {
    badSetters.push('pod');
    violations.push({ base: 'spec', path: ['securityContext', 'runAsUser'], subject: 'Pod', value: '0' });
  }
  const bad: string[] = [];
  for (const c of visitContainers(pod.spec)) {
    if (securityContextOf(c.container)?.runAsUser === 0) {
      bad.push(c.name);
      violations.push({ base: 'spec', path: [...c.path, 'securityContext', 'runAsUser'], container: c.name, subject: containerSubject(c.name), value: '0' });
    }
  }
  if (bad.length > 0) badSetters.push(containersPhrase(bad));
  if (badSetters.length === 0) return ALLOWED;
  return deny('runAsUser=0', `${badSetters.join(' and ')} must not set runAsUser=0`, violations);
};

/**
 * check_seccompProfile_restricted.go: `seccompProfileRestricted_1_19` (1.19+; overrides
 * seccompProfile_baseline): seccompProfile.type RuntimeDefault or Localhost at pod level
 * (inherited) or on every container; `seccompProfileRestricted_1_25` (1.25+) exempts Windows pods.
 */
export const seccompProfileRestricted: PssCheck = (pod, version) => {
  if (!atLeast(version, 1, 19)) return ALLOWED;
  if (atLeast(version, 1, 25) && isWindowsPod(pod.spec)) return ALLOWED;
  const badSetters: string[] = [];
  const badValues: string[] = [];
  const violations: PssViolation[] = [];
  let podSet = false;
  const podProfile = podSecurityContext(pod.spec)?.seccompProfile;
  if (isRecord(podProfile)) {
    if (!validSeccompType(podProfile.type)) {
      badSetters.push('pod');
      badValues.push(str(podProfile.type));
      violations.push({ base: 'spec', path: ['securityContext', 'seccompProfile', 'type'], missing: podProfile.type === undefined, subject: 'Pod', value: str(podProfile.type) });
    } else {
      podSet = true;
    }
  }
  const explicit: string[] = [];
  const implicit: string[] = [];
  const implicitViolations: PssViolation[] = [];
  for (const c of visitContainers(pod.spec)) {
    const profile = securityContextOf(c.container)?.seccompProfile;
    if (isRecord(profile)) {
      if (!validSeccompType(profile.type)) {
        explicit.push(c.name);
        badValues.push(str(profile.type));
        violations.push({ base: 'spec', path: [...c.path, 'securityContext', 'seccompProfile', 'type'], missing: profile.type === undefined, container: c.name, subject: containerSubject(c.name), value: str(profile.type) });
      }
    } else if (!podSet) {
      implicit.push(c.name);
      implicitViolations.push({ base: 'spec', path: [...c.path, 'securityContext', 'seccompProfile'], missing: true, container: c.name, subject: containerSubject(c.name), value: '' });
    }
  }
  if (explicit.length > 0) badSetters.push(containersPhrase(explicit));
  if (badSetters.length > 0) {
    return deny(
      'seccompProfile',
      `${badSetters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(badValues))}`,
      [...violations, ...implicitViolations],
    );
  }
  if (implicit.length > 0) {
    return deny('seccompProfile', `pod or ${containersPhrase(implicit)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`, implicitViolations);
  }
  return ALLOWED;
};

/**
 * check_capabilities_restricted.go: `capabilitiesRestricted_1_22` (1.22+; overrides
 * capabilities_baseline): every container drops ALL and adds nothing but NET_BIND_SERVICE;
 * `capabilitiesRestricted_1_25` (1.25+) exempts Windows pods.
 */
export const capabilitiesRestricted: PssCheck = (pod, version) => {
  if (!atLeast(version, 1, 22)) return ALLOWED;
  if (atLeast(version, 1, 25) && isWindowsPod(pod.spec)) return ALLOWED;
  const missingDrop: string[] = [];
  const adding: string[] = [];
  const forbiddenCaps: string[] = [];
  const violations: PssViolation[] = [];
  for (const c of visitContainers(pod.spec)) {
    const sc = securityContextOf(c.container);
    const caps = sc?.capabilities;
    if (!isRecord(caps)) {
      missingDrop.push(c.name);
      violations.push({ base: 'spec', path: [...c.path, 'securityContext', 'capabilities', 'drop'], missing: true, container: c.name, subject: containerSubject(c.name), value: '' });
      continue;
    }
    const drop = Array.isArray(caps.drop) ? caps.drop : [];
    if (!drop.some((d: unknown) => d === CAPABILITY_ALL)) {
      missingDrop.push(c.name);
      violations.push({ base: 'spec', path: [...c.path, 'securityContext', 'capabilities', 'drop'], missing: !Array.isArray(caps.drop), container: c.name, subject: containerSubject(c.name), value: '' });
    }
    let addedForbidden = false;
    if (Array.isArray(caps.add)) {
      caps.add.forEach((a: unknown, i: number) => {
        if (a !== CAPABILITY_NET_BIND_SERVICE) {
          addedForbidden = true;
          forbiddenCaps.push(str(a));
          violations.push({ base: 'spec', path: [...c.path, 'securityContext', 'capabilities', 'add', i], container: c.name, subject: containerSubject(c.name), value: str(a) });
        }
      });
    }
    if (addedForbidden) adding.push(c.name);
  }
  const details: string[] = [];
  if (missingDrop.length > 0) details.push(`${containersPhrase(missingDrop)} must set securityContext.capabilities.drop=["ALL"]`);
  if (adding.length > 0) details.push(`${containersPhrase(adding)} must not include ${joinQuote(sortedSet(forbiddenCaps))} in securityContext.capabilities.add`);
  if (details.length === 0) return ALLOWED;
  return deny('unrestricted capabilities', details.join('; '), violations);
};
