/**
 * Guaranteed QoS: every container's requests equal its limits for cpu and memory
 * (pkg/apis/core/helper/qos/qos.go GetPodQOS; a limit without a request defaults the request
 * to the limit, pkg/apis/core/v1/defaults.go SetDefaults_Pod).
 */
import { parseQuantity } from '../../model/quantity.js';
import { isRecord } from '../../model/k8s.js';
import { containerPath } from '../check-utils.js';
import type { CheckViolation, CodeCheck } from './types.js';

export const check: CodeCheck = ({ target, options }) => {
  const c = target.container;
  if (!c) return [];
  const resources = isRecord(c.resources) ? c.resources : {};
  const limits = isRecord(resources.limits) ? resources.limits : {};
  const requests = isRecord(resources.requests) ? resources.requests : {};
  const out: CheckViolation[] = [];
  for (const res of ['cpu', 'memory'] as const) {
    if (options[res] === false) continue;
    const limit = limits[res];
    if (limit === undefined) {
      out.push({ path: containerPath(target, 'resources', 'limits', res), data: { resource: res, problem: `sets no ${res} limit` } });
      continue;
    }
    const request = requests[res];
    if (request === undefined) continue; // defaults to the limit
    const l = parseQuantity(limit);
    const r = parseQuantity(request);
    if (l && r && l.value !== r.value) {
      out.push({
        path: containerPath(target, 'resources', 'requests', res),
        data: { resource: res, problem: `requests ${r.text} ${res} but is limited to ${l.text}` },
      });
    }
  }
  return out;
};
