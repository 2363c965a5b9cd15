/**
 * `simulate` on the library and its renderers: runSimulation (snapshots at each change),
 * formatWatch (kubectl get pods -w with a virtual time column), formatEvents (kubectl
 * describe's Events table, describe.go@DescribeEvents), the SVG/HTML timelines.
 */
import t from 'tap';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { formatEvents, formatWatch, runSimulation, simulate, parseUntil } from '../../src/emulator/index.js';
import { renderTimelineHtml, renderTimelineSvg, buildLanes } from '../../src/report/timeline.js';
import { fixture, S } from './helpers.js';

t.test('runSimulation + formatWatch: the on-failure pod as kubectl get pods -w would print it', async (t) => {
  const r = runSimulation(fixture('on-failure-restart-pod.yaml'), { forMs: 40 * S });
  const out = formatWatch(r.snapshots);
  const lines = out.trimEnd().split('\n');
  t.match(lines[0], /^TIME\s+NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
  t.match(lines[1], /^T\+0s\s+on-failure-restart-pod\s+0\/1\s+ContainerCreating\s+0\s+0s$/);
  t.ok(lines.some((l) => /^T\+10s\s+on-failure-restart-pod\s+0\/1\s+Error\s+2 \(10s ago\)\s+10s$/.test(l)));
  t.match(lines[lines.length - 1], /^T\+30s\s+on-failure-restart-pod\s+0\/1\s+CrashLoopBackOff\s+3 \(0s ago\)\s+30s$/);
  t.equal(r.endTime, 40 * S);
});

t.test('--until stops at the first instant the condition holds', async (t) => {
  const r = runSimulation(fixture('readiness-exec-pod.yaml'), { forMs: 5 * 60 * S, until: 'ready' });
  t.equal(r.untilReached, true);
  t.equal(r.endTime, 20 * S);
  const r2 = runSimulation(fixture('on-failure-restart-pod.yaml'), { forMs: 5 * 60 * S, until: 'status=CrashLoopBackOff' });
  t.equal(r2.endTime, 0);
  const r3 = runSimulation(fixture('hello-world-pod.yaml'), { forMs: 60 * S, until: 'phase=Running' });
  t.equal(r3.untilReached, false, 'hello-world goes Pending → Succeeded');
  t.throws(() => parseUntil('bogus'), /unknown --until condition/);
});

t.test('formatEvents: describe layout, "(xN over …)" for repeated events, events filter', async (t) => {
  const r = runSimulation(fixture('on-failure-restart-pod.yaml'), { forMs: 100 * S, eventsFilter: ['BackOff', 'Started'] });
  const out = formatEvents(r.events, r.endTime);
  const lines = out.split('\n');
  t.equal(lines[0], 'Events:');
  t.match(lines[1], /^ {2}Type {5}Reason {3}Age {17}From {5}Message$/);
  t.match(lines[2], /^ {2}---- {5}------ {3}---- {16}---- {5}-------$/);
  t.match(out, /Normal {3}Started {2}30s \(x5 over 100s\) {2}kubelet {2}Started container container/);
  t.match(out, /Warning {2}BackOff {2}30s \(x4 over 100s\) {2}kubelet {2}Back-off restarting failed container container in pod on-failure-restart-pod_default\(/);
  t.notMatch(out, /Scheduled/);
  t.equal(formatEvents([], 0), 'Events:  <none>\n');
});

t.test('simulate(): a handle over several objects; workloads become their pods; ConfigMaps become objects', async (t) => {
  const sim = simulate([
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { greeting: 'hello' } },
    {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' },
      spec: { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'echo $GREETING; sleep 999'], env: [{ name: 'GREETING', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'greeting' } } }] }] } } },
    },
  ]);
  sim.advance(1 * S);
  t.equal(sim.pods.length, 1);
  t.match(sim.pod().name, /^web-/);
  t.equal(sim.pod().logs('c'), 'hello\n');
});

t.test('timeline SVG: well-formed, one lane per container, legend, axis labels, restart and probe markers', async (t) => {
  const r = runSimulation(fixture('liveness-exec-pod.yaml'), { forMs: 10 * 60 * S });
  const svg = renderTimelineSvg(r.snapshots, { endTime: r.endTime, events: r.occurrences, title: 'liveness-exec-pod' });
  t.equal(XMLValidator.validate(svg), true);
  const doc = new XMLParser({ ignoreAttributes: false }).parse(svg) as Record<string, unknown>;
  t.ok(doc['svg']);
  t.match(svg, />liveness</);
  t.match(svg, />running and ready</);
  t.match(svg, />restart</);
  t.match(svg, />probe failure \(Unhealthy\)</);
  t.match(svg, />5m</);
  t.match(svg, /Liveness probe failed: cat: \/tmp\/health: No such file or directory/);
  const lanes = buildLanes(r.snapshots, r.endTime, r.occurrences);
  t.equal(lanes.length, 1);
  t.same(lanes[0]?.restarts, [120 * S, 240 * S, 360 * S, 480 * S, 600 * S]);
  t.equal(lanes[0]?.probeFailures.length, 15);
  t.equal(renderTimelineSvg(r.snapshots, { endTime: r.endTime, events: r.occurrences, title: 'liveness-exec-pod' }), svg, 'deterministic');
});

t.test('timeline HTML: self-contained (no external URLs), hover script, embedded data', async (t) => {
  const r = runSimulation(fixture('readiness-exec-pod.yaml'), { forMs: 2 * 60 * S });
  const html = renderTimelineHtml(r.snapshots, { endTime: r.endTime, events: r.occurrences });
  t.match(html, /^<!doctype html>/);
  t.notMatch(html, /(src|href)="https?:/);
  t.match(html, /addEventListener\('mousemove'/);
  t.match(html, /"Running, ready"/);
  t.notMatch(html.split('<script>')[1] ?? '', /<\/script>[\s\S]*<\/script>/);
});
