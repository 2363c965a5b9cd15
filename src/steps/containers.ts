/**
 * Given — what a container does. Timings are measured from the start of each container
 * instance, so they hold again after every restart; "from {duration}" faults are measured from
 * the start of the scenario (STEPS.md).
 */
import { stepsFor, type StepSpec } from './catalogue.js';
import { hookType, memoryBytes, podWithContainer, probeType } from './helpers.js';
import type { PodproofWorld } from './types.js';

const { given } = stepsFor('container behaviour');

/** The container must exist in a loaded pod (when one is loaded), so a typo fails here, not later. */
function checkContainer(w: PodproofWorld, container: string): void {
  if (w.pods.length > 0) podWithContainer(w, container);
}

export const containerSteps: StepSpec[] = [
  given(
    'container {string} exits with code {int} after {duration}',
    'Ignore the command: each instance exits with this code this long after it starts.',
    (w, c: string, code: number, ms: number) => {
      checkContainer(w, c);
      w.behave(c, { exit: { code, afterMs: ms } });
    },
    { example: 'Given container "app" exits with code 1 after 5s' },
  ),
  given(
    'container {string} runs until stopped',
    'Ignore the command: run forever (a server), stopping on SIGTERM.',
    (w, c: string) => {
      checkContainer(w, c);
      w.behave(c, { runUntilStopped: true });
    },
    { example: 'Given container "app" runs until stopped' },
  ),
  given(
    'container {string} ignores SIGTERM',
    'SIGTERM does nothing: the container is killed (exit 137) when the grace period ends.',
    (w, c: string) => {
      checkContainer(w, c);
      w.behave(c, { ignoreSigterm: true });
    },
    { example: 'Given container "app" ignores SIGTERM' },
  ),
  given(
    'container {string} stops {duration} after SIGTERM',
    'On SIGTERM the program cleans up for this long, then exits 0.',
    (w, c: string, ms: number) => {
      checkContainer(w, c);
      w.behave(c, { stopAfterSigtermMs: ms });
    },
    { example: 'Given container "app" stops 3s after SIGTERM' },
  ),
  given(
    'container {string} becomes healthy after {duration}',
    'Its ports open and its probes succeed this long after each instance starts (closed and failing before).',
    (w, c: string, ms: number) => {
      checkContainer(w, c);
      w.behave(c, { healthyAfterMs: ms });
    },
    { example: 'Given container "app" becomes healthy after 60s' },
  ),
  given(
    'the {word} probe of container {string} fails from {duration}',
    'The liveness, readiness or startup probe fails from this scenario time on.',
    (w, word: string, c: string, ms: number) => {
      checkContainer(w, c);
      w.behave(c, { probes: { [probeType(word)]: [{ result: 'fail', fromMs: ms }] } });
    },
    { example: 'Given the liveness probe of container "app" fails from 2m' },
  ),
  given(
    'the {word} probe of container {string} succeeds from {duration}',
    'The liveness, readiness or startup probe succeeds from this scenario time on.',
    (w, word: string, c: string, ms: number) => {
      checkContainer(w, c);
      w.behave(c, { probes: { [probeType(word)]: [{ result: 'succeed', fromMs: ms }] } });
    },
    { example: 'Given the readiness probe of container "app" succeeds from 30s' },
  ),
  given(
    'container {string} uses {string} of memory after {duration}',
    'Memory use of each instance from this long after it starts; above the memory limit it is OOMKilled.',
    (w, c: string, memory: string, ms: number) => {
      checkContainer(w, c);
      w.behave(c, { memory: [{ bytes: memoryBytes(memory), afterMs: ms }] });
    },
    { example: 'Given container "app" uses "300Mi" of memory after 5s' },
  ),
  given(
    'the {word} hook of container {string} fails',
    'The postStart or preStop hook fails (exec exits 1, HTTP 500).',
    (w, word: string, c: string) => {
      checkContainer(w, c);
      w.behave(c, { hooks: { [hookType(word)]: { fails: true } } });
    },
    { example: 'Given the postStart hook of container "app" fails' },
  ),
  given(
    'the {word} hook of container {string} takes {duration}',
    'The postStart or preStop hook takes this long before it returns.',
    (w, word: string, c: string, ms: number) => {
      checkContainer(w, c);
      w.behave(c, { hooks: { [hookType(word)]: { takesMs: ms } } });
    },
    { example: 'Given the preStop hook of container "app" takes 10s' },
  ),
];
