/**
 * Rule no-container-runtime-socket: no hostPath volume exposes a container runtime socket
 * (Docker, containerd, CRI-O, Podman, cri-dockerd, k3s, MicroK8s), by mounting the socket itself
 * or a directory that contains it. Whoever can talk to the runtime can start a privileged
 * container on the node.
 */
import { isRecord } from '../../model/k8s.js';
import { specRecord } from '../pss/container.js';
import type { CheckViolation, CodeCheck } from './types.js';

/** Well-known runtime API sockets. /var/run is a symlink to /run on every current distribution. */
export const RUNTIME_SOCKETS: readonly string[] = [
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/var/run/dockershim.sock',
  '/var/run/cri-dockerd.sock',
  '/run/cri-dockerd.sock',
  '/var/run/containerd/containerd.sock',
  '/run/containerd/containerd.sock',
  '/run/k3s/containerd/containerd.sock',
  '/var/snap/microk8s/common/run/containerd.sock',
  '/var/run/crio/crio.sock',
  '/run/crio/crio.sock',
  '/var/run/podman/podman.sock',
  '/run/podman/podman.sock',
];

/** Normalise a host path: collapse `//` and `.`, resolve `..`, drop a trailing `/`. */
export function normalizeHostPath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return '/' + parts.join('/');
}

/** The socket a host path exposes (itself, or one inside it), if any. */
export function exposedSocket(hostPath: string): string | undefined {
  const p = normalizeHostPath(hostPath);
  // rootless Podman: /run/user/<uid>/podman/podman.sock
  if (/^\/(var\/)?run\/user\/\d+\/podman\/podman\.sock$/.test(p)) return p;
  for (const sock of RUNTIME_SOCKETS) {
    if (p === sock || sock.startsWith(p === '/' ? '/' : p + '/')) return sock;
  }
  return undefined;
}

export const check: CodeCheck = (ctx) => {
  if (ctx.target.kind !== 'pod') return [];
  const vols = specRecord(ctx).volumes;
  if (!Array.isArray(vols)) return [];
  const out: CheckViolation[] = [];
  vols.forEach((v: unknown, i: number) => {
    if (!isRecord(v) || !isRecord(v.hostPath) || typeof v.hostPath.path !== 'string') return;
    const sock = exposedSocket(v.hostPath.path);
    if (sock === undefined) return;
    out.push({
      path: [...ctx.target.specPath, 'volumes', i, 'hostPath', 'path'],
      data: { volume: typeof v.name === 'string' ? v.name : '', hostPath: v.hostPath.path, socket: sock },
    });
  });
  return out;
};
