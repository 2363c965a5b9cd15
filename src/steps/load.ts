/**
 * Manifest text → the pods a scenario runs and the config objects they may reference.
 * Parsing is the manifest layer's (YAML 1.1, multi-document, List kinds, as kubectl reads files).
 */
import { podFromTemplate } from '../emulator/index.js';
import { objectSites, parseFile, podBearingKind } from '../manifest/index.js';
import type { KubeObject, Pod } from '../model/k8s.js';
import type { LoadedPod } from './types.js';

/**
 * The pod an object stands for: a Pod as written (without status), or the pod a workload's
 * controller would create — the emulator's podFromTemplate, so `podproof test` and
 * `podproof simulate` name a workload's pod the same way.
 */
export function podFor(obj: KubeObject): Pod | undefined {
  if (obj.kind === 'Pod') {
    const pod = structuredClone(obj) as Pod;
    delete pod.status;
    return pod;
  }
  return podFromTemplate(obj);
}

export interface LoadedText {
  pods: LoadedPod[];
  /** ConfigMaps, Secrets and other objects the pods may reference. */
  objects: KubeObject[];
}

/** Parse manifest text; throws with file:line when the text cannot be read as YAML/JSON. */
export function loadText(text: string, filePath: string): LoadedText {
  const file = parseFile(filePath, text);
  const fatal = file.problems.find((p) => p.fatal);
  if (fatal) throw new Error(`${filePath}:${fatal.range.line}:${fatal.range.column}: ${fatal.message}`);
  const pods: LoadedPod[] = [];
  const objects: KubeObject[] = [];
  for (const site of objectSites(file)) {
    const obj = site.object;
    const kind = podBearingKind(obj.apiVersion, obj.kind);
    if (kind === undefined) {
      objects.push(obj);
      continue;
    }
    const pod = podFor(obj);
    if (pod === undefined) continue;
    const loaded: LoadedPod = {
      name: pod.metadata?.name ?? '',
      pod,
      source: obj,
      filePath,
      text,
      submitted: false,
    };
    if (kind !== 'Pod') loaded.workload = { kind, name: obj.metadata?.name ?? '' };
    pods.push(loaded);
  }
  return { pods, objects };
}
