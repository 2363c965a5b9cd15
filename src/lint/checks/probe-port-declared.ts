/**
 * A probe's or lifecycle hook's named port must be one the container declares: the kubelet
 * resolves it among the container's own ports and fails the probe otherwise
 * (pkg/kubelet/prober/prober.go → probe.ResolveContainerPort; pkg/kubelet/lifecycle/handlers.go
 * resolvePort). A numeric port nobody declares is only worth an info: the process may listen
 * on undeclared ports.
 */
import { isRecord, type Container } from '../../model/k8s.js';
import { containerPath, PROBES } from '../check-utils.js';
import type { CheckViolation, CodeCheck } from './types.js';

function declared(c: Container): { names: Set<string>; numbers: Set<number> } {
  const names = new Set<string>();
  const numbers = new Set<number>();
  for (const p of Array.isArray(c.ports) ? c.ports : []) {
    if (!isRecord(p)) continue;
    if (typeof p.name === 'string') names.add(p.name);
    if (typeof p.containerPort === 'number') numbers.add(p.containerPort);
  }
  return { names, numbers };
}

export const check: CodeCheck = ({ target }) => {
  const c = target.container;
  if (!c) return [];
  const { names, numbers } = declared(c);
  const out: CheckViolation[] = [];
  const handlers: { where: string; path: (string | number)[]; handler: unknown }[] = [];
  for (const p of PROBES) handlers.push({ where: p, path: [p], handler: c[p] });
  const lifecycle = isRecord(c.lifecycle) ? c.lifecycle : {};
  for (const h of ['postStart', 'preStop'] as const) handlers.push({ where: `${h} hook`, path: ['lifecycle', h], handler: lifecycle[h] });
  for (const { where, path, handler } of handlers) {
    if (!isRecord(handler)) continue;
    for (const action of ['httpGet', 'tcpSocket', 'grpc'] as const) {
      const a = handler[action];
      if (!isRecord(a)) continue;
      const port = a.port;
      if (typeof port === 'string' && !/^\d+$/.test(port)) {
        if (!names.has(port)) {
          out.push({
            path: containerPath(target, ...path, action, 'port'),
            data: { where, port: `"${port}"`, detail: ', but no port of the container has that name, so the kubelet cannot resolve it' },
          });
        }
      } else {
        const n = typeof port === 'number' ? port : Number(port);
        if (Number.isInteger(n) && !numbers.has(n)) {
          out.push({
            path: containerPath(target, ...path, action, 'port'),
            data: { where, port: String(n), detail: ', which the container does not declare' },
            severity: 'info',
          });
        }
      }
    }
  }
  return out;
};
