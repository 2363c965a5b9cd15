/**
 * Durations as scenarios write them (STEPS.md): `30s`, `2m`, `1m30s`, `1h`, `500ms`,
 * `90 seconds`, `2 minutes`, `1 minute`, `1 hour`. Values are in milliseconds: the emulator's
 * virtual clock counts milliseconds so probe timeouts and 100 ms back-off steps stay exact.
 */
const UNIT_MS: Record<string, number> = {
  ms: 1,
  millisecond: 1,
  milliseconds: 1,
  s: 1000,
  sec: 1000,
  secs: 1000,
  second: 1000,
  seconds: 1000,
  m: 60_000,
  min: 60_000,
  mins: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
};

export const DURATION_PATTERN =
  /(?:\d+(?:\.\d+)?(?:ms|h|m|s))+|\d+(?:\.\d+)? ?(?:milliseconds?|seconds?|secs?|minutes?|mins?|hours?)/;

export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  const words = /^(\d+(?:\.\d+)?) ?([a-z]+)$/.exec(t);
  if (words && words[2] !== undefined && words[2].length > 2 && UNIT_MS[words[2]] !== undefined) {
    return Math.round(Number(words[1]) * (UNIT_MS[words[2]] as number));
  }
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
  let total = 0;
  let consumed = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    if (m.index !== consumed) return undefined;
    total += Number(m[1]) * (UNIT_MS[m[2] as string] as number);
    consumed = re.lastIndex;
  }
  if (consumed === 0 || consumed !== t.length) return undefined;
  return Math.round(total);
}

/** kubectl's duration.HumanDuration, used for AGE and "(5s ago)": see human-duration.ts. */
export { kubeHumanDuration as humanDuration } from './human-duration.js';

/** `1m30s` style for timelines and messages. */
export function formatDuration(ms: number): string {
  if (ms % 1000 !== 0) return `${ms}ms`;
  let s = ms / 1000;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || (!h && !m) ? `${s}s` : ''}`;
}
