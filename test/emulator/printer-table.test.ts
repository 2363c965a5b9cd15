/**
 * formatPodTable: kubectl's table layout — header cells from printers.go podColumnDefinitions,
 * cells separated by tabs and aligned by text/tabwriter as configured in
 * staging/src/k8s.io/cli-runtime/pkg/printers/tabwriter.go@GetNewTabWriter (minwidth 6,
 * padding 3, pad ' ', no flags: the last cell of a line is not padded).
 * Also kubeHumanDuration against apimachinery duration.go@HumanDuration.
 */
import t from 'tap';
import fc from 'fast-check';
import { formatPodTable, podRow, type PodRow } from '../../src/emulator/printer.js';
import { podPhase } from '../../src/emulator/phase.js';
import { kubeHumanDuration } from '../../src/model/human-duration.js';
import type { ContainerStatus, Pod } from '../../src/model/k8s.js';

const row = (name: string, ready: string, status: string, restarts: string, age: string): PodRow => ({
  name,
  ready,
  status,
  restarts,
  age,
  ip: '<none>',
  node: '<none>',
  nominatedNode: '<none>',
  readinessGates: '<none>',
});

t.test('default columns, widths = max(cell) + 3, last column unpadded', (t) => {
  const out = formatPodTable([row('web-0', '1/1', 'Running', '0', '5m'), row('job-abcde', '0/1', 'Completed', '0', '10m')]);
  t.equal(
    out,
    'NAME        READY   STATUS      RESTARTS   AGE\n' +
      'web-0       1/1     Running     0          5m\n' +
      'job-abcde   0/1     Completed   0          10m\n',
  );
  t.end();
});

t.test('wide adds IP, NODE, NOMINATED NODE, READINESS GATES', (t) => {
  const r = { ...row('a', '1/1', 'Running', '0', '1s'), ip: '10.1.2.3', node: 'node-1' };
  const out = formatPodTable([r], { wide: true });
  t.equal(
    out,
    'NAME   READY   STATUS    RESTARTS   AGE   IP         NODE     NOMINATED NODE   READINESS GATES\n' +
      'a      1/1     Running   0          1s    10.1.2.3   node-1   <none>           <none>\n',
  );
  t.end();
});

t.test('columns picks headers in order; tabwriter minwidth 6 applies to narrow columns', (t) => {
  const r = { ...row('p', '0/1', 'Pending', '0', '1s'), ip: 'x' };
  t.equal(formatPodTable([r], { columns: ['ip', 'NAME'] }), 'IP    NAME\nx     p\n');
  t.equal(formatPodTable([r], { columns: ['status'] }), 'STATUS\nPending\n');
  t.end();
});

t.test('no rows print nothing (kubectl sends "No resources found" to stderr)', (t) => {
  t.equal(formatPodTable([]), '');
  t.end();
});

t.test('widths count characters (runes), not bytes', (t) => {
  const out = formatPodTable([row('ü', '1/1', 'Running', '0', '1s')], { columns: ['NAME', 'AGE'] });
  t.equal(out, 'NAME   AGE\nü      1s\n');
  t.end();
});

t.test('kubeHumanDuration mirrors HumanDuration, including Go truncation toward zero for negatives', (t) => {
  const cases: [number, string][] = [
    [-3000, '<invalid>'],
    [-2000, '<invalid>'],
    [-1500, '0s'], // int(-1.5) == -1 in Go: "0s"
    [-1000, '0s'],
    [-1, '0s'],
    [0, '0s'],
    [999, '0s'],
    [119_999, '119s'],
    [120_000, '2m'],
    [125_000, '2m5s'],
    [599_000, '9m59s'],
    [600_000, '10m'],
    [179 * 60_000, '179m'],
    [3 * 3_600_000, '3h'],
    [7 * 3_600_000 + 59 * 60_000, '7h59m'],
    [47 * 3_600_000, '47h'],
    [48 * 3_600_000, '2d'],
    [7 * 86_400_000 + 23 * 3_600_000, '7d23h'],
    [8 * 86_400_000, '8d'],
    [729 * 86_400_000, '729d'],
    [730 * 86_400_000, '2y'],
    [731 * 86_400_000, '2y1d'],
    [8 * 365 * 86_400_000, '8y'],
  ];
  for (const [ms, want] of cases) t.equal(kubeHumanDuration(ms), want, `${ms} ms`);
  t.end();
});

// Property tests. Arbitrary JSON anywhere in spec/status must never throw (Go would refuse to
// decode some of it; the emulator must still answer). On well-formed pods (one status per
// container, unique names), READY's numerator never exceeds its denominator.
const anyPod = fc.record({
  metadata: fc.oneof(fc.jsonValue(), fc.record({ name: fc.string(), deletionTimestamp: fc.oneof(fc.string(), fc.constant('2024-01-01T00:00:00Z')) })),
  spec: fc.oneof(
    fc.jsonValue(),
    fc.record({ containers: fc.array(fc.jsonValue()), initContainers: fc.array(fc.jsonValue()), readinessGates: fc.jsonValue() }),
  ),
  status: fc.oneof(
    fc.jsonValue(),
    fc.record({
      phase: fc.jsonValue(),
      reason: fc.jsonValue(),
      conditions: fc.array(fc.jsonValue()),
      containerStatuses: fc.array(fc.jsonValue()),
      initContainerStatuses: fc.array(fc.jsonValue()),
      podIPs: fc.jsonValue(),
    }),
  ),
});

t.test('podRow and podPhase never throw on arbitrary JSON', (t) => {
  fc.assert(
    fc.property(anyPod, fc.integer({ min: 0, max: 2_000_000_000_000 }), (p, now) => {
      const pod = p as unknown as Pod;
      const r = podRow(pod, now);
      formatPodTable([r], { wide: true });
      podPhase(pod);
      podPhase(pod, { featureGates: { ContainerRestartRules: true, RestartAllContainersOnContainerExits: true } });
      return typeof r.status === 'string';
    }),
    { numRuns: 500 },
  );
  t.pass('no throw');
  t.end();
});

const state = fc.oneof(
  fc.constant({}),
  fc.record({ running: fc.constant({}) }),
  fc.record({ waiting: fc.record({ reason: fc.constantFrom('', 'CrashLoopBackOff', 'PodInitializing', 'ErrImagePull') }) }),
  fc.record({
    terminated: fc.record({
      exitCode: fc.integer({ min: -1, max: 255 }),
      signal: fc.constantFrom(0, 9, 15),
      reason: fc.constantFrom('', 'Completed', 'Error', 'OOMKilled'),
    }),
  }),
);
const status = fc.record({
  ready: fc.boolean(),
  started: fc.boolean(),
  restartCount: fc.nat(50),
  state,
  lastState: fc.oneof(fc.constant({}), fc.record({ terminated: fc.record({ exitCode: fc.integer({ min: 0, max: 2 }), finishedAt: fc.constant('2024-01-01T11:59:00Z') }) })),
});
const wellFormed = fc
  .record({
    init: fc.array(fc.record({ sidecar: fc.boolean(), s: fc.option(status) }), { maxLength: 4 }),
    regular: fc.array(fc.option(status), { minLength: 1, maxLength: 4 }),
    phase: fc.constantFrom('Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'),
    initialized: fc.boolean(),
    deleting: fc.boolean(),
  })
  .map(({ init, regular, phase, initialized, deleting }): Pod => {
    const withName = (name: string, s: Pick<ContainerStatus, 'ready' | 'restartCount' | 'started' | 'state' | 'lastState'>): ContainerStatus => ({
      name,
      image: 'i',
      imageID: '',
      ...s,
    });
    return {
      metadata: { name: 'p', ...(deleting ? { deletionTimestamp: '2024-01-01T11:59:30Z' } : {}) },
      spec: {
        initContainers: init.map((c, i) => ({ name: `i${i}`, ...(c.sidecar ? { restartPolicy: 'Always' } : {}) })),
        containers: regular.map((_, i) => ({ name: `c${i}` })),
      },
      status: {
        phase,
        conditions: [{ type: 'Initialized', status: initialized ? 'True' : 'False' }],
        initContainerStatuses: init.flatMap((c, i) => (c.s === null ? [] : [withName(`i${i}`, c.s)])),
        containerStatuses: regular.flatMap((s, i) => (s === null ? [] : [withName(`c${i}`, s)])),
      },
    };
  });

t.test("READY's numerator never exceeds its denominator on well-formed pods", (t) => {
  fc.assert(
    fc.property(wellFormed, (pod) => {
      const [num, den] = podRow(pod, Date.parse('2024-01-01T12:00:00Z')).ready.split('/').map(Number);
      return num !== undefined && den !== undefined && num >= 0 && num <= den;
    }),
    { numRuns: 1000 },
  );
  t.pass('holds');
  t.end();
});
