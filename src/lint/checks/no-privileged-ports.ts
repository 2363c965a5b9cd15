/**
 * Rule no-privileged-ports: a container port below 1024 needs CAP_NET_BIND_SERVICE (or root);
 * a non-root container with capabilities dropped cannot bind it. Not reported when the container
 * adds NET_BIND_SERVICE, or when the pod lowers net.ipv4.ip_unprivileged_port_start to the port.
 */
import { isRecord } from '../../model/k8s.js';
import { containerName, containerPath, normalizeCapability, ownSecurityContext, specRecord } from '../pss/container.js';
import type { CheckViolation, CodeCheck } from './types.js';

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'container' || !isRecord(ctx.target.container)) return [];
  const ports = ctx.target.container.ports;
  if (!Array.isArray(ports)) return [];
  const caps = ownSecurityContext(ctx.target.container).capabilities;
  if (isRecord(caps) && Array.isArray(caps.add) && caps.add.some((c: unknown) => normalizeCapability(c) === 'NET_BIND_SERVICE')) return [];
  let unprivilegedStart = 1024;
  const psc = specRecord(ctx).securityContext;
  if (isRecord(psc) && Array.isArray(psc.sysctls)) {
    for (const s of psc.sysctls) {
      if (isRecord(s) && s.name === 'net.ipv4.ip_unprivileged_port_start' && /^\d+$/.test(String(s.value))) unprivilegedStart = Number(s.value);
    }
  }
  const out: CheckViolation[] = [];
  ports.forEach((p: unknown, i: number) => {
    if (!isRecord(p) || typeof p.containerPort !== 'number') return;
    if (p.containerPort > 0 && p.containerPort < 1024 && p.containerPort < unprivilegedStart) {
      out.push({ path: [...containerPath(ctx), 'ports', i, 'containerPort'], data: { container: containerName(ctx), port: String(p.containerPort) } });
    }
  });
  return out;
};
