/**
 * A liveness probe identical to the readiness probe: when the app is only overloaded, readiness
 * should take it out of rotation, but an identical liveness probe restarts it too — a load spike
 * becomes a restart storm.
 */
import { containerPath, probe } from '../check-utils.js';
import type { CodeCheck } from './types.js';

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export const check: CodeCheck = ({ target }) => {
  const live = probe(target.container, 'livenessProbe');
  const ready = probe(target.container, 'readinessProbe');
  if (!live || !ready) return [];
  return canonical(live) === canonical(ready) ? [{ path: containerPath(target, 'livenessProbe') }] : [];
};
