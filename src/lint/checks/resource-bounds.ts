/** Configurable minimum and maximum for cpu and memory requests and limits. */
import { parseQuantity } from '../../model/quantity.js';
import { isRecord } from '../../model/k8s.js';
import { containerPath } from '../check-utils.js';
import type { CheckViolation, CodeCheck } from './types.js';

export const check: CodeCheck = ({ target, options }) => {
  const c = target.container;
  if (!c) return [];
  const resources = isRecord(c.resources) ? c.resources : {};
  const out: CheckViolation[] = [];
  for (const kind of ['requests', 'limits'] as const) {
    const bounds = isRecord(options[kind]) ? (options[kind]) : {};
    const values = isRecord(resources[kind]) ? (resources[kind]) : {};
    for (const [res, b] of Object.entries(bounds)) {
      if (!isRecord(b)) continue;
      const q = parseQuantity(values[res]);
      if (!q) continue; // unset: cpu-request/memory-limit report that; unparsable: invalid
      const min = parseQuantity(b.min);
      const max = parseQuantity(b.max);
      if (min && q.value < min.value) {
        out.push({ path: containerPath(target, 'resources', kind, res), data: { field: `${kind}.${res}`, value: q.text, bound: `below the minimum ${min.text}` } });
      } else if (max && q.value > max.value) {
        out.push({ path: containerPath(target, 'resources', kind, res), data: { field: `${kind}.${res}`, value: q.text, bound: `above the maximum ${max.text}` } });
      }
    }
  }
  return out;
};
