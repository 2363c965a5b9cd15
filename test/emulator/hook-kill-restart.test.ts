/**
 * A container killed after a failing postStart, and scenario overrides of hooks.
 * - kuberuntime_container.go@startContainer: on a postStart error, FailedPostStartHook, then
 *   m.killContainer(…, "FailedPostStartHook", …) is called synchronously (the pod worker is
 *   blocked until the container has stopped), then ErrPostStartHook.
 * - kuberuntime_manager.go@computePodActions / @SyncPod / @doBackOff: the next sync restarts the
 *   exited container per restart policy, with the crash-loop back-off (no delay for the first
 *   restart: doBackOff has no entry yet).
 * - kuberuntime_container.go@killContainer / @executePreStopHook: `nginx -s quit` in preStop
 *   signals the master (SIGQUIT, graceful shutdown) and returns at once (nginx.org/en/docs/control.html).
 */
import t from 'tap';
import { createCluster } from '../../src/emulator/index.js';
import { cstatus, pod, restartTimes, S } from './helpers.js';

const bb = 'busybox:1.36';
// `sh -c` as PID 1 has no SIGTERM handler: the kill takes the whole 30 s grace period.
const slowToKill = (policy: 'Always' | 'Never' | 'OnFailure') =>
  pod('p', [{ name: 'app', image: bb, command: ['sh', '-c', 'sleep 100000'], lifecycle: { postStart: { exec: { command: ['sh', '-c', 'exit 1'] } } } }], {
    restartPolicy: policy,
  });

t.test('startContainer + computePodActions: killed after a failing postStart (kill takes the grace period) → restarted under Always', async (t) => {
  const c = createCluster();
  const h = c.createPod(slowToKill('Always'));
  c.advance(1);
  t.equal(h.events().find((e) => e.reason === 'Killing')?.message, 'FailedPostStartHook');
  c.advance(29 * S - 1);
  // the pod worker is blocked inside startContainer: nothing new is published during the kill
  t.equal(h.row().status, 'ContainerCreating');
  t.equal(h.phase(), 'Pending');
  c.advance(1 * S); // SIGKILL at 30 s → 137, the next SyncPod starts it again at once (no back-off entry yet)
  t.same(restartTimes(h, 'app'), [30], 'first restart right after the kill');
  t.equal(cstatus(h.status(), 'app')?.lastState?.terminated?.exitCode, 137);
  c.advance(30 * S); // second kill ends at 60 s: back-off 10 s → restart at 70 s
  t.equal(h.row().status, 'CrashLoopBackOff');
  c.advance(10 * S);
  t.same(restartTimes(h, 'app'), [30, 70], 'crash-loop back-off between restarts');
  t.equal(h.phase(), 'Running');
});

t.test('startContainer: OnFailure restarts it too (137 is a failure); Never leaves it terminated and the pod Failed', async (t) => {
  const c1 = createCluster();
  const h1 = c1.createPod(slowToKill('OnFailure'));
  c1.advance(31 * S);
  t.same(restartTimes(h1, 'app'), [30]);
  const c2 = createCluster();
  const h2 = c2.createPod(slowToKill('Never'));
  c2.advance(45 * S);
  t.same(restartTimes(h2, 'app'), []);
  t.equal(cstatus(h2.status(), 'app')?.state?.terminated?.exitCode, 137);
  t.equal(h2.phase(), 'Failed');
});

t.test('startContainer: a deletion during the post-start kill still ends the pod (no restart)', async (t) => {
  const c = createCluster();
  const h = c.createPod(slowToKill('Always'));
  c.advance(10 * S);
  h.delete();
  c.advance(25 * S);
  t.ok(h.removed(), 'gone once the kill (and the pod termination) finished');
  t.same(restartTimes(h, 'app'), []);
});

t.test('behave on an existing pod: hook overrides combine (fails + takes time)', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: 'nginx:1.27' }]));
  c.advance(1 * S);
  h.behave('app', { hooks: { postStart: { fails: true } } });
  h.behave('app', { hooks: { postStart: { takesMs: 5 * S } } });
  h.exitNow('app', 1); // the next instance runs the overridden postStart
  c.advance(4 * S);
  t.notOk(h.events().some((e) => e.reason === 'FailedPostStartHook'), 'still running the hook at +4 s');
  c.advance(1 * S);
  t.equal(h.events().find((e) => e.reason === 'FailedPostStartHook')?.message, 'PostStartHook failed', 'and it fails at +5 s');
});

t.test('killContainer: preStop `nginx -s quit` signals the master and returns at once (no hang until the grace period)', async (t) => {
  const c = createCluster();
  const h = c.createPod(
    pod('p', [
      {
        name: 'nginx',
        image: 'nginx:1.27',
        lifecycle: { preStop: { exec: { command: ['sh', '-c', 'nginx -s quit; while pidof nginx; do sleep 1; done'] } } },
      },
    ]),
  );
  c.advance(5 * S);
  h.delete();
  c.advance(1 * S);
  t.ok(h.removed(), 'nginx quit gracefully on SIGQUIT: the pod is gone well before 30 s');
  t.equal(cstatus(h.status(), 'nginx')?.state?.terminated?.exitCode, 0);
  t.notOk(h.events().some((e) => e.reason === 'FailedPreStopHook'));
});
