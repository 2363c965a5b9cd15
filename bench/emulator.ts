/**
 * Benchmark (not a timed test): 24 hours of virtual time of a crash-looping pod with three
 * probes (startup httpGet, liveness tcpSocket, readiness exec). Run: npx tsx bench/emulator.ts
 * The emulator jumps from event to event, so the cost follows the number of events (probe
 * periods, restarts), not the length of virtual time.
 */
import { createCluster } from '../src/emulator/index.js';
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

function once(): { ms: number; cpuMs: number; restarts: number; events: number; status: string } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const cluster = createCluster();
  const h = cluster.createPod(pod, { behaviours: { app: { healthyAfterMs: 5_000 } } });
  cluster.advance(24 * 3_600_000);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const row = h.row();
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, restarts: Number.parseInt(row.restarts, 10), events: cluster.occurrences().length, status: row.status };
}

once(); // warm-up (JIT, module init)
const runs = Array.from({ length: 5 }, once);
const times = runs.map((r) => r.ms).sort((a, b) => a - b);
const cpus = runs.map((r) => r.cpuMs).sort((a, b) => a - b);
const r0 = runs[0] as ReturnType<typeof once>;
console.log(`24h virtual, crash-looping pod with 3 probes: wall median ${(times[2] as number).toFixed(1)} ms (min ${(times[0] as number).toFixed(1)}, max ${(times[4] as number).toFixed(1)}); CPU median ${(cpus[2] as number).toFixed(1)} ms (min ${(cpus[0] as number).toFixed(1)}) over 5 runs`);
console.log(`restarts after 24h: ${r0.restarts}, events emitted: ${r0.events}, final status: ${r0.status}`);
