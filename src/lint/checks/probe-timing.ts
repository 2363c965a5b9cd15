/**
 * Probe timings that cannot work as intended (seed 001, 七、Pod的三种探针, all timing fields;
 * prober semantics from pkg/kubelet/prober/worker.go):
 * - timeoutSeconds ≥ periodSeconds: a slow probe is still running when the next one is due;
 * - without a startupProbe, a liveness probe that can kill the container (initialDelay +
 *   failureThreshold × period) before the readiness probe even starts checking;
 * - a startupProbe budget (initialDelay + failureThreshold × period) shorter than the liveness
 *   initialDelaySeconds: the author expects a slow start that the startup probe will not allow.
 * successThreshold ≠ 1 on liveness/startup probes is rejected by the API server (rule `invalid`).
 */
import { containerPath, probe, probeTiming, PROBES } from '../check-utils.js';
import type { CheckViolation, CodeCheck } from './types.js';

export const check: CodeCheck = ({ target }) => {
  const c = target.container;
  if (!c) return [];
  const out: CheckViolation[] = [];
  for (const name of PROBES) {
    const p = probe(c, name);
    if (!p) continue;
    const t = probeTiming(p);
    if (t.timeout >= t.period) {
      out.push({
        path: containerPath(target, name, p.timeoutSeconds !== undefined ? 'timeoutSeconds' : 'periodSeconds'),
        data: { problem: `${name} timeoutSeconds (${t.timeout}) is not shorter than its periodSeconds (${t.period})` },
      });
    }
  }
  const live = probe(c, 'livenessProbe');
  const ready = probe(c, 'readinessProbe');
  const startup = probe(c, 'startupProbe');
  if (live && startup) {
    const l = probeTiming(live);
    const s = probeTiming(startup);
    const budget = s.initialDelay + s.failure * s.period;
    if (l.initialDelay > budget) {
      out.push({
        path: containerPath(target, 'startupProbe'),
        data: { problem: `startupProbe gives up after ${budget}s, before the livenessProbe initialDelaySeconds (${l.initialDelay}s) says the app is started` },
      });
    }
  } else if (live && ready) {
    const l = probeTiming(live);
    const r = probeTiming(ready);
    const firstKill = l.initialDelay + l.failure * l.period;
    if (firstKill <= r.initialDelay) {
      out.push({
        path: containerPath(target, 'livenessProbe'),
        data: { problem: `livenessProbe can restart the container after ${firstKill}s, before the readinessProbe starts at ${r.initialDelay}s` },
      });
    }
  }
  return out;
};
