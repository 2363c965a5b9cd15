/** When — events and the passing of time. Time moves only here (and in "stays … for"). */
import { formatDuration } from '../model/duration.js';
import { stepsFor, type StepSpec } from './catalogue.js';
import { quote } from './failure.js';
import { containerView, podWithContainer, probeType } from './helpers.js';
import type { PodproofWorld } from './types.js';

const { when } = stepsFor('time and events');

/** STEPS.md: waits fail if the condition is not reached within 1 hour of virtual time. */
export const WAIT_LIMIT_MS = 3_600_000;

function waitUntil(w: PodproofWorld, what: string, holds: () => boolean, found: () => string, podName?: string): void {
  w.handle(podName); // create (or fail with the rejection) first
  const start = w.now;
  if (w.cluster.advanceUntil(holds, WAIT_LIMIT_MS)) return;
  w.fail(`${what} within ${formatDuration(WAIT_LIMIT_MS)} of virtual time (waited from ${formatDuration(start)})`, found(), podName);
}

export const timeSteps: StepSpec[] = [
  when(
    'the pod is created',
    'Submit the loaded pods: validated as the API server would, then scheduled and started.',
    (w) => {
      if (w.pods.length === 0) throw new Error('No pod has been loaded: start the scenario with Given the manifest "…".');
      const rejections = w.createPods();
      // An invalid pod fails here unless the scenario asserts the rejection (STEPS.md).
      if (rejections.length > 0 && !w.assertsRejection) throw new Error(rejections.join('\n'));
    },
  ),
  when('{duration} pass', 'Move virtual time forward (creating the pod first if needed).', (w, ms: number) => w.advance(ms), {
    example: 'When 30s pass',
  }),
  when('{duration} passes', 'Same as "{duration} pass", for "1 minute passes".', (w, ms: number) => w.advance(ms), {
    example: 'When 1 minute passes',
  }),
  when(
    'container {string} exits with code {int}',
    "The container's current process exits with this code now.",
    (w, c: string, code: number) => {
      const lp = podWithContainer(w, c);
      w.handle(lp.name).exitNow(c, code);
    },
    { example: 'When container "app" exits with code 1' },
  ),
  when(
    'container {string} is OOM killed',
    'The container is killed for exceeding its memory now (exit code 137, reason OOMKilled).',
    (w, c: string) => {
      const lp = podWithContainer(w, c);
      w.handle(lp.name).oomKill(c);
    },
    { example: 'When container "app" is OOM killed' },
  ),
  when(
    'the {word} probe of container {string} starts failing',
    'The liveness, readiness or startup probe fails from now on.',
    (w, word: string, c: string) => {
      const lp = podWithContainer(w, c);
      w.handle(lp.name).probeFrom(c, probeType(word), 'fail');
    },
    { example: 'When the readiness probe of container "app" starts failing' },
  ),
  when(
    'the {word} probe of container {string} starts succeeding',
    'The liveness, readiness or startup probe succeeds from now on.',
    (w, word: string, c: string) => {
      const lp = podWithContainer(w, c);
      w.handle(lp.name).probeFrom(c, probeType(word), 'succeed');
    },
    { example: 'When the readiness probe of container "app" starts succeeding' },
  ),
  when('the pod is deleted', 'kubectl delete: graceful deletion with the pod’s terminationGracePeriodSeconds.', (w) => w.handle().delete()),
  when(
    'the pod is deleted with a grace period of {int} seconds',
    'kubectl delete --grace-period=N.',
    (w, seconds: number) => w.handle().delete({ gracePeriodSeconds: seconds }),
    { example: 'When the pod is deleted with a grace period of 5 seconds' },
  ),
  when('the pod is force deleted', 'kubectl delete --grace-period=0 --force: removed from the API at once.', (w) =>
    w.handle().delete({ force: true, gracePeriodSeconds: 0 }),
  ),
  when(
    'node {string} is lost',
    'The node stops reporting: its pods freeze, are marked not ready, then evicted after the default toleration.',
    (w, node: string) => {
      w.handle();
      if (!w.cluster.nodeNames().includes(node)) throw new Error(`No node "${node}" (nodes: ${w.cluster.nodeNames().join(', ')}).`);
      w.cluster.loseNode(node);
    },
    { example: 'When node "node-1" is lost' },
  ),
  when(
    'I wait until the pod phase is {string}',
    'Advance time event by event until the phase is reached; fails after 1 hour of virtual time.',
    (w, phase: string) => {
      const h = w.handle();
      waitUntil(w, `the pod phase to become ${quote(phase)}`, () => h.phase() === phase, () => quote(h.phase()));
    },
    { example: 'When I wait until the pod phase is "Succeeded"' },
  ),
  when(
    'I wait until the pod status is {string}',
    'Advance time until the kubectl STATUS column shows this; fails after 1 hour of virtual time.',
    (w, status: string) => {
      const h = w.handle();
      waitUntil(w, `the pod status to become ${quote(status)}`, () => h.row().status === status, () => quote(h.row().status));
    },
    { example: 'When I wait until the pod status is "CrashLoopBackOff"' },
  ),
  when(
    'I wait until container {string} is ready',
    'Advance time until the container is ready; fails after 1 hour of virtual time.',
    (w, c: string) => {
      const v = containerView(w, c);
      const ready = (): boolean => containerView(w, c).status?.ready === true;
      waitUntil(w, `container ${quote(c)} to become ready`, ready, () => (containerView(w, c).status?.ready ? 'ready' : 'not ready'), v.lp.name);
    },
    { example: 'When I wait until container "app" is ready' },
  ),
];
