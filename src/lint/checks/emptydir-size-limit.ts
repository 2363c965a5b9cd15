/** emptyDir volumes without sizeLimit can fill the node's disk (or memory, for medium: Memory). */
import { isRecord } from '../../model/k8s.js';
import { specPath } from '../check-utils.js';
import type { CheckViolation, CodeCheck } from './types.js';

export const check: CodeCheck = ({ target }) => {
  const out: CheckViolation[] = [];
  const volumes = Array.isArray(target.spec.volumes) ? target.spec.volumes : [];
  volumes.forEach((v, i) => {
    if (!isRecord(v) || !('emptyDir' in v)) return;
    const ed = isRecord(v.emptyDir) ? v.emptyDir : {};
    if (ed.sizeLimit !== undefined) return;
    out.push({ path: specPath(target, 'volumes', i, 'emptyDir'), data: { volume: String(v.name ?? i) } });
  });
  return out;
};
