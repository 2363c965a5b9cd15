/**
 * App containers that serve traffic (declare ports, in a long-running pod) have a
 * readinessProbe, or they receive traffic before they can answer (seed 000, Pod的准备状况检查;
 * seed 001, 7.2 readinessProbe). Jobs and plain init containers are not asked (RULES.md).
 */
import { containerPath, isServing, probe } from '../check-utils.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = ({ target }) => {
  if (target.containerKind !== 'app' || !isServing(target)) return [];
  if (probe(target.container, 'readinessProbe')) return [];
  return [{ path: containerPath(target, 'readinessProbe') }];
};
