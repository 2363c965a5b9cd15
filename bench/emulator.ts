/**
 * Benchmark (not a timed test): 24 hours of virtual time of a crash-looping pod with three
 * probes (startup httpGet, liveness tcpSocket, readiness exec). Run: npx tsx bench/emulator.ts
 *
 * The emulator jumps from event to event, so the cost follows the number of events (probe
 * periods while the container runs, restarts), not the length of virtual time. Two variants:
 * - scripted: the program is a scenario override (`Given container "app" exits with code 1
 *   after 30s`, `becomes healthy after 5s`): the emulator's own cost;
 * - interpreted: the same pod whose command (`touch /tmp/ready; sleep 30; exit 1`) runs in the
 *   shell interpreter (src/shell) on every restart: emulator + shell.
 * Wall time and CPU time (process.cpuUsage) are both printed: on a loaded machine wall time
 * is mostly waiting.
 */
import { createCluster, type ContainerBehaviour } from '../src/emulator/index.js';
import type { Pod } from '../src/model/k8s.js';

const pod: Pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'crashloop' },
  spec: {
    containers: [
      {
        name: 'app',
        image: 'busybox:1.36',
        command: ['sh', '-c', 'touch /tmp/ready; sleep 30; exit 1'],
        ports: [{ containerPort: 8080 }],
        startupProbe: { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 2, failureThreshold: 30 },
        livenessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 10 },
        readinessProbe: { exec: { command: ['cat', '/tmp/ready'] }, periodSeconds: 5 },
      },
    ],
  },
};

interface Run {
  ms: number;
  cpuMs: number;
  restarts: number;
  events: number;
  status: string;
}

function once(b: ContainerBehaviour): Run {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const cluster = createCluster();
  const h = cluster.createPod(pod, { behaviours: { app: b } });
  cluster.advance(24 * 3_600_000);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const row = h.row();
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, restarts: Number.parseInt(row.restarts, 10), events: cluster.occurrences().length, status: row.status };
}

function report(label: string, b: ContainerBehaviour): void {
  const runs = Array.from({ length: 7 }, () => once(b));
  const wall = runs.map((r) => r.ms).sort((a, b2) => a - b2);
  const cpu = runs.map((r) => r.cpuMs).sort((a, b2) => a - b2);
  const r0 = runs[0] as Run;
  const f = (x: number | undefined): string => (x ?? NaN).toFixed(1);
  console.log(
    `${label}: wall median ${f(wall[3])} ms (min ${f(wall[0])}), CPU median ${f(cpu[3])} ms (min ${f(cpu[0])}) over 7 runs; ` +
      `${r0.restarts} restarts, ${r0.events} events, final ${r0.status}`,
  );
}

const scripted: ContainerBehaviour = { exit: { code: 1, afterMs: 30_000 }, healthyAfterMs: 5_000 };
const interpreted: ContainerBehaviour = { healthyAfterMs: 5_000 };
for (let i = 0; i < 3; i++) {
  // warm-up (JIT, module init) for both variants
  once(scripted);
  once(interpreted);
}
console.log('24 h of virtual time, crash-looping pod with startup + liveness + readiness probes');
report('scripted   ', scripted);
report('interpreted', interpreted);
