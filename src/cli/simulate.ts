import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatContainers, formatEvents, formatWatch, parseDuration, renderTimelineHtml, renderTimelineSvg, simulateFile } from '../api/index.js';
import { EXIT, UsageError, type CliIO } from './io.js';

export const SIMULATE_HELP = `Usage: podproof simulate <manifest> [options]

Runs the pods of a manifest (a Pod, or a workload's pod) in the kubelet emulator, on a virtual
clock, and prints what 'kubectl get pods -w' and 'kubectl describe pod' would have shown.

Options:
      --for <duration>       how much virtual time to run (default 5m): 30s, 2m, 1h, 1m30s
      --pod <name>           only this pod
      --until <condition>    stop early: phase=Running, status=CrashLoopBackOff, ready, restarts>=3
      --events <reasons>     only these event reasons (comma-separated: BackOff,Killing)
      --output json          print status snapshots at every change as JSON instead
      --timeline <file>      also draw the timeline: out.svg, or out.html (interactive)
  -h, --help                 show this help
`;

export async function simulateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      for: { type: 'string', default: '5m' },
      pod: { type: 'string' },
      until: { type: 'string' },
      events: { type: 'string' },
      output: { type: 'string', short: 'o' },
      timeline: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(SIMULATE_HELP);
    return EXIT.ok;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new UsageError('simulate takes exactly one manifest.');
  const forMs = parseDuration(values.for);
  if (forMs === undefined) throw new UsageError(`--for takes a duration such as 30s, 5m or 1h, not "${values.for}".`);
  if (values.output !== undefined && values.output !== 'json') throw new UsageError('--output takes json.');
  let result;
  try {
    result = await simulateFile(file, {
      cwd: io.cwd,
      forMs,
      ...(values.pod ? { pod: values.pod } : {}),
      ...(values.until ? { until: values.until } : {}),
      ...(values.events ? { eventsFilter: values.events.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
    });
  } catch (e) {
    if (e instanceof Error && /unknown --until/.test(e.message)) throw new UsageError(e.message);
    throw e;
  }
  if (values.timeline) {
    const events = result.occurrences.map((o) => ({ time: o.time, type: o.type, reason: o.reason, message: o.message, pod: o.pod, ...(o.container ? { container: o.container } : {}) }));
    const opts = { endTime: result.endTime, events, title: `podproof simulate ${file}` };
    const picture = values.timeline.endsWith('.html') ? renderTimelineHtml(result.snapshots, opts) : renderTimelineSvg(result.snapshots, opts);
    await writeFile(path.resolve(io.cwd, values.timeline), picture);
  }
  if (values.output === 'json') {
    io.stdout.write(`${JSON.stringify({ endTime: result.endTime, untilReached: result.untilReached, snapshots: result.snapshots.map((s) => ({ time: s.time, pod: s.pod, phase: s.phase, row: s.row, status: s.status })), events: result.events, containers: result.containers }, null, 2)}\n`);
  } else {
    io.stdout.write(formatWatch(result.snapshots));
    io.stdout.write('\n');
    io.stdout.write(formatContainers(result.containers));
    io.stdout.write('\n');
    io.stdout.write(formatEvents(result.events, result.endTime));
  }
  if (values.until && result.untilReached === false) {
    io.stderr.write(`podproof: "${values.until}" was not reached within ${values.for}.\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
