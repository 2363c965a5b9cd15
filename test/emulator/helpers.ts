/** Shared helpers for the emulator tests: fixtures from the seeds, and small pod builders. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Container, Pod } from '../../src/model/k8s.js';

const here = dirname(fileURLToPath(import.meta.url));

export function fixture(name: string): Pod {
  return parse(readFileSync(join(here, 'fixtures', name), 'utf8')) as Pod;
}

export function pod(name: string, containers: Container[], spec: Partial<NonNullable<Pod['spec']>> = {}): Pod {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers, ...spec } };
}

export const S = 1000;
export const MIN = 60_000;

/** Times (s) at which a container's restartCount increased, from the pod's status history. */
export function restartTimes(h: { history(): { time: number; status: Pod['status'] }[] }, container: string): number[] {
  const out: number[] = [];
  let last = 0;
  for (const s of h.history()) {
    const all = [...(s.status?.initContainerStatuses ?? []), ...(s.status?.containerStatuses ?? [])];
    const cs = all.find((c) => c.name === container);
    if (cs && cs.restartCount > last) {
      out.push(s.time / 1000);
      last = cs.restartCount;
    }
  }
  return out;
}

export function cstatus(p: Pod['status'], name: string) {
  return [...(p?.initContainerStatuses ?? []), ...(p?.containerStatuses ?? [])].find((c) => c.name === name);
}

export function cond(p: Pod['status'], type: string) {
  return (p?.conditions ?? []).find((c) => c.type === type);
}
