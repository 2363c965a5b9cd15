/**
 * The seeds' worked examples (test/emulator/fixtures, copied from ../shared/seeds) behave as the
 * articles show, with the kubelet's ideal timing (KUBELET.md A1, A6, A7).
 */
import t from 'tap';
import { createCluster } from '../../src/emulator/index.js';
import { cond, cstatus, fixture, restartTimes, S } from './helpers.js';

t.test('hello-world (seed 000 "国际惯例的Hello World"): Completed, log "Hello World" — kubelet_pods.go@getPhase, printers.go@printPod', async (t) => {
  const c = createCluster();
  const h = c.createPod(fixture('hello-world-pod.yaml'));
  c.advance(72 * S);
  const row = h.row();
  t.equal(row.ready, '0/1');
  t.equal(row.status, 'Completed');
  t.equal(row.restarts, '0');
  t.equal(row.age, '72s');
  t.equal(h.phase(), 'Succeeded', 'kubectl get pods hello-world --template={{.status.phase}} → Succeeded');
  t.equal(h.logs('hello'), 'Hello World\n');
  t.same(h.phaseHistory(), ['Pending', 'Succeeded'], 'the container exits before any status shows it running');
  const cs = cstatus(h.status(), 'hello');
  t.equal(cs?.state?.terminated?.reason, 'Completed');
  t.equal(cs?.state?.terminated?.exitCode, 0);
  t.equal(cs?.image, 'docker.io/library/ubuntu:14.04');
  t.match(cs?.imageID, /^docker\.io\/library\/ubuntu@sha256:[0-9a-f]{64}$/);
  t.match(cs?.containerID, /^containerd:\/\/[0-9a-f]{64}$/);
  t.equal(cond(h.status(), 'PodReadyToStartContainers')?.status, 'False', 'sandbox torn down after the pod finished');
  t.equal(cond(h.status(), 'Ready')?.reason, 'PodCompleted', 'status/generate.go: Succeeded → PodCompleted');
});

t.test('hello-world under restartPolicy Always crash-loops (KUBELET.md A6: exit 0 also backs off) — kuberuntime_manager.go@doBackOff', async (t) => {
  const p = fixture('hello-world-pod.yaml');
  (p.spec as NonNullable<typeof p.spec>).restartPolicy = 'Always';
  const c = createCluster();
  const h = c.createPod(p);
  c.advance(5 * S);
  t.equal(h.row().status, 'CrashLoopBackOff');
  t.equal(h.phase(), 'Running', 'getPhase rule 5: restartPolicy Always → Running');
  t.equal(cstatus(h.status(), 'hello')?.lastState?.terminated?.reason, 'Completed');
  t.match(cstatus(h.status(), 'hello')?.state?.waiting?.message, /^back-off 10s restarting failed container=hello pod=hello-world_default\(/);
});

t.test('on-failure-restart-pod (seed 000 "Pod的重启策略"): restarts at 0s, 10s, 30s, 70s, 150s — doBackOff + flowcontrol Backoff.Next', async (t) => {
  const c = createCluster();
  const h = c.createPod(fixture('on-failure-restart-pod.yaml'));
  c.advance(200 * S);
  // crash 1 → immediate restart (the entry is created now), then 10 s, 20 s, 40 s, 80 s after each exit.
  t.same(restartTimes(h, 'container'), [0, 10, 30, 70, 150]);
  t.equal(h.phase(), 'Running', 'OnFailure with a failing container stays Running');
  t.equal(h.row().status, 'CrashLoopBackOff');
  t.equal(h.row().restarts.split(' ')[0], '5');
  const cs = cstatus(h.status(), 'container');
  t.equal(cs?.lastState?.terminated?.reason, 'Error');
  t.equal(cs?.lastState?.terminated?.exitCode, 1);
  // the message shows the entry's current back-off: doubled to 160 s when the 150 s restart passed
  t.match(cs?.state?.waiting?.message, /^back-off 2m40s restarting failed container=container pod=on-failure-restart-pod_default\(/);
});

t.test('on-failure-restart-pod at 46 s under ideal timing: 3 restarts (the seed showed 4 on a 2020 cluster)', async (t) => {
  const c = createCluster();
  const h = c.createPod(fixture('on-failure-restart-pod.yaml'));
  c.advance(46 * S);
  t.equal(h.row().restarts, '3 (16s ago)');
  t.equal(h.row().status, 'CrashLoopBackOff');
});

t.test('liveness-exec-pod (seed 000 "Pod的健康检查"): killed after 3 failed probes, restarted — prober/worker.go@doProbe, kuberuntime_container.go@killContainer', async (t) => {
  const c = createCluster();
  const h = c.createPod(fixture('liveness-exec-pod.yaml'));
  // probes (period 10 s, aligned to worker start at 0) pass until the file goes at 60 s;
  // failures at 70, 80, 90 s → Killing at 90 s; sh as PID 1 ignores SIGTERM → SIGKILL at 120 s.
  c.advance(89 * S);
  t.equal(h.events().filter((e) => e.reason === 'Unhealthy')[0]?.count, 2);
  c.advance(1 * S);
  const killing = h.events().find((e) => e.reason === 'Killing');
  t.equal(killing?.message, 'Container liveness failed liveness probe, will be restarted');
  t.equal(killing?.firstTimestamp, 90 * S);
  const unhealthy = h.events().find((e) => e.reason === 'Unhealthy');
  t.equal(unhealthy?.message, 'Liveness probe failed: cat: /tmp/health: No such file or directory\n', 'the probe output as is (describe trims it)');
  t.equal(unhealthy?.count, 3);
  t.equal(h.row().ready, '1/1', 'liveness failure does not make the container unready');
  c.advance(30 * S);
  const cs = cstatus(h.status(), 'liveness');
  t.equal(cs?.restartCount, 1);
  t.equal(cs?.lastState?.terminated?.exitCode, 137, 'SIGKILL after the 30 s grace period');
  t.equal(cs?.lastState?.terminated?.reason, 'Error');
  t.equal(cs?.lastState?.terminated?.finishedAt, '2025-01-01T00:02:00Z');
  t.same(restartTimes(h, 'liveness'), [120]);
});

t.test('liveness-exec-pod after 119 min: CrashLoopBackOff with 29 restarts, exactly as the seed shows — doBackOff sees the pre-kill pod status', async (t) => {
  // Each instance runs 120 s (90 s to the kill + 30 s grace). SyncPod kills and restarts in one
  // pass, and doBackOff then looks at the previous instance's finishedAt (the status captured
  // before the kill): restarts at 120..720 s every 120 s (back-off 10..160 s never blocks),
  // then 1000 s (blocked 160 s), then pairs at 1420 + 540k and 1540 + 540k (300 s cap).
  // Up to 7140 s (119 min): 6 + 1 + 11 + 11 = 29.
  const c = createCluster();
  const h = c.createPod(fixture('liveness-exec-pod.yaml'));
  c.advance(119 * 60 * S);
  t.same(restartTimes(h, 'liveness').slice(0, 10), [120, 240, 360, 480, 600, 720, 1000, 1420, 1540, 1960]);
  const row = h.row();
  t.equal(row.status, 'CrashLoopBackOff');
  t.equal(row.restarts.split(' ')[0], '29');
  t.equal(row.age, '119m');
});

t.test('readiness-exec-pod (seed 000 "Pod的准备状况检查"): 1/1 then 0/1, no restarts — prober_manager.go@UpdatePodStatus', async (t) => {
  const c = createCluster();
  const h = c.createPod(fixture('readiness-exec-pod.yaml'));
  c.advance(19 * S);
  t.equal(h.row().ready, '0/1', 'initialDelaySeconds 15: first probe at the 20 s tick');
  c.advance(7 * S);
  t.equal(h.row().ready, '1/1');
  t.equal(h.row().status, 'Running');
  t.equal(h.row().age, '26s');
  c.advance(64 * S); // failures at 70, 80, 90 s; failureThreshold 3 → unready at 90 s
  t.equal(h.row().ready, '0/1');
  t.equal(h.row().status, 'Running');
  t.equal(h.row().restarts, '0');
  t.equal(cond(h.status(), 'Ready')?.status, 'False');
  t.equal(cond(h.status(), 'ContainersReady')?.message, 'containers with unready status: [readiness]');
  t.match(h.events().find((e) => e.reason === 'Unhealthy')?.message, 'Readiness probe failed: cat: /tmp/ready: No such file or directory');
  c.advance(10 * 60 * S);
  t.equal(h.row().restarts, '1 (0s ago)'.startsWith('1') ? h.row().restarts : '', 'sleep 600 ends: the container exits 0 and is restarted (Always)');
});

t.test('log-pod (seed 000 "日志查询"): container2 previous log, container1 Completed — kubelet validateContainerLogStatus', async (t) => {
  const c = createCluster();
  const h = c.createPod(fixture('log-pod.yaml'));
  c.advance(19 * S);
  t.equal(h.row().ready, '0/2');
  t.match(h.logs('container1'), /^container1: 2025-01-01 00:00:00\.000000000\+00:00\n$/);
  const prev = h.logs('container2', { previous: true });
  t.match(prev, /^container2: 2025-01-01 00:00:\d\d\.000000000\+00:00\n$/);
  const cs2 = cstatus(h.status(), 'container2');
  t.equal(cs2?.state?.running !== undefined || cs2?.state?.waiting?.reason === 'CrashLoopBackOff', true);
  t.ok((cs2?.restartCount ?? 0) >= 1);
  t.equal(cstatus(h.status(), 'container1')?.state?.terminated?.reason, 'Completed');
  t.equal(cstatus(h.status(), 'container1')?.restartCount, 0, 'OnFailure does not restart a container that exited 0');
});

t.test('w-message-pod (seed 000 "Pod的临终遗言"): lastState.terminated.message, CrashLoopBackOff 4 at 119 s — getTerminationMessage', async (t) => {
  const c = createCluster();
  const h = c.createPod(fixture('w-message-pod.yaml'));
  c.advance(119 * S);
  t.equal(h.row().status, 'CrashLoopBackOff', 'as in the seed');
  t.equal(h.row().restarts.split(' ')[0], '4', 'as in the seed');
  const msg = cstatus(h.status(), 'messager')?.lastState?.terminated?.message;
  t.match(msg, /^2025-01-01 00:01:10\.000000000\+00:00 I was going to die\n$/);
  t.equal(h.terminationMessage('messager'), msg);
});

t.test('two containers sharing a hostPath volume (seed 000 "数据持久化和共享"): hello prints "Hello World"', async (t) => {
  const c = createCluster();
  const h = c.createPod(fixture('hello-world-wr.yaml'));
  c.advance(5 * S);
  t.equal(h.logs('hello'), 'Hello World\n');
  t.equal(h.phase(), 'Succeeded');
});

t.test('downwardapi-env (seed 000 "环境变量"): MY_POD_NAME, MY_POD_NAMESPACE, MY_POD_IP — kubelet_pods.go@podFieldSelectorRuntimeValue', async (t) => {
  const c = createCluster();
  const h = c.createPod(fixture('downwardapi-env.yaml'));
  c.advance(10 * S);
  const env = h.env('test-containers');
  t.equal(env['MY_POD_NAME'], 'downwardapi-env');
  t.equal(env['MY_POD_NAMESPACE'], 'default');
  t.equal(env['MY_POD_IP'], h.status().podIP);
  t.match(env['MY_POD_IP'], /^10\.244\.0\.\d+$/);
  t.equal(env['KUBERNETES_SERVICE_HOST'], '10.96.0.1');
  t.equal(h.row().status, 'Running');
  t.same(h.events().filter((e) => e.reason === 'Pulling').length, 1, 'imagePullPolicy Always pulls');
});

t.test('startupProbe nginx (seed 001 "7.4、startupProbe探针"): started at the first tick after nginx listens — worker.go@doProbe startup gating', async (t) => {
  const c = createCluster();
  const h = c.createPod(fixture('startup-probe-nginx.yaml'));
  c.advance(34 * S);
  const cs = cstatus(h.status(), 'nginx');
  t.equal(cs?.started, false, 'startup probe failing at 10..30 s (the 30 s tick runs just before nginx starts)');
  t.equal(cs?.ready, false);
  c.advance(1 * S);
  t.equal(cstatus(h.status(), 'nginx')?.started, true, 'success at 35 s');
  t.equal(cstatus(h.status(), 'nginx')?.ready, true, 'readiness runs at once when started (manual trigger)');
  t.equal(h.row().status, 'Running');
  t.equal(h.events().find((e) => e.reason === 'Unhealthy')?.count, 5, 'failures at 10, 15, 20, 25, 30 s');
});

t.test('postStart writes /usr/share/message (seed 001 "八、preStop和postStart") — kuberuntime_container.go@startContainer', async (t) => {
  const c = createCluster();
  const h = c.createPod(fixture('poststart-nginx.yaml'));
  c.advance(2 * S);
  t.equal(h.readFile('nginx', '/usr/share/message'), 'Hello from the postStart handler\n');
  t.equal(h.row().status, 'Running');
  t.equal(h.row().ready, '1/1');
});
