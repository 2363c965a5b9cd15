/**
 * Init containers and native sidecars — kuberuntime_container.go@computeInitContainerActions,
 * kuberuntime_manager.go@computePodActions, kuberuntime_termination_order.go, printers.go@printPod
 * (Init:N/M), status/generate.go (Initialized).
 */
import t from 'tap';
import { createCluster } from '../../src/emulator/index.js';
import { cond, cstatus, pod, restartTimes, S } from './helpers.js';

const bb = 'busybox:1.36';

t.test('init containers run in order; app starts only after the last one exits 0', async (t) => {
  const c = createCluster();
  const h = c.createPod(
    pod('p', [{ name: 'app', image: bb, command: ['sh', '-c', 'echo app; sleep 3600'] }], {
      initContainers: [
        { name: 'one', image: bb, command: ['sh', '-c', 'sleep 5'] },
        { name: 'two', image: bb, command: ['sh', '-c', 'sleep 3'] },
      ],
    }),
  );
  t.equal(h.row().status, 'Init:0/2');
  t.equal(cstatus(h.status(), 'app')?.state?.waiting?.reason, 'PodInitializing');
  t.equal(cond(h.status(), 'Initialized')?.message, 'containers with incomplete status: [one two]');
  c.advance(5 * S);
  t.equal(h.row().status, 'Init:1/2');
  c.advance(3 * S);
  t.equal(h.row().status, 'Running');
  t.equal(cond(h.status(), 'Initialized')?.status, 'True');
  t.equal(cstatus(h.status(), 'one')?.ready, true, 'a regular init container is ready once it exited 0');
  t.equal(h.phase(), 'Running');
  t.same(h.phaseHistory(), ['Pending', 'Running']);
});

t.test('a failing init container: Init:Error / Init:CrashLoopBackOff, restarted with back-off (restartPolicy Always)', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: bb, command: ['sleep', '3600'] }], { initContainers: [{ name: 'init', image: bb, command: ['sh', '-c', 'exit 3'] }] }));
  c.advance(1 * S);
  t.equal(h.row().status, 'Init:CrashLoopBackOff');
  t.equal(h.phase(), 'Pending');
  c.advance(60 * S);
  t.same(restartTimes(h, 'init'), [0, 10, 30]);
  t.equal(cstatus(h.status(), 'app')?.state?.waiting?.reason, 'PodInitializing');
});

t.test('a failing init container with restartPolicy Never fails the pod (getPhase rule 1)', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: bb, command: ['sleep', '3600'] }], { restartPolicy: 'Never', initContainers: [{ name: 'init', image: bb, command: ['sh', '-c', 'exit 3'] }] }));
  c.advance(1 * S);
  t.equal(h.phase(), 'Failed');
  t.equal(h.row().status, 'Init:Error');
  t.notOk(cstatus(h.status(), 'app')?.state?.running);
});

t.test('native sidecar: starts before the app, does not block, counts in READY, restarted when it exits', async (t) => {
  const c = createCluster();
  const h = c.createPod(
    pod('p', [{ name: 'app', image: bb, command: ['sleep', '3600'] }], {
      initContainers: [{ name: 'proxy', image: bb, restartPolicy: 'Always', command: ['sh', '-c', 'sleep 20; exit 1'] }],
    }),
  );
  t.equal(h.row().ready, '2/2');
  t.equal(h.row().status, 'Running');
  c.advance(20 * S);
  t.same(restartTimes(h, 'proxy'), [20], 'sidecars restart even after the pod initialised');
  c.advance(20 * S);
  t.same(restartTimes(h, 'proxy'), [20], 'second exit at 40 s backs off 10 s');
  t.equal(h.row().ready, '1/2');
  c.advance(10 * S);
  t.same(restartTimes(h, 'proxy'), [20, 50]);
  t.equal(cond(h.status(), 'Initialized')?.status, 'True', 'stays initialised while a sidecar restarts');
});

t.test('sidecar with a startupProbe gates the next init container — computeInitContainerActions', async (t) => {
  const c = createCluster();
  const h = c.createPod(
    pod('p', [{ name: 'app', image: bb, command: ['sleep', '3600'] }], {
      initContainers: [
        { name: 'proxy', image: 'envoyproxy/envoy:v1.30', restartPolicy: 'Always', ports: [{ containerPort: 9901 }], startupProbe: { tcpSocket: { port: 9901 }, periodSeconds: 1, failureThreshold: 10 } },
        { name: 'migrate', image: bb, command: ['sh', '-c', 'sleep 1'] },
      ],
    }),
    { behaviours: { proxy: { healthyAfterMs: 5 * S } } },
  );
  c.advance(4 * S);
  t.notOk(cstatus(h.status(), 'migrate')?.state?.running, 'not before the sidecar has started');
  t.equal(h.row().status, 'Init:0/2');
  c.advance(1 * S);
  t.ok(cstatus(h.status(), 'migrate')?.state?.running);
  c.advance(1 * S);
  t.equal(h.row().status, 'Running');
});

t.test('Job-style pod with sidecars: sidecars stopped after the app, in reverse order; pod Succeeded — newTerminationOrdering', async (t) => {
  const c = createCluster();
  const h = c.createPod(
    pod('job', [{ name: 'main', image: bb, command: ['sh', '-c', 'sleep 5'] }], {
      restartPolicy: 'Never',
      initContainers: [
        { name: 'first', image: bb, restartPolicy: 'Always', command: ['sh', '-c', 'trap "exit 0" TERM; while true; do sleep 1; done'] },
        { name: 'second', image: bb, restartPolicy: 'Always', command: ['sh', '-c', 'trap "sleep 2; exit 0" TERM; while true; do sleep 1; done'] },
      ],
    }),
  );
  c.advance(30 * S);
  const st = h.status();
  t.equal(h.phase(), 'Succeeded', 'sidecar exit codes never decide the phase');
  const f1 = cstatus(st, 'first')?.state?.terminated?.finishedAt;
  const f2 = cstatus(st, 'second')?.state?.terminated?.finishedAt;
  t.ok(f1 && f2 && f2 <= f1, 'second (declared later) stops first');
  const kills = h.events().filter((e) => e.reason === 'Killing').map((e) => e.message);
  t.same(kills.sort(), ['Stopping container first', 'Stopping container second']);
});

t.test('kubernetesVersion 1.28: no native sidecars (the field is dropped), no PodReadyToStartContainers (KUBELET.md A17)', async (t) => {
  const c = createCluster({ kubernetesVersion: '1.28' });
  const h = c.createPod(
    pod('p', [{ name: 'app', image: bb, command: ['sleep', '3600'] }], {
      initContainers: [{ name: 'proxy', image: bb, restartPolicy: 'Always', command: ['sleep', '3600'] }],
    }),
  );
  c.advance(10 * S);
  t.equal(h.row().status, 'Init:0/1', 'a plain init container that never exits blocks the app');
  t.equal(h.row().ready, '0/1');
  t.notOk(cond(h.status(), 'PodReadyToStartContainers'));
});

t.test('kubernetesVersion 1.26: a deleted Always pod vanishes while Running; 1.27+: it ends Failed/Succeeded first', async (t) => {
  for (const [v, want] of [['1.26', 'Running'], ['1.27', 'Failed']] as const) {
    const c = createCluster({ kubernetesVersion: v });
    const h = c.createPod(pod('p', [{ name: 'app', image: bb, command: ['sh', '-c', 'sleep 100000'] }]));
    c.advance(1 * S);
    h.delete({ gracePeriodSeconds: 3 });
    c.advance(5 * S);
    t.ok(h.removed());
    t.equal(h.phase(), want, `kubernetes ${v}`);
  }
});
