/**
 * `simulate` on a manifest file: read it, refuse what the API server would refuse (with its
 * message), then run the emulator without a scenario.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runSimulation, type RunOptions, type SimulationResult } from '../emulator/index.js';
import { objectSites, parseFile } from '../manifest/index.js';
import type { KubeObject } from '../model/k8s.js';
import { validateSite } from '../validate/findings.js';

export class InputError extends Error {
  readonly exitCode = 2;
}

/** Read a manifest, validate every object in it, and return the objects (throws InputError). */
export async function loadManifestObjects(file: string, cwd: string): Promise<KubeObject[]> {
  const abs = path.resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch {
    throw new InputError(`Cannot read ${file}: it does not exist or is not readable.`);
  }
  const parsed = parseFile(file, text);
  const problems = parsed.problems.filter((p) => p.severity === 'error');
  const first = problems[0];
  if (first) throw new InputError(`${file}:${first.range.line}:${first.range.column}: ${first.message}`);
  const objects: KubeObject[] = [];
  for (const site of objectSites(parsed)) {
    const v = validateSite(site);
    const err = v.findings[0];
    if (err) throw new InputError(`${file}:${err.range.line}:${err.range.column}: ${err.message}`);
    objects.push(site.object);
  }
  if (objects.length === 0) throw new InputError(`${file}: no Kubernetes objects in it.`);
  return objects;
}

export async function simulateFile(file: string, options: RunOptions & { cwd: string }): Promise<SimulationResult> {
  const objects = await loadManifestObjects(file, options.cwd);
  return runSimulation(objects, options);
}

export { formatContainers, formatEvents, formatWatch, parseUntil, type ContainerDetail, type RunOptions, type SimulationResult } from '../emulator/index.js';
export { renderTimelineHtml, renderTimelineSvg } from '../report/timeline.js';
