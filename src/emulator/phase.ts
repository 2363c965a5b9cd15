/**
 * The kubelet's pod phase computation, ported line by line.
 *
 * Mirrors kubernetes/kubernetes pkg/kubelet/kubelet_pods.go@getPhase (revision
 * 001a80e975bb880d0fe60b304d30950fe661f278, the one that already knows the
 * RestartAllContainersOnContainerExits gate) and its helpers:
 *   - pkg/api/v1/pod/util.go@GetContainerStatus, @IsRestartableInitContainer,
 *     @ContainerShouldRestart, @findMatchingContainerRestartRule
 *   - pkg/kubelet/types/pod_update.go@IsStaticPod
 * Pure: no clock, no I/O.
 */
import type { Container, ContainerState, ContainerStateTerminated, ContainerStatus, Pod, PodCondition, PodSpec } from '../model/k8s.js';
import { isRecord } from '../model/k8s.js';

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

/** Alpha gates getPhase consults. Both default to off (as in the revisions read). */
export type PhaseFeatureGate = 'ContainerRestartRules' | 'RestartAllContainersOnContainerExits';

export interface PodPhaseOptions {
  /**
   * getPhase's `podIsTerminal`: the pod worker is tearing the pod down and all its containers
   * have stopped (the kubelet passes true from SyncTerminatingPod after killPod, and from
   * SyncTerminatedPod). Default: see {@link derivePodIsTerminal}.
   */
  podIsTerminal?: boolean;
  /**
   * getPhase's `podHasInitialized` (the kubelet passes
   * kubecontainer.HasAnyActiveRegularContainerStarted, a runtime view the API object does not
   * carry). Default: see {@link derivePodHasInitialized}.
   */
  podHasInitialized?: boolean;
  featureGates?: Partial<Record<PhaseFeatureGate, boolean>>;
}

/** pkg/kubelet/kubelet_pods.go: the termination reason set when RestartAllContainers kills a container. */
export const RESTARTING_ALL_CONTAINERS = 'RestartingAllContainers';

/** pkg/kubelet/types: ConfigSourceAnnotationKey and ApiserverSource. */
const CONFIG_SOURCE_ANNOTATION = 'kubernetes.io/config.source';
const APISERVER_SOURCE = 'api';

/** pkg/kubelet/types/pod_update.go@IsStaticPod: a source annotation other than "api". */
export function isStaticPod(pod: Pod): boolean {
  const source = pod.metadata?.annotations?.[CONFIG_SOURCE_ANNOTATION];
  return typeof source === 'string' && source !== APISERVER_SOURCE;
}

/** pkg/api/v1/pod/util.go@IsRestartableInitContainer: restartPolicy is exactly "Always". */
export function isRestartableInitContainer(container: Container | undefined): boolean {
  return container?.restartPolicy === 'Always';
}

/**
 * A list field as Go's JSON decoder leaves it: anything but an array is empty, a null element is
 * the zero value. (Other malformed elements would fail decoding in Go; here they are zero values
 * too, so the emulator never throws on hand-written status.)
 */
function list<T>(v: unknown, zero: () => T): T[] {
  if (!Array.isArray(v)) return [];
  return v.map((e) => (isRecord(e) ? (e as T) : zero()));
}
export function statusList(v: unknown): ContainerStatus[] {
  return list<ContainerStatus>(v, () => ({ name: '', ready: false, restartCount: 0, image: '', imageID: '' }));
}
export function containerList(v: unknown): Container[] {
  return list<Container>(v, () => ({ name: '' }));
}
export function conditionList(v: unknown): PodCondition[] {
  return list<PodCondition>(v, () => ({ type: '', status: 'Unknown' }));
}
/** An int32 field: non-numbers are 0. */
function int32(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : 0;
}

/** pkg/api/v1/pod/util.go@GetContainerStatus: first status with that name wins. */
function getContainerStatus(statuses: readonly ContainerStatus[], name: string): ContainerStatus | undefined {
  for (const s of statuses) if (s.name === name) return s;
  return undefined;
}

interface RestartRule {
  action?: unknown;
  exitCodes?: { operator?: unknown; values?: unknown };
}

function restartRules(container: Container): RestartRule[] {
  const rules = container['restartPolicyRules'];
  if (!Array.isArray(rules)) return [];
  return rules.filter((r): r is RestartRule => typeof r === 'object' && r !== null);
}

/** pkg/api/v1/pod/util.go@findMatchingContainerRestartRule: first rule whose exit-code test matches. */
function findMatchingContainerRestartRule(container: Container, exitCode: number): RestartRule | undefined {
  for (const rule of restartRules(container)) {
    if (rule.exitCodes === undefined || rule.exitCodes === null) continue;
    const values = Array.isArray(rule.exitCodes.values) ? rule.exitCodes.values : [];
    const matched = values.some((v) => v === exitCode);
    if (rule.exitCodes.operator === 'In' && matched) return rule;
    if (rule.exitCodes.operator === 'NotIn' && !matched) return rule;
  }
  return undefined;
}

/**
 * pkg/api/v1/pod/util.go@ContainerShouldRestart: container-level restartPolicyRules first, then
 * the container's restartPolicy, then the pod's (an unset/unknown pod policy means Always).
 *
 * Source note: the stored util.go (revision 959795b) only knows the action "Restart"; a matching
 * rule with any other action falls through to the container policy. The getPhase test at
 * 001a80e (TestPodPhaseWithRestartAllContainers, "regular container triggers
 * RestartAllContainers": Never + rule RestartAllContainers on 42, exit 42, no termination reason
 * → Running) can only pass if a matching "RestartAllContainers" rule also means "restart" at
 * that revision, so with the RestartAllContainersOnContainerExits gate on we treat it so.
 */
export function containerShouldRestart(
  container: Container,
  spec: PodSpec,
  exitCode: number,
  gates: Partial<Record<PhaseFeatureGate, boolean>> = {},
): boolean {
  if (container.restartPolicy !== undefined && container.restartPolicy !== null) {
    const rule = findMatchingContainerRestartRule(container, exitCode);
    if (rule !== undefined) {
      if (rule.action === 'Restart') return true;
      if (rule.action === 'RestartAllContainers' && gates.RestartAllContainersOnContainerExits === true) return true;
    }
    switch (container.restartPolicy) {
      case 'Always':
        return true;
      case 'OnFailure':
        return exitCode !== 0;
      case 'Never':
        return false;
      default:
      // fall back to the pod-level policy
    }
  }
  switch (spec.restartPolicy) {
    case 'Always':
      return true;
    case 'OnFailure':
      return exitCode !== 0;
    case 'Never':
      return false;
    default:
      return true;
  }
}

function isRunning(s: ContainerStatus): boolean {
  return isRecord(s.state) && s.state.running !== undefined && s.state.running !== null;
}

function lastTerminated(s: ContainerStatus): ContainerStateTerminated | undefined {
  const last: unknown = s.lastState;
  return isRecord(last) && isRecord(last['terminated']) ? (last['terminated'] as unknown as ContainerStateTerminated) : undefined;
}

/**
 * Default for `podIsTerminal`. The kubelet passes true only once termination was requested
 * (pod_workers.go@UpdatePod: deletionTimestamp set or the phase already terminal) and killPod
 * left no container running (kubelet.go@SyncTerminatingPod, @SyncTerminatedPod). From the API
 * object: (deletionTimestamp set, or phase Succeeded/Failed) and no init or regular container
 * status in state running.
 */
export function derivePodIsTerminal(pod: Pod): boolean {
  const phase = pod.status?.phase;
  const requested =
    (pod.metadata?.deletionTimestamp !== undefined && pod.metadata.deletionTimestamp !== null) ||
    phase === 'Succeeded' ||
    phase === 'Failed';
  if (!requested) return false;
  const all = [...statusList(pod.status?.initContainerStatuses), ...statusList(pod.status?.containerStatuses)];
  return !all.some(isRunning);
}

/**
 * Default for `podHasInitialized`. The kubelet uses HasAnyActiveRegularContainerStarted (a
 * regular container exists in the runtime for the current sandbox), which the API object does
 * not carry. Approximation: the Initialized condition decides when present (True → true);
 * without it, any regular container status that is running or terminated counts.
 */
export function derivePodHasInitialized(pod: Pod): boolean {
  const cond = conditionList(pod.status?.conditions).find((c) => c.type === 'Initialized');
  if (cond !== undefined) return cond.status === 'True';
  const regular = new Set(containerList(pod.spec?.containers).map((c) => c.name));
  return statusList(pod.status?.containerStatuses).some(
    (s) => regular.has(s.name) && (isRunning(s) || (isRecord(s.state) && isRecord(s.state.terminated))),
  );
}

/**
 * Exactly kubelet_pods.go getPhase(pod, allContainerStatuses, podIsTerminal, podHasInitialized).
 *
 * The status list is the one generateAPIPodStatus builds: regular container statuses followed by
 * init container statuses, looked up by name (first match). Valid pods have unique names across
 * both lists, so the order only matters for malformed input.
 */
export function podPhase(pod: Pod, options: PodPhaseOptions = {}): PodPhase {
  const spec: PodSpec = isRecord(pod.spec) ? pod.spec : { containers: [] };
  const info: ContainerStatus[] = [
    ...statusList(pod.status?.containerStatuses),
    ...statusList(pod.status?.initContainerStatuses),
  ];
  const gates = options.featureGates ?? {};
  const restartRulesOn = gates.ContainerRestartRules === true;
  const restartAllOn = gates.RestartAllContainersOnContainerExits === true;
  const podIsTerminal = options.podIsTerminal ?? derivePodIsTerminal(pod);
  const podHasInitialized = options.podHasInitialized ?? derivePodHasInitialized(pod);
  const initContainers = containerList(spec.initContainers);
  const containers = containerList(spec.containers);

  let pendingRestartableInitContainers = 0;
  let pendingRegularInitContainers = 0;
  let failedInitialization = 0;
  let failedInitializationNotRestartable = 0;

  // regular init containers
  for (const container of initContainers) {
    if (isRestartableInitContainer(container)) continue;
    const cs = getContainerStatus(info, container.name);
    if (cs === undefined) {
      pendingRegularInitContainers++;
      continue;
    }
    const state: ContainerState = isRecord(cs.state) ? cs.state : {};
    if (state.running) {
      pendingRegularInitContainers++;
    } else if (state.terminated) {
      const exitCode = int32(state.terminated.exitCode);
      if (exitCode !== 0) {
        failedInitialization++;
        if (restartRulesOn) {
          let restartable = containerShouldRestart(container, spec, exitCode, gates);
          if (restartAllOn) restartable = restartable || state.terminated.reason === RESTARTING_ALL_CONTAINERS;
          if (!restartable) failedInitializationNotRestartable++;
        }
      }
    } else if (state.waiting) {
      const last = lastTerminated(cs);
      if (last) {
        const exitCode = int32(last.exitCode);
        if (exitCode !== 0) {
          failedInitialization++;
          // Upstream evaluates ContainerShouldRestart here without checking the
          // ContainerRestartRules gate; the count is only read when the gate is on.
          let restartable = containerShouldRestart(container, spec, exitCode, gates);
          if (restartAllOn) restartable = restartable || last.reason === RESTARTING_ALL_CONTAINERS;
          if (!restartable) failedInitializationNotRestartable++;
        }
      } else {
        pendingRegularInitContainers++;
      }
    } else {
      pendingRegularInitContainers++;
    }
  }

  // counters for restartable init and regular containers
  let unknown = 0;
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let stoppedNotRestartable = 0;
  let succeeded = 0;

  // sidecar init containers
  for (const container of initContainers) {
    if (!isRestartableInitContainer(container)) continue;
    const cs = getContainerStatus(info, container.name);
    if (cs === undefined) {
      unknown++;
      continue;
    }
    const state: ContainerState = isRecord(cs.state) ? cs.state : {};
    if (state.running) {
      if (cs.started !== true) pendingRestartableInitContainers++;
      running++;
    } else if (state.terminated) {
      // terminated sidecars are not taken into account for the pod phase
    } else if (state.waiting) {
      if (!lastTerminated(cs)) {
        pendingRestartableInitContainers++;
        waiting++;
      }
    } else {
      pendingRestartableInitContainers++;
      unknown++;
    }
  }

  for (const container of containers) {
    const cs = getContainerStatus(info, container.name);
    if (cs === undefined) {
      unknown++;
      continue;
    }
    const state: ContainerState = isRecord(cs.state) ? cs.state : {};
    if (state.running) {
      running++;
    } else if (state.terminated) {
      stopped++;
      const exitCode = int32(state.terminated.exitCode);
      if (restartRulesOn) {
        let restartable = containerShouldRestart(container, spec, exitCode, gates);
        if (restartAllOn) restartable = restartable || state.terminated.reason === RESTARTING_ALL_CONTAINERS;
        if (!restartable) stoppedNotRestartable++;
      }
      if (exitCode === 0) succeeded++;
    } else if (state.waiting) {
      const last = lastTerminated(cs);
      if (last) {
        stopped++;
        if (restartRulesOn) {
          const exitCode = int32(last.exitCode);
          let restartable = containerShouldRestart(container, spec, exitCode, gates);
          if (restartAllOn) restartable = restartable || last.reason === RESTARTING_ALL_CONTAINERS;
          if (!restartable) stoppedNotRestartable++;
        }
      } else {
        waiting++;
      }
    } else {
      unknown++;
    }
  }

  if (restartRulesOn) {
    if (failedInitializationNotRestartable > 0) return 'Failed';
  } else if (failedInitialization > 0 && spec.restartPolicy === 'Never') {
    return 'Failed';
  }

  if (pendingRegularInitContainers > 0 || (pendingRestartableInitContainers > 0 && !podHasInitialized)) {
    return 'Pending';
  }
  if (waiting > 0) return 'Pending';
  if (running > 0 && unknown === 0) return 'Running';
  if (running === 0 && stopped > 0 && unknown === 0) {
    // The pod is terminal so its containers won't be restarted regardless of the restart policy.
    if (podIsTerminal && !isStaticPod(pod)) {
      return stopped === succeeded ? 'Succeeded' : 'Failed';
    }
    if (restartRulesOn) {
      if (stopped !== stoppedNotRestartable) return 'Running';
      return stopped === succeeded ? 'Succeeded' : 'Failed';
    }
    if (spec.restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (spec.restartPolicy === 'Never') return 'Failed';
    // OnFailure with at least one failure, in the process of restarting. (An unset policy also
    // lands here, as in Go: the API server defaults it to Always before the kubelet sees it.)
    return 'Running';
  }
  return 'Pending';
}

/**
 * The phase generateAPIPodStatus publishes after getPhase (kubelet_pods.go@generateAPIPodStatus):
 * a computed non-terminal phase never replaces a terminal one already recorded (the status
 * manager's or the API's, both `pod.status.phase` here), and a pod whose API phase is terminal
 * never leaves it ("Pod attempted illegal phase transition"). Pod sync handlers (active
 * deadline, eviction) are not modelled here.
 */
export function reconcilePodPhase(pod: Pod, computed: PodPhase): PodPhase {
  const recorded = pod.status?.phase;
  if (recorded === 'Succeeded' || recorded === 'Failed') return recorded;
  return computed;
}
