/**
 * An image without a tag means `latest`, and `latest` means imagePullPolicy Always and a
 * different image on every node that pulls it (pkg/apis/core/v1/defaults.go SetDefaults_Container:
 * `if tag == "latest" { ImagePullPolicy = PullAlways }`; seed 001, 五、Pod镜像拉取策略).
 * A digest pins the image whatever the tag says.
 */
import { containerPath, parseImageRef } from '../check-utils.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = ({ target }) => {
  const image = target.container?.image;
  if (typeof image !== 'string' || image.trim() === '') return [];
  const ref = parseImageRef(image);
  if (ref.digest) return [];
  if (ref.tag === undefined) return [{ path: containerPath(target, 'image'), data: { image, problem: 'has no tag, so it means "latest"' } }];
  if (ref.tag === 'latest') return [{ path: containerPath(target, 'image'), data: { image, problem: 'uses the "latest" tag' } }];
  return [];
};
