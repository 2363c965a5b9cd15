/**
 * Zero-downtime rollouts (seed 001, 十、零宕机发布 Pod): a served workload's app containers have a
 * readinessProbe (no traffic before ready), a preStop hook (endpoints are removed before the
 * process stops), and the grace period covers the hook (rule prestop-within-grace-period).
 */
import { isRecord } from '../../model/k8s.js';
import { containerPath, isServing, probe } from '../check-utils.js';
import type { CodeCheck } from './types.js';

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController']);

export const check: CodeCheck = ({ target }) => {
  if (target.containerKind !== 'app' || !WORKLOADS.has(String(target.object.kind)) || !isServing(target)) return [];
  const missing: string[] = [];
  let path = containerPath(target);
  if (!probe(target.container, 'readinessProbe')) {
    missing.push('a readinessProbe');
    path = containerPath(target, 'readinessProbe');
  }
  const lifecycle = target.container?.lifecycle;
  if (!isRecord(lifecycle) || !isRecord(lifecycle.preStop)) {
    if (missing.length === 0) path = containerPath(target, 'lifecycle', 'preStop');
    missing.push('a preStop hook');
  }
  if (missing.length === 0) return [];
  return [{ path, data: { missing: missing.join(' and ') } }];
};
