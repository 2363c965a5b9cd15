/**
 * A workload with more than one replica whose pods may all land on one node: one node failure
 * takes every replica. Spread them with podAntiAffinity or topologySpreadConstraints.
 */
import { isRecord } from '../../model/k8s.js';
import { specPath } from '../check-utils.js';
import type { CodeCheck } from './types.js';

const REPLICATED = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

export const check: CodeCheck = ({ target }) => {
  if (!REPLICATED.has(String(target.object.kind))) return [];
  const spec = isRecord(target.object.spec) ? target.object.spec : {};
  const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
  if (replicas <= 1) return [];
  const affinity = isRecord(target.spec.affinity) ? target.spec.affinity : {};
  if (isRecord(affinity.podAntiAffinity)) return [];
  if (Array.isArray(target.spec.topologySpreadConstraints) && target.spec.topologySpreadConstraints.length > 0) return [];
  return [{ path: specPath(target, 'affinity'), data: { replicas: String(replicas) } }];
};
