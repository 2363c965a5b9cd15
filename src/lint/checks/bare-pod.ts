/**
 * A Pod not owned by a controller is not recreated when its node fails or it is evicted
 * (seed 001, 一、什么是Pod: Pod 通常不是直接创建的, controllers create them). A Pod with a
 * controller ownerReference (metav1.GetControllerOf) is managed.
 */
import { isRecord } from '../../model/k8s.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = ({ target }) => {
  if (target.object.kind !== 'Pod' || target.object.apiVersion !== 'v1') return [];
  const owners = isRecord(target.object.metadata) ? target.object.metadata.ownerReferences : undefined;
  if (Array.isArray(owners) && owners.some((o) => isRecord(o) && o.controller === true)) return [];
  return [{ path: ['kind'] }];
};
