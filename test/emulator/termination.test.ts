/**
 * Hooks, deletion, deadlines, OOM and node loss.
 * - kuberuntime_container.go@startContainer (postStart), @killContainer, @executePreStopHook,
 *   minimumGracePeriodInSeconds (kuberuntime_manager.go)
 * - pkg/registry/core/pod/strategy.go@CheckGracefulDelete, pod_workers.go (terminal phase 1.27+)
 * - pkg/kubelet/active_deadline.go
 * - cgroup v2 group OOM kill (KUBELET.md A10), containerd exit reasons
 * - node lifecycle controller MarkPodsNotReady, taint eviction (KUBELET.md A13)
 */
import t from 'tap';
import { createCluster } from '../../src/emulator/index.js';
import { cond, cstatus, pod, S } from './helpers.js';

const bb = 'busybox:1.36';

t.test('postStart blocks: the container shows ContainerCreating and the pod Pending until the hook returns', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: 'nginx:1.27', lifecycle: { postStart: { exec: { command: ['sh', '-c', 'sleep 5'] } } } }]));
  c.advance(4 * S);
  t.equal(h.row().status, 'ContainerCreating');
  t.equal(h.phase(), 'Pending');
  c.advance(1 * S);
  t.equal(h.row().status, 'Running');
  t.equal(cstatus(h.status(), 'app')?.state?.running?.startedAt, '2025-01-01T00:00:00Z', 'the entrypoint ran from 0 s');
});

t.test('postStart failure: FailedPostStartHook, Killing "FailedPostStartHook", PostStartHookError, restarted with back-off', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: 'nginx:1.27', lifecycle: { postStart: { exec: { command: ['sh', '-c', 'exit 1'] } } } }]));
  c.advance(1);
  const ev = h.events();
  t.equal(ev.find((e) => e.reason === 'FailedPostStartHook')?.message, 'PostStartHook failed');
  t.equal(ev.find((e) => e.reason === 'Killing')?.message, 'FailedPostStartHook');
  c.advance(60 * S);
  t.ok((cstatus(h.status(), 'app')?.restartCount ?? 0) >= 2);
  t.equal(h.row().status, 'CrashLoopBackOff');
});

t.test('scenario override: the postStart hook fails / takes time', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: 'nginx:1.27' }]), { behaviours: { app: { hooks: { postStart: { takesMs: 7 * S } } } } });
  c.advance(6 * S);
  t.equal(h.phase(), 'Pending');
  c.advance(1 * S);
  t.equal(h.phase(), 'Running');
});

t.test('delete: Terminating, SIGTERM ignored by PID 1 → SIGKILL after 30 s → 137, pod Failed then gone', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: bb, command: ['sh', '-c', 'sleep 100000'] }]));
  c.advance(10 * S);
  h.delete();
  t.equal(h.row().status, 'Terminating');
  t.equal(h.object().metadata?.deletionTimestamp, '2025-01-01T00:00:40Z');
  t.equal(h.object().metadata?.deletionGracePeriodSeconds, 30);
  t.equal(h.events().find((e) => e.reason === 'Killing')?.message, 'Stopping container app');
  c.advance(29 * S);
  t.equal(h.row().status, 'Terminating');
  c.advance(1 * S);
  t.ok(h.removed());
  const cs = cstatus(h.status(), 'app');
  t.equal(cs?.state?.terminated?.exitCode, 137);
  t.equal(cs?.state?.terminated?.reason, 'Error');
  t.equal(h.phase(), 'Failed', 'terminal phase before removal (1.27+)');
  t.same(h.phaseHistory(), ['Pending', 'Running', 'Failed']);
});

t.test('delete: a TERM handler exits 0 → Completed, pod Succeeded; an unhandled TERM (not PID 1) → 143', async (t) => {
  const c = createCluster();
  const a = c.createPod(pod('a', [{ name: 'app', image: bb, command: ['sh', '-c', 'trap "exit 0" TERM; while true; do sleep 1; done'] }]));
  const b = c.createPod(pod('b', [{ name: 'app', image: 'myserver:1' }]), { behaviours: { app: { runUntilStopped: true } } });
  c.advance(5 * S);
  a.delete();
  b.delete();
  c.advance(2 * S);
  t.equal(cstatus(a.status(), 'app')?.state?.terminated?.exitCode, 0);
  t.equal(a.phase(), 'Succeeded');
  t.equal(cstatus(b.status(), 'app')?.state?.terminated?.exitCode, 143);
  t.equal(b.phase(), 'Failed');
});

t.test('delete with a grace period; force delete removes the object at once', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: 'myserver:1' }]), { behaviours: { app: { ignoreSigterm: true } } });
  c.advance(1 * S);
  h.delete({ gracePeriodSeconds: 5 });
  c.advance(5 * S);
  t.ok(h.removed());
  t.equal(cstatus(h.status(), 'app')?.state?.terminated?.finishedAt, '2025-01-01T00:00:06Z');
  const f = c.createPod(pod('f', [{ name: 'app', image: 'myserver:1' }]));
  c.advance(1 * S);
  f.delete({ force: true });
  t.ok(f.removed());
  t.equal(f.row().status, 'Terminating', 'the last status it had, with its deletion timestamp');
});

t.test('stops N s after SIGTERM (scenario): exits 0 after the handler time', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: 'myserver:1' }]), { behaviours: { app: { stopAfterSigtermMs: 3 * S } } });
  c.advance(1 * S);
  h.delete();
  c.advance(3 * S);
  t.equal(cstatus(h.status(), 'app')?.state?.terminated?.exitCode, 0);
  t.equal(h.phase(), 'Succeeded');
});

t.test('preStop counts against the grace period; SIGTERM after it; 2 s minimum when it overruns', async (t) => {
  const c = createCluster();
  // preStop sleep 10 s, grace 30: SIGTERM at 10 s after the delete, SIGKILL 20 s later
  const a = c.createPod(pod('a', [{ name: 'app', image: 'myserver:1', lifecycle: { preStop: { sleep: { seconds: 10 } } } }]), { behaviours: { app: { ignoreSigterm: true } } });
  // preStop sleep 40 s, grace 30: abandoned at 30 s, then 2 s → SIGKILL at 32 s
  const b = c.createPod(pod('b', [{ name: 'app', image: 'myserver:1', lifecycle: { preStop: { sleep: { seconds: 40 } } } }]), { behaviours: { app: { ignoreSigterm: true } } });
  c.advance(1 * S);
  a.delete();
  b.delete();
  c.advance(40 * S);
  t.equal(cstatus(a.status(), 'app')?.state?.terminated?.finishedAt, '2025-01-01T00:00:31Z');
  t.equal(cstatus(b.status(), 'app')?.state?.terminated?.finishedAt, '2025-01-01T00:00:33Z', '30 s + the 2 s minimum extension');
  t.equal(cstatus(b.status(), 'app')?.state?.terminated?.exitCode, 137);
});

t.test('a failing preStop hook: FailedPreStopHook, termination goes on', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: 'myserver:1' }]), { behaviours: { app: { hooks: { preStop: { fails: true } }, runUntilStopped: true } } });
  c.advance(1 * S);
  h.delete();
  c.advance(1 * S);
  t.equal(h.events().find((e) => e.reason === 'FailedPreStopHook')?.message, 'PreStopHook failed');
  t.ok(h.removed());
});

t.test('activeDeadlineSeconds: DeadlineExceeded event, phase Failed with reason, containers killed — active_deadline.go', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: bb, command: ['sh', '-c', 'trap "exit 1" TERM; while true; do sleep 1; done'] }], { activeDeadlineSeconds: 30 }));
  c.advance(29 * S);
  t.equal(h.phase(), 'Running');
  c.advance(1 * S);
  t.equal(h.phase(), 'Failed');
  const st = h.status();
  t.equal(st.reason, 'DeadlineExceeded');
  t.equal(st.message, 'Pod was active on the node longer than the specified deadline');
  t.equal(h.events().find((e) => e.reason === 'DeadlineExceeded')?.type, 'Normal');
  c.advance(2 * S);
  t.equal(cstatus(h.status(), 'app')?.state?.terminated?.exitCode, 1);
  c.advance(10 * 60 * S);
  t.equal(h.phase(), 'Failed', 'never leaves Failed');
  t.equal(h.row().status, 'Error', 'KUBELET.md A15: STATUS comes from the killed container, not DeadlineExceeded');
});

t.test('memory above the limit → OOMKilled 137, restarted; Never → Failed (KUBELET.md A10)', async (t) => {
  const c = createCluster();
  const spec = [{ name: 'app', image: 'myapp:1', resources: { limits: { memory: '256Mi' } } }];
  const h = c.createPod(pod('p', spec), { behaviours: { app: { runUntilStopped: true, memory: [{ bytes: 300 * 2 ** 20, afterMs: 5 * S }] } } });
  const n = c.createPod(pod('n', spec, { restartPolicy: 'Never' }), { behaviours: { app: { runUntilStopped: true, memory: [{ bytes: 300 * 2 ** 20, afterMs: 5 * S }] } } });
  const ok = c.createPod(pod('ok', spec), { behaviours: { app: { runUntilStopped: true, memory: [{ bytes: 200 * 2 ** 20, afterMs: 5 * S }] } } });
  c.advance(5 * S);
  const cs = cstatus(h.status(), 'app');
  t.equal(cs?.lastState?.terminated?.reason, 'OOMKilled');
  t.equal(cs?.lastState?.terminated?.exitCode, 137);
  t.equal(cs?.restartCount, 1);
  t.equal(n.phase(), 'Failed');
  t.equal(n.row().status, 'OOMKilled');
  t.equal(ok.row().status, 'Running');
});

t.test('When container is OOM killed / exits with a code now', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: 'myapp:1' }], { restartPolicy: 'OnFailure' }), { behaviours: { app: { runUntilStopped: true } } });
  c.advance(3 * S);
  h.oomKill('app');
  t.equal(cstatus(h.status(), 'app')?.lastState?.terminated?.reason, 'OOMKilled');
  c.advance(1 * S);
  h.exitNow('app', 0);
  t.equal(h.phase(), 'Succeeded');
  t.equal(cstatus(h.status(), 'app')?.state?.terminated?.reason, 'Completed');
});

t.test('exits with code after a time (per instance) — every restart runs the same program', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: 'myapp:1' }]), { behaviours: { app: { exit: { code: 3, afterMs: 5 * S } } } });
  c.advance(5 * S);
  t.equal(cstatus(h.status(), 'app')?.restartCount, 1);
  c.advance(5 * S);
  t.equal(h.row().status, 'CrashLoopBackOff');
  t.equal(cstatus(h.status(), 'app')?.lastState?.terminated?.exitCode, 3);
});

t.test('node lost: status frozen, Ready False after 40 s (NodeNotReady), marked for deletion after 300 s more, Terminating forever', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: 'nginx:1.27' }]));
  c.advance(10 * S);
  c.loseNode('node-1');
  c.advance(39 * S);
  t.equal(cond(h.status(), 'Ready')?.status, 'True');
  c.advance(1 * S);
  t.equal(cond(h.status(), 'Ready')?.status, 'False');
  t.ok(h.events().find((e) => e.reason === 'NodeNotReady' && e.source === 'node-controller'));
  t.equal(h.phase(), 'Running', 'nobody updates the phase');
  c.advance(300 * S);
  t.ok(h.events().find((e) => e.reason === 'TaintManagerEviction'));
  c.advance(3600 * S);
  t.equal(h.row().status, 'Terminating');
  t.notOk(h.removed());
  const other = c.createPod(pod('q', [{ name: 'app', image: 'nginx:1.27' }]));
  t.match(cond(other.status(), 'PodScheduled')?.message, /untolerated taint \{node\.kubernetes\.io\/unreachable: \}/);
});

t.test('deleting a pod while its image is being pulled: no container is started afterwards', async (t) => {
  const c = createCluster();
  c.setPullTime('slow:1', 20 * S);
  const h = c.createPod(pod('p', [{ name: 'app', image: 'slow:1' }]));
  c.advance(5 * S);
  h.delete();
  c.advance(30 * S);
  t.notOk(h.events().some((e) => e.reason === 'Started'));
  t.ok(h.removed());
});

t.test('pod with restartPolicy Never and one container exiting 0: Succeeded, deleting it removes it at once (already terminal)', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: bb, command: ['true'] }], { restartPolicy: 'Never' }));
  c.advance(1 * S);
  t.equal(h.phase(), 'Succeeded');
  h.delete();
  t.ok(h.removed());
  t.equal(h.phase(), 'Succeeded', 'a deleted pod keeps its last status');
});

t.test('postStart of the first container delays the start of the next one (SyncPod starts containers in order)', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [
    { name: 'a', image: 'nginx:1.27', lifecycle: { postStart: { sleep: { seconds: 5 } } } },
    { name: 'b', image: bb, command: ['sleep', '3600'] },
  ]));
  c.advance(10 * S);
  t.equal(cstatus(h.status(), 'a')?.state?.running?.startedAt, '2025-01-01T00:00:00Z');
  t.equal(cstatus(h.status(), 'b')?.state?.running?.startedAt, '2025-01-01T00:00:05Z');
});
