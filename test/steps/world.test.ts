/**
 * The World and the step functions in-process (no Cucumber runner): STEPS.md "The world a
 * scenario starts in" — implicit creation at time 0, rejection with the API server's message,
 * path resolution, "the pod" = last loaded, behaviour merging — and the helpers' parsing.
 */
import path from 'node:path';
import t from 'tap';
import { ALL_STEPS } from '../../src/steps/all.js';
import { StepFailure } from '../../src/steps/failure.js';
import { parseLabels, parseTaint } from '../../src/steps/helpers.js';
import { durationParameter } from '../../src/steps/params.js';
import { podFor } from '../../src/steps/load.js';
import { mergeBehaviour, PodWorld } from '../../src/steps/world.js';
import { expression, registry, ROOT } from './gherkin.js';

/** apimachinery util/rand's alphabet (no vowels, no confusables). */
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

function world(featureUri = 'features/x.feature'): PodWorld {
  const w = new PodWorld({ attach: () => undefined, log: () => undefined, link: () => undefined, parameters: { cwd: ROOT } } as never);
  w.startScenario(featureUri, []);
  return w;
}

/** Run one step by its text, as Cucumber would. */
async function step(w: PodWorld, text: string, arg?: string): Promise<void> {
  const r = registry();
  for (const s of ALL_STEPS) {
    const m = expression(s.expression, r).match(text);
    if (m === null) continue;
    const args = m.map((a) => a.getValue(null) as never);
    if (arg !== undefined) args.push(arg as never);
    await s.run(w, ...args);
    return;
  }
  throw new Error(`undefined step: ${text}`);
}

const HELLO = `apiVersion: v1
kind: Pod
metadata:
  name: hello-world
spec:
  restartPolicy: OnFailure
  containers:
  - name: hello
    image: "ubuntu:14.04"
    command: ["/bin/echo","Hello","World"]
`;

t.test('the default world: node-1, time 0, nothing created', async (t) => {
  const w = world();
  t.equal(w.now, 0);
  t.same(w.cluster.nodeNames(), ['node-1']);
  await step(w, 'the manifest:', HELLO);
  t.equal(w.pods.length, 1);
  t.equal(w.pods[0]?.submitted, false, 'Given does not create the pod');
  await step(w, 'the pod phase is "Succeeded"');
  t.equal(w.now, 0, 'the first Then created the pod at time 0 without moving time');
  t.equal(w.pods[0]?.submitted, true);
});

t.test('creating with nothing loaded says what to do', async (t) => {
  await t.rejects(step(world(), 'the pod is created'), /No pod has been loaded: start the scenario with Given the manifest/);
  await t.rejects(step(world(), 'the pod phase is "Running"'), /No pod has been loaded/);
});

t.test('two pods with the same name: the second is refused as the API server would', async (t) => {
  const w = world();
  w.startScenario('features/x.feature', ['the pod is rejected with "already exists"']);
  await step(w, 'the manifest:', HELLO);
  await step(w, 'the manifest:', HELLO);
  await step(w, 'the pod is created');
  await step(w, 'the pod is rejected with "pods \\"hello-world\\" already exists"');
  t.equal(w.pods[0]?.rejection, undefined, 'the first one was created');
});

t.test('declaring a node replaces node-1', async (t) => {
  const w = world();
  await step(w, 'a node "k8s-node01" with labels "env=test"');
  t.same(w.cluster.nodeNames(), ['k8s-node01']);
  await step(w, 'node "k8s-node01" has the taint "dedicated=gpu:NoSchedule"');
  await step(w, 'a node "k8s-node02" with 2 CPUs and "2Gi" of memory');
  t.same(w.cluster.nodeNames(), ['k8s-node01', 'k8s-node02']);
});

t.test('manifest paths: the feature folder first, then the working directory', (t) => {
  const w = world('examples/pods/hello-world.feature');
  t.equal(w.resolvePath('hello-world.yaml'), path.join(ROOT, 'examples/pods/hello-world.yaml'));
  t.equal(w.resolvePath('features/manifests/app.yaml'), path.join(ROOT, 'features/manifests/app.yaml'));
  t.throws(() => w.resolvePath('nope.yaml'), /Manifest "nope.yaml" not found/);
  t.end();
});

t.test('an invalid pod: rejected with the API server message; later steps fail with it', async (t) => {
  const w = world();
  await step(w, 'the manifest:', HELLO.replace('OnFailure', 'Mybe'));
  const message = 'The Pod "hello-world" is invalid: spec.restartPolicy: Unsupported value: "Mybe": supported values: "Always", "OnFailure", "Never"';
  await t.rejects(step(w, 'the pod is created'), { message }, 'When the pod is created fails when the scenario does not assert the rejection');
  await t.rejects(step(w, 'the pod phase is "Running"'), { message });
  await step(w, `the pod is rejected with "spec.restartPolicy: Unsupported value"`);
  await t.rejects(step(w, 'the pod is accepted'), StepFailure);

  const asserting = world();
  asserting.startScenario('features/x.feature', ['the pod is rejected with "Mybe"']);
  await step(asserting, 'the manifest:', HELLO.replace('OnFailure', 'Mybe'));
  await step(asserting, 'the pod is created');
  t.pass('with the rejection asserted, creating does not fail');
});

t.test('a failure carries expected, found, time, the kubectl row and events', async (t) => {
  const w = world();
  await step(w, 'the manifest:', HELLO);
  await step(w, '1 minute passes');
  try {
    await step(w, 'the pod phase is "Running"');
    t.fail('should have failed');
  } catch (e) {
    t.ok(e instanceof StepFailure);
    const f = e as StepFailure;
    t.equal(f.expected, 'the pod phase to be "Running"');
    t.equal(f.found, '"Succeeded"');
    t.equal(f.virtualTimeMs, 60_000);
    t.match(f.message, 'At virtual time 1m');
    t.match(f.message, /hello-world\s+0\/1\s+Completed\s+0\s+60s/);
    t.match(f.message, /t=0s\s+Normal\s+Scheduled/);
  }
});

t.test('"the pod" is the last loaded; pod {string} picks by pod or workload name', async (t) => {
  const w = world('features/manifests.feature');
  await step(w, 'the pod "sleeper" from "manifests/several.yaml"');
  await step(w, 'the pod "api" from "manifests/several.yaml"');
  t.equal(w.loaded().workload?.name, 'api');
  t.match(w.loaded().name, new RegExp(`^api-[${SAFE}]+-[${SAFE}]{5}$`));
  t.equal(w.loaded('sleeper').name, 'sleeper');
  t.equal(w.loaded('api'), w.loaded());
  t.throws(() => w.loaded('nope'), /No pod named "nope" was loaded/);
  await t.rejects(step(w, 'the pod "nope" from "manifests/several.yaml"'), /No pod or workload named "nope"/);
});

t.test('behaviours added by later Given steps merge', (t) => {
  const m = mergeBehaviour(
    { hooks: { preStop: { takesMs: 10_000 } }, probes: { liveness: [{ result: 'fail', fromMs: 0 }] } },
    { hooks: { preStop: { fails: true } }, probes: { liveness: [{ result: 'succeed', fromMs: 30_000 }] }, ignoreSigterm: true },
  );
  t.same(m, {
    hooks: { preStop: { takesMs: 10_000, fails: true } },
    probes: { liveness: [{ result: 'fail', fromMs: 0 }, { result: 'succeed', fromMs: 30_000 }] },
    ignoreSigterm: true,
  });
  t.end();
});

t.test('argument parsing', (t) => {
  t.same(parseTaint('dedicated=gpu:NoSchedule'), { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' });
  t.same(parseTaint('dedicated:NoExecute'), { key: 'dedicated', effect: 'NoExecute' });
  t.throws(() => parseTaint('dedicated=gpu'), /not key\[=value\]:Effect/);
  t.same(parseLabels('env=test,zone=a'), { env: 'test', zone: 'a' });
  t.same(parseLabels(' env = test '), { env: 'test' });
  t.throws(() => parseLabels('env'), /not key=value/);
  t.equal(durationParameter.transformer('1m30s'), 90_000);
  t.equal(durationParameter.transformer('2 minutes'), 120_000);
  t.throws(() => durationParameter.transformer('soon'), /not a duration/);
  t.end();
});

t.test('workload pods: the pod the controller would create, named deterministically', (t) => {
  const dep = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } } };
  const p1 = podFor(dep);
  t.equal(p1?.metadata?.name, podFor(dep)?.metadata?.name, 'deterministic');
  // pkg/controller/deployment: ReplicaSet <deployment>-<pod-template-hash>, pod <replicaset>-<5>
  const hash = p1?.metadata?.labels?.['pod-template-hash'] ?? '';
  t.match(p1?.metadata?.name, new RegExp(`^web-${hash}-[${SAFE}]{5}$`));
  t.equal(p1?.metadata?.labels?.['app'], 'web', 'template labels kept');

  const job = podFor({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi' }, spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'busybox' }] } } } });
  t.equal(job?.metadata?.labels?.['job-name'], 'pi');
  t.equal(job?.metadata?.labels?.['batch.kubernetes.io/job-name'], 'pi');
  t.match(job?.metadata?.name, new RegExp(`^pi-[${SAFE}]{5}$`));

  const sts = podFor({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' }, spec: { serviceName: 'db', template: { spec: { containers: [{ name: 'c', image: 'postgres' }] } } } });
  t.equal(sts?.metadata?.name, 'db-0');

  const pod = podFor({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [] }, status: { phase: 'Running' } });
  t.equal(pod?.status, undefined, 'a Pod manifest is created without its status');
  t.end();
});
