/**
 * podPhase beyond the transcribed vectors: the defaults it derives for getPhase's two boolean
 * arguments, static pods, per-container restart rules, and the post-getPhase terminal stickiness.
 * Expected values are read off kubernetes/kubernetes pkg/kubelet/kubelet_pods.go@getPhase and
 * @generateAPIPodStatus, pkg/api/v1/pod/util.go@ContainerShouldRestart, and
 * pkg/kubelet/types/pod_update.go@IsStaticPod; the worked example is KUBELET.md A2's.
 */
import t from 'tap';
import {
  containerShouldRestart,
  derivePodHasInitialized,
  derivePodIsTerminal,
  isStaticPod,
  podPhase,
  reconcilePodPhase,
} from '../../src/emulator/phase.js';
import type { Container, ContainerState, ContainerStatus, Pod, PodCondition } from '../../src/model/k8s.js';

const st = (name: string, state: ContainerState, extra: Partial<ContainerStatus> = {}): ContainerStatus => ({
  name,
  ready: false,
  restartCount: 0,
  image: '',
  imageID: '',
  state,
  ...extra,
});

function pod(
  restartPolicy: string | undefined,
  statuses: ContainerStatus[],
  more: { containers?: Container[]; init?: Container[]; initStatuses?: ContainerStatus[]; conditions?: PodCondition[]; deletion?: boolean; annotations?: Record<string, string>; phase?: string } = {},
): Pod {
  return {
    metadata: {
      name: 'p',
      ...(more.deletion === true ? { deletionTimestamp: '2024-01-01T00:00:00Z' } : {}),
      ...(more.annotations ? { annotations: more.annotations } : {}),
    },
    spec: {
      containers: more.containers ?? [{ name: 'app' }],
      ...(more.init ? { initContainers: more.init } : {}),
      ...(restartPolicy === undefined ? {} : { restartPolicy }),
    },
    status: {
      ...(more.phase ? { phase: more.phase } : {}),
      containerStatuses: statuses,
      ...(more.initStatuses ? { initContainerStatuses: more.initStatuses } : {}),
      ...(more.conditions ? { conditions: more.conditions } : {}),
    },
  };
}

const exited = (code: number) => [st('app', { terminated: { exitCode: code } })];

t.test('KUBELET.md A2 worked example: a single container exits', (t) => {
  t.equal(podPhase(pod('Always', exited(1))), 'Running', 'Always + exit 1 → Running (restarting)');
  t.equal(podPhase(pod('Never', exited(1))), 'Failed', 'Never + exit 1 → Failed');
  t.equal(podPhase(pod('OnFailure', exited(1))), 'Running', 'OnFailure + exit 1 → Running');
  t.equal(podPhase(pod('Never', exited(0))), 'Succeeded', 'Never + exit 0 → Succeeded');
  t.equal(podPhase(pod('OnFailure', exited(0))), 'Succeeded', 'OnFailure + exit 0 → Succeeded');
  t.equal(podPhase(pod('Always', exited(0))), 'Running', 'Always + exit 0 → Running');
  t.end();
});

t.test('crash-loop: waiting with a previous termination counts as stopped, not waiting', (t) => {
  const s = [st('app', { waiting: { reason: 'CrashLoopBackOff' } }, { lastState: { terminated: { exitCode: 1 } } })];
  t.equal(podPhase(pod('Always', s)), 'Running');
  // the last exit code is never counted as success: stopped (1) != succeeded (0)
  t.equal(podPhase(pod('Never', [st('app', { waiting: {} }, { lastState: { terminated: { exitCode: 0 } } })])), 'Failed');
  t.end();
});

t.test('a container without a status is unknown: Pending even if another runs', (t) => {
  const containers = [{ name: 'a' }, { name: 'b' }];
  t.equal(podPhase(pod('Always', [st('a', { running: {} })], { containers })), 'Pending');
  t.end();
});

t.test('default podIsTerminal: termination requested (deletion or terminal phase) and nothing running', (t) => {
  const deleted = pod('Always', exited(0), { deletion: true });
  t.equal(derivePodIsTerminal(deleted), true);
  t.equal(podPhase(deleted), 'Succeeded', 'deleted, all exited 0 → Succeeded despite Always');
  t.equal(podPhase(pod('Always', exited(137), { deletion: true })), 'Failed', 'deleted, a failure → Failed');
  t.equal(podPhase(pod('Always', exited(0))), 'Running', 'not deleted → restart policy decides');
  t.equal(derivePodIsTerminal(pod('Always', [st('app', { running: {} })], { deletion: true })), false, 'still running');
  t.equal(derivePodIsTerminal(pod('Always', exited(1), { phase: 'Failed' })), true, 'phase already terminal');
  t.equal(podPhase(pod('Always', exited(0), { deletion: true }), { podIsTerminal: false }), 'Running', 'explicit argument wins');
  t.end();
});

t.test('static pods never get the terminal shortcut (IsStaticPod: config.source other than "api")', (t) => {
  const file = pod('Always', exited(0), { deletion: true, annotations: { 'kubernetes.io/config.source': 'file' } });
  t.equal(isStaticPod(file), true);
  t.equal(podPhase(file), 'Running');
  const api = pod('Always', exited(0), { deletion: true, annotations: { 'kubernetes.io/config.source': 'api' } });
  t.equal(isStaticPod(api), false);
  t.equal(podPhase(api), 'Succeeded');
  t.end();
});

t.test('default podHasInitialized: the Initialized condition, else a regular container that ran', (t) => {
  const init = [{ name: 'proxy', restartPolicy: 'Always' }];
  const initStatuses = [st('proxy', { running: {} }, { started: false })];
  const running = [st('app', { running: {} })];
  const initialized = pod('Always', running, { init, initStatuses, conditions: [{ type: 'Initialized', status: 'True' }] });
  t.equal(derivePodHasInitialized(initialized), true);
  t.equal(podPhase(initialized), 'Running', 'restarting sidecar does not send an initialised pod back to Pending');
  const notYet = pod('Always', running, { init, initStatuses, conditions: [{ type: 'Initialized', status: 'False' }] });
  t.equal(podPhase(notYet), 'Pending', 'pending sidecar while not initialised → Pending');
  t.equal(derivePodHasInitialized(pod('Always', running, { init, initStatuses })), true, 'no condition: a running regular container');
  t.equal(derivePodHasInitialized(pod('Always', [st('app', { waiting: {} })], { init, initStatuses })), false);
  t.end();
});

t.test('failed regular init container: Failed only with restartPolicy Never (gate off)', (t) => {
  const init = [{ name: 'setup' }];
  const initStatuses = [st('setup', { terminated: { exitCode: 2 } })];
  t.equal(podPhase(pod('Never', [], { init, initStatuses })), 'Failed');
  // Always: failedInitialization ignored; app has no status → unknown, default → Pending
  t.equal(podPhase(pod('Always', [], { init, initStatuses })), 'Pending');
  t.end();
});

t.test('ContainerShouldRestart: rules first (In / NotIn), then container policy, then pod policy', (t) => {
  const spec = { containers: [], restartPolicy: 'Never' };
  const c = (policy: string | undefined, rules?: unknown[]): Container => ({
    name: 'c',
    ...(policy === undefined ? {} : { restartPolicy: policy }),
    ...(rules ? { restartPolicyRules: rules } : {}),
  });
  const in42 = { action: 'Restart', exitCodes: { operator: 'In', values: [42] } };
  const notIn0 = { action: 'Restart', exitCodes: { operator: 'NotIn', values: [0] } };
  t.equal(containerShouldRestart(c('Never', [in42]), spec, 42), true);
  t.equal(containerShouldRestart(c('Never', [in42]), spec, 1), false);
  t.equal(containerShouldRestart(c('Never', [notIn0]), spec, 3), true);
  t.equal(containerShouldRestart(c('Never', [notIn0]), spec, 0), false);
  t.equal(containerShouldRestart(c('OnFailure'), spec, 0), false);
  t.equal(containerShouldRestart(c('OnFailure'), spec, 1), true);
  t.equal(containerShouldRestart(c(undefined, [in42]), spec, 42), false, 'rules only apply with a container policy');
  t.equal(containerShouldRestart(c(undefined), { containers: [] }, 1), true, 'unset pod policy means Always');
  const all = { action: 'RestartAllContainers', exitCodes: { operator: 'In', values: [42] } };
  t.equal(containerShouldRestart(c('Never', [all]), spec, 42), false, 'RestartAllContainers without its gate falls through');
  t.equal(containerShouldRestart(c('Never', [all]), spec, 42, { RestartAllContainersOnContainerExits: true }), true);
  t.end();
});

t.test('restart rules change the phase only with the ContainerRestartRules gate', (t) => {
  const containers = [{ name: 'app', restartPolicy: 'Never', restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }] }];
  const p = pod('Never', exited(42), { containers });
  t.equal(podPhase(p), 'Failed', 'gate off: pod policy Never');
  t.equal(podPhase(p, { featureGates: { ContainerRestartRules: true } }), 'Running', 'gate on: rule restarts on 42');
  t.equal(podPhase(pod('Never', exited(7), { containers }), { featureGates: { ContainerRestartRules: true } }), 'Failed');
  t.end();
});

t.test('generateAPIPodStatus stickiness: a recorded terminal phase is never left', (t) => {
  t.equal(reconcilePodPhase(pod('Always', [], { phase: 'Failed' }), 'Running'), 'Failed');
  t.equal(reconcilePodPhase(pod('Always', [], { phase: 'Succeeded' }), 'Failed'), 'Succeeded');
  t.equal(reconcilePodPhase(pod('Always', [], { phase: 'Running' }), 'Pending'), 'Pending');
  t.end();
});
