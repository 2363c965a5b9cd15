/**
 * The deterministic kubelet-in-a-box: a discrete-event simulation of what the scheduler, the
 * kubelet and the container runtime do to Pods, on a virtual clock in milliseconds. It jumps from
 * event to event (no ticks), never reads the wall clock and never draws random numbers.
 *
 * The kubelet's own code is the reference (KUBELET.md has the rule-by-rule digest). Each part
 * names the function it mirrors:
 * - pod worker / SyncPod: pkg/kubelet/kuberuntime/kuberuntime_manager.go@computePodActions,
 *   @SyncPod, @doBackOff; kuberuntime_container.go@computeInitContainerActions, @startContainer,
 *   @killContainer, @executePreStopHook; kuberuntime_termination_order.go (sidecars stop last,
 *   in reverse order); pkg/kubelet/container/helpers.go@ShouldContainerBeRestarted.
 * - status: pkg/kubelet/kubelet_pods.go@generateAPIPodStatus, @convertToAPIContainerStatuses,
 *   @getPhase (imported from ./phase.js); pkg/kubelet/status/generate.go (conditions).
 * - probes: pkg/kubelet/prober/worker.go@run/@doProbe, prober_manager.go@UpdatePodStatus.
 * - images: pkg/kubelet/images/image_manager.go@EnsureImageExists.
 * - deadline: pkg/kubelet/active_deadline.go; deletion: pkg/registry/core/pod/strategy.go and
 *   pod_workers.go; node loss: pkg/controller/nodelifecycle + taint eviction.
 *
 * "Ideal" timing as STEPS.md requires: no PLEG latency, no jitter; a crash-loop restart happens
 * exactly when the back-off expires (the 1.35 behaviour, kubernetes/kubernetes#133066); failed
 * image pulls and config errors are retried after the pod worker's 10 s backOffPeriod.
 */
import type { Container, ContainerState, ContainerStatus, KubeObject, LifecycleHandler, Pod, PodCondition, PodStatus, Probe } from '../model/k8s.js';
import { parseQuantity } from '../model/quantity.js';
// The shell's contract (src/shell): processes, the virtual file system, argv resolution.
import type { ProcessState, RunningProcess, Signal } from '../shell/index.js';
import { ContainerFs, VolumeTree, expandKubeletVars, imageStopSignal, resolveArgv, startProcess as shellStartProcess } from '../shell/index.js';
import { Backoff, goDuration } from './backoff.js';
import { ConfigError, containerEnv, volumeFiles, type DownwardContext } from './downward.js';
import { TimerHeap, type Timer } from './heap.js';
import { applyDefaultImageTag, defaultPullPolicy, imageSizeBytes, parseImageRef, runtimeImage, stableHex, stableUid } from './images.js';
import { isRestartableInitContainer, podPhase } from './phase.js';
import { podRow, type PodRow } from './printer.js';
import { podHostPorts, podRequests, schedule, type PodOnNode, type SchedulerNode } from './scheduler.js';
import type {
  ClusterEvent,
  ClusterOptions,
  ContainerBehaviour,
  DeleteOptions,
  EventOccurrence,
  HookBehaviour,
  HookType,
  NodeOptions,
  ProbeType,
  StartProcess,
  StatusSnapshot,
  Taint,
} from './types.js';

// ---------------------------------------------------------------------------------------------
// Constants (KUBELET.md A1)

const DEFAULT_EPOCH = Date.UTC(2025, 0, 1, 0, 0, 0);
/** kubelet.go: initialCrashLoopBackOff / MaxCrashLoopBackOff; reset after 600 s (NewMainKubelet). */
const CRASHLOOP_INITIAL = 10_000;
const CRASHLOOP_MAX = 300_000;
const CRASHLOOP_RESET = 600_000;
/** kubelet.go: imageBackOffPeriod / MaxImageBackOff. */
const IMAGE_BACKOFF_INITIAL = 10_000;
const IMAGE_BACKOFF_MAX = 300_000;
/** kubelet.go backOffPeriod: the pod worker retries a failed sync after this (jitter dropped). */
const WORKER_BACKOFF = 10_000;
/** kuberuntime_manager.go minimumGracePeriodInSeconds. */
const MIN_GRACE_S = 2;
/** kubelet/container/runtime.go. */
const MAX_TERMINATION_MESSAGE = 4096;
const MAX_TERMINATION_LOG_BYTES = 2048;
const MAX_TERMINATION_LOG_LINES = 80;
const MAX_POD_TERMINATION_MESSAGE = 12 * 1024;
/** Node lifecycle controller: node-monitor-grace-period (40 s) and the DefaultTolerationSeconds (300 s). */
const NODE_MONITOR_GRACE = 40_000;
/** pkg/scheduler/internal/queue: DefaultPodMaxInUnschedulablePodsDuration. */
const UNSCHEDULABLE_RETRY = 5 * 60_000;
const DEFAULT_TOLERATION = 300_000;

const GiB = 2 ** 30;

/** Timer priorities at the same instant: probe ticks run before process wake-ups (see probes). */
const PRIO_PROBE = 0;
const PRIO_PROC = 1;
const PRIO_KUBELET = 2;

// ---------------------------------------------------------------------------------------------
// Internal state

type ProbeResult = 'Success' | 'Failure' | 'Unknown';

interface Instance {
  id: string;
  restartCount: number;
  createdAt: number;
  startedAt: number;
  finishedAt?: number;
  state: 'running' | 'exited';
  exitCode?: number;
  reason?: string;
  message?: string;
  proc?: RunningProcess;
  fsOf: () => ContainerFs;
  hasFs: () => boolean;
  env: Record<string, string>;
  log: string;
  wake?: Timer;
  /** Probe results (prober results managers, per container ID). */
  results: Partial<Record<ProbeType, ProbeResult>>;
  /** An OOM kill, a forced exit or a start error decides the exit. */
  forced?: { code: number; reason: string; message?: string };
  /** Being stopped by killContainer. */
  killing?: KillState;
  /** Memory in use (bytes), from behaviours. */
  memory: number;
  /** postStart is running. */
  inPostStart: boolean;
}

interface KillState {
  start: number;
  grace: number;
  termSent: boolean;
  waitingTurn: boolean;
  /** Wait for the termination ordering (sidecars). */
  ordered: boolean;
  /** computePodActions put the container in ContainersToStart too (liveness/startup kill). */
  restartAfter: boolean;
  backoffChecked?: boolean;
  /** The kill runs inside startContainer (a failed postStart): the pod worker stays blocked until
   *  the container has stopped, then the next SyncPod restarts it per restart policy. */
  blocksWorker?: boolean;
}

interface ProbeWorker {
  type: ProbeType;
  spec: Probe;
  containerID?: string;
  onHold: boolean;
  lastResult?: ProbeResult;
  resultRun: number;
  inflight: boolean;
  stopped: boolean;
  timer?: Timer;
  /** When the worker started (ticks are aligned to it). */
  origin: number;
  paused: boolean;
}

interface CRec {
  spec: Container;
  kind: 'init' | 'sidecar' | 'regular';
  index: number;
  instances: Instance[];
  total: number;
  /** Reason cache (reason_cache.go): the last start failure, cleared on a successful start. */
  waiting?: { reason: string; message?: string };
  workers: Partial<Record<ProbeType, ProbeWorker>>;
  behaviour: ContainerBehaviour;
  retryTimer?: Timer;
}

interface CondState {
  status: 'True' | 'False';
  reason?: string;
  message?: string;
  since: number;
}

interface NodeRec {
  name: string;
  index: number;
  labels: Record<string, string>;
  cpu: number;
  memory: number;
  pods: number;
  taints: Taint[];
  unschedulable: boolean;
  images: Set<string>;
  hostPaths: Map<string, VolumeTree>;
  lost: boolean;
  ipCounter: number;
  implicit: boolean;
}

interface PodRec {
  pod: Pod;
  name: string;
  namespace: string;
  uid: string;
  createdAt: number;
  node?: string;
  schedMessage?: string;
  sandbox: boolean;
  podIP?: string;
  hostIP?: string;
  startTime?: number;
  containers: CRec[];
  /** Any regular container has been created (kubelet: HasAnyActiveRegularContainerStarted). */
  initialized: boolean;
  deletion?: { at: number; grace: number };
  removed: boolean;
  terminating: boolean;
  terminateGrace: number;
  terminal: boolean;
  deadlineExceeded: boolean;
  phase: string;
  conds: Map<string, CondState>;
  phaseHistory: string[];
  volumes: Map<string, VolumeTree>;
  busy: boolean;
  frozen?: PodStatus;
  lastStatus?: PodStatus;
  statusDirty: boolean;
  lastSig: string;
  lastInternalSig?: string;
  /** Bumped by out-of-band status edits (node controller). */
  rev: number;
  history: StatusSnapshot[];
  nodeLost: boolean;
  schedRetry?: Timer;
  crashBackoff: Backoff;
  syncTimer?: Timer;
  timers: Set<Timer>;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function qty(v: unknown): number | undefined {
  return parseQuantity(v)?.value;
}

/** Local-clock adapter: a process sees its own start as time 0 (robust to either clock convention). */
class LocalClock implements RunningProcess {
  constructor(
    private readonly inner: RunningProcess,
    private readonly start: number,
  ) {}
  advance(now: number): ProcessState {
    return this.inner.advance(now - this.start);
  }
  nextWake(): number | undefined {
    const w = this.inner.nextWake();
    return w === undefined ? undefined : w + this.start;
  }
  signal(sig: Signal, now: number): void {
    this.inner.signal(sig, now - this.start);
  }
  state(): ProcessState {
    return this.inner.state();
  }
  listeningPorts(): number[] {
    return this.inner.listeningPorts();
  }
  httpGet(port: number, path: string): number | 'refused' {
    return this.inner.httpGet(port, path);
  }
}

/**
 * A program whose behaviour a scenario dictates (STEPS.md Given steps), optionally wrapping the
 * interpreted command (when only signal handling or health is overridden). Times are the
 * cluster's virtual ms.
 */
class ScriptedProcess implements RunningProcess {
  private st: ProcessState = { state: 'running' };
  private exitAt: number | undefined;
  private exitCode = 0;
  private exitSignal: Signal | undefined;
  constructor(
    private readonly inner: RunningProcess | undefined,
    private readonly b: ContainerBehaviour,
    private readonly start: number,
    private readonly ports: number[],
  ) {
    if (b.exit) {
      this.exitAt = start + b.exit.afterMs;
      this.exitCode = b.exit.code;
    }
  }
  private healthy(now: number): boolean {
    return this.b.healthyAfterMs === undefined || now >= this.start + this.b.healthyAfterMs;
  }
  advance(now: number): ProcessState {
    if (this.st.state === 'exited') return this.st;
    if (this.exitAt !== undefined && now >= this.exitAt) {
      this.st = this.exitSignal ? { state: 'exited', exitCode: this.exitCode, signal: this.exitSignal } : { state: 'exited', exitCode: this.exitCode };
      return this.st;
    }
    if (this.inner) {
      const s = this.inner.advance(now);
      if (s.state === 'exited') this.st = s;
    }
    return this.st;
  }
  nextWake(): number | undefined {
    if (this.st.state === 'exited') return undefined;
    const inner = this.inner?.nextWake();
    if (this.exitAt === undefined) return inner;
    return inner === undefined ? this.exitAt : Math.min(inner, this.exitAt);
  }
  signal(sig: Signal, now: number): void {
    if (this.st.state === 'exited') return;
    if (sig === 'SIGKILL') {
      this.st = { state: 'exited', exitCode: 137, signal: 'SIGKILL' };
      return;
    }
    if (sig === 'SIGTERM' || sig === 'SIGINT') {
      if (this.b.ignoreSigterm) return;
      if (this.b.stopAfterSigtermMs !== undefined) {
        const at = now + this.b.stopAfterSigtermMs;
        if (this.exitAt === undefined || at < this.exitAt) {
          this.exitAt = at;
          this.exitCode = 0;
          this.exitSignal = undefined;
        }
        return;
      }
      if (this.inner) {
        this.inner.signal(sig, now);
        return;
      }
      // A program that does not handle the signal is terminated by it: 128 + 15.
      this.exitAt = now;
      this.exitCode = sig === 'SIGTERM' ? 143 : 130;
      this.exitSignal = sig;
      return;
    }
    this.inner?.signal(sig, now);
  }
  state(): ProcessState {
    return this.st;
  }
  listeningPorts(): number[] {
    if (this.st.state === 'exited') return [];
    if (this.b.healthyAfterMs !== undefined) return this.healthyNow ? this.ports : [];
    return this.inner ? this.inner.listeningPorts() : this.ports;
  }
  /** Set by the cluster before probing (the process has no clock of its own between wakes). */
  healthyNow = true;
  httpGet(port: number, path: string): number | 'refused' {
    if (this.st.state === 'exited') return 'refused';
    if (this.b.healthyAfterMs !== undefined) return this.healthyNow && this.ports.includes(port) ? 200 : 'refused';
    if (this.inner) return this.inner.httpGet(port, path);
    return this.ports.includes(port) ? 200 : 'refused';
  }
  isHealthy(now: number): boolean {
    return this.healthy(now);
  }
}

function isScripted(b: ContainerBehaviour): boolean {
  return (
    b.exit !== undefined ||
    b.runUntilStopped === true ||
    b.ignoreSigterm === true ||
    b.stopAfterSigtermMs !== undefined ||
    b.healthyAfterMs !== undefined
  );
}

function applyProbeDefaults(p: Probe | undefined): Probe | undefined {
  if (p === undefined) return undefined;
  // pkg/apis/core/v1/defaults.go@SetDefaults_Probe
  return {
    ...p,
    timeoutSeconds: p.timeoutSeconds ?? 1,
    periodSeconds: p.periodSeconds ?? 10,
    successThreshold: p.successThreshold ?? 1,
    failureThreshold: p.failureThreshold ?? 3,
    initialDelaySeconds: p.initialDelaySeconds ?? 0,
  };
}

/** The API server's defaults that matter to the kubelet (pkg/apis/core/v1/defaults.go). */
export function applyPodDefaults(input: Pod): Pod {
  const pod = clone(input);
  pod.apiVersion ??= 'v1';
  pod.kind ??= 'Pod';
  pod.metadata ??= {};
  pod.metadata.namespace ??= 'default';
  const spec = (pod.spec ??= { containers: [] });
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.schedulerName ??= 'default-scheduler';
  spec.serviceAccountName ??= spec.serviceAccount ?? 'default';
  spec.enableServiceLinks ??= true;
  spec.priority ??= 0;
  const fix = (c: Container): void => {
    if (c.image !== undefined) c.imagePullPolicy ??= defaultPullPolicy(c.image);
    c.terminationMessagePath ??= '/dev/termination-log';
    c.terminationMessagePolicy ??= 'File';
    c.livenessProbe = applyProbeDefaults(c.livenessProbe);
    c.readinessProbe = applyProbeDefaults(c.readinessProbe);
    c.startupProbe = applyProbeDefaults(c.startupProbe);
    if (c.livenessProbe === undefined) delete c.livenessProbe;
    if (c.readinessProbe === undefined) delete c.readinessProbe;
    if (c.startupProbe === undefined) delete c.startupProbe;
    for (const p of c.ports ?? []) {
      p.protocol ??= 'TCP';
      if (spec.hostNetwork && p.hostPort === undefined) p.hostPort = p.containerPort;
    }
    // requests default to limits
    if (c.resources?.limits) {
      c.resources.requests ??= {};
      for (const [k, v] of Object.entries(c.resources.limits)) c.resources.requests[k] ??= v;
    }
  };
  spec.containers.forEach(fix);
  (spec.initContainers ?? []).forEach(fix);
  return pod;
}

/** QoS class (pkg/apis/core/v1/helper/qos@GetPodQOS), cpu and memory only. */
function qosClass(pod: Pod): string {
  const all = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  let anyRes = false;
  let guaranteed = true;
  for (const c of all) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    for (const r of ['cpu', 'memory']) {
      if (req[r] !== undefined || lim[r] !== undefined) anyRes = true;
      if (lim[r] === undefined || qty(req[r] ?? lim[r]) !== qty(lim[r])) guaranteed = false;
    }
  }
  if (!anyRes) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

function containerRefPath(c: CRec): string {
  return c.kind === 'regular' ? `spec.containers{${c.spec.name}}` : `spec.initContainers{${c.spec.name}}`;
}

function head(s: string, bytes: number): string {
  const b = Buffer.from(s, 'utf8');
  return b.length <= bytes ? s : b.subarray(0, bytes).toString('utf8');
}

function tail(s: string, bytes: number): string {
  const b = Buffer.from(s, 'utf8');
  return b.length <= bytes ? s : b.subarray(b.length - bytes).toString('utf8');
}

// ---------------------------------------------------------------------------------------------

export interface CreatePodOptions {
  /** Scenario overrides per container name. */
  behaviours?: Record<string, ContainerBehaviour>;
}

/** A virtual cluster: nodes, pods, a clock. */
export class Cluster {
  private t = 0;
  private readonly heap = new TimerHeap();
  private readonly nodesList: NodeRec[] = [];
  private readonly podsList: PodRec[] = [];
  private readonly eventsList: ClusterEvent[] = [];
  private readonly eventIndex = new Map<string, ClusterEvent>();
  private readonly occurrencesList: EventOccurrence[] = [];
  private readonly dirty = new Set<PodRec>();
  private readonly imageBackoff = new Backoff(IMAGE_BACKOFF_INITIAL, IMAGE_BACKOFF_MAX);
  private readonly missingImages = new Set<string>();
  private readonly pullMs = new Map<string, number>();
  private readonly presentImages = new Set<string>();
  private readonly objects: KubeObject[];
  private readonly strict: boolean;
  private readonly startProc: StartProcess;
  private readonly recordHistory: boolean;
  readonly epochMs: number;
  private podCounter = 0;
  private readonly crashInitial: number;
  private readonly crashMax: number;
  /** Kubernetes minor version being modelled (KUBELET.md A17). */
  private readonly minor: number;

  constructor(options: ClusterOptions = {}) {
    this.epochMs = options.epochMs ?? DEFAULT_EPOCH;
    this.objects = [...(options.objects ?? [])];
    this.strict = options.strictReferences ?? false;
    this.startProc = options.startProcess ?? shellStartProcess;
    this.recordHistory = options.recordHistory ?? true;
    this.minor = parseMinor(options.kubernetesVersion);
    // KEP-4603 (ReduceDefaultCrashLoopBackOffDecay: 1 s / 60 s) and KEP-5593
    // (maxContainerRestartPeriod; the initial delay is lowered to it when smaller).
    const cl = options.kubelet?.crashLoopBackOff;
    this.crashMax = cl?.maxMs ?? (cl?.reducedDecay ? 60_000 : CRASHLOOP_MAX);
    this.crashInitial = Math.min(cl?.initialMs ?? (cl?.reducedDecay ? 1_000 : CRASHLOOP_INITIAL), this.crashMax);
    for (const i of options.images?.missing ?? []) this.missingImages.add(imageKey(i));
    for (const i of options.images?.present ?? []) this.presentImages.add(imageKey(i));
    for (const [i, ms] of Object.entries(options.images?.pullMs ?? {})) this.pullMs.set(imageKey(i), ms);
    if (options.nodes === undefined || options.nodes.length === 0) {
      this.addNodeRec({ name: 'node-1' }, true);
    } else for (const n of options.nodes) this.addNodeRec(n, false);
  }

  // ------------------------------------------------------------------ clock

  now(): number {
    return this.t;
  }

  /** Wall-clock ISO time of a virtual instant (metav1.Time has second precision in JSON). */
  iso(ms: number): string {
    const sec = Math.floor(ms / 1000);
    let s = this.isoCache.get(sec);
    if (s === undefined) {
      s = new Date(this.epochMs + sec * 1000).toISOString().replace('.000Z', 'Z');
      if (this.isoCache.size > 4096) this.isoCache.clear();
      this.isoCache.set(sec, s);
    }
    return s;
  }

  private readonly isoCache = new Map<number, string>();

  /** Move the clock forward by `ms`, running every event due on the way. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`advance: ${ms} is not a non-negative duration`);
    this.runUntil(this.t + ms);
  }

  /** Move the clock to absolute virtual time `t` (never backwards). */
  advanceTo(t: number): void {
    this.runUntil(Math.max(t, this.t));
  }

  /**
   * Run events until `pred` holds (checked after every event) or `limitMs` of virtual time
   * passed. Returns whether it held; the clock stops at the instant it first held.
   */
  advanceUntil(pred: () => boolean, limitMs: number): boolean {
    this.flush();
    if (pred()) return true;
    const end = this.t + limitMs;
    for (;;) {
      const next = this.heap.peek();
      if (next === undefined || next.time > end) {
        this.t = end;
        return pred();
      }
      this.step();
      if (pred()) return true;
    }
  }

  /** The time of the next scheduled event, if any. */
  nextEventTime(): number | undefined {
    return this.heap.peek()?.time;
  }

  private runUntil(target: number): void {
    this.flush();
    for (;;) {
      const next = this.heap.peek();
      if (next === undefined || next.time > target) break;
      this.step();
    }
    this.t = target;
  }

  /** Run every timer due at the next instant, one at a time, syncing after each. */
  private step(): void {
    const timer = this.heap.pop();
    if (timer === undefined) return;
    if (timer.cancelled) return;
    this.t = Math.max(this.t, timer.time);
    timer.fn();
    this.flush();
  }

  private at(time: number, prio: number, fn: () => void, p?: PodRec): Timer {
    const timer = this.heap.push(Math.max(time, this.t), prio, fn);
    if (p) {
      p.timers.add(timer);
      const orig = timer.fn;
      timer.fn = () => {
        p.timers.delete(timer);
        if (p.nodeLost) return;
        orig();
      };
    }
    return timer;
  }

  private cancel(timer: Timer | undefined): void {
    if (timer) timer.cancelled = true;
  }

  /** Sync dirty pods until quiet, then record status snapshots. */
  private flush(): void {
    let guard = 0;
    while (this.dirty.size > 0) {
      if (++guard > 10_000) throw new Error('emulator: pod sync did not settle (internal error)');
      const [p] = this.dirty as Set<PodRec> & Iterable<PodRec>;
      this.dirty.delete(p as PodRec);
      // SyncPod starts by generating and publishing the status (generateAPIPodStatus).
      if ((p as PodRec).statusDirty) this.snapshot(p as PodRec);
      this.syncPod(p as PodRec);
    }
    for (const p of this.podsList) if (p.statusDirty) this.snapshot(p);
  }

  private markDirty(p: PodRec): void {
    p.statusDirty = true;
    if (!p.removed || p.terminating) this.dirty.add(p);
  }

  // ------------------------------------------------------------------ nodes and images

  private addNodeRec(o: NodeOptions, implicit: boolean): NodeRec {
    const n: NodeRec = {
      name: o.name,
      index: this.nodesList.length,
      labels: { 'kubernetes.io/hostname': o.name, 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', ...(o.labels ?? {}) },
      cpu: o.cpu ?? 4,
      memory: o.memory ?? 8 * GiB,
      pods: o.pods ?? 110,
      taints: [...(o.taints ?? [])],
      unschedulable: o.unschedulable ?? false,
      images: new Set(this.presentImages),
      hostPaths: new Map(),
      lost: false,
      ipCounter: 0,
      implicit,
    };
    this.nodesList.push(n);
    return n;
  }

  /** Alias of {@link upsertNode}. */
  addNode(o: NodeOptions): void {
    this.upsertNode(o);
  }

  /**
   * Create a node, or add to an existing one (labels merge, capacity replaces, taints append).
   * The first node a scenario declares replaces the implicit default `node-1` (STEPS.md).
   */
  upsertNode(o: NodeOptions): void {
    let n = this.nodesList.find((x) => x.name === o.name);
    if (n === undefined) {
      const implicit = this.nodesList.findIndex((x) => x.implicit);
      if (implicit >= 0 && !this.podsList.some((p) => p.node === (this.nodesList[implicit] as NodeRec).name)) {
        this.nodesList.splice(implicit, 1);
        this.nodesList.forEach((x, i) => (x.index = i));
      }
      n = this.addNodeRec(o, false);
    } else {
      n.implicit = false;
      Object.assign(n.labels, o.labels ?? {});
      if (o.cpu !== undefined) n.cpu = o.cpu;
      if (o.memory !== undefined) n.memory = o.memory;
      if (o.pods !== undefined) n.pods = o.pods;
      if (o.unschedulable !== undefined) n.unschedulable = o.unschedulable;
      for (const t of o.taints ?? []) if (!n.taints.some((x) => x.key === t.key && x.effect === t.effect)) n.taints.push(t);
    }
    this.retryScheduling();
  }

  nodeNames(): string[] {
    return this.nodesList.map((n) => n.name);
  }

  /** The registry does not have this image. */
  imageMissing(image: string): void {
    this.missingImages.add(imageKey(image));
  }

  /** The image is already on the node (all nodes when none is named). */
  imagePresent(image: string, node?: string): void {
    const k = imageKey(image);
    if (node === undefined) this.presentImages.add(k);
    for (const n of this.nodesList) if (node === undefined || n.name === node) n.images.add(k);
  }

  setPullTime(image: string, ms: number): void {
    this.pullMs.set(imageKey(image), ms);
  }

  addObject(obj: KubeObject): void {
    this.objects.push(obj);
  }

  /**
   * The node stops reporting (kubelet and runtime unreachable). Its pods' statuses freeze;
   * after node-monitor-grace-period the node lifecycle controller marks them not ready
   * (MarkPodsNotReady, event NodeNotReady); after the default 300 s toleration of the
   * `node.kubernetes.io/unreachable:NoExecute` taint they are marked for deletion
   * (TaintManagerEviction) and stay Terminating, as nothing confirms their end.
   */
  loseNode(name: string): void {
    const n = this.nodesList.find((x) => x.name === name);
    if (n === undefined || n.lost) return;
    n.lost = true;
    const pods = this.podsList.filter((p) => p.node === name && !p.removed);
    for (const p of pods) {
      this.snapshot(p);
      p.nodeLost = true;
      p.frozen = clone(p.lastStatus ?? this.buildStatus(p));
      for (const timer of p.timers) timer.cancelled = true;
      p.timers.clear();
    }
    this.heap.push(this.t + NODE_MONITOR_GRACE, PRIO_KUBELET, () => {
      n.taints.push({ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' }, { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' });
      for (const p of pods) {
        if (p.removed) continue;
        const st = p.frozen as PodStatus;
        for (const c of st.conditions ?? []) {
          if (c.type === 'Ready' && c.status !== 'False') {
            c.status = 'False';
            c.lastTransitionTime = this.iso(this.t);
          }
        }
        for (const cs of [...(st.containerStatuses ?? []), ...(st.initContainerStatuses ?? [])]) cs.ready = false;
        this.emit(p, 'Warning', 'NodeNotReady', 'Node is not ready', undefined, 'node-controller');
        p.rev++;
        p.statusDirty = true;
      }
      this.flush();
      this.heap.push(this.t + DEFAULT_TOLERATION, PRIO_KUBELET, () => {
        for (const p of pods) {
          if (p.removed || p.deletion) continue;
          const tolerates = (p.pod.spec?.tolerations ?? []).some(
            (t) => t.key === 'node.kubernetes.io/unreachable' && t.effect === 'NoExecute' && t.tolerationSeconds === undefined,
          );
          if (tolerates) continue;
          this.emit(p, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${p.namespace}/${p.name}`, undefined, 'taint-eviction-controller');
          const grace = p.pod.spec?.terminationGracePeriodSeconds ?? 30;
          p.deletion = { at: this.t + grace * 1000, grace };
          const meta = p.pod.metadata as NonNullable<Pod['metadata']>;
          meta.deletionTimestamp = this.iso(p.deletion.at);
          meta.deletionGracePeriodSeconds = grace;
          p.statusDirty = true;
        }
        this.flush();
      });
    });
  }

  // ------------------------------------------------------------------ pods

  /** Create a pod (already validated by the caller): the API server's defaults, then scheduling. */
  createPod(input: Pod, opts: CreatePodOptions = {}): PodHandle {
    const pod = applyPodDefaults(input);
    if (this.minor < 29) {
      // SidecarContainers is off by default before 1.29: the API server drops the field.
      for (const c of pod.spec?.initContainers ?? []) delete c.restartPolicy;
    }
    const meta = pod.metadata ?? (pod.metadata = {});
    this.podCounter++;
    if (!meta.name) meta.name = `${meta.generateName ?? 'pod-'}${stableHex(`gen:${this.podCounter}`, 5)}`;
    const name = meta.name;
    const namespace = meta.namespace ?? 'default';
    if (this.podsList.some((p) => p.name === name && p.namespace === namespace && !p.removed)) {
      throw new Error(`pods "${name}" already exists`);
    }
    meta.uid ??= stableUid(`${namespace}/${name}/${this.podCounter}`);
    meta.creationTimestamp = this.iso(this.t);
    const spec = pod.spec as NonNullable<Pod['spec']>;
    const containers: CRec[] = [];
    (spec.initContainers ?? []).forEach((c, i) =>
      containers.push({ spec: c, kind: isRestartableInitContainer(c) ? 'sidecar' : 'init', index: i, instances: [], total: 0, workers: {}, behaviour: {} }),
    );
    spec.containers.forEach((c, i) => containers.push({ spec: c, kind: 'regular', index: i, instances: [], total: 0, workers: {}, behaviour: {} }));
    for (const [cname, b] of Object.entries(opts.behaviours ?? {})) {
      const c = containers.find((x) => x.spec.name === cname);
      if (c) c.behaviour = clone(b);
    }
    const p: PodRec = {
      pod,
      name,
      namespace,
      uid: meta.uid,
      createdAt: this.t,
      sandbox: false,
      containers,
      initialized: false,
      removed: false,
      terminating: false,
      terminateGrace: 0,
      terminal: false,
      deadlineExceeded: false,
      phase: 'Pending',
      conds: new Map(),
      phaseHistory: [],
      volumes: new Map(),
      busy: false,
      statusDirty: true,
      lastSig: '',
      rev: 0,
      history: [],
      nodeLost: false,
      crashBackoff: new Backoff(this.crashInitial, this.crashMax, CRASHLOOP_RESET),
      timers: new Set(),
    };
    this.podsList.push(p);
    this.trySchedule(p);
    this.flush();
    return new PodHandle(this, p);
  }

  pod(name?: string): PodHandle {
    const live = this.podsList;
    const p = name === undefined ? live[live.length - 1] : [...live].reverse().find((x) => x.name === name);
    if (p === undefined) throw new Error(name === undefined ? 'no pod has been created' : `pods "${name}" not found`);
    return new PodHandle(this, p);
  }

  pods(): PodHandle[] {
    return this.podsList.map((p) => new PodHandle(this, p));
  }

  /** Aggregated events of every object (kubectl get events). */
  events(): ClusterEvent[] {
    return this.eventsList.map((e) => ({ ...e }));
  }

  /** Every emission in order, unaggregated. */
  occurrences(): EventOccurrence[] {
    return [...this.occurrencesList];
  }

  // ------------------------------------------------------------------ events

  /** The event recorder + correlator's exact-duplicate aggregation (same object, type, reason, message, source → count++). */
  private emit(p: PodRec, type: 'Normal' | 'Warning', reason: string, message: string, c?: CRec, source = 'kubelet'): void {
    const fieldPath = c ? containerRefPath(c) : undefined;
    const key = `${p.uid}|${fieldPath ?? ''}|${type}|${reason}|${message}|${source}`;
    const existing = this.eventIndex.get(key);
    if (existing) {
      existing.count++;
      existing.lastTimestamp = this.t;
    } else {
      const e: ClusterEvent = { type, reason, message, source, pod: p.name, namespace: p.namespace, firstTimestamp: this.t, lastTimestamp: this.t, count: 1 };
      if (fieldPath) e.fieldPath = fieldPath;
      this.eventsList.push(e);
      this.eventIndex.set(key, e);
    }
    const occ: EventOccurrence = { time: this.t, type, reason, message, pod: p.name };
    if (c) occ.container = c.spec.name;
    this.occurrencesList.push(occ);
    p.statusDirty = true;
  }

  // ------------------------------------------------------------------ scheduling

  private schedNodes(): SchedulerNode[] {
    return this.nodesList.map((n) => ({
      name: n.name,
      labels: n.labels,
      allocatable: { cpu: n.cpu, memory: n.memory, pods: n.pods },
      taints: n.taints,
      unschedulable: n.unschedulable,
    }));
  }

  private podsOnNode(node: string): PodOnNode[] {
    return this.podsList
      .filter((p) => p.node === node && !p.removed && !p.terminal)
      .map((p) => ({ requests: podRequests(p.pod), hostPorts: podHostPorts(p.pod) }));
  }

  private retryScheduling(): void {
    for (const p of this.podsList) if (p.node === undefined && !p.removed) this.trySchedule(p);
    this.flush();
  }

  /** The scheduler's one cycle (schedule_one.go): bind, or PodScheduled=False + FailedScheduling. */
  private trySchedule(p: PodRec): void {
    const spec = p.pod.spec as NonNullable<Pod['spec']>;
    if ((spec.schedulingGates ?? []).length > 0) {
      this.setCond(p, 'PodScheduled', 'False', 'SchedulingGated', 'Scheduling is blocked due to non-empty scheduling gates');
      p.statusDirty = true;
      return;
    }
    let nodeName: string | undefined;
    if (spec.nodeName) {
      nodeName = this.nodesList.some((n) => n.name === spec.nodeName) ? spec.nodeName : undefined;
      if (nodeName === undefined) return; // bound to a node that does not exist: stays Pending
    } else {
      const res = schedule(p.pod, this.schedNodes(), (n) => this.podsOnNode(n));
      if (!res.ok) {
        p.schedMessage = res.message;
        this.setCond(p, 'PodScheduled', 'False', 'Unschedulable', res.message);
        // every failed attempt records the event (identical ones aggregate: "x3 over 10m")
        this.emit(p, 'Warning', 'FailedScheduling', res.message, undefined, 'default-scheduler');
        // scheduling_queue.go: an unschedulable pod is retried after podMaxInUnschedulablePodsDuration
        // (5 min) when no cluster event moved it earlier
        this.cancel(p.schedRetry);
        p.schedRetry = this.at(this.t + UNSCHEDULABLE_RETRY, PRIO_KUBELET, () => {
          if (p.node === undefined && !p.removed) this.trySchedule(p);
        }, p);
        p.statusDirty = true;
        return;
      }
      nodeName = res.node;
      this.emit(p, 'Normal', 'Scheduled', `Successfully assigned ${p.namespace}/${p.name} to ${nodeName}`, undefined, 'default-scheduler');
    }
    const node = this.nodesList.find((n) => n.name === nodeName) as NodeRec;
    p.node = node.name;
    (p.pod.spec as NonNullable<Pod['spec']>).nodeName = node.name;
    p.schedMessage = undefined;
    this.cancel(p.schedRetry);
    this.setCond(p, 'PodScheduled', 'True');
    this.admit(p, node);
  }

  /** The kubelet admits the pod (HandlePodAdditions): status.startTime, probe workers, deadline. */
  private admit(p: PodRec, node: NodeRec): void {
    p.startTime = this.t;
    p.hostIP = `192.168.49.${2 + node.index}`;
    // prober_manager.go@AddPod: one worker per container and probe; doProbe at start, then every period.
    for (const c of p.containers) {
      if (c.kind === 'init') continue;
      for (const type of ['startup', 'liveness', 'readiness'] as ProbeType[]) {
        const spec = type === 'startup' ? c.spec.startupProbe : type === 'liveness' ? c.spec.livenessProbe : c.spec.readinessProbe;
        if (spec === undefined) continue;
        const w: ProbeWorker = { type, spec, onHold: false, resultRun: 0, inflight: false, stopped: false, origin: this.t, paused: false };
        c.workers[type] = w;
        this.scheduleTick(p, c, w, this.t);
      }
    }
    const ads = p.pod.spec?.activeDeadlineSeconds;
    if (ads !== undefined && ads > 0) {
      this.at(p.startTime + ads * 1000, PRIO_KUBELET, () => this.deadline(p), p);
    }
    this.markDirty(p);
  }

  // ------------------------------------------------------------------ the pod worker

  private stopSync(p: PodRec, retryAt: number): void {
    if (p.syncTimer && !p.syncTimer.cancelled && p.syncTimer.time <= retryAt) return;
    this.cancel(p.syncTimer);
    p.syncTimer = this.at(retryAt, PRIO_KUBELET, () => this.markDirty(p), p);
  }

  /** kuberuntime_manager.go@computePodActions + @SyncPod, in ideal time. */
  private syncPod(p: PodRec): void {
    if (p.node === undefined || p.nodeLost || p.busy) return;
    if (p.removed && !p.terminating) return;
    if (p.terminal) return;
    if (p.deletion && !p.terminating) this.terminatePod(p, p.deletion.grace, false);
    if (p.terminating) {
      this.checkTerminated(p);
      return;
    }
    const spec = p.pod.spec as NonNullable<Pod['spec']>;
    const policy = spec.restartPolicy ?? 'Always';
    // generateAPIPodStatus → prober_manager.go@UpdatePodStatus: every started, running container
    // that is not ready triggers an immediate readiness run (manualTriggerCh, buffered 1).
    for (const c of p.containers) {
      if (c.kind === 'init' || !c.workers.readiness) continue;
      const inst = c.instances[c.instances.length - 1];
      if (inst && inst.state === 'running' && this.isStarted(c, inst) && inst.results.readiness !== 'Success') this.manualReadiness(p, c);
    }
    if (!p.sandbox) {
      // createPodSandbox: networking ready → PodReadyToStartContainers=True, pod IP.
      p.sandbox = true;
      const node = this.nodesList.find((n) => n.name === p.node) as NodeRec;
      if (p.podIP === undefined) {
        if (spec.hostNetwork) p.podIP = p.hostIP;
        else p.podIP = `10.244.${node.index}.${2 + node.ipCounter++}`;
      }
      this.setupVolumes(p, node);
      p.statusDirty = true;
    }

    // Liveness / startup failures: kill (and restart unless restartPolicy Never).
    for (const c of p.containers) {
      if (c.kind === 'init') continue;
      const inst = c.instances[c.instances.length - 1];
      if (!inst || inst.state !== 'running' || inst.killing || inst.inPostStart) continue;
      const live = inst.results.liveness === 'Failure';
      const startupFailed = inst.results.startup === 'Failure';
      if (live || startupFailed) {
        const which = startupFailed ? 'startup' : 'liveness';
        const restart = c.kind === 'sidecar' || policy !== 'Never';
        const probe = which === 'startup' ? c.spec.startupProbe : c.spec.livenessProbe;
        const msg = `Container ${c.spec.name} failed ${which} probe${restart ? ', will be restarted' : ''}`;
        const grace = probe?.terminationGracePeriodSeconds ?? spec.terminationGracePeriodSeconds ?? 30;
        this.killContainer(p, c, inst, { grace, message: msg, ordered: false, restartAfter: restart });
      }
    }

    // Init containers (computeInitContainerActions).
    if (!p.initialized) {
      for (const c of p.containers) {
        if (c.kind === 'regular') break;
        const inst = c.instances[c.instances.length - 1];
        if (c.kind === 'sidecar') {
          if (inst && inst.state === 'running') {
            if (c.spec.startupProbe && inst.results.startup !== 'Success') return; // wait for the startup probe
            continue;
          }
          if (!this.startContainer(p, c)) return;
          const now = c.instances[c.instances.length - 1];
          if (!now || now.state !== 'running' || (c.spec.startupProbe && now.results.startup !== 'Success')) return;
          continue;
        }
        if (inst === undefined) {
          this.startContainer(p, c);
          return;
        }
        if (inst.state === 'running') return;
        if (inst.exitCode === 0) continue;
        // failed regular init container
        if (policy === 'Never') {
          this.terminatePod(p, spec.terminationGracePeriodSeconds ?? 30, true);
          return;
        }
        this.startContainer(p, c);
        return;
      }
    } else {
      // Sidecars are kept running once the pod has initialised (restarted with back-off).
      for (const c of p.containers) {
        if (c.kind !== 'sidecar') continue;
        const inst = c.instances[c.instances.length - 1];
        if (inst && inst.state === 'running') continue;
        if (!this.startContainer(p, c)) {
          if (p.busy) return;
        }
      }
    }

    // Regular containers.
    let keep = 0;
    let toStart = 0;
    for (const c of p.containers) {
      if (c.kind !== 'regular') continue;
      const inst = c.instances[c.instances.length - 1];
      if (inst && inst.state === 'running') {
        if (!inst.killing || inst.killing.restartAfter) keep++;
        continue;
      }
      if (inst !== undefined && !inst.killing?.restartAfter && !this.shouldRestart(policy, inst)) continue;
      toStart++;
      if (!this.startContainer(p, c) && p.busy) return;
      const now = c.instances[c.instances.length - 1];
      if (now && now.state === 'running') keep++;
    }
    p.initialized ||= p.containers.some((c) => c.kind === 'regular' && c.instances.length > 0);
    // Nothing kept and nothing to start: kill the pod (sandbox and sidecars), "to prevent the
    // restartable init containers to keep pod alive".
    if (p.initialized && keep === 0 && toStart === 0) {
      this.terminatePod(p, spec.terminationGracePeriodSeconds ?? 30, true);
    }
  }

  /** kubecontainer.ShouldContainerBeRestarted for an exited container. */
  private shouldRestart(policy: string, inst: Instance): boolean {
    if (policy === 'Always') return true;
    if (policy === 'OnFailure') return inst.exitCode !== 0;
    return false;
  }

  /**
   * Start one container (SyncPod's start(): doBackOff, then startContainer: image, create,
   * start, postStart). Returns true when the container is running afterwards. May leave the pod
   * worker busy (image pull, postStart) and resume with a new sync when done.
   */
  private startContainer(p: PodRec, c: CRec): boolean {
    if (c.retryTimer && !c.retryTimer.cancelled && c.retryTimer.time > this.t) return false;
    let last = c.instances[c.instances.length - 1];
    if (last?.killing?.restartAfter && !last.killing.backoffChecked) {
      // SyncPod kills and restarts in one pass: doBackOff sees the pod status captured before the
      // kill, so its "latest exited instance" is the one before the killed instance.
      last.killing.backoffChecked = true;
      last = c.instances[c.instances.length - 2];
      if (last === undefined) return this.ensureImage(p, c);
    }
    // doBackOff: eventTime = finishedAt of the latest exited instance.
    if (last && last.state === 'exited' && last.finishedAt !== undefined) {
      const key = this.backoffKey(p, c);
      if (p.crashBackoff.isInBackOffSince(key, last.finishedAt, this.t)) {
        const entry = p.crashBackoff.get(key);
        const backoff = entry?.backoff ?? this.crashInitial;
        c.waiting = {
          reason: 'CrashLoopBackOff',
          message: `back-off ${goDuration(backoff)} restarting failed container=${c.spec.name} pod=${p.name}_${p.namespace}(${p.uid})`,
        };
        this.emit(p, 'Warning', 'BackOff', `Back-off restarting failed container ${c.spec.name} in pod ${p.name}_${p.namespace}(${p.uid})`, c);
        c.retryTimer = this.at(last.finishedAt + backoff, PRIO_KUBELET, () => this.markDirty(p), p);
        p.statusDirty = true;
        return false;
      }
      p.crashBackoff.next(key, last.finishedAt, this.t);
    }
    return this.ensureImage(p, c);
  }

  private backoffKey(p: PodRec, c: CRec): string {
    // helpers.go@GetStableKey: pod name, namespace, uid, container name and spec hash.
    return `${p.name}_${p.namespace}_${p.uid}_${c.spec.name}_${c.kind}${c.index}`;
  }

  private retryLater(p: PodRec, c: CRec): void {
    this.cancel(c.retryTimer);
    c.retryTimer = this.at(this.t + WORKER_BACKOFF, PRIO_KUBELET, () => this.markDirty(p), p);
  }

  /** image_manager.go@EnsureImageExists. */
  private ensureImage(p: PodRec, c: CRec): boolean {
    const image = c.spec.image ?? '';
    const node = this.nodesList.find((n) => n.name === p.node) as NodeRec;
    const fail = (reason: string, message: string): boolean => {
      c.waiting = { reason, message };
      this.emit(p, 'Warning', 'Failed', `Error: ${reason}`, c);
      this.retryLater(p, c);
      p.statusDirty = true;
      return false;
    };
    if (parseImageRef(image) === undefined) {
      const msg = `Failed to apply default image tag "${image}": couldn't parse image name "${image}": invalid reference format`;
      this.emit(p, 'Warning', 'InspectFailed', msg, c);
      return fail('InvalidImageName', msg);
    }
    const key = imageKey(image);
    const present = node.images.has(key);
    const policy = c.spec.imagePullPolicy ?? defaultPullPolicy(image);
    if (policy === 'Never' || (policy === 'IfNotPresent' && present)) {
      if (!present) {
        const msg = `Container image "${image}" is not present with pull policy of Never`;
        this.emit(p, 'Warning', 'ErrImageNeverPull', msg, c);
        return fail('ErrImageNeverPull', msg);
      }
      this.emit(p, 'Normal', 'Pulled', `Container image "${image}" already present on machine`, c);
      return this.createContainer(p, c);
    }
    const backoffKey = `${p.uid}_${applyDefaultImageTag(image)}`;
    if (this.imageBackoff.isInBackOffSinceUpdate(backoffKey, this.t)) {
      const msg = `Back-off pulling image "${image}"`;
      this.emit(p, 'Normal', 'BackOff', msg, c);
      return fail('ImagePullBackOff', msg);
    }
    this.emit(p, 'Normal', 'Pulling', `Pulling image "${image}"`, c);
    if (this.missingImages.has(key)) {
      const full = runtimeImage(image).image;
      const err = `rpc error: code = NotFound desc = failed to pull and unpack image "${full}": failed to resolve reference "${full}": ${full}: not found`;
      this.emit(p, 'Warning', 'Failed', `Failed to pull image "${image}": ${err}`, c);
      this.imageBackoff.next(backoffKey, this.t, this.t);
      return fail('ErrImagePull', err);
    }
    const d = this.pullMs.get(key) ?? 0;
    const finish = (): boolean => {
      node.images.add(key);
      this.emit(p, 'Normal', 'Pulled', `Successfully pulled image "${image}" in ${goDuration(d)} (${goDuration(d)} including waiting). Image size: ${imageSizeBytes(image)} bytes.`, c);
      return this.createContainer(p, c);
    };
    if (d <= 0) return finish();
    this.block(p);
    this.at(
      this.t + d,
      PRIO_KUBELET,
      () => {
        this.unblock(p);
        finish();
        this.markDirty(p);
      },
      p,
    );
    return false;
  }

  /** The pod worker is blocked inside SyncPod: the published status stays as it was. */
  private block(p: PodRec): void {
    p.frozen = this.buildStatus(p);
    p.busy = true;
  }

  private unblock(p: PodRec): void {
    p.busy = false;
    p.frozen = undefined;
    p.statusDirty = true;
  }

  private downwardCtx(p: PodRec): DownwardContext {
    const node = this.nodesList.find((n) => n.name === p.node);
    return {
      pod: p.pod,
      podIP: p.podIP ?? '',
      hostIP: p.hostIP ?? '',
      nodeName: p.node ?? '',
      nodeCpu: node?.cpu ?? 0,
      nodeMemory: node?.memory ?? 0,
      objects: this.objects,
      strict: this.strict,
    };
  }

  private hostname(p: PodRec): string {
    return (p.pod.spec?.hostname ?? p.name).slice(0, 63);
  }

  /** Volumes: emptyDir per pod, hostPath per node, configMap/secret/downwardAPI/projected files. */
  private setupVolumes(p: PodRec, node: NodeRec): void {
    if (p.volumes.size > 0) return;
    const ctx = this.downwardCtx(p);
    for (const v of p.pod.spec?.volumes ?? []) {
      if (v.hostPath) {
        let tree = node.hostPaths.get(v.hostPath.path);
        if (!tree) node.hostPaths.set(v.hostPath.path, (tree = new VolumeTree()));
        p.volumes.set(v.name, tree);
        continue;
      }
      const tree = new VolumeTree();
      try {
        for (const [path, data] of Object.entries(volumeFiles(v as Record<string, unknown>, ctx))) tree.writeFile(path, data);
      } catch {
        // a strict missing reference is reported when the container is created
      }
      p.volumes.set(v.name, tree);
    }
    if (p.pod.spec?.automountServiceAccountToken !== false) {
      const sa = new VolumeTree();
      sa.writeFile('token', 'eyJhbGciOiJSUzI1NiJ9.podproof-placeholder-token');
      sa.writeFile('ca.crt', '-----BEGIN CERTIFICATE-----\n(podproof placeholder)\n-----END CERTIFICATE-----\n');
      sa.writeFile('namespace', p.namespace);
      p.volumes.set('\0serviceaccount', sa);
    }
  }

  /** startContainer steps 2–4: generate config (env), create, start; then postStart. */
  private createContainer(p: PodRec, c: CRec): boolean {
    // ShouldContainerBeRestarted is false once the pod is being torn down
    if (p.terminating || p.removed) return false;
    const ctx = this.downwardCtx(p);
    let env: Record<string, string>;
    try {
      // A strict, missing volume source is a config error too.
      for (const v of p.pod.spec?.volumes ?? []) if (!v.hostPath && !v.emptyDir) volumeFiles(v, ctx);
      env = containerEnv(c.spec, ctx, expandKubeletVars, this.hostname(p));
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      c.waiting = { reason: 'CreateContainerConfigError', message: e.message };
      this.emit(p, 'Warning', 'Failed', `Error: ${e.message}`, c);
      this.retryLater(p, c);
      p.statusDirty = true;
      return false;
    }
    const image = c.spec.image ?? '';
    const mounts: { mountPath: string; volume: VolumeTree; readOnly?: boolean; subPath?: string }[] = [];
    for (const m of c.spec.volumeMounts ?? []) {
      const vol = p.volumes.get(m.name);
      if (!vol) continue;
      const mount: { mountPath: string; volume: VolumeTree; readOnly?: boolean; subPath?: string } = { mountPath: m.mountPath, volume: vol };
      if (m.readOnly) mount.readOnly = true;
      const sub = m.subPath ?? (m.subPathExpr ? expandKubeletVars(m.subPathExpr, env) : undefined);
      if (sub) mount.subPath = sub;
      mounts.push(mount);
    }
    const sa = p.volumes.get('\0serviceaccount');
    if (sa && !(c.spec.volumeMounts ?? []).some((m) => m.mountPath === '/var/run/secrets/kubernetes.io/serviceaccount')) {
      mounts.push({ mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', volume: sa, readOnly: true });
    }
    const hostname = this.hostname(p);
    const tmPath = c.spec.terminationMessagePath ?? '/dev/termination-log';
    // The container's root file system, built on first use (a scripted program that nobody
    // execs into never needs one).
    let fsCache: ContainerFs | undefined;
    const fsOf = (): ContainerFs => {
      if (fsCache === undefined) {
        fsCache = new ContainerFs({ image, hostname, mounts });
        // makeMounts: a fresh, empty termination-log file per instance.
        try {
          fsCache.writeFile(tmPath, '');
        } catch {
          // unwritable path: the runtime would fail; keep going without a file
        }
      }
      return fsCache;
    };
    const restartCount = c.total;
    const inst: Instance = {
      id: `containerd://${stableHex(`${p.uid}/${c.kind}/${c.spec.name}/${restartCount}`)}`,
      restartCount,
      createdAt: this.t,
      startedAt: this.t,
      state: 'running',
      fsOf,
      hasFs: () => fsCache !== undefined,
      env,
      log: '',
      results: {},
      memory: 0,
      inPostStart: false,
    };
    c.total++;
    c.instances.push(inst);
    if (c.instances.length > 2) c.instances.splice(0, c.instances.length - 2);
    this.emit(p, 'Normal', 'Created', `Created container: ${c.spec.name}`, c);
    // CRI StartContainer
    const ports = (c.spec.ports ?? []).map((x) => x.containerPort);
    const b = c.behaviour;
    let proc: RunningProcess | undefined;
    const needsInner = !(b.exit || b.runUntilStopped);
    if (needsInner) {
      try {
        const argv = resolveArgv(image, c.spec.command, c.spec.args, env);
        const procOpts = {
          argv,
          env,
          fs: inst.fsOf(),
          pid1: true,
          epochMs: this.epochMs + this.t,
          declaredPorts: ports,
          image,
          stdout: (text: string) => (inst.log += text),
          stderr: (text: string) => (inst.log += text),
          network: (port: number, path: string) => this.podNetwork(p, port, path),
        } as Parameters<StartProcess>[0];
        if (c.spec.workingDir) procOpts.cwd = c.spec.workingDir;
        proc = new LocalClock(this.startProc(procOpts), this.t);
      } catch (e) {
        // the runtime could not start the process: StartError, exit 128
        inst.state = 'exited';
        inst.exitCode = 128;
        inst.reason = 'StartError';
        inst.message = e instanceof Error ? e.message : String(e);
        inst.finishedAt = this.t;
        c.waiting = { reason: 'RunContainerError', message: inst.message };
        this.emit(p, 'Warning', 'Failed', `Error: ${inst.message}`, c);
        this.markDirty(p);
        return false;
      }
    }
    inst.proc = isScripted(b) ? new ScriptedProcess(proc, b, this.t, ports) : proc;
    // CRI StartContainer failing (exec: not found…): no Started event, StartError 128, reason
    // cache RunContainerError (kuberuntime_container.go@startContainer, containerd errorStartReason)
    const first = inst.proc?.advance(this.t);
    if (first?.state === 'exited' && first.startError !== undefined) {
      inst.state = 'exited';
      inst.exitCode = first.exitCode;
      inst.reason = 'StartError';
      inst.message = first.startError;
      inst.finishedAt = this.t;
      inst.startedAt = -this.epochMs; // the runtime reports a zero startedAt
      c.waiting = { reason: 'RunContainerError', message: first.startError };
      this.emit(p, 'Warning', 'Failed', `Error: ${first.startError}`, c);
      this.markDirty(p);
      return false;
    }
    c.waiting = undefined;
    this.resumeWorkers(p, c);
    this.emit(p, 'Normal', 'Started', `Started container ${c.spec.name}`, c);
    if (c.kind === 'regular') p.initialized = true;
    // memory behaviour → OOM kill against the limit
    for (const m of b.memory ?? []) {
      this.at(this.t + m.afterMs, PRIO_PROC, () => this.setMemory(p, c, inst, m.bytes), p);
    }
    this.pump(p, c, inst);
    if (inst.state !== 'running') return false;
    // prober_manager UpdatePodStatus: a readiness probe without a result is run right away.
    this.manualReadiness(p, c);
    const hook = c.spec.lifecycle?.postStart;
    const hb = b.hooks?.postStart;
    if (hook || hb) {
      inst.inPostStart = true;
      this.block(p);
      this.runHook(p, c, inst, 'postStart', hook, hb, undefined, (ok, msg) => {
        inst.inPostStart = false;
        if (!ok && inst.state === 'running') {
          // kuberuntime_container.go@startContainer: FailedPostStartHook event, then
          // m.killContainer(..., "FailedPostStartHook", ...) called synchronously (preStop, stop
          // signal, SIGKILL at the end of the grace period), then ErrPostStartHook. The pod worker
          // is blocked for the whole kill; once the container has stopped, the next SyncPod
          // (kuberuntime_manager.go@computePodActions) restarts it per restart policy, through
          // doBackOff (crash-loop back-off).
          this.emit(p, 'Warning', 'FailedPostStartHook', 'PostStartHook failed', c);
          const grace = p.pod.spec?.terminationGracePeriodSeconds ?? 30;
          this.killContainer(p, c, inst, { grace, message: 'FailedPostStartHook', ordered: false, restartAfter: false });
          c.waiting = { reason: 'PostStartHookError', message: msg };
          const ks = inst.killing; // set by killContainer (or by a kill already under way)
          if (ks && inst.state === 'running') {
            ks.blocksWorker = true; // unblocked by onExit
            return;
          }
        }
        this.unblock(p);
        this.markDirty(p);
      });
      return false;
    }
    p.statusDirty = true;
    return true;
  }

  /** Drive a container's main process to the present and schedule its next wake-up. */
  private pump(p: PodRec, c: CRec, inst: Instance): void {
    const proc = inst.proc;
    if (!proc || inst.state !== 'running') return;
    if (proc instanceof ScriptedProcess) proc.healthyNow = proc.isHealthy(this.t);
    const st = proc.advance(this.t);
    if (st.state === 'exited') {
      if (st.startError !== undefined) inst.forced = { code: st.exitCode, reason: 'StartError', message: st.startError };
      this.onExit(p, c, inst, st.exitCode, st.signal);
      return;
    }
    const wake = proc.nextWake();
    this.cancel(inst.wake);
    inst.wake = undefined;
    if (wake !== undefined) {
      inst.wake = this.at(Math.max(wake, this.t), PRIO_PROC, () => this.pump(p, c, inst), p);
    }
  }

  private setMemory(p: PodRec, c: CRec, inst: Instance, bytes: number): void {
    if (inst.state !== 'running') return;
    inst.memory = bytes;
    const limit = qty(c.spec.resources?.limits?.['memory']);
    const node = this.nodesList.find((n) => n.name === p.node);
    const cap = limit ?? node?.memory ?? Infinity;
    if (bytes > cap) this.oomKill(p, c, inst);
  }

  /** cgroup v2 group OOM kill: the whole container dies, reason OOMKilled, exit 137. */
  private oomKill(p: PodRec, c: CRec, inst: Instance): void {
    if (inst.state !== 'running') return;
    inst.forced = { code: 137, reason: 'OOMKilled' };
    inst.proc?.signal('SIGKILL', this.t);
    this.onExit(p, c, inst, 137);
  }

  /** The runtime reports an exit (PLEG): terminated state, termination message, then a sync. */
  private onExit(p: PodRec, c: CRec, inst: Instance, code: number, _signal?: Signal): void {
    if (inst.state === 'exited') return;
    inst.state = 'exited';
    inst.finishedAt = this.t;
    this.cancel(inst.wake);
    if (inst.forced) {
      inst.exitCode = inst.forced.code;
      inst.reason = inst.forced.reason;
    } else {
      inst.exitCode = code;
      // containerd: completeExitReason / errorExitReason
      inst.reason = code === 0 ? 'Completed' : 'Error';
    }
    inst.message = this.terminationMessage(c, inst);
    if (inst.forced?.message !== undefined) {
      // the runtime's message, with the termination message appended after ": "
      inst.message = inst.message ? `${inst.forced.message}: ${inst.message}` : inst.forced.message;
      c.waiting = { reason: 'RunContainerError', message: inst.forced.message };
      this.emit(p, 'Warning', 'Failed', `Error: ${inst.forced.message}`, c);
    }
    for (const w of Object.values(c.workers)) if (w) w.inflight = w.inflight && false;
    if (inst.killing?.blocksWorker) {
      // the kill inside startContainer returned: the pod worker is free again
      inst.killing.blocksWorker = false;
      this.unblock(p);
    }
    if (inst.killing) this.checkTurns(p);
    p.statusDirty = true;
    this.markDirty(p);
  }

  /** kuberuntime_container.go@getTerminationMessage (+ FallbackToLogsOnError). */
  private terminationMessage(c: CRec, inst: Instance): string | undefined {
    const path = c.spec.terminationMessagePath ?? '/dev/termination-log';
    let msg = '';
    try {
      msg = inst.hasFs() ? (inst.fsOf().readFile(path) ?? '') : '';
    } catch {
      msg = '';
    }
    msg = tail(msg, MAX_TERMINATION_MESSAGE);
    if (msg === '' && c.spec.terminationMessagePolicy === 'FallbackToLogsOnError' && inst.exitCode !== 0 && inst.reason !== 'ContainerCannotRun') {
      const lines = inst.log.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      msg = tail(lines.slice(-MAX_TERMINATION_LOG_LINES).join('\n') + (lines.length ? '\n' : ''), MAX_TERMINATION_LOG_BYTES);
    }
    return msg === '' ? undefined : msg;
  }

  // ------------------------------------------------------------------ hooks

  /**
   * lifecycle/handlers.go@Run: exec (a process in the container), httpGet (the container's
   * server), sleep; or a scenario override. `limitMs` abandons it (preStop at the grace period).
   */
  private runHook(
    p: PodRec,
    c: CRec,
    inst: Instance,
    type: HookType,
    handler: LifecycleHandler | undefined,
    b: HookBehaviour | undefined,
    limitMs: number | undefined,
    done: (ok: boolean, msg: string, elapsedMs: number) => void,
  ): void {
    const start = this.t;
    let finished = false;
    const finish = (ok: boolean, msg: string): void => {
      if (finished) return;
      finished = true;
      done(ok, msg, this.t - start);
    };
    if (limitMs !== undefined) this.at(start + limitMs, PRIO_KUBELET, () => finish(true, ''), p);
    if (b && (b.fails !== undefined || b.takesMs !== undefined)) {
      const end = start + (b.takesMs ?? 0);
      const fin = (): void => finish(!b.fails, b.fails ? `${type} hook failed (scenario)` : '');
      if (end <= this.t) fin();
      else this.at(end, PRIO_PROC, fin, p);
      return;
    }
    if (handler?.sleep) {
      this.at(start + handler.sleep.seconds * 1000, PRIO_PROC, () => finish(true, ''), p);
      return;
    }
    if (handler?.httpGet) {
      const port = this.resolvePort(c, handler.httpGet.port);
      const code = inst.proc && port !== undefined ? inst.proc.httpGet(port, handler.httpGet.path ?? '/') : 'refused';
      if (code === 'refused') finish(false, `Get "http://${p.podIP}:${port ?? handler.httpGet.port}${handler.httpGet.path ?? '/'}": dial tcp ${p.podIP}:${port ?? handler.httpGet.port}: connect: connection refused`);
      else finish(code >= 200 && code < 400, code >= 200 && code < 400 ? '' : `HTTP lifecycle hook (${handler.httpGet.path ?? '/'}) for Container "${c.spec.name}" in Pod "${p.name}_${p.namespace}(${p.uid})" failed - error: HTTP status code ${code}`);
      return;
    }
    if (handler?.exec?.command) {
      const command = handler.exec.command;
      this.execIn(p, inst, command, undefined, (exit, output) => {
        if (exit === 0) finish(true, '');
        else
          finish(
            false,
            `Exec lifecycle hook ([${command.join(' ')}]) for Container "${c.spec.name}" in Pod "${p.name}_${p.namespace}(${p.uid})" failed - error: command '${command.join(' ')}' exited with ${exit}: ${output}, message: ${JSON.stringify(output)}`,
          );
      });
      return;
    }
    finish(true, '');
  }

  /** Run a command in a container (exec probes and hooks): pid1 false, same file system and env. */
  private execIn(
    p: PodRec,
    inst: Instance,
    argv: string[],
    timeoutMs: number | undefined,
    done: (exit: number | 'timeout', output: string) => void,
  ): void {
    let output = '';
    let proc: RunningProcess;
    const start = this.t;
    try {
      proc = new LocalClock(
        this.startProc({
          argv,
          env: inst.env,
          fs: inst.fsOf(),
          pid1: false,
          epochMs: this.epochMs + this.t,
          declaredPorts: [],
          image: inst.fsOf().image,
          stdout: (s: string) => (output += s),
          stderr: (s: string) => (output += s),
        }),
        start,
      );
    } catch (e) {
      done(126, e instanceof Error ? e.message : String(e));
      return;
    }
    let settled = false;
    let wake: Timer | undefined;
    let timeout: Timer | undefined;
    const settle = (exit: number | 'timeout'): void => {
      if (settled) return;
      settled = true;
      this.cancel(wake);
      this.cancel(timeout);
      done(exit, output);
    };
    const drive = (): void => {
      if (settled) return;
      const st = proc.advance(this.t);
      if (st.state === 'exited') {
        settle(st.exitCode);
        return;
      }
      const w = proc.nextWake();
      this.cancel(wake);
      wake = w === undefined ? undefined : this.at(Math.max(w, this.t), PRIO_PROC, drive, p);
    };
    if (timeoutMs !== undefined) {
      timeout = this.at(start + timeoutMs, PRIO_PROC, () => {
        proc.signal('SIGKILL', this.t);
        settle('timeout');
      }, p);
    }
    drive();
  }

  /** localhost inside the pod: whichever container listens on the port answers. */
  private podNetwork(p: PodRec, port: number, path: string): number | 'refused' {
    for (const o of p.containers) {
      const inst = o.instances[o.instances.length - 1];
      if (!inst || inst.state !== 'running' || !inst.proc) continue;
      if (inst.proc.listeningPorts().includes(port)) return inst.proc.httpGet(port, path);
    }
    return 'refused';
  }

  private resolvePort(c: CRec, port: number | string): number | undefined {
    if (typeof port === 'number') return port;
    if (/^\d+$/.test(port)) return Number(port);
    return (c.spec.ports ?? []).find((x) => x.name === port)?.containerPort;
  }

  // ------------------------------------------------------------------ killing

  /**
   * kuberuntime_container.go@killContainer: Killing event, preStop (bounded by the grace
   * period, whole seconds subtracted), the sidecar termination order, a 2 s floor, then the stop
   * signal and SIGKILL when the remaining grace expires.
   */
  private killContainer(
    p: PodRec,
    c: CRec,
    inst: Instance,
    o: { grace: number; message?: string; ordered: boolean; restartAfter: boolean },
  ): void {
    if (inst.state !== 'running' || inst.killing) return;
    const ks: KillState = { start: this.t, grace: o.grace, termSent: false, waitingTurn: false, ordered: o.ordered, restartAfter: o.restartAfter };
    inst.killing = ks;
    this.emit(p, 'Normal', 'Killing', o.message ?? `Stopping container ${c.spec.name}`, c);
    const afterPreStop = (): void => {
      if (inst.state !== 'running') return;
      if (ks.ordered && !this.turnReady(p, c)) {
        ks.waitingTurn = true;
        // the wait is bounded by the remaining grace period (waitForTurn)
        this.at(ks.start + ks.grace * 1000, PRIO_KUBELET, () => this.sendTerm(p, c, inst), p);
        return;
      }
      this.sendTerm(p, c, inst);
    };
    const hook = c.spec.lifecycle?.preStop;
    const hb = c.behaviour.hooks?.preStop;
    if ((hook || hb) && o.grace > 0) {
      this.runHook(p, c, inst, 'preStop', hook, hb, o.grace * 1000, (ok) => {
        if (!ok) this.emit(p, 'Warning', 'FailedPreStopHook', 'PreStopHook failed', c);
        afterPreStop();
        this.flushSoon(p);
      });
      return;
    }
    afterPreStop();
  }

  private flushSoon(p: PodRec): void {
    p.statusDirty = true;
  }

  /** kuberuntime_termination_order.go: sidecars wait for every regular container and for later sidecars. */
  private turnReady(p: PodRec, c: CRec): boolean {
    if (c.kind !== 'sidecar') return true;
    for (const o of p.containers) {
      const inst = o.instances[o.instances.length - 1];
      const running = inst !== undefined && inst.state === 'running';
      if (!running) continue;
      if (o.kind === 'regular') return false;
      if (o.kind === 'sidecar' && o.index > c.index) return false;
    }
    return true;
  }

  private checkTurns(p: PodRec): void {
    for (const c of p.containers) {
      const inst = c.instances[c.instances.length - 1];
      if (inst && inst.state === 'running' && inst.killing?.waitingTurn && !inst.killing.termSent && this.turnReady(p, c)) {
        this.sendTerm(p, c, inst);
      }
    }
  }

  private sendTerm(p: PodRec, c: CRec, inst: Instance): void {
    const ks = inst.killing;
    if (!ks || ks.termSent || inst.state !== 'running') return;
    ks.termSent = true;
    ks.waitingTurn = false;
    const elapsedS = Math.floor((this.t - ks.start) / 1000);
    const remaining = Math.max(ks.grace - elapsedS, MIN_GRACE_S);
    let sig: Signal = 'SIGTERM';
    try {
      sig = imageStopSignal(c.spec.image ?? '');
    } catch {
      sig = 'SIGTERM';
    }
    const stop = c.spec.lifecycle?.stopSignal;
    if (stop && /^SIG[A-Z0-9]+$/.test(stop)) sig = stop as Signal;
    inst.proc?.signal(sig, this.t);
    this.pump(p, c, inst);
    if (inst.state === 'running') {
      this.at(this.t + remaining * 1000, PRIO_KUBELET, () => {
        if (inst.state !== 'running') return;
        inst.proc?.signal('SIGKILL', this.t);
        this.pump(p, c, inst);
        if (inst.state === 'running') this.onExit(p, c, inst, 137, 'SIGKILL');
      }, p);
    }
  }

  /**
   * Tear the pod down (deletion, active deadline, a finished pod, a failed init container with
   * restartPolicy Never): every container killed in parallel, sidecars last in reverse order,
   * nothing restarted (ShouldContainerBeRestarted is false once deletionTimestamp is set).
   */
  private terminatePod(p: PodRec, graceS: number, ordered: boolean): void {
    if (p.terminating) return;
    p.terminating = true;
    p.terminateGrace = graceS;
    for (const c of p.containers) this.cancel(c.retryTimer);
    // prober worker rule 5: liveness and startup stop on a terminating pod.
    for (const c of p.containers) {
      for (const type of ['liveness', 'startup'] as ProbeType[]) {
        const w = c.workers[type];
        if (w && p.deletion) {
          w.stopped = true;
          const inst = c.instances[c.instances.length - 1];
          if (inst) inst.results[type] = 'Success';
        }
      }
    }
    const hasSidecar = p.containers.some((c) => c.kind === 'sidecar');
    for (const c of p.containers) {
      const inst = c.instances[c.instances.length - 1];
      if (!inst || inst.state !== 'running') continue;
      if (inst.killing) {
        // an ongoing kill may only get shorter
        continue;
      }
      this.killContainer(p, c, inst, { grace: graceS, ordered: hasSidecar || ordered, restartAfter: false });
    }
    this.checkTerminated(p);
  }

  private checkTerminated(p: PodRec): void {
    if (p.terminal) return;
    const running = p.containers.some((c) => {
      const inst = c.instances[c.instances.length - 1];
      return inst !== undefined && inst.state === 'running';
    });
    this.checkTurns(p);
    if (running || p.busy) return;
    // All stopped: the sandbox goes, the phase becomes terminal (1.27+), then the object is deleted.
    p.sandbox = false;
    p.terminal = true;
    // the scheduler's cache frees the pod's resources and host ports: pending pods are retried
    if (this.podsList.some((x) => x.node === undefined && !x.removed)) {
      this.heap.push(this.t, PRIO_KUBELET, () => this.retryScheduling());
    }
    for (const c of p.containers) for (const w of Object.values(c.workers)) if (w) w.stopped = true;
    p.statusDirty = true;
    this.snapshot(p);
    if (p.deletion) {
      p.removed = true;
      p.statusDirty = true;
    }
  }

  private deadline(p: PodRec): void {
    if (p.terminal || p.removed || p.deadlineExceeded) return;
    // active_deadline.go: the pod sync handler fails the pod; the pod is then killed.
    p.deadlineExceeded = true;
    this.emit(p, 'Normal', 'DeadlineExceeded', 'Pod was active on the node longer than the specified deadline');
    this.terminatePod(p, p.pod.spec?.terminationGracePeriodSeconds ?? 30, true);
    this.markDirty(p);
  }

  // ------------------------------------------------------------------ probes

  private scheduleTick(p: PodRec, c: CRec, w: ProbeWorker, at: number): void {
    w.timer = this.at(at, PRIO_PROBE, () => {
      if (w.stopped) return;
      this.doProbe(p, c, w, false);
      if (w.stopped) return;
      if (w.paused) {
        w.timer = undefined;
        return;
      }
      this.scheduleTick(p, c, w, at + (w.spec.periodSeconds ?? 10) * 1000);
    }, p);
  }

  /**
   * A paused worker's ticks would all be no-ops (no container, container not running with the
   * result already published, on hold, or a startup probe that succeeded): they are skipped and
   * the worker resumes on its own period grid (ticks aligned to worker start) when a new
   * container instance starts. Observable behaviour is the same; 24 h of crash loop stays cheap.
   */
  private resumeWorkers(p: PodRec, c: CRec): void {
    for (const w of Object.values(c.workers)) {
      if (!w || w.stopped || !w.paused) continue;
      w.paused = false;
      const period = (w.spec.periodSeconds ?? 10) * 1000;
      const k = Math.ceil((this.t - w.origin) / period);
      this.scheduleTick(p, c, w, w.origin + Math.max(k, 0) * period);
    }
  }

  private manualReadiness(p: PodRec, c: CRec): void {
    const w = c.workers.readiness;
    if (w && !w.stopped) this.doProbe(p, c, w, true);
  }

  /** prober/worker.go@doProbe. */
  private doProbe(p: PodRec, c: CRec, w: ProbeWorker, manual: boolean): void {
    if (w.inflight || p.terminal || p.nodeLost) return;
    if (p.phase === 'Failed' || p.phase === 'Succeeded') {
      w.stopped = true;
      return;
    }
    const inst = c.instances[c.instances.length - 1];
    if (!inst) {
      w.paused = !manual;
      return;
    }
    if (w.containerID !== inst.id) {
      w.containerID = inst.id;
      inst.results[w.type] = w.type === 'readiness' ? 'Failure' : w.type === 'liveness' ? 'Success' : 'Unknown';
      w.onHold = false;
    }
    if (w.onHold) {
      w.paused = !manual;
      return;
    }
    if (inst.state !== 'running') {
      w.paused = !manual;
      this.setResult(p, c, inst, w, 'Failure');
      if ((p.pod.spec?.restartPolicy ?? 'Always') === 'Never' && c.kind === 'regular') w.stopped = true;
      return;
    }
    if (p.deletion && (w.type === 'liveness' || w.type === 'startup')) {
      this.setResult(p, c, inst, w, 'Success');
      w.stopped = true;
      return;
    }
    if (Math.floor((this.t - inst.startedAt) / 1000) < (w.spec.initialDelaySeconds ?? 0)) return;
    const started = this.isStarted(c, inst);
    if (started && w.type === 'startup') {
      w.paused = !manual;
      return;
    }
    if (!started && w.type !== 'startup') return;
    if (inst.inPostStart) return;
    w.inflight = true;
    this.runProbe(p, c, inst, w, (result, output) => {
      w.inflight = false;
      if (inst.state !== 'running' || c.instances[c.instances.length - 1] !== inst) return;
      if (result === 'Failure') {
        const kind = w.type[0]?.toUpperCase() + w.type.slice(1);
        this.emit(p, 'Warning', 'Unhealthy', `${kind} probe failed: ${output}`, c);
      }
      if (w.lastResult === result) w.resultRun++;
      else {
        w.lastResult = result;
        w.resultRun = 1;
      }
      if ((result === 'Failure' && w.resultRun < (w.spec.failureThreshold ?? 3)) || (result === 'Success' && w.resultRun < (w.spec.successThreshold ?? 1))) {
        return;
      }
      this.setResult(p, c, inst, w, result);
      if ((w.type === 'liveness' || w.type === 'startup') && result === 'Failure') {
        w.onHold = true;
        w.resultRun = 0;
      }
    });
  }

  private setResult(p: PodRec, c: CRec, inst: Instance, w: ProbeWorker, result: ProbeResult): void {
    const before = inst.results[w.type];
    inst.results[w.type] = result;
    if (before === result) return;
    p.statusDirty = true;
    this.markDirty(p);
    // a container that just became started gets its readiness probe run at once
    if (w.type === 'startup' && result === 'Success') this.manualReadiness(p, c);
  }

  private isStarted(c: CRec, inst: Instance): boolean {
    if (inst.state !== 'running') return false;
    if (!c.workers.startup) return true;
    return inst.results.startup === 'Success';
  }

  private probeOverride(c: CRec, type: ProbeType): 'fail' | 'succeed' | undefined {
    const list = c.behaviour.probes?.[type] ?? [];
    let cur: 'fail' | 'succeed' | undefined;
    let at = -Infinity;
    for (const o of list) if (o.fromMs <= this.t && o.fromMs >= at) {
      cur = o.result;
      at = o.fromMs;
    }
    return cur;
  }

  /** prober.go@runProbe for each handler kind; the callback gets the result and its output. */
  private runProbe(p: PodRec, c: CRec, inst: Instance, w: ProbeWorker, done: (r: 'Success' | 'Failure', output: string) => void): void {
    const spec = w.spec;
    const ip = p.podIP ?? '';
    const failOutput = (): string => {
      if (spec.httpGet) return `HTTP probe failed with statuscode: 503`;
      if (spec.tcpSocket) return `dial tcp ${ip}:${this.resolvePort(c, spec.tcpSocket.port) ?? spec.tcpSocket.port}: connect: connection refused`;
      if (spec.grpc) return `service unhealthy (responded with "NOT_SERVING")`;
      return '';
    };
    const forced = this.probeOverride(c, w.type);
    if (forced !== undefined) {
      done(forced === 'succeed' ? 'Success' : 'Failure', forced === 'succeed' ? '' : failOutput());
      return;
    }
    const proc = inst.proc;
    if (proc instanceof ScriptedProcess) proc.healthyNow = proc.isHealthy(this.t);
    const b = c.behaviour;
    if (b.healthyAfterMs !== undefined) {
      const healthy = this.t >= inst.startedAt + b.healthyAfterMs;
      if (healthy) done('Success', '');
      else if (spec.exec) done('Failure', '');
      else if (spec.httpGet) {
        const port = this.resolvePort(c, spec.httpGet.port) ?? spec.httpGet.port;
        done('Failure', `Get "http://${ip}:${port}${spec.httpGet.path ?? '/'}": dial tcp ${ip}:${port}: connect: connection refused`);
      } else done('Failure', failOutput().replace('service unhealthy (responded with "NOT_SERVING")', `timeout: failed to connect service "${ip}:${spec.grpc?.port}" within ${spec.timeoutSeconds ?? 1}s: context deadline exceeded`));
      return;
    }
    if (spec.exec) {
      const command = spec.exec.command ?? [];
      this.execIn(p, inst, command, (spec.timeoutSeconds ?? 1) * 1000, (exit, output) => {
        if (exit === 'timeout') done('Failure', `command ${JSON.stringify(command.join(' '))} timed out`);
        // exec.go: the combined output as is (kubectl describe trims it when printing)
        else done(exit === 0 ? 'Success' : 'Failure', output);
      });
      return;
    }
    if (spec.httpGet) {
      const port = this.resolvePort(c, spec.httpGet.port);
      const path = spec.httpGet.path ?? '/';
      const code = proc && port !== undefined ? proc.httpGet(port, path) : 'refused';
      const scheme = (spec.httpGet.scheme ?? 'HTTP').toLowerCase();
      if (code === 'refused') done('Failure', `Get "${scheme}://${ip}:${port ?? spec.httpGet.port}${path}": dial tcp ${ip}:${port ?? spec.httpGet.port}: connect: connection refused`);
      else if (code >= 200 && code < 400) done('Success', '');
      else done('Failure', `HTTP probe failed with statuscode: ${code}`);
      return;
    }
    if (spec.tcpSocket) {
      const port = this.resolvePort(c, spec.tcpSocket.port);
      const open = proc !== undefined && port !== undefined && proc.listeningPorts().includes(port);
      done(open ? 'Success' : 'Failure', open ? '' : `dial tcp ${ip}:${port ?? spec.tcpSocket.port}: connect: connection refused`);
      return;
    }
    if (spec.grpc) {
      const open = proc !== undefined && proc.listeningPorts().includes(spec.grpc.port);
      done(open ? 'Success' : 'Failure', open ? '' : `timeout: failed to connect service "${ip}:${spec.grpc.port}" within ${spec.timeoutSeconds ?? 1}s: context deadline exceeded`);
      return;
    }
    done('Success', '');
  }

  // ------------------------------------------------------------------ scenario events

  /** @internal */
  _exitNow(p: PodRec, name: string, code: number): void {
    const c = this.container(p, name);
    const inst = c.instances[c.instances.length - 1];
    if (!inst || inst.state !== 'running') throw new Error(`container "${name}" is not running`);
    inst.forced = { code, reason: code === 0 ? 'Completed' : 'Error' };
    inst.proc?.signal('SIGKILL', this.t);
    this.onExit(p, c, inst, code);
    this.flush();
  }

  /** @internal */
  _oomNow(p: PodRec, name: string): void {
    const c = this.container(p, name);
    const inst = c.instances[c.instances.length - 1];
    if (!inst || inst.state !== 'running') throw new Error(`container "${name}" is not running`);
    this.oomKill(p, c, inst);
    this.flush();
  }

  /** @internal */
  _behave(p: PodRec, name: string, b: ContainerBehaviour): void {
    const c = this.container(p, name);
    const cur = c.behaviour;
    const merged: ContainerBehaviour = { ...cur, ...b };
    if (b.hooks) {
      // per hook, the new settings are added to the earlier ones ("fails" + "takes 20s")
      const hooks: Partial<Record<HookType, HookBehaviour>> = { ...(cur.hooks ?? {}) };
      for (const [k, v] of Object.entries(b.hooks) as [HookType, HookBehaviour | undefined][]) {
        if (v !== undefined) hooks[k] = { ...(hooks[k] ?? {}), ...v };
      }
      merged.hooks = hooks;
    }
    if (b.memory) merged.memory = [...(cur.memory ?? []), ...b.memory];
    if (b.probes) {
      merged.probes = { ...(cur.probes ?? {}) };
      for (const [k, v] of Object.entries(b.probes) as [ProbeType, NonNullable<ContainerBehaviour['probes']>[ProbeType]][]) {
        merged.probes[k] = [...(cur.probes?.[k] ?? []), ...(v ?? [])];
      }
    }
    c.behaviour = merged;
    // a probe flipping now takes effect at the next tick; memory above the limit now applies at once
    const inst = c.instances[c.instances.length - 1];
    if (inst && inst.state === 'running') {
      for (const m of b.memory ?? []) {
        const at = inst.startedAt + m.afterMs;
        if (at <= this.t) this.setMemory(p, c, inst, m.bytes);
        else this.at(at, PRIO_PROC, () => this.setMemory(p, c, inst, m.bytes), p);
      }
    }
    this.flush();
  }

  /** @internal API server delete (strategy.go@CheckGracefulDelete) + kubelet termination. */
  _delete(p: PodRec, o: DeleteOptions): void {
    if (p.removed) return;
    const spec = p.pod.spec as NonNullable<Pod['spec']>;
    let grace = o.force ? 0 : (o.gracePeriodSeconds ?? spec.terminationGracePeriodSeconds ?? 30);
    if (!o.force && o.gracePeriodSeconds === 0) grace = 1; // kubectl turns --grace-period=0 into 1 without --force
    const terminalPhase = p.phase === 'Succeeded' || p.phase === 'Failed';
    // grace 0 (forced, or a spec of 0 with no override) deletes the object at once
    if (p.node === undefined || terminalPhase || o.force || grace === 0) {
      // deleted at once (unscheduled, already terminal, or forced); the node still stops containers
      this.snapshot(p);
      const last = clone(p.lastStatus ?? this.buildStatus(p));
      p.deletion = { at: this.t, grace: 0 };
      const meta = p.pod.metadata as NonNullable<Pod['metadata']>;
      meta.deletionTimestamp ??= this.iso(this.t);
      meta.deletionGracePeriodSeconds ??= 0;
      p.removed = true;
      p.frozen = last;
      if (p.node !== undefined && !p.terminal) {
        p.terminating = false;
        this.terminatePod(p, Math.max(grace, 1), false);
        p.terminating = true;
      }
      this.recordSnapshot(p, last, true);
      this.flush();
      return;
    }
    if (p.deletion && p.deletion.at <= this.t + grace * 1000) return; // only shorter
    p.deletion = { at: this.t + grace * 1000, grace };
    (p.pod.metadata as NonNullable<Pod['metadata']>).deletionTimestamp = this.iso(p.deletion.at);
    (p.pod.metadata as NonNullable<Pod['metadata']>).deletionGracePeriodSeconds = grace;
    p.statusDirty = true;
    if (p.nodeLost) {
      this.flush();
      return;
    }
    if (!p.terminating) this.terminatePod(p, Math.max(grace, 1), false);
    else {
      // a shorter grace period: running kills are hurried
      for (const c of p.containers) {
        const inst = c.instances[c.instances.length - 1];
        if (inst?.killing && inst.state === 'running') {
          inst.killing.grace = Math.min(inst.killing.grace, grace + Math.floor((this.t - inst.killing.start) / 1000));
        }
      }
    }
    this.markDirty(p);
    this.flush();
  }

  private container(p: PodRec, name: string): CRec {
    const c = p.containers.find((x) => x.spec.name === name);
    if (!c) throw new Error(`container "${name}" not found in pod "${p.name}"`);
    return c;
  }

  // ------------------------------------------------------------------ status

  private setCond(p: PodRec, type: string, status: 'True' | 'False', reason?: string, message?: string): void {
    const prev = p.conds.get(type);
    const next: CondState = { status, since: prev && prev.status === status ? prev.since : this.t };
    if (reason !== undefined) next.reason = reason;
    if (message !== undefined) next.message = message;
    p.conds.set(type, next);
  }

  private containerStatus(p: PodRec, c: CRec): ContainerStatus {
    const image = c.spec.image ?? '';
    const ri = runtimeImage(image);
    const cur = c.instances[c.instances.length - 1];
    const prev = c.instances[c.instances.length - 2];
    const term = (i: Instance): ContainerState => {
      const t: { exitCode: number; reason?: string; message?: string; startedAt?: string; finishedAt?: string; containerID?: string } = {
        exitCode: i.exitCode ?? 0,
      };
      if (i.reason) t.reason = i.reason;
      // status_manager.go@normalizeStatus keeps the first 12 KiB / (number of containers) bytes
      if (i.message !== undefined) t.message = head(i.message, Math.floor(MAX_POD_TERMINATION_MESSAGE / p.containers.length));
      t.startedAt = this.iso(i.startedAt);
      t.finishedAt = this.iso(i.finishedAt ?? this.t);
      t.containerID = i.id;
      return { terminated: t };
    };
    const defaultReason = (p.pod.spec?.initContainers ?? []).length > 0 ? 'PodInitializing' : 'ContainerCreating';
    let state: ContainerState;
    let lastState: ContainerState = {};
    let started = false;
    let ready = false;
    if (cur === undefined) {
      state = { waiting: c.waiting ? { ...c.waiting } : { reason: defaultReason } };
    } else if (cur.state === 'running' && cur.inPostStart) {
      state = { waiting: { reason: defaultReason } };
      if (prev) lastState = term(prev);
    } else if (cur.state === 'running') {
      state = { running: { startedAt: this.iso(cur.startedAt) } };
      if (prev) lastState = term(prev);
      started = this.isStarted(c, cur);
      ready = started && (c.kind === 'init' ? false : !c.workers.readiness || cur.results.readiness === 'Success');
    } else if (c.waiting && !p.terminating && !p.terminal) {
      state = { waiting: { ...c.waiting } };
      lastState = term(cur);
    } else {
      state = term(cur);
      if (prev) lastState = term(prev);
      if (c.kind === 'init') ready = cur.exitCode === 0;
    }
    if (state.waiting && state.waiting.message === undefined) delete state.waiting.message;
    const cs: ContainerStatus = {
      name: c.spec.name,
      state,
      lastState,
      ready,
      restartCount: cur?.restartCount ?? 0,
      // convertToAPIContainerStatuses: the spec's image until the runtime reports one
      image: cur ? ri.image : image,
      imageID: cur ? ri.imageID : '',
      started,
    };
    if (cur) cs.containerID = cur.id;
    return cs;
  }

  /** kubelet_pods.go@generateAPIPodStatus. */
  buildStatus(p: PodRec): PodStatus {
    if (p.frozen && (p.busy || p.removed || p.nodeLost)) return clone(p.frozen);
    const status: PodStatus = {};
    if (p.node === undefined) {
      status.phase = 'Pending';
      const sc = p.conds.get('PodScheduled');
      if (sc) status.conditions = [this.condOut('PodScheduled', sc)];
      status.qosClass = qosClass(p.pod);
      return status;
    }
    const init = p.containers.filter((c) => c.kind !== 'regular').map((c) => this.containerStatus(p, c));
    const regular = p.containers
      .filter((c) => c.kind === 'regular')
      .map((c) => this.containerStatus(p, c))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)); // kubetypes.SortedContainerStatuses
    const obj: Pod = { ...p.pod, status: { phase: p.phase, containerStatuses: regular, initContainerStatuses: init } };
    // Before 1.27 a deleted pod could vanish without a terminal phase (kubernetes/kubernetes#115331).
    const podIsTerminal = p.terminal && !(this.minor < 27 && p.deletion !== undefined);
    let phase: string = podPhase(obj, { podIsTerminal, podHasInitialized: p.initialized });
    // terminal stickiness
    if (p.phase === 'Succeeded' || p.phase === 'Failed') phase = p.phase;
    if (p.deadlineExceeded) phase = 'Failed';
    status.phase = phase;
    if (p.deadlineExceeded) {
      status.reason = 'DeadlineExceeded';
      status.message = 'Pod was active on the node longer than the specified deadline';
    }
    // conditions (status/generate.go)
    const initSpecs = p.containers.filter((c) => c.kind !== 'regular');
    this.setCond(p, 'PodReadyToStartContainers', p.sandbox ? 'True' : 'False');
    if (initSpecs.length === 0) this.setCond(p, 'Initialized', 'True');
    else {
      const incomplete = init.filter((s, i) => {
        const c = initSpecs[i] as CRec;
        return c.kind === 'sidecar' ? !s.started : !s.ready;
      });
      if (phase === 'Succeeded') this.setCond(p, 'Initialized', 'True', 'PodCompleted');
      else if (incomplete.length === 0 || p.initialized) this.setCond(p, 'Initialized', 'True');
      else this.setCond(p, 'Initialized', 'False', 'ContainersNotInitialized', `containers with incomplete status: [${incomplete.map((s) => s.name).join(' ')}]`);
    }
    const counted = [...init.filter((_, i) => (initSpecs[i] as CRec).kind === 'sidecar'), ...p.containers.filter((c) => c.kind === 'regular').map((c) => regular.find((s) => s.name === c.spec.name) as (typeof regular)[number])];
    const unready = counted.filter((s) => !s.ready).map((s) => s.name);
    let crReason: string | undefined;
    let crMessage: string | undefined;
    let crStatus: 'True' | 'False' = 'True';
    if (phase === 'Succeeded') {
      crStatus = 'False';
      crReason = 'PodCompleted';
    } else if (phase === 'Failed') {
      crStatus = 'False';
      crReason = 'PodFailed';
    } else if (unready.length > 0) {
      crStatus = 'False';
      crReason = 'ContainersNotReady';
      crMessage = `containers with unready status: [${unready.join(' ')}]`;
    }
    this.setCond(p, 'ContainersReady', crStatus, crReason, crMessage);
    // Ready: ContainersReady and readiness gates
    let rStatus = crStatus;
    let rReason = crReason;
    let rMessage = crMessage;
    if (crStatus === 'True') {
      for (const g of p.pod.spec?.readinessGates ?? []) {
        rStatus = 'False';
        rReason = 'ReadinessGatesNotReady';
        rMessage = `corresponding condition of pod readiness gate "${g.conditionType}" does not exist.`;
        break;
      }
    }
    this.setCond(p, 'Ready', rStatus, rReason, rMessage);
    const types = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'];
    // PodHasNetwork/PodReadyToStartContainers: alpha until 1.29 (KUBELET.md A12)
    if (this.minor < 29) types.shift();
    status.conditions = types.map((t) =>
      this.condOut(t, p.conds.get(t) as CondState),
    );
    if (p.hostIP) {
      status.hostIP = p.hostIP;
      status.hostIPs = [{ ip: p.hostIP }];
    }
    if (p.podIP) {
      status.podIP = p.podIP;
      status.podIPs = [{ ip: p.podIP }];
    }
    if (p.startTime !== undefined) status.startTime = this.iso(p.startTime);
    if (init.length > 0) status.initContainerStatuses = init;
    status.containerStatuses = regular;
    status.qosClass = qosClass(p.pod);
    return status;
  }

  private condOut(type: string, c: CondState): PodCondition {
    const out: PodCondition = { type, status: c.status, lastProbeTime: null, lastTransitionTime: this.iso(c.since) };
    if (c.reason) out.reason = c.reason;
    if (c.message) out.message = c.message;
    return out;
  }

  private signature(p: PodRec, st: PodStatus): string {
    const parts: string[] = [st.phase ?? '', st.reason ?? '', p.pod.metadata?.deletionTimestamp ?? '', String(p.removed)];
    for (const c of st.conditions ?? []) parts.push(`${c.type}=${c.status}`);
    for (const cs of [...(st.initContainerStatuses ?? []), ...(st.containerStatuses ?? [])]) {
      const s = cs.state ?? {};
      const kind = s.running ? 'R' : s.terminated ? `T${s.terminated.exitCode}${s.terminated.reason ?? ''}` : `W${s.waiting?.reason ?? ''}`;
      parts.push(`${cs.name}:${kind}:${cs.restartCount}:${cs.ready ? 1 : 0}:${cs.started ? 1 : 0}`);
    }
    return parts.join('|');
  }

  /**
   * A cheap fingerprint of everything the published status is derived from (container states,
   * reasons, readiness, pod-level flags). Unchanged fingerprint → unchanged status, so the
   * status is not rebuilt (most syncs and probe results change nothing visible).
   */
  private internalSig(p: PodRec): string {
    let s = `${p.rev}|${p.node ?? ''}|${p.sandbox ? 1 : 0}|${p.terminal ? 1 : 0}|${p.deletion?.at ?? ''}|${p.removed ? 1 : 0}|${p.deadlineExceeded ? 1 : 0}|${p.schedMessage ?? ''}|${p.busy ? 1 : 0}|${p.nodeLost ? 1 : 0}|${p.terminating ? 1 : 0}|${p.phase}|${p.conds.get('PodScheduled')?.reason ?? ''}`;
    for (const c of p.containers) {
      const inst = c.instances[c.instances.length - 1];
      s += `#${c.total}:${c.waiting?.reason ?? ''}:${c.waiting?.message ?? ''}`;
      if (inst) {
        s += `:${inst.state}:${inst.inPostStart ? 1 : 0}:${inst.exitCode ?? ''}:${inst.reason ?? ''}:${inst.results.startup ?? ''}:${inst.results.readiness ?? ''}`;
      }
    }
    return s;
  }

  /** Publish the status: sticky phase, phase history, a snapshot when something visible changed. */
  private snapshot(p: PodRec): void {
    p.statusDirty = false;
    if (p.removed && p.frozen) return;
    const isig = this.internalSig(p);
    if (isig === p.lastInternalSig) return;
    p.lastInternalSig = isig;
    const st = this.buildStatus(p);
    if (!p.busy && !p.nodeLost) {
      if (st.phase && st.phase !== p.phase) {
        p.phase = st.phase;
        p.lastInternalSig = this.internalSig(p);
      }
      p.lastStatus = st;
    }
    if (p.phaseHistory[p.phaseHistory.length - 1] !== st.phase && st.phase) p.phaseHistory.push(st.phase);
    this.recordSnapshot(p, st, p.removed);
  }

  private recordSnapshot(p: PodRec, st: PodStatus, removed: boolean): void {
    const sig = this.signature(p, st) + (removed ? '|gone' : '');
    if (sig === p.lastSig) return;
    p.lastSig = sig;
    if (!this.recordHistory) return;
    const snap: StatusSnapshot = { time: this.t, pod: p.name, status: st, removed };
    const dt = p.pod.metadata?.deletionTimestamp;
    if (dt) snap.deletionTimestamp = dt;
    p.history.push(snap);
  }

  // ------------------------------------------------------------------ handle helpers

  /** @internal */
  _status(p: PodRec): PodStatus {
    this.flush();
    if (p.removed || p.nodeLost) return clone(p.frozen ?? p.lastStatus ?? this.buildStatus(p));
    return this.buildStatus(p);
  }

  /** @internal */
  _object(p: PodRec): Pod {
    const pod = clone(p.pod);
    pod.status = this._status(p);
    return pod;
  }

  /** @internal */
  _row(p: PodRec): PodRow {
    return podRow(this._object(p), this.epochMs + this.t);
  }

  /** @internal */
  _events(p: PodRec): ClusterEvent[] {
    return this.eventsList.filter((e) => e.pod === p.name && e.namespace === p.namespace).map((e) => ({ ...e }));
  }

  /** @internal */
  _logs(p: PodRec, name: string, previous: boolean): string {
    const c = this.container(p, name);
    // kubelet validateContainerLogStatus: previous → lastState.terminated; else running, terminated, or lastState.
    const st = this.containerStatus(p, c);
    const byId = (id: string | undefined): string | undefined => c.instances.find((i) => i.id === id)?.log;
    if (previous) {
      const id = st.lastState?.terminated?.containerID;
      if (!id) throw new Error(`previous terminated container "${name}" in pod "${p.name}" not found`);
      return byId(id) ?? '';
    }
    if (st.state?.running) return byId(st.containerID) ?? '';
    if (st.state?.terminated) return byId(st.state.terminated.containerID) ?? '';
    if (st.lastState?.terminated) return byId(st.lastState.terminated.containerID) ?? '';
    throw new Error(`container "${name}" in pod "${p.name}" is waiting to start: ${st.state?.waiting?.reason ?? 'ContainerCreating'}`);
  }

  /** @internal */
  _env(p: PodRec, name: string): Record<string, string> {
    const c = this.container(p, name);
    const inst = c.instances[c.instances.length - 1];
    if (inst) return { ...inst.env };
    return containerEnv(c.spec, this.downwardCtx(p), expandKubeletVars, this.hostname(p));
  }

  /** @internal */
  _terminationMessage(p: PodRec, name: string): string | undefined {
    const st = this.containerStatus(p, this.container(p, name));
    return st.state?.terminated?.message ?? st.lastState?.terminated?.message;
  }

  /** @internal */
  _readFile(p: PodRec, name: string, path: string): string | undefined {
    const c = this.container(p, name);
    return c.instances[c.instances.length - 1]?.fsOf().readFile(path);
  }
}

/** "1.29", "v1.33.2" → 29; default: the current release modelled (1.33). */
function parseMinor(version: string | undefined): number {
  if (version === undefined) return 33;
  const m = /^v?1\.(\d+)/.exec(version.trim());
  if (!m) throw new Error(`kubernetesVersion "${version}" is not of the form 1.<minor>`);
  return Number(m[1]);
}

function imageKey(image: string): string {
  return runtimeImage(image).image;
}

/** A pod in the cluster: read its status, events and logs; inject scenario events. */
export class PodHandle {
  /** @internal */
  constructor(
    private readonly cluster: Cluster,
    private readonly rec: PodRec,
  ) {}

  get name(): string {
    return this.rec.name;
  }

  get namespace(): string {
    return this.rec.namespace;
  }

  get uid(): string {
    return this.rec.uid;
  }

  /** The node it was bound to, if any. */
  nodeName(): string | undefined {
    return this.rec.node;
  }

  /** The published PodStatus (a deleted pod keeps its last one). */
  status(): PodStatus {
    return this.cluster._status(this.rec);
  }

  /** The Pod object with metadata (deletionTimestamp…), spec (nodeName, defaults) and status. */
  object(): Pod {
    return this.cluster._object(this.rec);
  }

  /** Whether the API object is gone (deleted and finished terminating, or force-deleted). */
  removed(): boolean {
    return this.rec.removed;
  }

  /** The `kubectl get pods` row at the current virtual time. */
  row(): PodRow {
    return this.cluster._row(this.rec);
  }

  phase(): string {
    return this.status().phase ?? 'Pending';
  }

  events(): ClusterEvent[] {
    return this.cluster._events(this.rec);
  }

  /** `kubectl logs` (current) or `kubectl logs --previous`; throws the kubelet's error when there is none. */
  logs(container: string, opts: { previous?: boolean } = {}): string {
    return this.cluster._logs(this.rec, container, opts.previous ?? false);
  }

  /** The environment of the container's current (or next) instance. */
  env(container: string): Record<string, string> {
    return this.cluster._env(this.rec, container);
  }

  /** The termination message of the last terminated instance (state or lastState). */
  terminationMessage(container: string): string | undefined {
    return this.cluster._terminationMessage(this.rec, container);
  }

  /** A file as the container's current instance sees it. */
  readFile(container: string, path: string): string | undefined {
    return this.cluster._readFile(this.rec, container, path);
  }

  /** Distinct phases in order ("Pending", "Running", "Succeeded"). */
  phaseHistory(): string[] {
    this.status();
    return [...this.rec.phaseHistory];
  }

  /** Every published status change, with its virtual time. */
  history(): StatusSnapshot[] {
    this.status();
    return [...this.rec.history];
  }

  delete(opts: DeleteOptions = {}): void {
    this.cluster._delete(this.rec, opts);
  }

  /** Add scenario overrides for a container (they apply from its next instance, probes and memory at once). */
  behave(container: string, b: ContainerBehaviour): void {
    this.cluster._behave(this.rec, container, b);
  }

  /** The container's process exits with `code` now. */
  exitNow(container: string, code: number): void {
    this.cluster._exitNow(this.rec, container, code);
  }

  /** The container is OOM-killed now. */
  oomKill(container: string): void {
    this.cluster._oomNow(this.rec, container);
  }

  /** The probe fails / succeeds from now on. */
  probeFrom(container: string, type: ProbeType, result: 'fail' | 'succeed'): void {
    this.cluster._behave(this.rec, container, { probes: { [type]: [{ result, fromMs: this.cluster.now() }] } });
  }
}

export function createCluster(options?: ClusterOptions): Cluster {
  return new Cluster(options);
}
