/**
 * STATUS / READY / RESTARTS / AGE cases KUBELET.md A16 lists that the printers_test vectors miss.
 * Each expected value is read off a branch of kubernetes/kubernetes
 * pkg/printers/internalversion/printers.go@printPod (named in the test), with durations from
 * staging/src/k8s.io/apimachinery/pkg/util/duration/duration.go@HumanDuration.
 */
import t from 'tap';
import { podRow } from '../../src/emulator/printer.js';
import type { ContainerStatus, Pod, PodCondition } from '../../src/model/k8s.js';

const NOW = Date.parse('2024-01-01T12:00:00Z');
const ago = (s: number): string => new Date(NOW - s * 1000).toISOString();

function cs(name: string, fields: Partial<ContainerStatus>): ContainerStatus {
  return { name, ready: false, restartCount: 0, image: 'img', imageID: '', ...fields };
}

function pod(opts: {
  init?: { name: string; restartPolicy?: string }[];
  containers?: string[];
  phase?: string;
  reason?: string;
  initStatuses?: ContainerStatus[];
  statuses?: ContainerStatus[];
  conditions?: PodCondition[];
  deletionTimestamp?: string;
  creationTimestamp?: string;
}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'p',
      ...(opts.deletionTimestamp ? { deletionTimestamp: opts.deletionTimestamp } : {}),
      ...(opts.creationTimestamp ? { creationTimestamp: opts.creationTimestamp } : {}),
    },
    spec: {
      ...(opts.init ? { initContainers: opts.init.map((c) => ({ image: 'img', ...c })) } : {}),
      containers: (opts.containers ?? ['app']).map((name) => ({ name, image: 'img' })),
    },
    status: {
      ...(opts.phase ? { phase: opts.phase } : {}),
      ...(opts.reason ? { reason: opts.reason } : {}),
      ...(opts.conditions ? { conditions: opts.conditions } : {}),
      ...(opts.initStatuses ? { initContainerStatuses: opts.initStatuses } : {}),
      ...(opts.statuses ? { containerStatuses: opts.statuses } : {}),
    },
  };
}

const cells = (p: Pod, now: number | undefined = NOW) => {
  const r = podRow(p, now);
  return `${r.ready} ${r.status} ${r.restarts}`;
};

t.test('Init:Error — init status terminated, non-zero, with a reason ("Init:" + Terminated.Reason branch)', (t) => {
  const p = pod({
    init: [{ name: 'migrate' }],
    phase: 'Pending',
    initStatuses: [
      cs('migrate', {
        restartCount: 2,
        state: { terminated: { exitCode: 1, reason: 'Error', finishedAt: ago(1) } },
        lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: ago(30) } },
      }),
    ],
    statuses: [cs('app', { state: { waiting: { reason: 'PodInitializing' } } })],
  });
  // initializing: RESTARTS is the init containers' sum, newest lastState.terminated.finishedAt.
  t.equal(cells(p), '0/1 Init:Error 2 (30s ago)');
  t.end();
});

t.test('Init:CrashLoopBackOff — waiting reason other than PodInitializing ("Init:" + Waiting.Reason branch)', (t) => {
  const p = pod({
    init: [{ name: 'migrate' }],
    phase: 'Pending',
    initStatuses: [
      cs('migrate', {
        restartCount: 4,
        state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s' } },
        lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: ago(33) } },
      }),
    ],
    statuses: [cs('app', { state: { waiting: { reason: 'PodInitializing' } } })],
  });
  t.equal(cells(p), '0/1 Init:CrashLoopBackOff 4 (33s ago)');
  t.end();
});

t.test('Init:ExitCode:N and Init:Signal:N — terminated without a reason', (t) => {
  const mk = (terminated: { exitCode: number; signal?: number }) =>
    pod({
      init: [{ name: 'a' }],
      phase: 'Pending',
      initStatuses: [cs('a', { state: { terminated } })],
      statuses: [cs('app', { state: { waiting: { reason: 'PodInitializing' } } })],
    });
  t.equal(podRow(mk({ exitCode: 3 }), NOW).status, 'Init:ExitCode:3');
  t.equal(podRow(mk({ exitCode: 137, signal: 9 }), NOW).status, 'Init:Signal:9');
  t.end();
});

t.test('Init:1/2 — first init done (exit 0 → continue), second running (default branch, index i)', (t) => {
  const p = pod({
    init: [{ name: 'a' }, { name: 'b' }],
    phase: 'Pending',
    initStatuses: [
      cs('a', { state: { terminated: { exitCode: 0, reason: 'Completed' } } }),
      cs('b', { state: { running: { startedAt: ago(5) } } }),
    ],
    statuses: [cs('app', { state: { waiting: { reason: 'PodInitializing' } } })],
  });
  t.equal(cells(p), '0/1 Init:1/2 0');
  t.end();
});

t.test('an init container waiting with reason PodInitializing is shown as Init:i/n (excluded from the Init:<reason> branch)', (t) => {
  const p = pod({
    init: [{ name: 'a' }],
    phase: 'Pending',
    initStatuses: [cs('a', { state: { waiting: { reason: 'PodInitializing' } } })],
  });
  t.equal(podRow(p, NOW).status, 'Init:0/1');
  t.end();
});

t.test('PodInitializing — init done, regular container waiting with that reason (regular loop, Waiting.Reason)', (t) => {
  const p = pod({
    init: [{ name: 'a' }],
    phase: 'Pending',
    initStatuses: [cs('a', { restartCount: 1, state: { terminated: { exitCode: 0, reason: 'Completed' } } })],
    statuses: [cs('app', { state: { waiting: { reason: 'PodInitializing' } } })],
  });
  // once initialised, RESTARTS counts only sidecars and regular containers: the init restart drops out
  t.equal(cells(p), '0/1 PodInitializing 0');
  t.end();
});

t.test('ContainerCreating, ImagePullBackOff, ErrImageNeverPull, CreateContainerConfigError — Waiting.Reason wins', (t) => {
  for (const reason of ['ContainerCreating', 'ImagePullBackOff', 'ErrImageNeverPull', 'CreateContainerConfigError']) {
    const p = pod({ phase: 'Pending', statuses: [cs('app', { state: { waiting: { reason } } })] });
    t.equal(cells(p), `0/1 ${reason} 0`, reason);
  }
  t.end();
});

t.test('Completed — terminated with reason Completed, pod Succeeded (Terminated.Reason branch)', (t) => {
  const p = pod({
    phase: 'Succeeded',
    statuses: [cs('app', { state: { terminated: { exitCode: 0, reason: 'Completed', finishedAt: ago(60) } } })],
  });
  t.equal(cells(p), '0/1 Completed 0');
  t.end();
});

t.test('OOMKilled — terminated reason OOMKilled (Terminated.Reason branch)', (t) => {
  const p = pod({
    phase: 'Running',
    statuses: [cs('app', { state: { terminated: { exitCode: 137, reason: 'OOMKilled' } } })],
  });
  t.equal(cells(p), '0/1 OOMKilled 0');
  t.end();
});

t.test('CrashLoopBackOff with restarts "4 (33s ago)" — waiting reason, lastState.terminated.finishedAt', (t) => {
  const p = pod({
    phase: 'Running',
    statuses: [
      cs('app', {
        restartCount: 4,
        state: { waiting: { reason: 'CrashLoopBackOff' } },
        lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: ago(33) } },
      }),
    ],
  });
  t.equal(cells(p), '0/1 CrashLoopBackOff 4 (33s ago)');
  // no clock given: the relative part cannot be computed, the count stays
  t.equal(podRow(p).restarts, '4');
  t.end();
});

t.test('ExitCode:N and Signal:N — regular container terminated without a reason', (t) => {
  const p1 = pod({ phase: 'Running', statuses: [cs('app', { state: { terminated: { exitCode: 2 } } })] });
  const p2 = pod({ phase: 'Running', statuses: [cs('app', { state: { terminated: { exitCode: 143, signal: 15 } } })] });
  t.equal(podRow(p1, NOW).status, 'ExitCode:2');
  t.equal(podRow(p2, NOW).status, 'Signal:15');
  t.end();
});

t.test('regular statuses are walked last to first: the first container\'s notable state wins', (t) => {
  const p = pod({
    containers: ['a', 'b'],
    phase: 'Running',
    statuses: [
      cs('a', { state: { waiting: { reason: 'ImagePullBackOff' } } }),
      cs('b', { state: { waiting: { reason: 'CrashLoopBackOff' } } }),
    ],
  });
  t.equal(podRow(p, NOW).status, 'ImagePullBackOff');
  t.end();
});

t.test('NotReady — "Completed" with a running ready container and no Ready=True condition', (t) => {
  const statuses = [
    cs('a', { state: { terminated: { exitCode: 0, reason: 'Completed' } } }),
    cs('b', { ready: true, state: { running: {} } }),
  ];
  t.equal(cells(pod({ containers: ['a', 'b'], phase: 'Running', statuses })), '1/2 NotReady 0');
  const ready: PodCondition[] = [{ type: 'Ready', status: 'True' }];
  t.equal(cells(pod({ containers: ['a', 'b'], phase: 'Running', statuses, conditions: ready })), '1/2 Running 0');
  t.end();
});

t.test('Terminating — deletionTimestamp set and phase not terminal', (t) => {
  const p = pod({
    phase: 'Running',
    deletionTimestamp: ago(5),
    statuses: [cs('app', { ready: true, state: { running: {} } })],
  });
  t.equal(cells(p), '1/1 Terminating 0');
  // a terminal phase is never shown as Terminating
  const done = pod({
    phase: 'Failed',
    deletionTimestamp: ago(5),
    statuses: [cs('app', { state: { terminated: { exitCode: 1, reason: 'Error' } } })],
  });
  t.equal(podRow(done, NOW).status, 'Error');
  t.end();
});

t.test('NodeLost — deletionTimestamp set and status.reason NodeLost → Unknown; without deletion the reason shows', (t) => {
  const statuses = [cs('app', { ready: true, state: { running: {} } })];
  t.equal(podRow(pod({ phase: 'Running', reason: 'NodeLost', deletionTimestamp: ago(1), statuses }), NOW).status, 'Unknown');
  t.equal(podRow(pod({ phase: 'Running', reason: 'NodeLost', statuses }), NOW).status, 'NodeLost');
  t.end();
});

t.test('SchedulingGated — PodScheduled condition with reason SchedulingGated overrides the phase', (t) => {
  const p = pod({
    phase: 'Pending',
    conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }],
  });
  t.equal(cells(p), '0/1 SchedulingGated 0');
  t.end();
});

t.test('Evicted — status.reason replaces the phase when no container state overrides it', (t) => {
  t.equal(cells(pod({ phase: 'Failed', reason: 'Evicted' })), '0/1 Evicted 0');
  t.end();
});

t.test('sidecar READY counting — restartable init containers count in the denominator and, started and ready, in the numerator', (t) => {
  const init = [{ name: 'proxy', restartPolicy: 'Always' }];
  const initialized: PodCondition[] = [{ type: 'Initialized', status: 'True' }];
  const running = [cs('app', { ready: true, state: { running: {} } })];
  const sidecar = (ready: boolean) =>
    cs('proxy', { ready, started: true, restartCount: 1, state: { running: {} } });
  t.equal(
    cells(pod({ init, phase: 'Running', conditions: initialized, initStatuses: [sidecar(true)], statuses: running })),
    '2/2 Running 1',
    'sidecar restarts count after initialisation',
  );
  t.equal(
    cells(pod({ init, phase: 'Running', conditions: initialized, initStatuses: [sidecar(false)], statuses: running })),
    '1/2 Running 1',
  );
  // not started yet: the default branch stops the walk with Init:0/1
  t.equal(
    cells(
      pod({
        init,
        phase: 'Pending',
        initStatuses: [cs('proxy', { started: false, state: { running: {} } })],
        statuses: [cs('app', { state: { waiting: { reason: 'PodInitializing' } } })],
      }),
    ),
    '0/2 Init:0/1 0',
  );
  t.end();
});

t.test('a sidecar after a blocking init container is not counted (the walk breaks first)', (t) => {
  const p = pod({
    init: [{ name: 'wait' }, { name: 'proxy', restartPolicy: 'Always' }],
    phase: 'Pending',
    initStatuses: [
      cs('wait', { state: { running: {} } }),
      cs('proxy', { ready: true, started: true, state: { running: {} } }),
    ],
  });
  t.equal(cells(p), '0/2 Init:0/2 0');
  t.end();
});

t.test('a crash-looping sidecar after initialisation keeps its Init: reason while regular containers run', (t) => {
  // The init walk sets reason "Init:CrashLoopBackOff"; Initialized=True lets the regular walk run,
  // but a running ready container does not overwrite the reason (only waiting/terminated do).
  const p = pod({
    init: [{ name: 'proxy', restartPolicy: 'Always' }],
    phase: 'Running',
    conditions: [{ type: 'Initialized', status: 'True' }],
    initStatuses: [
      cs('proxy', {
        started: false,
        restartCount: 3,
        state: { waiting: { reason: 'CrashLoopBackOff' } },
        lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: ago(20) } },
      }),
    ],
    statuses: [cs('app', { ready: true, restartCount: 1, state: { running: {} }, lastState: { terminated: { exitCode: 0, finishedAt: ago(600) } } })],
  });
  t.equal(cells(p), '1/2 Init:CrashLoopBackOff 4 (20s ago)');
  t.end();
});

t.test('RESTARTS "(… ago)" uses the newest finishedAt among counted containers; zero finishedAt is ignored', (t) => {
  const p = pod({
    containers: ['a', 'b'],
    phase: 'Running',
    statuses: [
      cs('a', { ready: true, restartCount: 2, state: { running: {} }, lastState: { terminated: { exitCode: 1, finishedAt: ago(125) } } }),
      cs('b', { ready: true, restartCount: 1, state: { running: {} }, lastState: { terminated: { exitCode: 1 } } }),
    ],
  });
  t.equal(cells(p), '2/2 Running 3 (2m5s ago)');
  t.end();
});

t.test('AGE — HumanDuration of now − creationTimestamp; "<unknown>" without a timestamp', (t) => {
  const at = (s: number) => podRow(pod({ phase: 'Pending', creationTimestamp: ago(s) }), NOW).age;
  t.equal(at(0), '0s');
  t.equal(at(119), '119s');
  t.equal(at(120), '2m');
  t.equal(at(125), '2m5s');
  t.equal(at(600), '10m');
  t.equal(at(3 * 3600 + 25 * 60), '3h25m');
  t.equal(at(8 * 3600), '8h');
  t.equal(at(3 * 86400 + 5 * 3600), '3d5h');
  t.equal(at(30 * 86400), '30d');
  t.equal(podRow(pod({ phase: 'Pending' }), NOW).age, '<unknown>');
  t.equal(podRow(pod({ phase: 'Pending', creationTimestamp: ago(60) })).age, '<unknown>', 'no clock');
  t.end();
});

t.test('wide columns — podIP is authoritative over podIPs (v1 → internal conversion), readiness gates count True', (t) => {
  const p: Pod = {
    metadata: { name: 'w' },
    spec: { containers: [{ name: 'app' }], nodeName: 'n1', readinessGates: [{ conditionType: 'x' }, { conditionType: 'y' }] },
    status: { phase: 'Running', podIP: '10.0.0.7', conditions: [{ type: 'y', status: 'True' }] },
  };
  const r = podRow(p, NOW);
  t.same([r.ip, r.node, r.nominatedNode, r.readinessGates], ['10.0.0.7', 'n1', '<none>', '1/2']);
  t.end();
});

t.test('timestamps: Go\'s zero time and text time.Parse(RFC3339) rejects count as unset', (t) => {
  const at = (ts: string) => podRow(pod({ phase: 'Pending', creationTimestamp: ts }), NOW).age;
  t.equal(at('0001-01-01T00:00:00Z'), '<unknown>', 'metav1.Time.IsZero');
  t.equal(at('2024-01-01'), '<unknown>', 'a date without a time is not RFC 3339');
  t.equal(at('2024-01-01T13:59:30+02:00'), '30s', 'offsets are honoured');
  t.equal(at('2024-01-01T11:59:58.900Z'), '1s', 'fractional seconds truncate like Go');
  t.end();
});
