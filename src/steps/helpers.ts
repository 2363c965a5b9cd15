/** Small shared pieces of the step domains: argument parsing and container lookups. */
import type { HookType, PodHandle, ProbeType, Taint } from '../emulator/index.js';
import type { ContainerStatus } from '../model/k8s.js';
import { parseQuantity } from '../model/quantity.js';
import type { LoadedPod, PodproofWorld } from './types.js';

const PROBES: readonly ProbeType[] = ['liveness', 'readiness', 'startup'];
const HOOKS: readonly HookType[] = ['postStart', 'preStop'];

export function probeType(word: string): ProbeType {
  const t = PROBES.find((p) => p === word);
  if (t === undefined) throw new Error(`Unknown probe "${word}": use liveness, readiness or startup.`);
  return t;
}

export function hookType(word: string): HookType {
  const t = HOOKS.find((h) => h === word);
  if (t === undefined) throw new Error(`Unknown hook "${word}": use postStart or preStop.`);
  return t;
}

/** `"2Gi"` → bytes; a clear error for anything the API server would not accept. */
export function memoryBytes(text: string): number {
  const q = parseQuantity(text);
  if (q === undefined) throw new Error(`"${text}" is not a quantity (write it like "300Mi" or "2Gi").`);
  return q.value;
}

/** `"a, b,c"` → ["a", "b", "c"]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** `"env=test,zone=a"` → { env: "test", zone: "a" }. */
export function parseLabels(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of splitList(text)) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new Error(`Label "${part}" is not key=value.`);
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/** `"dedicated=gpu:NoSchedule"` or `"dedicated:NoSchedule"` (kubectl taint syntax). */
export function parseTaint(text: string): Taint {
  const m = /^([^=:\s]+)(?:=([^:\s]*))?:(NoSchedule|PreferNoSchedule|NoExecute)$/.exec(text.trim());
  if (!m) throw new Error(`Taint "${text}" is not key[=value]:Effect (Effect: NoSchedule, PreferNoSchedule or NoExecute).`);
  const taint: Taint = { key: m[1] as string, effect: m[3] as Taint['effect'] };
  if (m[2] !== undefined && m[2] !== '') taint.value = m[2];
  return taint;
}

export function containerNamesOf(lp: LoadedPod): string[] {
  const spec = lp.pod.spec;
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].map((c) => c.name);
}

/** The pod a container step is about: the last loaded pod with a container of that name. */
export function podWithContainer(w: PodproofWorld, container: string): LoadedPod {
  const lp = w.loadedWithContainer(container);
  if (!containerNamesOf(lp).includes(container)) {
    throw new Error(`Pod "${lp.name}" has no container "${container}" (it has: ${containerNamesOf(lp).join(', ')}).`);
  }
  return lp;
}

export interface ContainerView {
  lp: LoadedPod;
  handle: PodHandle;
  /** Undefined until the kubelet reported the container. */
  status: ContainerStatus | undefined;
}

export function containerView(w: PodproofWorld, container: string): ContainerView {
  const lp = podWithContainer(w, container);
  const handle = w.handle(lp.name);
  const st = handle.status();
  const status = [...(st.initContainerStatuses ?? []), ...(st.containerStatuses ?? [])].find((c) => c.name === container);
  return { lp, handle, status };
}

/** One word for a container state, with its reason: `running`, `waiting (CrashLoopBackOff)`, `terminated (Error, exit code 1)`. */
export function describeState(status: ContainerStatus | undefined): string {
  const s = status?.state;
  if (!s || (!s.running && !s.waiting && !s.terminated)) return 'no state reported yet';
  if (s.running) return 'running';
  if (s.waiting) return `waiting${s.waiting.reason ? ` (${s.waiting.reason})` : ''}`;
  const t = s.terminated;
  return `terminated (${t?.reason ?? 'no reason'}, exit code ${t?.exitCode ?? '?'})`;
}

/** The pod a pod step is about: by name, else the last loaded. */
export function podHandle(w: PodproofWorld, name?: string): PodHandle {
  return w.handle(name);
}
