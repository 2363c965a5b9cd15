/**
 * Restart policy, crash-loop back-off and probes.
 * - kuberuntime_manager.go@doBackOff, client-go flowcontrol/backoff.go (Next, IsInBackOffSince),
 *   kubelet.go@NewMainKubelet (10 s doubling to 300 s, reset after 600 s)
 * - pkg/kubelet/container/helpers.go@ShouldContainerBeRestarted
 * - prober/worker.go@doProbe, prober_manager.go@UpdatePodStatus, prober.go@runProbe
 */
import t from 'tap';
import { Backoff, createCluster, goDuration } from '../../src/emulator/index.js';
import { cond, cstatus, pod, restartTimes, S, MIN } from './helpers.js';

const bb = 'busybox:1.36';

t.test('flowcontrol Backoff: initial, doubling, cap, reset when eventTime - lastUpdate > 600 s', async (t) => {
  const b = new Backoff(10 * S, 300 * S, 600 * S);
  b.next('k', 0, 0);
  t.equal(b.get('k')?.backoff, 10 * S);
  for (let i = 0; i < 10; i++) b.next('k', 0, 0);
  t.equal(b.get('k')?.backoff, 300 * S);
  t.ok(b.isInBackOffSince('k', 1000 * S, 1100 * S) === false, 'expired entry: 1000 s after lastUpdate');
  b.next('k', 1000 * S, 1000 * S);
  t.equal(b.get('k')?.backoff, 10 * S, 'ladder restarts');
});

t.test('goDuration prints like Go: 10s, 1m20s, 5m0s, 313ms', async (t) => {
  t.same([10, 80, 160, 300, 0.313, 3600].map((s) => goDuration(s * S)), ['10s', '1m20s', '2m40s', '5m0s', '313ms', '1h0m0s']);
});

t.test('Always + crash: back-off caps at 5 minutes — restarts 0,10,30,70,150,310,610,910 s', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: bb, command: ['sh', '-c', 'exit 2'] }]));
  c.advance(16 * MIN);
  t.same(restartTimes(h, 'app'), [0, 10, 30, 70, 150, 310, 610, 910]);
  t.match(cstatus(h.status(), 'app')?.state?.waiting?.message, /^back-off 5m0s /);
});

t.test('a container that ran more than 600 s before crashing restarts immediately (ladder reset)', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: bb, command: ['sh', '-c', 'sleep 5; exit 1'] }]));
  c.advance(40 * S); // exits at 5, restart 5; exits 10 → back-off 10 → 20; exits 25 → 20 s → 45
  t.same(restartTimes(h, 'app'), [5, 20]);
  h.behave('app', { exit: { code: 1, afterMs: 700 * S } }); // from the next instance on: runs 700 s
  c.advance(10 * S); // restart at 45 s, runs until 745 s
  c.advance(710 * S);
  // exit at 745: hasExpired(eventTime 745 s, lastUpdate 45 s) = 700 s > 600 s → not in back-off,
  // Next starts a fresh ladder → restarted at once (a 40 s back-off would have said 785 s).
  t.same(restartTimes(h, 'app'), [5, 20, 45, 745]);
});

t.test('restartPolicy: Never does not restart; OnFailure restarts only non-zero exits — ShouldContainerBeRestarted', async (t) => {
  const c = createCluster();
  const never = c.createPod(pod('never', [{ name: 'app', image: bb, command: ['sh', '-c', 'exit 1'] }], { restartPolicy: 'Never' }));
  const onf = c.createPod(pod('onf', [{ name: 'app', image: bb, command: ['sh', '-c', 'exit 0'] }], { restartPolicy: 'OnFailure' }));
  c.advance(60 * S);
  t.equal(never.phase(), 'Failed');
  t.equal(never.row().status, 'Error');
  t.equal(cstatus(never.status(), 'app')?.restartCount, 0);
  t.equal(onf.phase(), 'Succeeded');
  t.equal(cstatus(onf.status(), 'app')?.restartCount, 0);
});

t.test('the seed phase table: two containers, one fails — Never: Running while the other runs; both fail: Failed', async (t) => {
  const c = createCluster();
  const one = c.createPod(pod('one', [
    { name: 'a', image: bb, command: ['sh', '-c', 'exit 1'] },
    { name: 'b', image: bb, command: ['sleep', '3600'] },
  ], { restartPolicy: 'Never' }));
  const both = c.createPod(pod('both', [
    { name: 'a', image: bb, command: ['sh', '-c', 'exit 1'] },
    { name: 'b', image: bb, command: ['sh', '-c', 'sleep 2; exit 1'] },
  ], { restartPolicy: 'Never' }));
  c.advance(5 * S);
  t.equal(one.phase(), 'Running');
  t.equal(both.phase(), 'Failed');
});

t.test('readiness: initialDelaySeconds, periodSeconds, successThreshold, failureThreshold — worker.go@doProbe', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{
    name: 'app', image: 'nginx:1.27', ports: [{ containerPort: 80 }],
    readinessProbe: { httpGet: { path: '/', port: 80 }, initialDelaySeconds: 5, periodSeconds: 3, successThreshold: 2, failureThreshold: 2 },
  }]));
  // ticks at 0,3,6,9,...; 0 and 3 are inside the delay; successes at 6 and 9 → ready at 9 s
  c.advanceTo(8 * S);
  t.equal(cstatus(h.status(), 'app')?.ready, false);
  c.advanceTo(9 * S);
  t.equal(cstatus(h.status(), 'app')?.ready, true);
  t.equal(cond(h.status(), 'Ready')?.lastTransitionTime, '2025-01-01T00:00:09Z');
  h.probeFrom('app', 'readiness', 'fail'); // at 9 s: failures at 12 and 15 → unready at 15 s
  c.advanceTo(14 * S);
  t.equal(cstatus(h.status(), 'app')?.ready, true);
  c.advanceTo(15 * S);
  t.equal(cstatus(h.status(), 'app')?.ready, false);
  t.equal(h.events().find((e) => e.reason === 'Unhealthy')?.message, 'Readiness probe failed: HTTP probe failed with statuscode: 503');
  t.equal(cstatus(h.status(), 'app')?.restartCount, 0, 'readiness never restarts');
});

t.test('startup probe gates liveness and readiness; started=false until it succeeds — prober_manager.go@isContainerStarted', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{
    name: 'app', image: 'myapp:1', ports: [{ containerPort: 8080 }],
    startupProbe: { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 10, failureThreshold: 30 },
    livenessProbe: { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 10, failureThreshold: 1 },
    readinessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 10 },
  }]), { behaviours: { app: { healthyAfterMs: 45 * S } } });
  c.advance(49 * S);
  t.equal(cstatus(h.status(), 'app')?.started, false);
  t.equal(cstatus(h.status(), 'app')?.ready, false);
  t.notOk(h.events().some((e) => e.message.startsWith('Liveness')), 'liveness does not run before the container started');
  c.advance(1 * S);
  t.equal(cstatus(h.status(), 'app')?.started, true, 'startup success at the 50 s tick');
  t.equal(cstatus(h.status(), 'app')?.ready, true);
  t.equal(h.events().find((e) => e.reason === 'Unhealthy')?.count, 5, 'startup failures at 0..40 s');
});

t.test('startup probe failure kills and restarts the container ("failed startup probe, will be restarted")', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{
    name: 'app', image: 'myapp:1', ports: [{ containerPort: 8080 }],
    startupProbe: { tcpSocket: { port: 8080 }, periodSeconds: 5, failureThreshold: 3 },
  }]), { behaviours: { app: { runUntilStopped: true, healthyAfterMs: 3600 * S } } });
  c.advance(10 * S);
  const k = h.events().find((e) => e.reason === 'Killing');
  t.equal(k?.message, 'Container app failed startup probe, will be restarted');
  t.equal(k?.firstTimestamp, 10 * S, 'failures at 0, 5, 10 s');
  t.equal(cstatus(h.status(), 'app')?.restartCount, 1, 'SIGTERM stops it at once; restarted');
  t.equal(cstatus(h.status(), 'app')?.lastState?.terminated?.exitCode, 143);
});

t.test('liveness with restartPolicy Never: killed for good, pod Failed', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{
    name: 'app', image: 'myapp:1', ports: [{ containerPort: 8080 }],
    livenessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 5, failureThreshold: 2 },
  }], { restartPolicy: 'Never' }), { behaviours: { app: { runUntilStopped: true } } });
  c.advance(10 * S);
  h.probeFrom('app', 'liveness', 'fail'); // failures at 15, 20 → killed at 20
  c.advance(15 * S);
  t.equal(h.events().find((e) => e.reason === 'Killing')?.message, 'Container app failed liveness probe');
  t.equal(h.phase(), 'Failed');
  t.equal(cstatus(h.status(), 'app')?.restartCount, 0);
});

t.test('exec probe timeout: a probe command slower than timeoutSeconds fails ("timed out")', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{
    name: 'app', image: bb, command: ['sleep', '3600'],
    readinessProbe: { exec: { command: ['sleep', '5'] }, timeoutSeconds: 2, periodSeconds: 10 },
  }]));
  c.advance(3 * S);
  t.equal(h.events().find((e) => e.reason === 'Unhealthy')?.message, 'Readiness probe failed: command "sleep 5" timed out');
  t.equal(cstatus(h.status(), 'app')?.ready, false);
});

t.test('probe on a named port; tcpSocket and grpc follow the listening ports', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{
    name: 'web', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80 }],
    readinessProbe: { httpGet: { path: '/', port: 'http' } },
    livenessProbe: { tcpSocket: { port: 'http' } },
  }, {
    name: 'rpc', image: 'myrpc:1', ports: [{ containerPort: 9000 }],
    readinessProbe: { grpc: { port: 9000 } },
  }]));
  c.advance(1 * S);
  t.equal(h.row().ready, '2/2');
});

t.test('kubelet profile: ReduceDefaultCrashLoopBackOffDecay (1 s doubling to 60 s) and a lower max (KEP-4603, KEP-5593)', async (t) => {
  const c = createCluster({ kubelet: { crashLoopBackOff: { reducedDecay: true } } });
  const h = c.createPod(pod('p', [{ name: 'app', image: bb, command: ['sh', '-c', 'exit 1'] }]));
  c.advance(200 * S);
  t.same(restartTimes(h, 'app').slice(0, 9), [0, 1, 3, 7, 15, 31, 63, 123, 183]);
  const c2 = createCluster({ kubelet: { crashLoopBackOff: { maxMs: 5 * S } } });
  const h2 = c2.createPod(pod('p', [{ name: 'app', image: bb, command: ['sh', '-c', 'exit 1'] }]));
  c2.advance(20 * S);
  t.same(restartTimes(h2, 'app'), [0, 5, 10, 15, 20], 'initial lowered to the max');
});
