/**
 * Rule secrets-as-files: Secrets reach the container as mounted files, not environment variables
 * (env[].valueFrom.secretKeyRef, envFrom[].secretRef). Environment variables leak into child
 * processes, crash dumps, `kubectl describe`-style debugging output and logs; mounted files can be
 * updated in place and read only by the process that needs them.
 */
import { isRecord } from '../../model/k8s.js';
import { containerName, containerPath } from '../pss/container.js';
import type { CheckViolation, CodeCheck } from './types.js';

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'container' || !isRecord(ctx.target.container)) return [];
  const c = ctx.target.container;
  const out: CheckViolation[] = [];
  if (Array.isArray(c.env)) {
    c.env.forEach((e: unknown, i: number) => {
      if (isRecord(e) && isRecord(e.valueFrom) && isRecord(e.valueFrom.secretKeyRef)) {
        const ref = e.valueFrom.secretKeyRef;
        out.push({
          path: [...containerPath(ctx), 'env', i, 'valueFrom', 'secretKeyRef'],
          data: { container: containerName(ctx), how: `env var ${typeof e.name === 'string' ? e.name : ''} from Secret "${typeof ref.name === 'string' ? ref.name : ''}"` },
        });
      }
    });
  }
  if (Array.isArray(c.envFrom)) {
    c.envFrom.forEach((e: unknown, i: number) => {
      if (isRecord(e) && isRecord(e.secretRef)) {
        out.push({
          path: [...containerPath(ctx), 'envFrom', i, 'secretRef'],
          data: { container: containerName(ctx), how: `every key of Secret "${typeof e.secretRef.name === 'string' ? e.secretRef.name : ''}" as env vars` },
        });
      }
    });
  }
  return out;
};
