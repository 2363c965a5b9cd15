/**
 * A one-shot kube-scheduler for virtual nodes: the default Filter plugins that decide whether a
 * pod fits, and the FailedScheduling message the scheduler writes.
 *
 * Mirrors kubernetes/kubernetes:
 * - pkg/scheduler/framework/plugins/nodeunschedulable (NodeUnschedulable),
 *   tainttoleration (TaintToleration: "node(s) had untolerated taint {key: value}"),
 *   nodeaffinity (NodeAffinity: "node(s) didn't match Pod's node affinity/selector"),
 *   nodeports (NodePorts: "node(s) didn't have free ports for the requested pod ports"),
 *   noderesources/fit.go@fitsRequest ("Insufficient cpu", "Insufficient memory", "Too many pods"),
 *   run in the default profile's order, stopping at the first failing plugin per node.
 * - pkg/scheduler/framework/types.go@FitError.Error and sortReasonsHistogram:
 *   "0/N nodes are available: <count> <reason>, …." with the reasons sorted as strings.
 * - pkg/scheduler/framework/preemption/preemption.go@Preempt + defaultpreemption PostFilter:
 *   the " preemption: 0/N nodes are available: …" suffix. Nodes that failed with a resolvable
 *   status (Unschedulable: ports, resources) are dry-run: with no lower-priority victims they
 *   give "No preemption victims found for incoming pod"; the others (UnschedulableAndUnresolvable:
 *   taints, affinity, unschedulable) give "Preemption is not helpful for scheduling".
 * - pkg/api/v1/resource/helpers.go@PodRequests: effective requests are the max of the
 *   regular containers' sum (plus sidecars) and every init container's request (plus the
 *   sidecars started before it).
 */
import type { Container, NodeSelectorRequirement, NodeSelectorTerm, Pod, Toleration } from '../model/k8s.js';
import { parseQuantity } from '../model/quantity.js';

export interface Taint {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

export interface NodeResources {
  /** cores */
  cpu: number;
  /** bytes */
  memory: number;
  pods: number;
}

export interface SchedulerNode {
  name: string;
  labels: Record<string, string>;
  allocatable: NodeResources;
  taints: Taint[];
  unschedulable?: boolean;
}

export interface PodOnNode {
  requests: NodeResources;
  hostPorts: { port: number; protocol: string; hostIP: string }[];
}

export interface NodeVerdict {
  node: string;
  reasons: string[];
  /** UnschedulableAndUnresolvable: preemption cannot help. */
  unresolvable: boolean;
}

export type ScheduleResult = { ok: true; node: string } | { ok: false; message: string; verdicts: NodeVerdict[] };

function q(v: unknown): number {
  return parseQuantity(v)?.value ?? 0;
}

function containerRequests(c: Container): { cpu: number; memory: number } {
  // Requests default to limits when only limits are set (SetDefaults_ResourceList via defaults.go).
  const req = c.resources?.requests ?? {};
  const lim = c.resources?.limits ?? {};
  return {
    cpu: q(req['cpu'] ?? lim['cpu']),
    memory: q(req['memory'] ?? lim['memory']),
  };
}

/** resource/helpers.go@PodRequests (with restartable init containers). */
export function podRequests(pod: Pod): NodeResources {
  const spec = pod.spec;
  let cpu = 0;
  let memory = 0;
  for (const c of spec?.containers ?? []) {
    const r = containerRequests(c);
    cpu += r.cpu;
    memory += r.memory;
  }
  let sideCpu = 0;
  let sideMem = 0;
  let initMaxCpu = 0;
  let initMaxMem = 0;
  for (const c of spec?.initContainers ?? []) {
    const r = containerRequests(c);
    if (c.restartPolicy === 'Always') {
      sideCpu += r.cpu;
      sideMem += r.memory;
      initMaxCpu = Math.max(initMaxCpu, sideCpu);
      initMaxMem = Math.max(initMaxMem, sideMem);
    } else {
      initMaxCpu = Math.max(initMaxCpu, sideCpu + r.cpu);
      initMaxMem = Math.max(initMaxMem, sideMem + r.memory);
    }
  }
  cpu += sideCpu;
  memory += sideMem;
  const overhead = spec?.overhead ?? {};
  return {
    cpu: Math.max(cpu, initMaxCpu) + q(overhead['cpu']),
    memory: Math.max(memory, initMaxMem) + q(overhead['memory']),
    pods: 1,
  };
}

/** Host ports a pod asks for (nodeports plugin, util.GetContainerPorts: containers and init containers). */
export function podHostPorts(pod: Pod): PodOnNode['hostPorts'] {
  const out: PodOnNode['hostPorts'] = [];
  for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]) {
    for (const p of c.ports ?? []) {
      let hostPort = p.hostPort ?? 0;
      if (pod.spec?.hostNetwork && hostPort === 0) hostPort = p.containerPort; // defaults: hostNetwork copies the port
      if (hostPort > 0) out.push({ port: hostPort, protocol: p.protocol ?? 'TCP', hostIP: p.hostIP && p.hostIP !== '' ? p.hostIP : '0.0.0.0' });
    }
  }
  return out;
}

/** v1helper.TolerationsTolerateTaint / Toleration.ToleratesTaint. */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect !== undefined && t.effect !== '' && t.effect !== taint.effect) return false;
  if (t.key !== undefined && t.key !== '' && t.key !== taint.key) return false;
  const op = t.operator ?? 'Equal';
  if (op === 'Exists') return true;
  return (t.value ?? '') === (taint.value ?? '');
}

function matchRequirement(req: NodeSelectorRequirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, req.key);
  const v = labels[req.key];
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In':
      return has && values.includes(v as string);
    case 'NotIn':
      return !has || !values.includes(v as string);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    case 'Gt':
    case 'Lt': {
      if (!has || values.length !== 1) return false;
      const a = Number.parseInt(v as string, 10);
      const b = Number.parseInt(values[0] as string, 10);
      if (Number.isNaN(a) || Number.isNaN(b)) return false;
      return req.operator === 'Gt' ? a > b : a < b;
    }
    default:
      return false;
  }
}

function matchTerm(term: NodeSelectorTerm, node: SchedulerNode): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false; // an empty term matches nothing
  if (!exprs.every((r) => matchRequirement(r, node.labels))) return false;
  return fields.every((r) => matchRequirement(r, { 'metadata.name': node.name }));
}

/** nodeaffinity.go: nodeSelector AND (any required term). */
export function matchesNodeAffinity(pod: Pod, node: SchedulerNode): boolean {
  for (const [k, v] of Object.entries(pod.spec?.nodeSelector ?? {})) {
    if (node.labels[k] !== v) return false;
  }
  const req = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (req !== undefined) {
    const terms = req.nodeSelectorTerms ?? [];
    if (!terms.some((t) => matchTerm(t, node))) return false;
  }
  return true;
}

function portsConflict(want: PodOnNode['hostPorts'], used: PodOnNode['hostPorts']): boolean {
  for (const w of want) {
    for (const u of used) {
      if (w.port !== u.port || w.protocol !== u.protocol) continue;
      if (w.hostIP === '0.0.0.0' || u.hostIP === '0.0.0.0' || w.hostIP === u.hostIP) return true;
    }
  }
  return false;
}

/** Run the filters for one node; [] when the pod fits. */
export function filterNode(pod: Pod, node: SchedulerNode, existing: PodOnNode[]): NodeVerdict {
  const verdict = (reasons: string[], unresolvable: boolean): NodeVerdict => ({ node: node.name, reasons, unresolvable });
  // NodeUnschedulable
  if (node.unschedulable) {
    const tolerated = (pod.spec?.tolerations ?? []).some((t) =>
      toleratesTaint(t, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }),
    );
    if (!tolerated) return verdict(["node(s) were unschedulable"], true);
  }
  // NodeName
  if (pod.spec?.nodeName && pod.spec.nodeName !== node.name) return verdict(["node(s) didn't match the requested node name"], true);
  // TaintToleration (NoSchedule and NoExecute only; the first untolerated one is reported)
  for (const taint of node.taints) {
    if (taint.effect === 'PreferNoSchedule') continue;
    if (!(pod.spec?.tolerations ?? []).some((t) => toleratesTaint(t, taint))) {
      return verdict([`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`], true);
    }
  }
  // NodeAffinity
  if (!matchesNodeAffinity(pod, node)) return verdict(["node(s) didn't match Pod's node affinity/selector"], true);
  // NodePorts
  const used = existing.flatMap((p) => p.hostPorts);
  if (portsConflict(podHostPorts(pod), used)) return verdict(["node(s) didn't have free ports for the requested pod ports"], false);
  // NodeResourcesFit (all insufficient resources are reported)
  const want = podRequests(pod);
  const sum = existing.reduce(
    (a, p) => ({ cpu: a.cpu + p.requests.cpu, memory: a.memory + p.requests.memory, pods: a.pods + p.requests.pods }),
    { cpu: 0, memory: 0, pods: 0 },
  );
  const reasons: string[] = [];
  if (sum.pods + 1 > node.allocatable.pods) reasons.push('Too many pods');
  const eps = 1e-9;
  if (want.cpu > 0 && sum.cpu + want.cpu > node.allocatable.cpu + eps) reasons.push('Insufficient cpu');
  if (want.memory > 0 && sum.memory + want.memory > node.allocatable.memory + eps) reasons.push('Insufficient memory');
  if (reasons.length > 0) return verdict(reasons, false);
  return verdict([], false);
}

function histogram(entries: string[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e, (counts.get(e) ?? 0) + 1);
  const strs = [...counts.entries()].map(([r, n]) => `${n} ${r}`);
  strs.sort();
  return strs.join(', ');
}

/** FitError.Error() with the default preemption plugin's PostFilter message. */
export function fitErrorMessage(numNodes: number, verdicts: NodeVerdict[]): string {
  if (numNodes === 0) return 'no nodes available to schedule pods';
  let msg = `0/${numNodes} nodes are available: ${histogram(verdicts.flatMap((v) => v.reasons))}.`;
  const post = verdicts.map((v) => (v.unresolvable ? 'Preemption is not helpful for scheduling' : 'No preemption victims found for incoming pod'));
  msg += ` preemption: 0/${numNodes} nodes are available: ${histogram(post)}.`;
  return msg;
}

/**
 * Pick a node. Among feasible nodes the default profile scores (LeastAllocated, balanced
 * allocation, …) and breaks ties at random; here the least requested CPU fraction wins and
 * ties go to the first node by name, so the choice is deterministic.
 */
export function schedule(pod: Pod, nodes: SchedulerNode[], podsOn: (node: string) => PodOnNode[]): ScheduleResult {
  const verdicts: NodeVerdict[] = [];
  const feasible: { node: SchedulerNode; score: number }[] = [];
  for (const node of nodes) {
    const existing = podsOn(node.name);
    const v = filterNode(pod, node, existing);
    if (v.reasons.length === 0) {
      const usedCpu = existing.reduce((a, p) => a + p.requests.cpu, 0);
      const usedMem = existing.reduce((a, p) => a + p.requests.memory, 0);
      const score =
        (node.allocatable.cpu > 0 ? usedCpu / node.allocatable.cpu : 1) + (node.allocatable.memory > 0 ? usedMem / node.allocatable.memory : 1);
      feasible.push({ node, score });
    } else verdicts.push(v);
  }
  if (feasible.length > 0) {
    feasible.sort((a, b) => a.score - b.score || (a.node.name < b.node.name ? -1 : a.node.name > b.node.name ? 1 : 0));
    return { ok: true, node: (feasible[0] as { node: SchedulerNode }).node.name };
  }
  return { ok: false, message: fitErrorMessage(nodes.length, verdicts), verdicts };
}
