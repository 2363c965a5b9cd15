/**
 * `podproof simulate` on the library: run the emulator without a scenario and render what a
 * user would have seen (kubectl get pods -w, kubectl describe's Events table). Pure: strings in,
 * strings out; the CLI writes them.
 */
import type { KubeObject, Pod, PodStatus } from '../model/k8s.js';
import { formatDuration, humanDuration } from '../model/duration.js';
import { Cluster, type PodHandle } from './cluster.js';
import { podRow, type PodRow } from './printer.js';
import type { ClusterEvent, ClusterOptions, ContainerBehaviour, EventOccurrence, StatusSnapshot } from './types.js';
import { podFromTemplate } from './workload.js';

export interface SimulateOptions extends ClusterOptions {
  /** Scenario overrides by pod name, then container name. */
  behaviours?: Record<string, Record<string, ContainerBehaviour>>;
}

export interface SimulationHandle {
  cluster: Cluster;
  pods: PodHandle[];
  /** The named pod, or the last one created. */
  pod(name?: string): PodHandle;
  now(): number;
  advance(ms: number): void;
  advanceUntil(pred: () => boolean, limitMs: number): boolean;
}

/** Pods (and pods of workloads) to create; ConfigMaps, Secrets and the rest become cluster objects. */
export function splitObjects(input: Pod | KubeObject | KubeObject[]): { pods: Pod[]; objects: KubeObject[] } {
  const list = (Array.isArray(input) ? input : [input]) as KubeObject[];
  const pods: Pod[] = [];
  const objects: KubeObject[] = [];
  for (const o of list) {
    if (o.kind === 'Pod' || (o.kind === undefined && 'spec' in o)) pods.push(o);
    else {
      const p = podFromTemplate(o);
      if (p) pods.push(p);
      else objects.push(o);
    }
  }
  return { pods, objects };
}

/** Create a cluster with the given pods (already validated) at virtual time 0. */
export function simulate(input: Pod | KubeObject | KubeObject[], options: SimulateOptions = {}): SimulationHandle {
  const { pods, objects } = splitObjects(input);
  const cluster = new Cluster({ ...options, objects: [...(options.objects ?? []), ...objects] });
  const handles = pods.map((p) => cluster.createPod(p, { behaviours: options.behaviours?.[p.metadata?.name ?? ''] ?? {} }));
  return {
    cluster,
    pods: handles,
    pod: (name?: string) => cluster.pod(name),
    now: () => cluster.now(),
    advance: (ms: number) => cluster.advance(ms),
    advanceUntil: (pred: () => boolean, limitMs: number) => cluster.advanceUntil(pred, limitMs),
  };
}

/** One line of `kubectl get pods -w`: the row as printed at that virtual instant. */
export interface WatchSnapshot {
  time: number;
  pod: string;
  row: PodRow;
  phase: string;
  status: PodStatus;
  removed: boolean;
}

export interface RunOptions extends SimulateOptions {
  /** How long to run (virtual ms). Default 5 minutes. */
  forMs?: number;
  /** Stop early when this holds for the chosen pod: "phase=Running", "status=CrashLoopBackOff", "ready", "restarts>=3". */
  until?: string;
  /** Only these event reasons in `events`. */
  eventsFilter?: string[];
  /** The pod to watch (default: all). */
  pod?: string;
}

export interface SimulationResult {
  snapshots: WatchSnapshot[];
  /** Raw event emissions (time-stamped). */
  occurrences: EventOccurrence[];
  /** Aggregated events as `kubectl describe` lists them. */
  events: ClusterEvent[];
  /** Virtual time the run stopped at. */
  endTime: number;
  /** Whether `until` was reached (undefined when no `until`). */
  untilReached?: boolean;
  /** Wall-clock ms of virtual time 0. */
  epochMs: number;
  /** Final Pod objects. */
  pods: Pod[];
  /** What `kubectl logs`, `kubectl logs --previous` and `kubectl exec … env` show at the end. */
  containers: ContainerDetail[];
}

/** One container at the end of a run: its environment, termination message and logs. */
export interface ContainerDetail {
  pod: string;
  name: string;
  init: boolean;
  env: Record<string, string>;
  terminationMessage?: string;
  logs?: string;
  previousLogs?: string;
}

function tryText(f: () => string): string | undefined {
  try {
    return f();
  } catch {
    return undefined; // the kubelet's "previous terminated container not found" and friends
  }
}

export type UntilPredicate = (h: PodHandle) => boolean;

/** Parse an `--until` spec. Throws on an unknown form. */
export function parseUntil(spec: string): UntilPredicate {
  const s = spec.trim();
  let m = /^phase\s*=\s*(\w+)$/i.exec(s);
  if (m) {
    const want = (m[1] as string).toLowerCase();
    return (h) => h.phase().toLowerCase() === want;
  }
  m = /^status\s*=\s*(.+)$/i.exec(s);
  if (m) {
    const want = (m[1] as string).trim();
    return (h) => h.row().status === want;
  }
  if (/^ready(=true)?$/i.test(s)) return (h) => (h.status().conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
  if (/^(not-ready|ready=false)$/i.test(s)) return (h) => !(h.status().conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
  m = /^restarts\s*>=\s*(\d+)$/i.exec(s);
  if (m) {
    const n = Number(m[1]);
    return (h) => {
      const st = h.status();
      const sum = [...(st.containerStatuses ?? []), ...(st.initContainerStatuses ?? [])].reduce((a, c) => a + c.restartCount, 0);
      return sum >= n;
    };
  }
  throw new Error(`unknown --until condition "${spec}" (use phase=<Phase>, status=<STATUS>, ready, not-ready or restarts>=<n>)`);
}

/** The row `kubectl get pods -w` printed for a status snapshot. */
export function snapshotRow(pod: Pod, snap: StatusSnapshot, epochMs: number): PodRow {
  const obj: Pod = { ...pod, metadata: { ...(pod.metadata ?? {}) }, status: snap.status };
  if (obj.metadata) {
    if (snap.deletionTimestamp) obj.metadata.deletionTimestamp = snap.deletionTimestamp;
    else delete obj.metadata.deletionTimestamp;
  }
  return podRow(obj, epochMs + snap.time);
}

/** Run pods for `forMs` (or until a condition) and collect every status change. */
export function runSimulation(input: Pod | KubeObject | KubeObject[], options: RunOptions = {}): SimulationResult {
  const sim = simulate(input, options);
  const forMs = options.forMs ?? 5 * 60_000;
  let untilReached: boolean | undefined;
  if (options.until !== undefined) {
    const pred = parseUntil(options.until);
    const target = options.pod ? sim.pod(options.pod) : sim.pods[sim.pods.length - 1];
    untilReached = target ? sim.advanceUntil(() => pred(target), forMs) : false;
  } else sim.advance(forMs);
  const watched = sim.pods.filter((h) => options.pod === undefined || h.name === options.pod);
  const snapshots: WatchSnapshot[] = [];
  for (const h of watched) {
    const obj = h.object();
    for (const s of h.history()) {
      snapshots.push({ time: s.time, pod: h.name, row: snapshotRow(obj, s, sim.cluster.epochMs), phase: s.status.phase ?? 'Pending', status: s.status, removed: s.removed });
    }
  }
  snapshots.sort((a, b) => a.time - b.time);
  const names = new Set(watched.map((h) => h.name));
  const filter = options.eventsFilter && options.eventsFilter.length > 0 ? new Set(options.eventsFilter) : undefined;
  const keep = (reason: string, pod: string): boolean => names.has(pod) && (filter === undefined || filter.has(reason));
  const result: SimulationResult = {
    snapshots,
    occurrences: sim.cluster.occurrences().filter((o) => keep(o.reason, o.pod)),
    events: sim.cluster.events().filter((e) => keep(e.reason, e.pod)),
    endTime: sim.now(),
    epochMs: sim.cluster.epochMs,
    pods: watched.map((h) => h.object()),
    containers: watched.flatMap((h) => {
      const spec = h.object().spec;
      const list = [...(spec?.initContainers ?? []).map((c) => ({ c, init: true })), ...(spec?.containers ?? []).map((c) => ({ c, init: false }))];
      return list.map(({ c, init }) => {
        const d: ContainerDetail = { pod: h.name, name: c.name, init, env: h.env(c.name) };
        const msg = h.terminationMessage(c.name);
        if (msg !== undefined && msg !== '') d.terminationMessage = msg;
        const logs = tryText(() => h.logs(c.name));
        if (logs !== undefined) d.logs = logs;
        const prev = tryText(() => h.logs(c.name, { previous: true }));
        if (prev !== undefined) d.previousLogs = prev;
        return d;
      });
    }),
  };
  if (untilReached !== undefined) result.untilReached = untilReached;
  return result;
}

function table(rows: string[][], gap = 3): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd((widths[i] as number) + gap)))
      .join('')
      .trimEnd(),
  );
}

/**
 * `kubectl get pods -w` with a virtual time column: one line per visible change (a watch prints
 * a line on every update; consecutive identical rows are printed once here).
 */
export function formatWatch(snapshots: WatchSnapshot[]): string {
  const rows: string[][] = [['TIME', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']];
  const last = new Map<string, string>();
  for (const s of snapshots) {
    const cells = [`T+${formatDuration(s.time)}`, s.row.name, s.row.ready, s.row.status, s.row.restarts, s.row.age];
    const key = `${s.row.ready}|${s.row.status}|${s.row.restarts}|${s.removed}`;
    if (last.get(s.pod) === key) continue;
    last.set(s.pod, key);
    rows.push(cells);
  }
  return table(rows).join('\n') + '\n';
}

/** kubectl's translateTimestampSince for a virtual instant. */
function since(t: number, now: number): string {
  return humanDuration(now - t);
}

/**
 * kubectl describe's Events section (describe.go@DescribeEvents): sorted by last timestamp,
 * "Age" is the last occurrence, or "<last> (xN over <first>)" for repeated events; tabwriter
 * with 2 spaces of padding, indented by 2.
 */
export function formatEvents(events: ClusterEvent[], now: number): string {
  if (events.length === 0) return 'Events:  <none>\n';
  const sorted = [...events].sort((a, b) => a.lastTimestamp - b.lastTimestamp || a.firstTimestamp - b.firstTimestamp);
  const rows: string[][] = [
    ['Type', 'Reason', 'Age', 'From', 'Message'],
    ['----', '------', '----', '----', '-------'],
  ];
  for (const e of sorted) {
    const age = e.count > 1 ? `${since(e.lastTimestamp, now)} (x${e.count} over ${since(e.firstTimestamp, now)})` : since(e.firstTimestamp, now);
    rows.push([e.type, e.reason, age, e.source, e.message.trim()]);
  }
  return 'Events:\n' + table(rows, 2).map((l) => `  ${l}`).join('\n') + '\n';
}

function indent(text: string, by: string, maxLines: number): string[] {
  const lines = text.replace(/\n$/, '').split('\n');
  const shown = lines.length > maxLines ? [`… (${lines.length - maxLines} earlier lines)`, ...lines.slice(-maxLines)] : lines;
  return shown.map((l) => `${by}${l}`);
}

/**
 * The containers at the end of a run, as `kubectl describe`'s Environment, the termination
 * message, and `kubectl logs` / `kubectl logs --previous` (the last lines of each) show them.
 */
export function formatContainers(details: ContainerDetail[], opts: { maxLogLines?: number } = {}): string {
  const max = opts.maxLogLines ?? 10;
  const out: string[] = ['Containers:'];
  for (const d of details) {
    out.push(`  ${d.name}${d.init ? ' (init)' : ''} in pod ${d.pod}:`);
    const env = Object.entries(d.env);
    if (env.length) {
      out.push('    Environment:');
      for (const [k, v] of env) out.push(`      ${k}=${v}`);
    }
    if (d.terminationMessage !== undefined) {
      out.push('    Termination message:');
      out.push(...indent(d.terminationMessage, '      ', max));
    }
    out.push(d.logs !== undefined && d.logs !== '' ? '    Logs:' : '    Logs: <none>');
    if (d.logs) out.push(...indent(d.logs, '      ', max));
    if (d.previousLogs !== undefined) {
      out.push(d.previousLogs !== '' ? '    Previous logs:' : '    Previous logs: <none>');
      if (d.previousLogs) out.push(...indent(d.previousLogs, '      ', max));
    }
  }
  return `${out.join('\n')}\n`;
}
