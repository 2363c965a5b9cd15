/**
 * An image from a private registry host with no imagePullSecrets on the pod (seed 000, 镜像:
 * 私有镜像仓库的认证). Public registries (option `publicRegistries`) need no secret. The pod's
 * service account may carry pull secrets podproof cannot see: that is why the rule is off by default.
 */
import { containerPath, parseImageRef } from '../check-utils.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = ({ target, options }) => {
  const image = target.container?.image;
  if (typeof image !== 'string' || image.trim() === '') return [];
  const secrets = target.spec.imagePullSecrets;
  if (Array.isArray(secrets) && secrets.length > 0) return [];
  const ref = parseImageRef(image);
  const publicRegistries = Array.isArray(options.publicRegistries) ? (options.publicRegistries as string[]) : [];
  if (publicRegistries.includes(ref.domain)) return [];
  return [{ path: containerPath(target, 'image'), data: { registry: ref.domain } }];
};
