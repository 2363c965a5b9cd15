/**
 * App containers of long-running pods have a livenessProbe, so a hung process is restarted
 * (seed 000, Pod的健康检查; seed 001, 7.3 livenessProbe). Jobs, CronJobs and pods with
 * restartPolicy Never/OnFailure run to completion and are not asked; neither are init containers.
 */
import { containerPath, isLongRunning, probe } from '../check-utils.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = ({ target }) => {
  if (target.containerKind !== 'app' || !isLongRunning(target)) return [];
  if (probe(target.container, 'livenessProbe')) return [];
  return [{ path: containerPath(target, 'livenessProbe') }];
};
