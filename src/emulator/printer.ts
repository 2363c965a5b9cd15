/**
 * `kubectl get pods` rows, ported line by line from kubernetes/kubernetes
 * pkg/printers/internalversion/printers.go@printPod (the sidecar-aware version: READY counts
 * restartable init containers, RESTARTS switches from init to sidecar+regular counts once the
 * pod is initialised) with its helpers @isPodInitializedConditionTrue, @hasPodReadyCondition,
 * @translateTimestampSince, and the tab writer kubectl prints through
 * (staging/src/k8s.io/cli-runtime/pkg/printers/tabwriter.go@GetNewTabWriter: minwidth 6,
 * padding 3, pad char ' ').
 *
 * Pure: the reference clock is an argument. Without it, relative cells cannot be computed:
 * AGE is "<unknown>" and RESTARTS carries no "(… ago)" suffix.
 */
import type { ContainerState, ContainerStatus, Pod, PodCondition } from '../model/k8s.js';
import { isRecord } from '../model/k8s.js';
import { kubeHumanDuration } from '../model/human-duration.js';
import { conditionList, containerList, isRestartableInitContainer, statusList } from './phase.js';

export interface PodRow {
  name: string;
  ready: string;
  status: string;
  restarts: string;
  age: string;
  // wide columns
  ip: string;
  node: string;
  nominatedNode: string;
  readinessGates: string;
}

/** pkg/util/node NodeUnreachablePodReason. */
const NODE_UNREACHABLE_POD_REASON = 'NodeLost';
/** k8s.io/api core/v1 PodReasonSchedulingGated. */
const POD_REASON_SCHEDULING_GATED = 'SchedulingGated';

/** RFC 3339 as Go's time.Parse(time.RFC3339, …) accepts it (metav1.Time.UnmarshalJSON). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
/** Go's zero time.Time, 0001-01-01T00:00:00Z, which metav1.Time.IsZero reports as unset. */
const GO_ZERO_TIME = -62_135_596_800_000;

/**
 * metav1.Time as printPod sees it: milliseconds since epoch, or undefined for the zero time
 * (absent, empty, Go's zero instant, or text Go would not decode).
 */
function parseTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || !RFC3339.test(value)) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) || t === GO_ZERO_TIME ? undefined : t;
}

/** printers.go@translateTimestampSince: "<unknown>" for the zero time, else HumanDuration(now - t). */
function translateTimestampSince(t: number | undefined, now: number | undefined): string {
  if (t === undefined || now === undefined) return '<unknown>';
  return kubeHumanDuration(now - t);
}

/** printers.go@isPodInitializedConditionTrue: the first Initialized condition decides. */
function isPodInitializedConditionTrue(conditions: readonly PodCondition[]): boolean {
  for (const c of conditions) {
    if (c.type !== 'Initialized') continue;
    return c.status === 'True';
  }
  return false;
}

/** printers.go@hasPodReadyCondition: any Ready condition with status True. */
function hasPodReadyCondition(conditions: readonly PodCondition[]): boolean {
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

function restartCount(s: ContainerStatus): number {
  return typeof s.restartCount === 'number' && Number.isFinite(s.restartCount) ? Math.trunc(s.restartCount) : 0;
}

/** Go's `lastRestartDate.Before(&terminatedDate)` on a running maximum (zero time = undefined). */
function later(current: number | undefined, s: ContainerStatus): number | undefined {
  const last: unknown = s.lastState;
  if (!isRecord(last) || !isRecord(last['terminated'])) return current;
  const finished = parseTime(last['terminated']['finishedAt']);
  if (finished === undefined) return current; // zero FinishedAt is never after anything
  return current === undefined || current < finished ? finished : current;
}

/** fmt %d of an int32 field that JSON may have left out. */
function int(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : 0;
}

/** Exactly printers.go printPod. `now` is the reference clock (ms since epoch) for AGE and "(Xs ago)". */
export function podRow(pod: Pod, now?: number): PodRow {
  const spec = isRecord(pod.spec) ? pod.spec : { containers: [] };
  const status = isRecord(pod.status) ? pod.status : {};
  const metadata = isRecord(pod.metadata) ? pod.metadata : {};
  const conditions = conditionList(status.conditions);
  const specInit = containerList(spec.initContainers);
  const specContainers = containerList(spec.containers);
  const initStatuses = statusList(status.initContainerStatuses);
  const containerStatuses = statusList(status.containerStatuses);

  let restarts = 0;
  let restartableInitContainerRestarts = 0;
  let totalContainers = specContainers.length;
  let readyContainers = 0;
  let lastRestartDate: number | undefined;
  let lastRestartableInitContainerRestartDate: number | undefined;

  const podPhase = typeof status.phase === 'string' ? status.phase : '';
  let reason = podPhase;
  if (typeof status.reason === 'string' && status.reason !== '') reason = status.reason;

  // If the Pod carries {type:PodScheduled, reason:SchedulingGated}, set reason to 'SchedulingGated'.
  for (const c of conditions) {
    if (c.type === 'PodScheduled' && c.reason === POD_REASON_SCHEDULING_GATED) reason = POD_REASON_SCHEDULING_GATED;
  }

  // Go map: a later init container with the same name overwrites an earlier one.
  const initContainers = new Map<string, (typeof specInit)[number]>();
  for (const c of specInit) {
    initContainers.set(c.name, c);
    if (isRestartableInitContainer(c)) totalContainers++;
  }

  let initializing = false;
  for (let i = 0; i < initStatuses.length; i++) {
    const container = initStatuses[i] as ContainerStatus;
    const state: ContainerState = isRecord(container.state) ? container.state : {};
    const sidecar = isRestartableInitContainer(initContainers.get(container.name));
    restarts += restartCount(container);
    lastRestartDate = later(lastRestartDate, container);
    if (sidecar) {
      restartableInitContainerRestarts += restartCount(container);
      lastRestartableInitContainerRestartDate = later(lastRestartableInitContainerRestartDate, container);
    }
    if (state.terminated && int(state.terminated.exitCode) === 0) continue;
    if (sidecar && container.started === true) {
      if (container.ready === true) readyContainers++;
      continue;
    }
    if (state.terminated) {
      // initialization is failed
      const t = state.terminated;
      if (typeof t.reason !== 'string' || t.reason.length === 0) {
        reason = int(t.signal) !== 0 ? `Init:Signal:${int(t.signal)}` : `Init:ExitCode:${int(t.exitCode)}`;
      } else {
        reason = `Init:${t.reason}`;
      }
      initializing = true;
    } else if (
      state.waiting &&
      typeof state.waiting.reason === 'string' &&
      state.waiting.reason.length > 0 &&
      state.waiting.reason !== 'PodInitializing'
    ) {
      reason = `Init:${state.waiting.reason}`;
      initializing = true;
    } else {
      reason = `Init:${i}/${specInit.length}`;
      initializing = true;
    }
    break;
  }

  if (!initializing || isPodInitializedConditionTrue(conditions)) {
    restarts = restartableInitContainerRestarts;
    lastRestartDate = lastRestartableInitContainerRestartDate;
    let hasRunning = false;
    for (let i = containerStatuses.length - 1; i >= 0; i--) {
      const container = containerStatuses[i] as ContainerStatus;
      const state: ContainerState = isRecord(container.state) ? container.state : {};
      restarts += restartCount(container);
      lastRestartDate = later(lastRestartDate, container);
      if (state.waiting && typeof state.waiting.reason === 'string' && state.waiting.reason !== '') {
        reason = state.waiting.reason;
      } else if (state.terminated && typeof state.terminated.reason === 'string' && state.terminated.reason !== '') {
        reason = state.terminated.reason;
      } else if (state.terminated) {
        const t = state.terminated;
        reason = int(t.signal) !== 0 ? `Signal:${int(t.signal)}` : `ExitCode:${int(t.exitCode)}`;
      } else if (container.ready === true && state.running) {
        hasRunning = true;
        readyContainers++;
      }
    }

    // change pod status back to "Running" if there is at least one container still reporting as "Running" status
    if (reason === 'Completed' && hasRunning) {
      reason = hasPodReadyCondition(conditions) ? 'Running' : 'NotReady';
    }
  }

  const deleting = parseTime(metadata.deletionTimestamp) !== undefined;
  if (deleting && status.reason === NODE_UNREACHABLE_POD_REASON) {
    reason = 'Unknown';
  } else if (deleting && podPhase !== 'Succeeded' && podPhase !== 'Failed') {
    reason = 'Terminating';
  }

  let restartsStr = String(restarts);
  if (restarts !== 0 && lastRestartDate !== undefined && now !== undefined) {
    restartsStr = `${restarts} (${translateTimestampSince(lastRestartDate, now)} ago)`;
  }

  // wide columns
  // printPod reads the internal object's podIPs[0]. The v1 → internal conversion
  // (pkg/apis/core/v1/conversion.go@Convert_v1_PodStatus_To_core_PodStatus) makes a non-empty
  // v1 podIP authoritative: podIPs becomes [podIP] when podIPs is empty or starts elsewhere.
  const podIPs: unknown[] = Array.isArray(status.podIPs) ? status.podIPs : [];
  const first = podIPs[0];
  let ip = isRecord(first) && typeof first['ip'] === 'string' ? first['ip'] : '';
  if (typeof status.podIP === 'string' && status.podIP !== '') ip = status.podIP;
  if (ip === '') ip = '<none>';
  const node = typeof spec.nodeName === 'string' && spec.nodeName !== '' ? spec.nodeName : '<none>';
  const nominatedNode =
    typeof status.nominatedNodeName === 'string' && status.nominatedNodeName !== '' ? status.nominatedNodeName : '<none>';
  let readinessGates = '<none>';
  const gates: unknown[] = Array.isArray(spec.readinessGates) ? spec.readinessGates : [];
  if (gates.length > 0) {
    let trueConditions = 0;
    for (const gate of gates) {
      // a null gate decodes to the zero value: conditionType ""
      const conditionType = isRecord(gate) ? gate['conditionType'] : '';
      for (const c of conditions) {
        if (c.type === conditionType) {
          if (c.status === 'True') trueConditions++;
          break;
        }
      }
    }
    readinessGates = `${trueConditions}/${gates.length}`;
  }

  return {
    name: typeof metadata.name === 'string' ? metadata.name : '',
    ready: `${readyContainers}/${totalContainers}`,
    status: reason,
    restarts: restartsStr,
    age: translateTimestampSince(parseTime(metadata.creationTimestamp), now),
    ip,
    node,
    nominatedNode,
    readinessGates,
  };
}

/** The pod table's columns (printers.go@AddHandlers podColumnDefinitions); the last four are wide-only. */
export const POD_COLUMNS = [
  'NAME',
  'READY',
  'STATUS',
  'RESTARTS',
  'AGE',
  'IP',
  'NODE',
  'NOMINATED NODE',
  'READINESS GATES',
] as const;
export type PodColumn = (typeof POD_COLUMNS)[number];

/** Which PodRow field each `kubectl get pods` column shows. */
export const POD_COLUMN_CELLS: Readonly<Record<PodColumn, keyof PodRow>> = {
  NAME: 'name',
  READY: 'ready',
  STATUS: 'status',
  RESTARTS: 'restarts',
  AGE: 'age',
  IP: 'ip',
  NODE: 'node',
  'NOMINATED NODE': 'nominatedNode',
  'READINESS GATES': 'readinessGates',
};

/** cli-runtime printers.GetNewTabWriter: tabwriter.NewWriter(out, 6, 4, 3, ' ', 0). */
const TAB_MIN_WIDTH = 6;
const TAB_PADDING = 3;

/**
 * `kubectl get pods` text table (header + rows), column-aligned like kubectl: each column but the
 * last is padded to max(6, widest cell + 3); the last cell is not padded; every line ends in "\n".
 * No rows → "" (kubectl writes nothing to stdout, "No resources found" goes to stderr).
 * `columns` picks headers (case-insensitive, in the given order; unknown names are ignored);
 * otherwise the five default columns, plus the four wide ones with `wide`.
 */
export function formatPodTable(rows: PodRow[], opts: { wide?: boolean; columns?: string[] } = {}): string {
  if (rows.length === 0) return '';
  let columns: PodColumn[];
  if (opts.columns !== undefined) {
    columns = [];
    for (const name of opts.columns) {
      const col = POD_COLUMNS.find((c) => c === name.trim().toUpperCase());
      if (col !== undefined) columns.push(col);
    }
  } else {
    columns = POD_COLUMNS.slice(0, opts.wide === true ? 9 : 5);
  }
  if (columns.length === 0) return '';
  const lines: string[][] = [columns.slice(), ...rows.map((r) => columns.map((c) => r[POD_COLUMN_CELLS[c]]))];
  const widths = columns.map((_, j) =>
    Math.max(TAB_MIN_WIDTH, ...lines.map((l) => [...(l[j] ?? '')].length + TAB_PADDING)),
  );
  return lines
    .map((l) =>
      l
        .map((cell, j) => (j === l.length - 1 ? cell : cell + ' '.repeat((widths[j] as number) - [...cell].length)))
        .join(''),
    )
    .map((line) => `${line}\n`)
    .join('');
}
