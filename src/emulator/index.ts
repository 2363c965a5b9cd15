/**
 * The kubelet lifecycle emulator: a deterministic, virtual-time simulation of what the
 * scheduler, the kubelet and the runtime do to Pods. See DESIGN.md "The lifecycle emulator".
 */
export { Cluster, PodHandle, createCluster, applyPodDefaults, type CreatePodOptions } from './cluster.js';
export type {
  ClusterEvent,
  ClusterOptions,
  ContainerBehaviour,
  DeleteOptions,
  EventOccurrence,
  HookBehaviour,
  HookType,
  ImageOptions,
  NodeOptions,
  ProbeOverride,
  ProbeType,
  StartProcess,
  StatusSnapshot,
  Taint,
} from './types.js';
export {
  simulate,
  runSimulation,
  formatWatch,
  formatEvents,
  formatContainers,
  type ContainerDetail,
  parseUntil,
  snapshotRow,
  splitObjects,
  type RunOptions,
  type SimulateOptions,
  type SimulationHandle,
  type SimulationResult,
  type UntilPredicate,
  type WatchSnapshot,
} from './simulate.js';
export { podFromTemplate, WORKLOAD_KINDS } from './workload.js';
export { podPhase, type PodPhase, type PodPhaseOptions } from './phase.js';
export { podRow, formatPodTable, POD_COLUMN_CELLS, type PodRow } from './printer.js';
export { defaultPullPolicy, runtimeImage } from './images.js';
export { fitErrorMessage, schedule, podRequests } from './scheduler.js';
export { Backoff, goDuration } from './backoff.js';
