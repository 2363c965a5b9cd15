/**
 * `podproof/steps`: importing this module registers the step library, the `{duration}`
 * parameter type and the World with @cucumber/cucumber. `podproof test` imports it for you;
 * with plain cucumber-js: `cucumber-js --import node_modules/podproof/dist/steps/index.js`.
 */
import { After, Before, defineParameterType, Given, setDefaultTimeout, setWorldConstructor, Status, Then, When } from '@cucumber/cucumber';
import { ALL_STEPS, PARAMETER_TYPES } from './all.js';
import { parameterCount, type StepSpec } from './catalogue.js';
import { PodWorld } from './world.js';

export { PodWorld, mergeBehaviour, type PodproofParameters } from './world.js';
export type { PodproofWorld, LoadedPod, LoadedManifest } from './types.js';
export { ALL_STEPS, PARAMETER_TYPES } from './all.js';
export type { StepSpec, StepKeyword, StepArgument, StepTable } from './catalogue.js';
export { StepFailure } from './failure.js';

const DEFINE = { Given, When, Then } as const;

/** Cucumber checks fn.length against the parameter count, so each wrapper declares it exactly. */
function register(spec: StepSpec): void {
  const code = function (this: PodWorld, ...args: unknown[]): void | Promise<void> {
    return spec.run(this, ...(args as never[]));
  };
  Object.defineProperty(code, 'length', { value: parameterCount(spec) });
  // Cucumber records a step's location from the stack of the define call, which would be this
  // loop for every step; show it the domain file's line instead (usage report, pretty output).
  const saved = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');
  const src = spec.source;
  if (src) Error.prepareStackTrace = () => `Error\n    at ${spec.keyword} (${src.file}:${src.line}:${src.column})`;
  try {
    DEFINE[spec.keyword](spec.expression, code);
  } finally {
    if (saved) Object.defineProperty(Error, 'prepareStackTrace', saved);
    else Reflect.deleteProperty(Error, 'prepareStackTrace');
  }
}

for (const p of PARAMETER_TYPES) {
  defineParameterType({ name: p.name, regexp: p.regexp, transformer: p.transformer, useForSnippets: true });
}
setWorldConstructor(PodWorld);
// Steps run virtual time, not wall time: "stays Running for 24h" on a pod probed every second is
// many events. Cucumber's 5 s default would fail such steps on a busy CI machine.
setDefaultTimeout(60_000);
Before(function (this: PodWorld, { pickle }) {
  this.startScenario(pickle.uri, pickle.steps.map((s) => s.text));
});
// A failed scenario carries the pods' timelines and events into the reports (HTML, JSON, messages).
After(function (this: PodWorld, { result }) {
  if (result?.status !== Status.FAILED || this.pods.length === 0) return;
  this.attach(this.timeline(), { mediaType: 'text/plain', fileName: 'podproof-timeline.txt' });
});
for (const spec of ALL_STEPS) register(spec);
