/**
 * Public types of the lifecycle emulator (src/emulator). Times are virtual milliseconds since
 * the start of the simulation unless a name says otherwise.
 */
import type { KubeObject, PodStatus } from '../model/k8s.js';
import type { ProcessOptions, RunningProcess } from '../shell/index.js';
import type { Taint } from './scheduler.js';

export type { Taint } from './scheduler.js';

export type ProbeType = 'liveness' | 'readiness' | 'startup';
export type HookType = 'postStart' | 'preStop';

/** What a Given step says a hook does. */
export interface HookBehaviour {
  /** The hook fails (exec exits 1 / HTTP 500). */
  fails?: boolean;
  /** The hook takes this long (ms) before it returns. */
  takesMs?: number;
}

/** A probe result forced from a scenario time on (STEPS.md "fails from", "starts failing"). */
export interface ProbeOverride {
  result: 'fail' | 'succeed';
  /** Virtual time (since the start of the scenario) from which it holds. */
  fromMs: number;
}

/**
 * Scenario overrides of what a container's program does. Timing fields ending in `AfterMs` are
 * measured from the start of each container instance (they hold again after every restart).
 */
export interface ContainerBehaviour {
  /** Ignore the command: exit with this code after this long. */
  exit?: { code: number; afterMs: number };
  /** Ignore the command: run forever (a server); stops on SIGTERM unless told otherwise. */
  runUntilStopped?: boolean;
  /** SIGTERM is ignored (only SIGKILL stops it: exit 137). */
  ignoreSigterm?: boolean;
  /** On SIGTERM the program cleans up for this long, then exits 0. */
  stopAfterSigtermMs?: number;
  /** Ports closed and probes failing until this long after the instance starts; healthy after. */
  healthyAfterMs?: number;
  /** Memory use (bytes) from a time on; above the memory limit → OOMKilled. */
  memory?: { bytes: number; afterMs: number }[];
  hooks?: Partial<Record<HookType, HookBehaviour>>;
  probes?: Partial<Record<ProbeType, ProbeOverride[]>>;
}

export interface NodeOptions {
  name: string;
  labels?: Record<string, string>;
  /** Cores (default 4). */
  cpu?: number;
  /** Bytes (default 8Gi). */
  memory?: number;
  /** Max pods (default 110). */
  pods?: number;
  taints?: Taint[];
  unschedulable?: boolean;
}

export interface ImageOptions {
  /** Images the registry does not have (pulls fail: ErrImagePull / ImagePullBackOff). */
  missing?: string[];
  /** Images already on every node at start. */
  present?: string[];
  /** Pull durations (ms) by image. Default 0. */
  pullMs?: Record<string, number>;
}

export type StartProcess = (opts: ProcessOptions) => RunningProcess;

export interface ClusterOptions {
  /** Nodes at start. Default: one Ready node `node-1` (4 CPUs, 8Gi, 110 pods), see STEPS.md. */
  nodes?: NodeOptions[];
  images?: ImageOptions;
  /** Wall-clock ms that virtual time 0 stands for (timestamps in statuses). Default 2025-01-01T00:00:00Z. */
  epochMs?: number;
  /** ConfigMaps, Secrets (and other objects) the pods may reference. */
  objects?: KubeObject[];
  /**
   * A reference to a ConfigMap/Secret that was not loaded: false (default) = contents unknown,
   * use empty placeholders; true = fail like the kubelet (CreateContainerConfigError).
   */
  strictReferences?: boolean;
  /** Replace the shell interpreter (tests, benchmarks). */
  startProcess?: StartProcess;
  /**
   * The Kubernetes version modelled (KUBELET.md A17), default 1.33: before 1.29 native sidecars
   * are off (init containers' restartPolicy is dropped) and there is no
   * PodReadyToStartContainers condition; before 1.27 a deleted pod can vanish without reaching a
   * terminal phase.
   */
  kubernetesVersion?: string;
  /** Kubelet configuration that changed between versions (KUBELET.md A6, A17). */
  kubelet?: {
    crashLoopBackOff?: {
      /** ReduceDefaultCrashLoopBackOffDecay (alpha 1.33): 1 s initial, 60 s max. */
      reducedDecay?: boolean;
      initialMs?: number;
      /** KubeletCrashLoopBackOffMax (1.32 alpha, 1.35 beta): maxContainerRestartPeriod. */
      maxMs?: number;
    };
  };
  /** Keep a status snapshot on every change (phase history, watch output, timelines). Default true. */
  recordHistory?: boolean;
}

export interface ClusterEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  /** `kubelet`, `default-scheduler`, `taint-eviction-controller`, … */
  source: string;
  /** Pod name. */
  pod: string;
  namespace: string;
  /** `spec.containers{app}` / `spec.initContainers{init}` when the event is about a container. */
  fieldPath?: string;
  /** Virtual ms of the first and last occurrence. */
  firstTimestamp: number;
  lastTimestamp: number;
  count: number;
}

/** One raw emission (not aggregated): what happened when. */
export interface EventOccurrence {
  time: number;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  pod: string;
  container?: string;
}

/** A status snapshot, taken whenever the published status changed. */
export interface StatusSnapshot {
  /** Virtual ms. */
  time: number;
  pod: string;
  status: PodStatus;
  deletionTimestamp?: string;
  /** The API object is gone (deleted). */
  removed: boolean;
}

export interface DeleteOptions {
  gracePeriodSeconds?: number;
  force?: boolean;
}
