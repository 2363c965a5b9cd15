/**
 * The kubelet's back-off bookkeeping: client-go util/flowcontrol/backoff.go (Backoff.Next,
 * IsInBackOffSince, IsInBackOffSinceUpdate) as the kubelet configures it
 * (kubernetes/kubernetes:pkg/kubelet/kubelet.go@NewMainKubelet: crash-loop back-off 10 s
 * doubling to 300 s, HasExpiredFunc = "eventTime - lastUpdate > 600 s"; image back-off 10 s to
 * 300 s). No jitter: the kubelet uses the non-jittered constructor. Times are virtual ms.
 */
export interface BackoffEntry {
  backoff: number;
  lastUpdate: number;
}

export class Backoff {
  private readonly entries = new Map<string, BackoffEntry>();

  constructor(
    readonly initialMs: number,
    readonly maxMs: number,
    /** flowcontrol hasExpired: the ladder restarts when eventTime - lastUpdate exceeds this. */
    readonly resetAfterMs: number = 2 * maxMs,
  ) {}

  get(id: string): BackoffEntry | undefined {
    return this.entries.get(id);
  }

  private hasExpired(eventTime: number, lastUpdate: number): boolean {
    return eventTime - lastUpdate > this.resetAfterMs;
  }

  /** backoff.go@Next: start a new ladder (initial) or double up to max; lastUpdate = now. */
  next(id: string, eventTime: number, now: number): void {
    const entry = this.entries.get(id);
    if (entry === undefined || this.hasExpired(eventTime, entry.lastUpdate)) {
      this.entries.set(id, { backoff: this.initialMs, lastUpdate: now });
    } else {
      entry.backoff = Math.min(entry.backoff * 2, this.maxMs);
      entry.lastUpdate = now;
    }
  }

  /** backoff.go@IsInBackOffSince: now - eventTime < backoff, unless the entry expired. */
  isInBackOffSince(id: string, eventTime: number, now: number): boolean {
    const entry = this.entries.get(id);
    if (entry === undefined) return false;
    if (this.hasExpired(eventTime, entry.lastUpdate)) return false;
    return now - eventTime < entry.backoff;
  }

  /** backoff.go@IsInBackOffSinceUpdate (image pulls): now - lastUpdate < backoff. */
  isInBackOffSinceUpdate(id: string, now: number): boolean {
    const entry = this.entries.get(id);
    if (entry === undefined) return false;
    if (this.hasExpired(now, entry.lastUpdate)) return false;
    return now - entry.lastUpdate < entry.backoff;
  }
}

/** Go's time.Duration.String() for whole milliseconds: 0s, 313ms, 10s, 1m20s, 5m0s, 1h0m0s. */
export function goDuration(ms: number): string {
  if (ms === 0) return '0s';
  const neg = ms < 0;
  let v = Math.abs(ms);
  if (v < 1000) return `${neg ? '-' : ''}${v}ms`;
  const h = Math.floor(v / 3_600_000);
  v -= h * 3_600_000;
  const m = Math.floor(v / 60_000);
  v -= m * 60_000;
  const s = v / 1000;
  const sText = Number.isInteger(s) ? String(s) : String(Number(s.toFixed(3)));
  let out = '';
  if (h > 0) out = `${h}h${m}m${sText}s`;
  else if (m > 0) out = `${m}m${sText}s`;
  else out = `${sText}s`;
  return (neg ? '-' : '') + out;
}
