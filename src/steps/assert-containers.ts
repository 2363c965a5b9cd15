/** Then — containers: state, exit codes and reasons, readiness, restarts. */
import type { ContainerStateTerminated } from '../model/k8s.js';
import { stepsFor, type StepSpec } from './catalogue.js';
import { quote } from './failure.js';
import { containerView, describeState, type ContainerView } from './helpers.js';
import type { PodproofWorld } from './types.js';

const { then } = stepsFor('assertions: containers');

function stateIs(w: PodproofWorld, c: string, want: 'running' | 'waiting' | 'terminated'): ContainerView {
  const v = containerView(w, c);
  if (v.status?.state?.[want] === undefined) w.fail(`container ${quote(c)} to be ${want}`, describeState(v.status), v.lp.name);
  return v;
}

/** The last termination: the current state when terminated, else lastState (after a restart). */
function lastTermination(v: ContainerView): ContainerStateTerminated | undefined {
  return v.status?.state?.terminated ?? v.status?.lastState?.terminated;
}

function restarts(w: PodproofWorld, c: string, ok: (n: number) => boolean, expected: string): void {
  const v = containerView(w, c);
  const n = v.status?.restartCount ?? 0;
  if (!ok(n)) w.fail(`container ${quote(c)} to have restarted ${expected}`, `${n} restart${n === 1 ? '' : 's'}`, v.lp.name);
}

const times = (n: number): string => `${n} time${n === 1 ? '' : 's'}`;

export const containerAssertionSteps: StepSpec[] = [
  then('container {string} is running', 'The container state is running.', (w, c: string) => void stateIs(w, c, 'running'), {
    example: 'Then container "app" is running',
  }),
  then('container {string} is waiting', 'The container state is waiting (any reason).', (w, c: string) => void stateIs(w, c, 'waiting'), {
    example: 'Then container "app" is waiting',
  }),
  then('container {string} is terminated', 'The container state is terminated.', (w, c: string) => void stateIs(w, c, 'terminated'), {
    example: 'Then container "app" is terminated',
  }),
  then(
    'container {string} is waiting with reason {string}',
    'Waiting with this reason: ContainerCreating, PodInitializing, CrashLoopBackOff, ErrImagePull, ImagePullBackOff, …',
    (w, c: string, reason: string) => {
      const v = containerView(w, c);
      const found = v.status?.state?.waiting;
      if (found?.reason !== reason) w.fail(`container ${quote(c)} to be waiting with reason ${quote(reason)}`, describeState(v.status), v.lp.name);
    },
    { example: 'Then container "app" is waiting with reason "CrashLoopBackOff"' },
  ),
  then(
    'container {string} terminated with exit code {int}',
    'The last termination (current state, or lastState once restarted) had this exit code.',
    (w, c: string, code: number) => {
      const v = containerView(w, c);
      const t = lastTermination(v);
      if (t?.exitCode !== code) {
        w.fail(`container ${quote(c)} to have terminated with exit code ${code}`, t ? `exit code ${t.exitCode} (${t.reason ?? 'no reason'})` : `no termination (${describeState(v.status)})`, v.lp.name);
      }
    },
    { example: 'Then container "app" terminated with exit code 1' },
  ),
  then(
    'container {string} terminated with reason {string}',
    'The last termination had this reason: Completed, Error, OOMKilled, ContainerStatusUnknown, …',
    (w, c: string, reason: string) => {
      const v = containerView(w, c);
      const t = lastTermination(v);
      if (t?.reason !== reason) {
        w.fail(`container ${quote(c)} to have terminated with reason ${quote(reason)}`, t ? `reason ${quote(t.reason ?? '')} (exit code ${t.exitCode})` : `no termination (${describeState(v.status)})`, v.lp.name);
      }
    },
    { example: 'Then container "app" terminated with reason "OOMKilled"' },
  ),
  then('container {string} is ready', "The container's ready flag is true.", (w, c: string) => {
    const v = containerView(w, c);
    if (v.status?.ready !== true) w.fail(`container ${quote(c)} to be ready`, `not ready (${describeState(v.status)})`, v.lp.name);
  }, { example: 'Then container "app" is ready' }),
  then('container {string} is not ready', "The container's ready flag is false.", (w, c: string) => {
    const v = containerView(w, c);
    if (v.status?.ready === true) w.fail(`container ${quote(c)} not to be ready`, `ready (${describeState(v.status)})`, v.lp.name);
  }, { example: 'Then container "app" is not ready' }),
  then(
    'container {string} has restarted {int} time(s)',
    'restartCount is exactly this.',
    (w, c: string, n: number) => restarts(w, c, (x) => x === n, times(n)),
    { example: 'Then container "app" has restarted 3 times' },
  ),
  then(
    'container {string} has restarted at least {int} time(s)',
    'restartCount is at least this.',
    (w, c: string, n: number) => restarts(w, c, (x) => x >= n, `at least ${times(n)}`),
    { example: 'Then container "app" has restarted at least 1 time' },
  ),
  then(
    'container {string} has restarted at most {int} time(s)',
    'restartCount is at most this.',
    (w, c: string, n: number) => restarts(w, c, (x) => x <= n, `at most ${times(n)}`),
    { example: 'Then container "app" has restarted at most 5 times' },
  ),
];
