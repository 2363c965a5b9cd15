/** Then — logs, termination messages, environment, events and the kubectl table. */
import { POD_COLUMN_CELLS, type PodRow } from '../emulator/index.js';
import { stepsFor, type StepSpec, type StepTable } from './catalogue.js';
import { quote } from './failure.js';
import { containerView } from './helpers.js';
import type { PodproofWorld } from './types.js';

const { then } = stepsFor('events, logs and kubectl');

function logsOf(w: PodproofWorld, c: string, previous: boolean): { text: string; pod: string } {
  const v = containerView(w, c);
  try {
    return { text: v.handle.logs(c, { previous }), pod: v.lp.name };
  } catch (e) {
    // The kubelet's own answer, as `kubectl logs` prints it.
    return w.fail(`${previous ? 'previous ' : ''}logs of container ${quote(c)}`, (e as Error).message, v.lp.name);
  }
}

function excerpt(text: string): string {
  if (text === '') return '(empty log)';
  const lines = text.replace(/\n$/, '').split('\n');
  const shown = lines.slice(-10).map((l) => `  | ${l}`).join('\n');
  return `${lines.length > 10 ? `(last 10 of ${lines.length} lines)\n` : ''}\n${shown}`;
}

const COLUMN_KEYS: Readonly<Record<string, keyof PodRow>> = POD_COLUMN_CELLS;

/** A RESTARTS cell written without "(… ago)" compares the count only. */
function cellMatches(column: string, expected: string, found: string): boolean {
  if (expected === found) return true;
  if (column === 'RESTARTS' && !expected.includes('(')) return found.replace(/ \(.*\)$/, '') === expected;
  return false;
}

function podsTable(w: PodproofWorld, table: StepTable): void {
  const [header, ...rows] = table.raw();
  if (!header || header.length === 0) throw new Error('kubectl get pods shows: needs a header row (| NAME | READY | STATUS | RESTARTS |).');
  const columns = header.map((h) => h.trim().toUpperCase());
  const unknown = columns.filter((c) => COLUMN_KEYS[c] === undefined);
  if (unknown.length) throw new Error(`Unknown column(s) ${unknown.join(', ')}: use ${Object.keys(COLUMN_KEYS).join(', ')}.`);
  w.handle(); // create the pods (or fail with the rejection)
  const actual = w.pods.filter((p) => p.handle !== undefined).map((p) => p.handle!.row());
  const nameCol = columns.indexOf('NAME');
  const show = (r: PodRow): string => `| ${columns.map((c) => r[COLUMN_KEYS[c] as keyof PodRow]).join(' | ')} |`;
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const found = nameCol >= 0 ? actual.find((r) => r.name === (row[nameCol] ?? '').trim()) : actual[i];
    if (found === undefined) {
      problems.push(`row ${i + 1} (${row.join(' | ')}): no such pod`);
      return;
    }
    columns.forEach((c, j) => {
      const exp = (row[j] ?? '').trim();
      const got = found[COLUMN_KEYS[c] as keyof PodRow];
      if (!cellMatches(c, exp, got)) problems.push(`${found.name} ${c}: expected ${quote(exp)}, found ${quote(got)}`);
    });
  });
  if (nameCol < 0 && rows.length !== actual.length) problems.push(`${rows.length} row(s) expected, ${actual.length} pod(s) found`);
  if (problems.length) {
    w.fail(`kubectl get pods to show\n  | ${columns.join(' | ')} |\n${rows.map((r) => `  | ${r.map((x) => x.trim()).join(' | ')} |`).join('\n')}`, `${problems.join('; ')}\n  ${actual.map(show).join('\n  ')}`);
  }
}

export const eventLogSteps: StepSpec[] = [
  then(
    'the logs of container {string} contain {string}',
    'kubectl logs of the current instance (or the last one, once terminated) contains this text.',
    (w, c: string, text: string) => {
      const { text: log, pod } = logsOf(w, c, false);
      if (!log.includes(text)) w.fail(`the logs of container ${quote(c)} to contain ${quote(text)}`, excerpt(log), pod);
    },
    { example: 'Then the logs of container "hello" contain "Hello World"' },
  ),
  then(
    'the previous logs of container {string} contain {string}',
    'kubectl logs --previous (the instance before the current one) contains this text.',
    (w, c: string, text: string) => {
      const { text: log, pod } = logsOf(w, c, true);
      if (!log.includes(text)) w.fail(`the previous logs of container ${quote(c)} to contain ${quote(text)}`, excerpt(log), pod);
    },
    { example: 'Then the previous logs of container "container2" contain "container2:"' },
  ),
  then(
    'the termination message of container {string} contains {string}',
    'The termination message of the last termination (state or lastState) contains this text.',
    (w, c: string, text: string) => {
      const v = containerView(w, c);
      const msg = v.handle.terminationMessage(c);
      if (msg === undefined || !msg.includes(text)) w.fail(`the termination message of container ${quote(c)} to contain ${quote(text)}`, msg === undefined ? 'no termination message' : quote(msg), v.lp.name);
    },
    { example: 'Then the termination message of container "messager" contains "I was going to die"' },
  ),
  then(
    'the environment of container {string} contains {string}',
    'NAME=value: the variable has exactly this value; NAME alone: the variable is set.',
    (w, c: string, entry: string) => {
      const v = containerView(w, c);
      const env = v.handle.env(c);
      const eq = entry.indexOf('=');
      const name = eq < 0 ? entry : entry.slice(0, eq);
      const value = eq < 0 ? undefined : entry.slice(eq + 1);
      const found = env[name];
      if (found === undefined || (value !== undefined && found !== value)) {
        w.fail(`the environment of container ${quote(c)} to contain ${quote(entry)}`, found === undefined ? `${name} is not set` : `${name}=${found}`, v.lp.name);
      }
    },
    { example: 'Then the environment of container "test-containers" contains "MY_POD_NAME=downwardapi-env"' },
  ),
  then(
    'an event {string} is recorded',
    'An event with this reason was recorded for the pod (Scheduled, Pulled, Started, Killing, Unhealthy, BackOff, …).',
    (w, reason: string) => {
      const h = w.handle();
      if (!h.events().some((e) => e.reason === reason)) w.fail(`an event ${quote(reason)}`, 'none recorded');
    },
    { example: 'Then an event "BackOff" is recorded' },
  ),
  then(
    'an event {string} with message containing {string} is recorded',
    'An event with this reason whose message contains this text was recorded for the pod.',
    (w, reason: string, text: string) => {
      const h = w.handle();
      const same = h.events().filter((e) => e.reason === reason);
      if (!same.some((e) => e.message.includes(text))) {
        w.fail(`an event ${quote(reason)} with message containing ${quote(text)}`, same.length ? same.map((e) => quote(e.message)).join('; ') : `no ${reason} event`);
      }
    },
    { example: 'Then an event "Unhealthy" with message containing "Liveness probe failed" is recorded' },
  ),
  then(
    'no event {string} is recorded',
    'No event with this reason was recorded for the pod.',
    (w, reason: string) => {
      const h = w.handle();
      const found = h.events().filter((e) => e.reason === reason);
      if (found.length) w.fail(`no event ${quote(reason)}`, found.map((e) => quote(e.message)).join('; '));
    },
    { example: 'Then no event "Killing" is recorded' },
  ),
  // Not in STEPS.md (additions are allowed): the negative of the message form.
  then(
    'no event {string} with message containing {string} is recorded',
    'No event with this reason has a message containing this text.',
    (w, reason: string, text: string) => {
      const found = w.handle().events().filter((e) => e.reason === reason && e.message.includes(text));
      if (found.length) w.fail(`no event ${quote(reason)} with message containing ${quote(text)}`, found.map((e) => quote(e.message)).join('; '));
    },
    { example: 'Then no event "Unhealthy" with message containing "Liveness" is recorded' },
  ),
  then(
    'kubectl get pods shows:',
    'The kubectl get pods rows; only the columns in the header row are compared (RESTARTS "3" ignores "(… ago)").',
    (w, table: StepTable) => podsTable(w, table),
    { argument: 'dataTable', example: 'Then kubectl get pods shows:\n  | NAME        | READY | STATUS    | RESTARTS |\n  | hello-world | 0/1   | Completed | 0        |' },
  ),
];
