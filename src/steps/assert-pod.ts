/** Then — the pod: acceptance, phase, STATUS, readiness, conditions, scheduling. */
import { formatDuration } from '../model/duration.js';
import { stepsFor, type StepSpec } from './catalogue.js';
import { quote } from './failure.js';
import { splitList } from './helpers.js';

const { then } = stepsFor('assertions: pod');

export const podAssertionSteps: StepSpec[] = [
  then('the pod is accepted', 'The API server accepts the pod (it passes validation).', (w) => {
    const lp = w.loaded();
    if (!lp.submitted) w.createPods();
    if (lp.rejection !== undefined) w.fail('the pod to be accepted', `it was rejected: ${lp.rejection}`);
  }),
  then(
    'the pod is rejected with {string}',
    "The API server rejects the pod; its kubectl-style message contains this text.",
    (w, text: string) => {
      const lp = w.loaded();
      if (!lp.submitted) w.createPods();
      if (lp.rejection === undefined) return w.fail(`the pod to be rejected with ${quote(text)}`, 'it was accepted');
      if (!lp.rejection.includes(text)) w.fail(`the rejection to contain ${quote(text)}`, quote(lp.rejection));
    },
    { example: 'Then the pod is rejected with "spec.restartPolicy: Unsupported value: \\"Mybe\\""' },
  ),
  then(
    'the pod phase is {string}',
    'status.phase now: Pending, Running, Succeeded, Failed or Unknown.',
    (w, phase: string) => {
      const found = w.handle().phase();
      if (found !== phase) w.fail(`the pod phase to be ${quote(phase)}`, quote(found));
    },
    { example: 'Then the pod phase is "Running"' },
  ),
  then(
    'the phase of pod {string} is {string}',
    'status.phase of the pod with this name (or of the pod of the workload with this name).',
    (w, name: string, phase: string) => {
      const found = w.handle(name).phase();
      if (found !== phase) w.fail(`the phase of pod ${quote(name)} to be ${quote(phase)}`, quote(found), name);
    },
    { example: 'Then the phase of pod "web" is "Running"' },
  ),
  then(
    'the pod phase stays {string} for {duration}',
    'Move time forward, checking the phase at every instant (every status change on the way).',
    (w, phase: string, ms: number) => {
      const h = w.handle();
      const start = w.now;
      const end = start + ms;
      const expected = `the pod phase to stay ${quote(phase)} for ${formatDuration(ms)} (from ${formatDuration(start)})`;
      if (h.phase() !== phase) w.fail(expected, `${quote(h.phase())} at ${formatDuration(start)}`);
      // Event by event: the clock stops at the first instant the phase is different, so the
      // failure shows the pod as it was then.
      for (;;) {
        const next = w.cluster.nextEventTime();
        if (next === undefined || next > end) break;
        w.cluster.advanceTo(next);
        const now = h.phase();
        if (now !== phase) w.fail(expected, `${quote(now)} at ${formatDuration(w.now)}`);
      }
      w.cluster.advanceTo(end);
      // A phase can also change and change back within one instant: every status the pod
      // published after the start must have had the phase too.
      for (const snap of h.history()) {
        if (snap.time <= start) continue;
        const p = snap.status.phase ?? 'Pending';
        if (p !== phase) w.fail(expected, `${quote(p)} at ${formatDuration(snap.time)}`);
      }
    },
    { example: 'Then the pod phase stays "Running" for 5m' },
  ),
  then(
    'the phase history is {string}',
    'The distinct phases the pod went through, in order, comma-separated.',
    (w, history: string) => {
      const expected = splitList(history);
      const found = w.handle().phaseHistory();
      if (expected.join(', ') !== found.join(', ')) w.fail(`the phase history ${quote(expected.join(', '))}`, quote(found.join(', ')));
    },
    { example: 'Then the phase history is "Pending, Running, Succeeded"' },
  ),
  then(
    'the pod status is {string}',
    'The STATUS column of kubectl get pods (Running, Completed, CrashLoopBackOff, Init:0/1, …).',
    (w, status: string) => {
      const found = w.handle().row().status;
      if (found !== status) w.fail(`the pod status to be ${quote(status)}`, quote(found));
    },
    { example: 'Then the pod status is "Completed"' },
  ),
  then(
    'the pod status is one of {string}',
    'The STATUS column is one of these comma-separated values.',
    (w, list: string) => {
      const allowed = splitList(list);
      const found = w.handle().row().status;
      if (!allowed.includes(found)) w.fail(`the pod status to be one of ${allowed.map(quote).join(', ')}`, quote(found));
    },
    { example: 'Then the pod status is one of "Error, CrashLoopBackOff"' },
  ),
  then('the pod is ready', 'The Ready condition is True.', (w) => {
    const c = (w.handle().status().conditions ?? []).find((x) => x.type === 'Ready');
    if (c?.status !== 'True') w.fail('the pod to be ready (condition Ready=True)', c ? `Ready=${c.status}${c.reason ? ` (${c.reason}${c.message ? `: ${c.message}` : ''})` : ''}` : 'no Ready condition');
  }),
  then('the pod is not ready', 'The Ready condition is not True.', (w) => {
    const c = (w.handle().status().conditions ?? []).find((x) => x.type === 'Ready');
    if (c?.status === 'True') w.fail('the pod not to be ready', 'Ready=True');
  }),
  then(
    'the pod condition {string} is {string}',
    'A pod condition (PodScheduled, Initialized, ContainersReady, Ready, PodReadyToStartContainers) has this status.',
    (w, type: string, status: string) => {
      const c = (w.handle().status().conditions ?? []).find((x) => x.type === type);
      if (c?.status !== status) {
        w.fail(`condition ${type}=${status}`, c ? `${type}=${c.status}${c.reason ? ` (reason ${c.reason})` : ''}` : `no ${type} condition`);
      }
    },
    { example: 'Then the pod condition "Ready" is "True"' },
  ),
  then(
    'the pod is scheduled on {string}',
    'The pod was bound to this node.',
    (w, node: string) => {
      const found = w.handle().nodeName();
      if (found !== node) w.fail(`the pod to be scheduled on ${quote(node)}`, found === undefined ? 'not scheduled' : `scheduled on ${quote(found)}`);
    },
    { example: 'Then the pod is scheduled on "node-1"' },
  ),
  then('the pod is not scheduled', 'No node fits: the pod stays Pending with PodScheduled=False.', (w) => {
    const found = w.handle().nodeName();
    if (found !== undefined) w.fail('the pod not to be scheduled', `scheduled on ${quote(found)}`);
  }),
  // Not in STEPS.md (additions are allowed): hostNetwork pods share the node's address.
  then('the pod IP is the IP of its node', 'status.podIP equals status.hostIP (hostNetwork pods).', (w) => {
    const st = w.handle().status();
    if (!st.podIP || st.podIP !== st.hostIP) w.fail(`the pod IP to be the node's IP ${quote(st.hostIP ?? '(no hostIP)')}`, quote(st.podIP ?? '(no podIP)'));
  }),
  then('the pod IP is not the IP of its node', 'status.podIP is set and differs from status.hostIP (pod network).', (w) => {
    const st = w.handle().status();
    if (!st.podIP || st.podIP === st.hostIP) w.fail(`a pod IP of its own (node IP ${quote(st.hostIP ?? '(none)')})`, quote(st.podIP ?? '(no podIP)'));
  }),
];
