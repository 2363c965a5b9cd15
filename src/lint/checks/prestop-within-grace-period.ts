/**
 * A preStop hook that uses up the termination grace period. The kubelet runs the hook within
 * the grace period, then gives the container what is left — at least 2 seconds — before
 * SIGKILL (pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer: executePreStopHook,
 * `gracePeriod = gracePeriod - preStopDuration`, minimumGracePeriodInSeconds = 2). A hook as long
 * as the grace period leaves the application no time to shut down (seed 002, 四. 流程 ② 删除Pod:
 * raise terminationGracePeriodSeconds when a preStop hook is set). Known durations: the `sleep`
 * action, `sleep N` in an exec command (also inside `sh -c`), with s/m/h suffixes.
 */
import { isRecord } from '../../model/k8s.js';
import { containerPath } from '../check-utils.js';
import type { CodeCheck } from './types.js';

const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600 };

function sleepSeconds(words: readonly string[]): number | undefined {
  let total = 0;
  let found = false;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i] as string;
    if (w === 'sleep' || w.endsWith('/sleep')) {
      const m = /^(\d+(?:\.\d+)?)([smh]?)$/.exec(words[i + 1] as string);
      if (m) {
        total += Number(m[1]) * (UNIT[m[2] as string] as number);
        found = true;
      }
    }
  }
  return found ? total : undefined;
}

/** Seconds a preStop handler is known to take, or undefined. */
export function preStopSeconds(handler: unknown): number | undefined {
  if (!isRecord(handler)) return undefined;
  if (isRecord(handler.sleep) && typeof handler.sleep.seconds === 'number') return handler.sleep.seconds;
  if (isRecord(handler.exec) && Array.isArray(handler.exec.command)) {
    const cmd = handler.exec.command.filter((w): w is string => typeof w === 'string');
    const shell = cmd.findIndex((w) => w === '-c' || w === '-ec' || w === '-xc');
    if (shell > 0 && typeof cmd[shell + 1] === 'string') return sleepSeconds((cmd[shell + 1] as string).split(/[\s;&|()]+/).filter(Boolean));
    return sleepSeconds(cmd);
  }
  return undefined;
}

export const check: CodeCheck = ({ target }) => {
  const lifecycle = target.container?.lifecycle;
  if (!isRecord(lifecycle)) return [];
  const seconds = preStopSeconds(lifecycle.preStop);
  if (seconds === undefined) return [];
  const g = target.spec.terminationGracePeriodSeconds;
  const grace = typeof g === 'number' ? g : 30;
  if (seconds < grace) return [];
  return [
    {
      path: containerPath(target, 'lifecycle', 'preStop'),
      data: { hook: String(seconds), grace: String(grace), graceSource: typeof g === 'number' ? 'terminationGracePeriodSeconds' : 'default terminationGracePeriodSeconds' },
    },
  ];
};
