#!/usr/bin/env node
// Scenario throughput: 200 scenarios, each living through one hour of virtual time (crash loops,
// failing liveness probes, readiness flapping, jobs), run by `podproof test --parallel 2`.
// Target: under 10 s. Run: npm run build && node bench/scenarios.mjs [count] [parallel]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const count = Number(process.argv[2] ?? 200);
const parallel = Number(process.argv[3] ?? 2);
const perFile = 20;

const KINDS = [
  {
    name: 'crash-loop',
    manifest: (i) => `apiVersion: v1
kind: Pod
metadata:
  name: crash-${i}
spec:
  restartPolicy: OnFailure
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo run ${i}; sleep ${1 + (i % 7)}; exit 1"]
`,
    steps: `    When 1 hour passes
    Then the pod phase is "Running"
    And container "app" has restarted at least 10 times
    And the previous logs of container "app" contain "run"`,
  },
  {
    name: 'liveness',
    manifest: (i) => `apiVersion: v1
kind: Pod
metadata:
  name: live-${i}
spec:
  containers:
  - name: liveness
    image: ubuntu:14.04
    command: ["/bin/sh", "-c", "echo ok > /tmp/health; sleep ${30 + (i % 30)}; rm -rf /tmp/health; sleep 600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/health"]
      initialDelaySeconds: 15
      periodSeconds: 10
`,
    steps: `    When 1 hour passes
    Then an event "Unhealthy" is recorded
    And container "liveness" has restarted at least 5 times`,
  },
  {
    name: 'server',
    manifest: (i) => `apiVersion: v1
kind: Pod
metadata:
  name: web-${i}
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 5
    livenessProbe:
      tcpSocket:
        port: 80
      periodSeconds: 10
`,
    steps: `    Then the pod phase stays "Running" for 1h
    And the pod is ready
    And container "web" has restarted 0 times`,
  },
  {
    name: 'job',
    manifest: (i) => `apiVersion: batch/v1
kind: Job
metadata:
  name: job-${i}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: work
        image: busybox:1.36
        command: ["sh", "-c", "i=0; while [ $i -lt ${5 + (i % 20)} ]; do echo step $i; i=$((i+1)); sleep 60; done"]
`,
    steps: `    When 1 hour passes
    Then the pod phase is "Succeeded"
    And the logs of container "work" contain "step 4"`,
  },
];

const dir = mkdtempSync(path.join(tmpdir(), 'podproof-bench-'));
try {
  let files = 0;
  for (let start = 0; start < count; start += perFile) {
    let feature = `Feature: bench ${files}\n`;
    for (let i = start; i < Math.min(count, start + perFile); i++) {
      const kind = KINDS[i % KINDS.length];
      writeFileSync(path.join(dir, `pod-${i}.yaml`), kind.manifest(i));
      feature += `\n  Scenario: ${kind.name} ${i}\n    Given the manifest "pod-${i}.yaml"\n${kind.steps}\n`;
    }
    writeFileSync(path.join(dir, `bench-${files}.feature`), feature);
    files++;
  }
  // CPU time of the whole process tree (GNU time's %U+%S), so a busy shared machine can be told
  // apart from a slow run: wall time is the target, CPU time the load-independent figure.
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const cmd = [process.execPath, path.join(root, 'bin', 'podproof.js'), 'test', dir, '--parallel', String(parallel), '--format', 'summary'];
  const t0 = process.hrtime.bigint();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', 'CPU %U user %S sys', ...cmd], { cwd: root, encoding: 'utf8' })
    : spawnSync(cmd[0], cmd.slice(1), { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const lines = (r.stdout + r.stderr).split('\n');
  console.log(lines.filter((l) => /scenarios \(|steps \(|\d+m\d+\.\d+s|^CPU /.test(l)).join('\n'));
  console.log(`${count} scenarios x 1 h of virtual time, --parallel ${parallel}: ${(ms / 1000).toFixed(2)} s wall (target < 10 s), exit ${r.status}`);
  console.log(`machine load average: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
  if (r.status !== 0) {
    console.log((r.stdout + r.stderr).slice(0, 4000));
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
