/**
 * Invariants of the emulator (fast-check): determinism, monotone restart counts, sticky terminal
 * phases (generateAPIPodStatus "Pod attempted illegal phase transition"), init containers before
 * app containers (computeInitContainerActions), and a clock that never goes back.
 */
import t from 'tap';
import fc from 'fast-check';
import { createCluster, type ContainerBehaviour } from '../../src/emulator/index.js';
import type { Container, Pod } from '../../src/model/k8s.js';

interface Scenario {
  pod: Pod;
  behaviours: Record<string, ContainerBehaviour>;
  steps: ({ kind: 'advance'; ms: number } | { kind: 'delete'; grace: number } | { kind: 'exit'; container: string; code: number } | { kind: 'oom'; container: string })[];
}

const behaviourArb = fc.oneof(
  fc.record({ exit: fc.record({ code: fc.integer({ min: 0, max: 3 }), afterMs: fc.integer({ min: 0, max: 20 }).map((s) => s * 1000) }) }),
  fc.constant<ContainerBehaviour>({ runUntilStopped: true }),
  fc.constant<ContainerBehaviour>({ runUntilStopped: true, ignoreSigterm: true }),
  fc.record({ runUntilStopped: fc.constant(true), healthyAfterMs: fc.integer({ min: 0, max: 30 }).map((s) => s * 1000) }),
);

const probeArb = fc.option(
  fc.record({
    tcpSocket: fc.constant({ port: 8080 }),
    periodSeconds: fc.integer({ min: 1, max: 10 }),
    failureThreshold: fc.integer({ min: 1, max: 3 }),
    initialDelaySeconds: fc.integer({ min: 0, max: 5 }),
  }),
  { nil: undefined },
);

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    policy: fc.constantFrom('Always', 'OnFailure', 'Never'),
    nInit: fc.integer({ min: 0, max: 2 }),
    nApp: fc.integer({ min: 1, max: 2 }),
    sidecar: fc.boolean(),
    behaviours: fc.array(behaviourArb, { minLength: 5, maxLength: 5 }),
    liveness: probeArb,
    readiness: probeArb,
    deadline: fc.option(fc.integer({ min: 5, max: 120 }), { nil: undefined }),
    steps: fc.array(
      fc.oneof(
        { weight: 5, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 90_000 }) }) },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), grace: fc.integer({ min: 0, max: 40 }) }) },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant('exit' as const), container: fc.constantFrom('app0', 'app1'), code: fc.integer({ min: 0, max: 2 }) }) },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant('oom' as const), container: fc.constantFrom('app0', 'app1') }) },
      ),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map((r) => {
    const behaviours: Record<string, ContainerBehaviour> = {};
    const init: Container[] = [];
    for (let i = 0; i < r.nInit; i++) {
      init.push({ name: `init${i}`, image: 'busybox:1.36' });
      behaviours[`init${i}`] = { exit: { code: 0, afterMs: (i + 1) * 2000 } };
    }
    if (r.sidecar) {
      init.push({ name: 'side', image: 'envoy:1', restartPolicy: 'Always' });
      behaviours['side'] = { runUntilStopped: true };
    }
    const apps: Container[] = [];
    for (let i = 0; i < r.nApp; i++) {
      const c: Container = { name: `app${i}`, image: 'app:1', ports: [{ containerPort: 8080 }] };
      if (r.liveness) c.livenessProbe = { ...r.liveness };
      if (r.readiness) c.readinessProbe = { ...r.readiness };
      apps.push(c);
      behaviours[`app${i}`] = r.behaviours[i] as ContainerBehaviour;
    }
    const spec: Pod['spec'] = { restartPolicy: r.policy, containers: apps, initContainers: init };
    if (r.deadline !== undefined) spec.activeDeadlineSeconds = r.deadline;
    return { pod: { metadata: { name: 'prop' }, spec }, behaviours, steps: r.steps };
  });

function run(s: Scenario) {
  const c = createCluster();
  const h = c.createPod(s.pod, { behaviours: s.behaviours });
  const times: number[] = [c.now()];
  for (const step of s.steps) {
    try {
      if (step.kind === 'advance') c.advance(step.ms);
      else if (step.kind === 'delete') h.delete({ gracePeriodSeconds: step.grace });
      else if (step.kind === 'exit') h.exitNow(step.container, step.code);
      else h.oomKill(step.container);
    } catch {
      // "container is not running": the step does not apply now
    }
    times.push(c.now());
  }
  return { history: h.history(), occurrences: c.occurrences(), times, row: h.row() };
}

t.test('same input → same output (no wall clock, no randomness)', async (t) => {
  fc.assert(
    fc.property(scenarioArb, (s) => {
      const a = run(s);
      const b = run(s);
      return JSON.stringify(a) === JSON.stringify(b);
    }),
    { numRuns: 60 },
  );
  t.pass();
});

t.test('restart counts never decrease; a terminal phase never changes; time never goes back', async (t) => {
  fc.assert(
    fc.property(scenarioArb, (s) => {
      const { history, occurrences, times } = run(s);
      for (let i = 1; i < times.length; i++) if ((times[i] as number) < (times[i - 1] as number)) return false;
      for (let i = 1; i < history.length; i++) if (history[i]!.time < history[i - 1]!.time) return false;
      for (let i = 1; i < occurrences.length; i++) if (occurrences[i]!.time < occurrences[i - 1]!.time) return false;
      const last = new Map<string, number>();
      let terminal: string | undefined;
      for (const snap of history) {
        const phase = snap.status.phase ?? 'Pending';
        if (terminal !== undefined && phase !== terminal) return false;
        if (phase === 'Succeeded' || phase === 'Failed') terminal = phase;
        for (const cs of [...(snap.status.initContainerStatuses ?? []), ...(snap.status.containerStatuses ?? [])]) {
          if (cs.restartCount < (last.get(cs.name) ?? 0)) return false;
          last.set(cs.name, cs.restartCount);
        }
      }
      return true;
    }),
    { numRuns: 150 },
  );
  t.pass();
});

t.test('no app container starts before every regular init container has exited 0', async (t) => {
  fc.assert(
    fc.property(scenarioArb, (s) => {
      const { occurrences } = run(s);
      const inits = (s.pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy !== 'Always').map((c) => c.name);
      const firstApp = occurrences.findIndex((o) => o.reason === 'Started' && o.container?.startsWith('app'));
      if (firstApp < 0) return true;
      const before = occurrences.slice(0, firstApp);
      return inits.every((n) => before.some((o) => o.reason === 'Started' && o.container === n));
    }),
    { numRuns: 150 },
  );
  // and by status: whenever an app container is not waiting, every regular init container terminated with 0
  fc.assert(
    fc.property(scenarioArb, (s) => {
      const { history } = run(s);
      for (const snap of history) {
        const appStarted = (snap.status.containerStatuses ?? []).some((c) => !c.state?.waiting);
        if (!appStarted) continue;
        for (const ic of snap.status.initContainerStatuses ?? []) {
          if (ic.name === 'side') continue;
          if (ic.state?.terminated?.exitCode !== 0) return false;
        }
      }
      return true;
    }),
    { numRuns: 100 },
  );
  t.pass();
});
