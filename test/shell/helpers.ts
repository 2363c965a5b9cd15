/** Test helpers: run a command line in a fresh container and collect its output. */
import { ContainerFs, startProcess, type Mount, type RunningProcess } from '../../src/shell/index.js';

export interface Run {
  p: RunningProcess;
  fs: ContainerFs;
  out: () => string;
  err: () => string;
}

export function start(
  argv: string[],
  o: { image?: string; pid1?: boolean; mounts?: Mount[]; env?: Record<string, string>; epochMs?: number; ports?: number[]; fs?: ContainerFs; cwd?: string } = {},
): Run {
  const image = o.image ?? 'busybox';
  const fs = o.fs ?? new ContainerFs({ image, hostname: 'pod-a', mounts: o.mounts ?? [] });
  let out = '';
  let err = '';
  const p = startProcess({
    argv,
    env: o.env ?? {},
    fs,
    pid1: o.pid1 ?? true,
    epochMs: o.epochMs ?? 0,
    declaredPorts: o.ports ?? [],
    image,
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    ...(o.cwd !== undefined ? { cwd: o.cwd } : {}),
  });
  return { p, fs, out: () => out, err: () => err };
}

/** Run a `sh -c` script to completion (or until `until` ms) and return what it printed. */
export function sh(script: string, o: Parameters<typeof start>[1] & { until?: number; shell?: string } = {}) {
  const r = start([o.shell ?? 'sh', '-c', script], o);
  r.p.advance(0);
  const state = r.p.advance(o.until ?? 0);
  return { state, out: r.out(), err: r.err(), fs: r.fs, p: r.p };
}
