/**
 * The same env name twice in one container: the API server accepts it and the later entry wins
 * silently (pkg/kubelet/kubelet_pods.go makeEnvironmentVariables builds a map in order). The fix
 * removes the earlier, overridden entries — unless a later value refers to the name with
 * $(NAME), where the earlier value still matters.
 */
import { isRecord } from '../../model/k8s.js';
import { containerPath } from '../check-utils.js';
import type { CheckViolation, CodeCheck, FixOperation } from './types.js';

export const check: CodeCheck = ({ target }) => {
  const env = target.container?.env;
  if (!Array.isArray(env)) return [];
  const firstIndex = new Map<string, number[]>();
  env.forEach((e, i) => {
    if (!isRecord(e) || typeof e.name !== 'string') return;
    const list = firstIndex.get(e.name) ?? [];
    list.push(i);
    firstIndex.set(e.name, list);
  });
  const out: CheckViolation[] = [];
  for (const [name, indices] of firstIndex) {
    if (indices.length < 2) continue;
    const last = indices[indices.length - 1] as number;
    const referenced = env.some((e) => isRecord(e) && typeof e.value === 'string' && e.value.includes(`$(${name})`));
    // Remove from the highest index down so earlier indices stay valid while edits are computed.
    const fix: FixOperation[] | undefined = referenced
      ? undefined
      : indices
          .slice(0, -1)
          .reverse()
          .map((i) => ({ op: 'remove', path: containerPath(target, 'env', i) }));
    const v: CheckViolation = {
      path: containerPath(target, 'env', last, 'name'),
      data: { env: name, count: String(indices.length) },
    };
    if (fix) v.fix = fix;
    out.push(v);
  }
  return out;
};
