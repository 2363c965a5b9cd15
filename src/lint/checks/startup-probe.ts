/**
 * A long liveness initialDelaySeconds (slow start) is better expressed as a startupProbe: the
 * delay is paid on every restart, and a fixed delay is either too short or wastes time
 * (seed 001, 7.4 startupProbe). Option `maxInitialDelaySeconds` (default 60).
 */
import { containerPath, probe } from '../check-utils.js';
import type { CodeCheck } from './types.js';

export const check: CodeCheck = ({ target, options }) => {
  const live = probe(target.container, 'livenessProbe');
  if (!live || probe(target.container, 'startupProbe')) return [];
  const delay = live.initialDelaySeconds;
  const max = typeof options.maxInitialDelaySeconds === 'number' ? options.maxInitialDelaySeconds : 60;
  if (typeof delay !== 'number' || delay <= max) return [];
  return [{ path: containerPath(target, 'livenessProbe', 'initialDelaySeconds'), data: { delay: String(delay), max: String(max) } }];
};
