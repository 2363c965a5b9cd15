/** Every built-in step, in the order STEPS.md lists them. No Cucumber import: cheap to list. */
import type { StepSpec } from './catalogue.js';
import { containerAssertionSteps } from './assert-containers.js';
import { podAssertionSteps } from './assert-pod.js';
import { containerSteps } from './containers.js';
import { eventLogSteps } from './events-logs.js';
import { lintSteps } from './lint.js';
import { manifestSteps } from './manifests.js';
import { nodeSteps } from './nodes.js';
import { timeSteps } from './time.js';

export const ALL_STEPS: readonly StepSpec[] = [
  ...manifestSteps,
  ...nodeSteps,
  ...containerSteps,
  ...timeSteps,
  ...podAssertionSteps,
  ...containerAssertionSteps,
  ...eventLogSteps,
  ...lintSteps,
];

export { PARAMETER_TYPES } from './params.js';
