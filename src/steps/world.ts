/**
 * The World: a fresh virtual cluster per scenario (cucumber-js habit: no state leaks between
 * scenarios), the manifests the scenario loaded, and the pods created from them.
 *
 * STEPS.md "The world a scenario starts in": virtual time 0; one Ready node `node-1` (4 CPUs,
 * 8Gi, 110 pods) until the scenario declares a node; every image exists and is not present;
 * pulls take 0 s. The emulator's createCluster() defaults are exactly these.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { World, type IWorldOptions } from '@cucumber/cucumber';
import { validatePod } from '../api/index.js';
import { createCluster, formatEvents, formatWatch, snapshotRow, type Cluster, type ContainerBehaviour, type NodeOptions, type PodHandle } from '../emulator/index.js';
import { formatContext, StepFailure } from './failure.js';
import { loadText } from './load.js';
import type { LoadedManifest, LoadedPod, PodproofWorld } from './types.js';

/** World parameters podproof understands (`--world-parameters` / cucumber.yaml worldParameters). */
export interface PodproofParameters {
  /** Folder relative feature URIs and manifest paths start from (default: the process's cwd). */
  cwd?: string;
}

/** Merge scenario overrides the way later Given steps add to earlier ones. */
export function mergeBehaviour(cur: ContainerBehaviour, b: ContainerBehaviour): ContainerBehaviour {
  const merged: ContainerBehaviour = { ...cur, ...b };
  if (b.hooks) {
    merged.hooks = { ...(cur.hooks ?? {}) };
    for (const k of ['postStart', 'preStop'] as const) {
      const add = b.hooks[k];
      if (add) merged.hooks[k] = { ...(cur.hooks?.[k] ?? {}), ...add };
    }
  }
  if (b.memory) merged.memory = [...(cur.memory ?? []), ...b.memory];
  if (b.probes) {
    merged.probes = { ...(cur.probes ?? {}) };
    for (const k of ['liveness', 'readiness', 'startup'] as const) {
      const add = b.probes[k];
      if (add) merged.probes[k] = [...(cur.probes?.[k] ?? []), ...add];
    }
  }
  return merged;
}

function containerNames(lp: LoadedPod): string[] {
  const spec = lp.pod.spec;
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].map((c) => c.name);
}

export class PodWorld extends World<PodproofParameters> implements PodproofWorld {
  readonly cluster: Cluster = createCluster();
  readonly pods: LoadedPod[] = [];
  manifest: LoadedManifest | undefined;
  /** The feature file's folder: manifest paths are resolved against it first. */
  featureDir: string | undefined;
  /** The texts of this scenario's steps (to know whether it asserts a rejection). */
  scenarioSteps: string[] = [];
  private readonly behaviours = new Map<string, ContainerBehaviour>();

  constructor(options: IWorldOptions<PodproofParameters>) {
    super(options);
  }

  get cwd(): string {
    const p = this.parameters as PodproofParameters | undefined;
    return typeof p?.cwd === 'string' ? p.cwd : process.cwd();
  }

  get now(): number {
    return this.cluster.now();
  }

  /** Called by the Before hook with the pickle's feature URI and step texts. */
  startScenario(featureUri: string | undefined, stepTexts: readonly string[]): void {
    if (featureUri) this.featureDir = path.dirname(path.resolve(this.cwd, featureUri));
    this.scenarioSteps = [...stepTexts];
  }

  /** Whether a step of this scenario asserts that the pod is rejected. */
  get assertsRejection(): boolean {
    return this.scenarioSteps.some((t) => /^the pod is rejected with "/.test(t));
  }

  // ---------------------------------------------------------------- manifests

  resolvePath(file: string): string {
    if (path.isAbsolute(file)) return file;
    const candidates = [this.featureDir, this.cwd].filter((d): d is string => d !== undefined).map((d) => path.resolve(d, file));
    const found = candidates.find((c) => existsSync(c));
    if (found === undefined) {
      throw new Error(`Manifest "${file}" not found (looked in ${candidates.map((c) => path.dirname(c)).join(' and ')}).`);
    }
    return found;
  }

  private display(abs: string): string {
    const rel = path.relative(this.cwd, abs);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
  }

  private readManifest(file: string): { text: string; filePath: string; absolutePath: string } {
    const abs = this.resolvePath(file);
    return { text: readFileSync(abs, 'utf8'), filePath: this.display(abs), absolutePath: abs };
  }

  private addLoaded(text: string, filePath: string, pick?: string, absolutePath?: string): void {
    const { pods, objects } = loadText(text, filePath);
    this.manifest = absolutePath === undefined ? { text, filePath } : { text, filePath, absolutePath };
    for (const o of objects) this.cluster.addObject(o);
    let chosen = pods;
    if (pick !== undefined) {
      chosen = pods.filter((p) => p.name === pick || p.workload?.name === pick);
      if (chosen.length === 0) {
        const names = pods.map((p) => (p.workload ? `${p.workload.name} (${p.workload.kind})` : p.name));
        throw new Error(`No pod or workload named "${pick}" in ${filePath}${names.length ? ` (it has: ${names.join(', ')})` : ''}.`);
      }
      chosen = chosen.slice(-1);
    } else if (pods.length === 0) {
      throw new Error(`${filePath} has no Pod or workload with a pod template.`);
    }
    this.pods.push(...chosen);
  }

  loadManifestFile(file: string): void {
    const { text, filePath, absolutePath } = this.readManifest(file);
    this.addLoaded(text, filePath, undefined, absolutePath);
  }

  loadManifestText(text: string, filePath = '<doc string>'): void {
    this.addLoaded(text, filePath);
  }

  loadPodFrom(name: string, file: string): void {
    const { text, filePath, absolutePath } = this.readManifest(file);
    this.addLoaded(text, filePath, name, absolutePath);
  }

  // ---------------------------------------------------------------- nodes and behaviour

  node(options: NodeOptions): void {
    this.cluster.upsertNode(options);
  }

  behave(container: string, behaviour: ContainerBehaviour): void {
    this.behaviours.set(container, mergeBehaviour(this.behaviours.get(container) ?? {}, behaviour));
    for (const lp of this.pods) {
      if (lp.handle && containerNames(lp).includes(container)) lp.handle.behave(container, behaviour);
    }
  }

  // ---------------------------------------------------------------- pods

  createPods(): string[] {
    const rejections: string[] = [];
    for (const lp of this.pods) {
      if (lp.submitted) continue;
      lp.submitted = true;
      // The API server validates on create (kubectl create -f): a workload is validated as
      // itself, so its message names the workload, as kubectl would print it.
      const v = validatePod(lp.source);
      if (!v.valid) {
        lp.rejection = v.message ?? v.messages.join(', ');
        rejections.push(lp.rejection);
        continue;
      }
      const behaviours: Record<string, ContainerBehaviour> = {};
      for (const c of containerNames(lp)) {
        const b = this.behaviours.get(c);
        if (b) behaviours[c] = b;
      }
      try {
        lp.handle = this.cluster.createPod(lp.pod, { behaviours });
      } catch (e) {
        // The API server's other refusals, e.g. `pods "web" already exists` (AlreadyExists).
        lp.rejection = (e as Error).message;
        rejections.push(lp.rejection);
        continue;
      }
      lp.name = lp.handle.name;
    }
    return rejections;
  }

  /** Create the loaded pods not yet submitted (the implicit creation of STEPS.md). */
  ensureSubmitted(): void {
    if (this.pods.some((p) => !p.submitted)) this.createPods();
  }

  loaded(name?: string): LoadedPod {
    if (this.pods.length === 0) throw new Error('No pod has been loaded: start the scenario with Given the manifest "…".');
    if (name === undefined) return this.pods[this.pods.length - 1] as LoadedPod;
    const found = [...this.pods].reverse().find((p) => p.name === name || p.workload?.name === name);
    if (found === undefined) {
      throw new Error(`No pod named "${name}" was loaded (loaded: ${this.pods.map((p) => p.name).join(', ')}).`);
    }
    return found;
  }

  loadedWithContainer(container: string): LoadedPod {
    const found = [...this.pods].reverse().find((p) => containerNames(p).includes(container));
    return found ?? this.loaded();
  }

  handle(name?: string): PodHandle {
    const lp = this.loaded(name);
    this.ensureSubmitted();
    if (lp.rejection !== undefined) throw new Error(lp.rejection);
    if (lp.handle === undefined) throw new Error(`Pod "${lp.name}" was not created.`);
    return lp.handle;
  }

  // ---------------------------------------------------------------- time

  advance(ms: number): void {
    this.ensureSubmitted();
    this.cluster.advance(ms);
  }

  // ---------------------------------------------------------------- failures

  describe(podName?: string): string {
    const created = this.pods.filter((p) => p.handle !== undefined);
    const rows = created.map((p) => (p.handle as PodHandle).row());
    let target: LoadedPod | undefined;
    try {
      target = this.pods.length ? this.loaded(podName) : undefined;
    } catch {
      target = undefined;
    }
    const events = target?.handle ? this.cluster.occurrences().filter((o) => o.pod === target.name) : [];
    const input: Parameters<typeof formatContext>[0] = { now: this.now, rows, events };
    if (target) input.podName = target.name;
    if (target?.rejection) input.note = `The API server rejected the pod: ${target.rejection}`;
    return formatContext(input);
  }

  /**
   * The whole story of every created pod: a `kubectl get pods -w`-style timeline of each status
   * change and the `kubectl describe` events. Attached to the report when a scenario fails.
   */
  timeline(): string {
    let out = '';
    for (const lp of this.pods) {
      if (lp.rejection !== undefined) out += `${lp.name}: rejected: ${lp.rejection}\n\n`;
      const h = lp.handle;
      if (h === undefined) continue;
      const pod = h.object();
      const snaps = h.history().map((snap) => ({ time: snap.time, pod: snap.pod, row: snapshotRow(pod, snap, this.cluster.epochMs), phase: snap.status.phase ?? 'Pending', status: snap.status, removed: snap.removed }));
      out += `Pod ${lp.name} (virtual time now ${this.now / 1000}s)\n${formatWatch(snaps)}\n${formatEvents(h.events(), this.now)}\n`;
    }
    return out;
  }

  fail(expected: string, found: string, podName?: string): never {
    throw new StepFailure(expected, found, this.now, this.describe(podName));
  }
}
