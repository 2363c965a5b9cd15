/**
 * Finished Jobs stay (with their pods) until deleted: ttlSecondsAfterFinished cleans them up
 * (https://kubernetes.io/docs/concepts/workloads/controllers/ttlafterfinished/). A CronJob
 * without startingDeadlineSeconds may skip or pile up runs after controller downtime
 * (https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#job-creation).
 */
import { isRecord } from '../../model/k8s.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = ({ target }) => {
  const spec = isRecord(target.object.spec) ? target.object.spec : undefined;
  if (!spec) return [];
  if (target.object.kind === 'Job' && spec.ttlSecondsAfterFinished === undefined) {
    return [{ path: ['spec', 'ttlSecondsAfterFinished'], data: { field: 'ttlSecondsAfterFinished' } }];
  }
  if (target.object.kind === 'CronJob' && spec.startingDeadlineSeconds === undefined) {
    return [{ path: ['spec', 'startingDeadlineSeconds'], data: { field: 'startingDeadlineSeconds' } }];
  }
  return [];
};
