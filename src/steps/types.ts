/**
 * The World a scenario runs in, as a typed interface: the built-in steps are written against
 * it, and so can a user's own steps (`podproof test --import my-steps.js`):
 *
 *   import { Then } from '@cucumber/cucumber';
 *   import type { PodproofWorld } from 'podproof/steps';
 *   Then('the pod IP is set', function (this: PodproofWorld) {
 *     if (!this.handle().status().podIP) this.fail('a pod IP', 'none');
 *   });
 */
import type { Cluster, ContainerBehaviour, NodeOptions, PodHandle } from '../emulator/index.js';
import type { KubeObject, Pod } from '../model/k8s.js';

/** A pod the scenario loaded: from a Pod manifest, or the pod a workload would create. */
export interface LoadedPod {
  /** The pod's name (a workload's pod gets a generated, deterministic name). */
  name: string;
  /** The Pod object that will be created. */
  pod: Pod;
  /** The object as written in the manifest (the Pod itself, or the workload). */
  source: KubeObject;
  /** The workload the pod came from, when it is not a bare Pod. */
  workload?: { kind: string; name: string };
  /** Display path of the manifest (or `<doc string>`), and its full text (for lint steps). */
  filePath: string;
  text: string;
  /** Set once created: the emulator's handle. */
  handle?: PodHandle;
  /** Set when the API server would refuse it: `The Pod "x" is invalid: …`. */
  rejection?: string;
  /** Whether creation was attempted (accepted or rejected). */
  submitted: boolean;
}

/** A manifest file (or doc string) the scenario loaded, for the lint steps. */
export interface LoadedManifest {
  filePath: string;
  text: string;
  /** The file on disk (undefined for a doc string). */
  absolutePath?: string;
}

export interface PodproofWorld {
  /** The virtual cluster of this scenario (fresh per scenario). */
  readonly cluster: Cluster;
  /** The working directory (world parameter `cwd`, else the process's). */
  readonly cwd: string;
  /** Virtual time since the start of the scenario, in milliseconds. */
  readonly now: number;
  /** Pods loaded so far, in load order. */
  readonly pods: readonly LoadedPod[];
  /** The last manifest loaded (file or doc string). */
  readonly manifest: LoadedManifest | undefined;
  /** Whether a step of this scenario asserts the rejection (then creating an invalid pod does not fail). */
  readonly assertsRejection: boolean;

  /** Load a manifest file (resolved against the feature file's folder, then the working directory). */
  loadManifestFile(path: string): void;
  /** Load manifest text (a doc string). */
  loadManifestText(text: string, filePath?: string): void;
  /** Load one pod, by name (or by its workload's name), from a multi-document file. */
  loadPodFrom(name: string, path: string): void;

  /** Add to (or create) a node; the first node declared replaces the default node-1. */
  node(options: NodeOptions): void;
  /** Add scenario overrides for every container with this name. */
  behave(container: string, behaviour: ContainerBehaviour): void;

  /** Submit every loaded pod not yet submitted (validate, then create). Returns the rejections. */
  createPods(): string[];
  /** The loaded pod: by pod or workload name, else "the pod" (the last loaded). */
  loaded(name?: string): LoadedPod;
  /** The loaded pod that has a container of this name (the last such), else the last loaded. */
  loadedWithContainer(container: string): LoadedPod;
  /** The created pod's handle; creates pods first if needed; throws the API server's message if it was rejected. */
  handle(name?: string): PodHandle;

  /** Move virtual time forward by `ms` (creating the pods first if needed). */
  advance(ms: number): void;

  /** Fail the step: what was expected, what was found, with the virtual time, the kubectl row and the last events. */
  fail(expected: string, found: string, podName?: string): never;
  /** The context a failure shows: virtual time, `kubectl get pods` rows, recent events. */
  describe(podName?: string): string;
}
