/**
 * imagePullPolicy written out (option `required`), and `Never` flagged (option `forbidNever`):
 * with Never the image must already be on every node (seed 000, 镜像: 本地镜像).
 */
import { containerPath } from '../check-utils.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = ({ target, options }) => {
  const c = target.container;
  if (!c) return [];
  const policy = c.imagePullPolicy;
  if (policy === undefined) {
    if (options.required === false) return [];
    return [{ path: containerPath(target, 'imagePullPolicy'), data: { problem: 'does not set imagePullPolicy (the default depends on the tag)' } }];
  }
  if (policy === 'Never' && options.forbidNever !== false) {
    return [{ path: containerPath(target, 'imagePullPolicy'), data: { problem: 'uses imagePullPolicy Never: the image must already be on every node' } }];
  }
  return [];
};
