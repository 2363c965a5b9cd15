/**
 * How a failed step explains itself (STYLE.md "Messages"): what was expected, what was found,
 * the virtual time, the pods' `kubectl get pods` rows and their last events.
 */
// The printer only (not the emulator's index): `podproof steps` loads this module too.
import { formatPodTable, type PodRow } from '../emulator/printer.js';
import type { EventOccurrence } from '../emulator/index.js';
import { formatDuration } from '../model/duration.js';

/** A step assertion that did not hold. Cucumber prints `message`; the parts stay inspectable. */
export class StepFailure extends Error {
  constructor(
    readonly expected: string,
    readonly found: string,
    readonly virtualTimeMs: number,
    readonly context: string,
  ) {
    super(`Expected ${expected}\nFound    ${found}\n${context}`);
    this.name = 'StepFailure';
    // The failure explains itself; a stack into the step library would only add noise.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** `1m30s` (and the exact milliseconds when not whole seconds). */
export function formatVirtualTime(ms: number): string {
  return formatDuration(ms);
}

const EVENT_LIMIT = 10;

/** `kubectl describe`-like event lines with the virtual time each happened at. */
export function formatEvents(events: readonly EventOccurrence[], limit = EVENT_LIMIT): string {
  const shown = events.slice(-limit);
  if (shown.length === 0) return '  (none)\n';
  const rows = shown.map((e) => [`t=${formatDuration(e.time)}`, e.type, e.reason, e.container ? `{${e.container}}` : '', e.message]);
  const widths = [0, 1, 2, 3].map((j) => Math.max(...rows.map((r) => (r[j] ?? '').length)));
  const lines = rows.map((r) => `  ${r.map((cell, j) => (j < 4 ? cell.padEnd((widths[j] as number) + 2) : cell)).join('')}`.trimEnd());
  const skipped = events.length - shown.length;
  return `${skipped > 0 ? `  (${skipped} earlier event${skipped === 1 ? '' : 's'} not shown)\n` : ''}${lines.join('\n')}\n`;
}

export interface FailureContextInput {
  now: number;
  rows: PodRow[];
  /** The pod the failure is about, for the events heading. */
  podName?: string;
  events: readonly EventOccurrence[];
  /** A note such as the API server's rejection. */
  note?: string;
}

export function formatContext(input: FailureContextInput): string {
  let out = `At virtual time ${formatVirtualTime(input.now)}\n`;
  if (input.note) out += `${input.note}\n`;
  if (input.rows.length) {
    out += 'kubectl get pods:\n';
    out += formatPodTable(input.rows)
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => `  ${l}`)
      .join('\n');
    out += '\n';
  }
  out += `Last events${input.podName ? ` of pod ${input.podName}` : ''}:\n${formatEvents(input.events)}`;
  return out;
}

/** A value as a message quotes it: strings in double quotes, lists joined. */
export function quote(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
