/**
 * Evaluate a pod against a whole Pod Security Standards level, as the PodSecurity admission
 * plugin does: kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/policy/registry.go
 * (checkRegistry.EvaluatePod, populate: baseline checks first then restricted, each sorted by
 * check ID; a restricted check's OverrideCheckIDs drop baseline checks from the restricted
 * level; the version is clamped to the newest MinimumVersion registered) and checks.go
 * (AggregateCheckResults, ForbiddenDetail). `admissionMessage` prints what the API server
 * answers (admission.go: `violates PodSecurity "restricted:v1.36": …`).
 */
import type { KubernetesVersion } from '../checks/types.js';
import {
  allowPrivilegeEscalation,
  appArmorProfile,
  capabilitiesBaseline,
  capabilitiesRestricted,
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  privileged,
  procMount,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seccompProfileBaseline,
  seccompProfileRestricted,
  seLinuxOptions,
  sysctls,
  windowsHostProcess,
} from './checks.js';
import { atLeast, type PssCheck, type PssPod, type PssResult } from './pod.js';

export type PssLevel = 'privileged' | 'baseline' | 'restricted';

export interface RegisteredCheck {
  /** The upstream check ID (policy/check_<file>.go `ID`). */
  id: string;
  level: 'baseline' | 'restricted';
  /** The first MinimumVersion; below it the check is not registered. */
  since: KubernetesVersion;
  /** Baseline check IDs this restricted check overrides, from the given version on. */
  overrides?: { ids: readonly string[]; since: KubernetesVersion };
  check: PssCheck;
  /** The podproof rules that report it. */
  ruleIds: readonly string[];
}

const v = (minor: number): KubernetesVersion => ({ major: 1, minor });

/** Every check registered upstream at release-1.36 (policy/check_*.go `addCheck`). */
export const REGISTERED_CHECKS: readonly RegisteredCheck[] = [
  { id: 'appArmorProfile', level: 'baseline', since: v(0), check: appArmorProfile, ruleIds: ['apparmor-not-unconfined'] },
  { id: 'capabilities_baseline', level: 'baseline', since: v(0), check: capabilitiesBaseline, ruleIds: ['capabilities-baseline'] },
  { id: 'hostNamespaces', level: 'baseline', since: v(0), check: hostNamespaces(), ruleIds: ['no-host-network', 'no-host-pid', 'no-host-ipc'] },
  { id: 'hostPathVolumes', level: 'baseline', since: v(0), check: hostPathVolumes, ruleIds: ['no-host-path'] },
  { id: 'hostPorts', level: 'baseline', since: v(0), check: hostPorts, ruleIds: ['no-host-port'] },
  { id: 'hostProbesAndHostLifecycle', level: 'baseline', since: v(34), check: hostProbesAndHostLifecycle, ruleIds: ['no-probe-host'] },
  { id: 'privileged', level: 'baseline', since: v(0), check: privileged, ruleIds: ['no-privileged'] },
  { id: 'procMount', level: 'baseline', since: v(0), check: procMount('baseline'), ruleIds: ['proc-mount-default'] },
  { id: 'seLinuxOptions', level: 'baseline', since: v(0), check: seLinuxOptions, ruleIds: ['selinux-options-restricted'] },
  { id: 'seccompProfile_baseline', level: 'baseline', since: v(0), check: seccompProfileBaseline, ruleIds: ['seccomp-not-unconfined'] },
  { id: 'sysctls', level: 'baseline', since: v(0), check: sysctls, ruleIds: ['safe-sysctls-only'] },
  { id: 'windowsHostProcess', level: 'baseline', since: v(0), check: windowsHostProcess, ruleIds: ['no-host-process'] },
  { id: 'allowPrivilegeEscalation', level: 'restricted', since: v(8), check: allowPrivilegeEscalation, ruleIds: ['no-privilege-escalation'] },
  {
    id: 'capabilities_restricted',
    level: 'restricted',
    since: v(22),
    overrides: { ids: ['capabilities_baseline'], since: v(22) },
    check: capabilitiesRestricted,
    ruleIds: ['drop-all-capabilities'],
  },
  {
    id: 'procMount_restricted',
    level: 'restricted',
    since: v(35),
    overrides: { ids: ['procMount'], since: v(35) },
    check: procMount('restricted'),
    ruleIds: ['proc-mount-default'],
  },
  {
    id: 'restrictedVolumes',
    level: 'restricted',
    since: v(0),
    overrides: { ids: ['hostPathVolumes'], since: v(0) },
    check: restrictedVolumes,
    ruleIds: ['volume-types-restricted'],
  },
  { id: 'runAsNonRoot', level: 'restricted', since: v(0), check: runAsNonRoot, ruleIds: ['run-as-non-root'] },
  { id: 'runAsUser', level: 'restricted', since: v(23), check: runAsUser, ruleIds: ['no-run-as-root-user'] },
  {
    id: 'seccompProfile_restricted',
    level: 'restricted',
    since: v(19),
    overrides: { ids: ['seccompProfile_baseline'], since: v(19) },
    check: seccompProfileRestricted,
    ruleIds: ['seccomp-profile-required'],
  },
];

/**
 * registry.go maxVersion at release-1.36: the newest MinimumVersion of any registered check
 * (procMount 1.35, procMount_restricted 1.35, runAsNonRoot 1.35, runAsUser 1.35). `latest`
 * resolves to it on a 1.36 API server; master/1.37 moves it to 1.37 (the sysctls 1.37 row).
 */
export const MAX_POLICY_VERSION: KubernetesVersion = v(35);

export interface LevelResult {
  checkId: string;
  ruleIds: readonly string[];
  result: PssResult;
}

export interface PssEvaluation {
  allowed: boolean;
  /** The forbidden results, in upstream order. */
  forbidden: LevelResult[];
  /** AggregateCheckResult.ForbiddenReason(): `host ports, privileged`. */
  reason: string;
  /** AggregateCheckResult.ForbiddenDetail(): `hostPort (container "a" uses hostPort 80), privileged (…)`. */
  detail: string;
}

const byId = (a: RegisteredCheck, b: RegisteredCheck): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The checks in force for a level and version, in the order upstream runs them. */
export function checksFor(level: PssLevel, version: KubernetesVersion): RegisteredCheck[] {
  if (level === 'privileged') return [];
  const present = REGISTERED_CHECKS.filter((c) => atLeast(version, c.since.major, c.since.minor));
  const baseline = present.filter((c) => c.level === 'baseline').sort(byId);
  if (level === 'baseline') return baseline;
  const restricted = present.filter((c) => c.level === 'restricted').sort(byId);
  const overridden = new Set(
    restricted.flatMap((c) => (c.overrides && atLeast(version, c.overrides.since.major, c.overrides.since.minor) ? c.overrides.ids : [])),
  );
  return [...baseline.filter((c) => !overridden.has(c.id)), ...restricted];
}

/** registry.go EvaluatePod + checks.go AggregateCheckResults. */
export function evaluatePod(pod: PssPod, level: PssLevel, version: KubernetesVersion): PssEvaluation {
  const forbidden: LevelResult[] = [];
  for (const c of checksFor(level, version)) {
    const result = c.check(pod, version);
    if (!result.allowed) forbidden.push({ checkId: c.id, ruleIds: c.ruleIds, result });
  }
  const reasons = forbidden.map((f) => f.result.reason || 'unknown forbidden reason');
  const detail = forbidden
    .map((f, i) => (f.result.detail ? `${reasons[i] ?? ''} (${f.result.detail})` : (reasons[i] ?? '')))
    .join(', ');
  return { allowed: forbidden.length === 0, forbidden, reason: reasons.join(', '), detail };
}

/** api.LevelVersion.String(): `restricted:latest`, `baseline:v1.30`. */
export function levelVersionString(level: PssLevel, version: KubernetesVersion | 'latest'): string {
  return `${level}:${version === 'latest' ? 'latest' : `v${version.major}.${version.minor}`}`;
}

/**
 * What the API server answers for a pod the enforce level forbids (admission.go
 * forbiddenResponse: apierrors.NewForbidden(pods, name, `violates PodSecurity "<level:version>": <detail>`)).
 */
export function admissionMessage(podName: string, level: PssLevel, version: KubernetesVersion | 'latest', evaluation: PssEvaluation): string {
  return `pods ${JSON.stringify(podName)} is forbidden: violates PodSecurity ${JSON.stringify(levelVersionString(level, version))}: ${evaluation.detail}`;
}
