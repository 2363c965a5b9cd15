/**
 * Scheduling onto virtual nodes — mirrors kube-scheduler's default filters and FitError text
 * (pkg/scheduler/framework/types.go@FitError.Error, preemption.go@Preempt, the NodeResourcesFit,
 * TaintToleration, NodeAffinity and NodePorts plugins).
 */
import t from 'tap';
import { createCluster, fitErrorMessage } from '../../src/emulator/index.js';
import { cond, pod, S } from './helpers.js';

const GiB = 2 ** 30;

t.test('default world: node-1 with 4 CPUs, 8Gi, label kubernetes.io/hostname (STEPS.md)', async (t) => {
  const c = createCluster();
  t.same(c.nodeNames(), ['node-1']);
  const h = c.createPod(pod('p', [{ name: 'app', image: 'nginx:1.27' }], { nodeSelector: { 'kubernetes.io/hostname': 'node-1' } }));
  t.equal(h.nodeName(), 'node-1');
  t.equal(h.events()[0]?.message, 'Successfully assigned default/p to node-1');
  t.equal(h.events()[0]?.source, 'default-scheduler');
  t.equal(cond(h.status(), 'PodScheduled')?.status, 'True');
  t.equal(h.status().hostIP, '192.168.49.2');
});

t.test('Insufficient cpu: FitError + "No preemption victims found" (resolvable) — noderesources/fit.go, preemption.go', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('big', [{ name: 'app', image: 'nginx', resources: { requests: { cpu: '8' } } }]));
  const msg = '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.';
  t.equal(cond(h.status(), 'PodScheduled')?.reason, 'Unschedulable');
  t.equal(cond(h.status(), 'PodScheduled')?.message, msg);
  const ev = h.events().find((e) => e.reason === 'FailedScheduling');
  t.equal(ev?.type, 'Warning');
  t.equal(ev?.message, msg);
  t.equal(h.row().status, 'Pending');
  t.equal(h.phase(), 'Pending');
  t.equal(h.nodeName(), undefined);
});

t.test('requests sum over pods on the node; memory and cpu both reported', async (t) => {
  const c = createCluster({ nodes: [{ name: 'small', cpu: 1, memory: 1 * GiB }] });
  c.createPod(pod('a', [{ name: 'app', image: 'nginx', resources: { requests: { cpu: '600m', memory: '600Mi' } } }]));
  const b = c.createPod(pod('b', [{ name: 'app', image: 'nginx', resources: { requests: { cpu: '600m', memory: '600Mi' } } }]));
  t.equal(cond(b.status(), 'PodScheduled')?.message, '0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.');
});

t.test('untolerated taint and node selector are unresolvable by preemption — tainttoleration, nodeaffinity', async (t) => {
  const c = createCluster({
    nodes: [
      { name: 'gpu', taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] },
      { name: 'n2', labels: { env: 'prod' } },
      { name: 'n3', labels: { env: 'prod' } },
    ],
  });
  const h = c.createPod(pod('p', [{ name: 'app', image: 'nginx' }], { nodeSelector: { env: 'test' } }));
  t.equal(
    cond(h.status(), 'PodScheduled')?.message,
    "0/3 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
  );
  // a toleration + a node that matches
  const ok = c.createPod(pod('q', [{ name: 'app', image: 'nginx' }], { tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }], nodeSelector: { 'kubernetes.io/hostname': 'gpu' } }));
  t.equal(ok.nodeName(), 'gpu');
});

t.test('labelling a node later lets a pending pod schedule (the scheduler retries on node events)', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: 'nginx:1.27' }], { nodeSelector: { env: 'test' } }));
  t.equal(h.nodeName(), undefined);
  c.upsertNode({ name: 'node-1', labels: { env: 'test' } });
  t.equal(h.nodeName(), 'node-1');
  c.advance(1 * S);
  t.equal(h.row().status, 'Running');
});

t.test('declaring a node replaces the implicit node-1 (STEPS.md)', async (t) => {
  const c = createCluster();
  c.upsertNode({ name: 'worker', labels: { zone: 'a' } });
  t.same(c.nodeNames(), ['worker']);
  c.upsertNode({ name: 'worker', cpu: 2 });
  c.upsertNode({ name: 'worker', taints: [{ key: 'k', value: 'v', effect: 'NoSchedule' }] });
  const h = c.createPod(pod('p', [{ name: 'app', image: 'nginx', resources: { requests: { cpu: '3' } } }], { tolerations: [{ operator: 'Exists' }] }));
  t.match(cond(h.status(), 'PodScheduled')?.message, /^0\/1 nodes are available: 1 Insufficient cpu\./);
});

t.test('required node affinity: In / NotIn / Exists / Gt', async (t) => {
  const c = createCluster({ nodes: [{ name: 'a', labels: { zone: 'z1', size: '4' } }, { name: 'b', labels: { zone: 'z2', size: '8' } }] });
  const mk = (name: string, exprs: { key: string; operator: string; values?: string[] }[]) =>
    c.createPod(pod(name, [{ name: 'app', image: 'nginx' }], { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: exprs }] } } } }));
  t.equal(mk('p1', [{ key: 'zone', operator: 'In', values: ['z2'] }]).nodeName(), 'b');
  t.equal(mk('p2', [{ key: 'zone', operator: 'NotIn', values: ['z2'] }]).nodeName(), 'a');
  t.equal(mk('p3', [{ key: 'size', operator: 'Gt', values: ['5'] }]).nodeName(), 'b');
  t.equal(mk('p4', [{ key: 'gpu', operator: 'Exists' }]).nodeName(), undefined);
});

t.test('hostPort conflicts (seed 000 "端口": two pods on host port 80 go to different nodes) — nodeports plugin', async (t) => {
  const c = createCluster({ nodes: [{ name: 'n1' }, { name: 'n2' }] });
  const spec = [{ name: 'nginx', image: 'nginx', ports: [{ name: 'web', containerPort: 80, protocol: 'TCP', hostIP: '0.0.0.0', hostPort: 80 }] }];
  const a = c.createPod(pod('a', spec));
  const b = c.createPod(pod('b', spec));
  t.not(a.nodeName(), b.nodeName());
  const d = c.createPod(pod('d', spec));
  t.equal(
    cond(d.status(), 'PodScheduled')?.message,
    "0/2 nodes are available: 2 node(s) didn't have free ports for the requested pod ports. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.",
  );
});

t.test('fitErrorMessage sorts the histogram as strings (sortReasonsHistogram)', async (t) => {
  t.equal(
    fitErrorMessage(3, [
      { node: 'a', reasons: ['Insufficient memory'], unresolvable: false },
      { node: 'b', reasons: ['Insufficient cpu'], unresolvable: false },
      { node: 'c', reasons: ['Insufficient cpu'], unresolvable: false },
    ]),
    '0/3 nodes are available: 1 Insufficient memory, 2 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
  );
});

t.test('a pending pod is scheduled once a finished pod frees the node (scheduler cache update on pod deletion)', async (t) => {
  const c = createCluster({ nodes: [{ name: 'n', cpu: 1 }] });
  const a = c.createPod(pod('a', [{ name: 'app', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 5'], resources: { requests: { cpu: '800m' } } }], { restartPolicy: 'Never' }));
  const b = c.createPod(pod('b', [{ name: 'app', image: 'busybox:1.36', command: ['sleep', '99'], resources: { requests: { cpu: '800m' } } }]));
  t.equal(a.nodeName(), 'n');
  t.equal(b.nodeName(), undefined);
  c.advance(5 * S);
  t.equal(a.phase(), 'Succeeded');
  t.equal(b.nodeName(), 'n');
  t.equal(b.row().status, 'Running');
});

t.test('an unschedulable pod is retried every 5 minutes (podMaxInUnschedulablePodsDuration): FailedScheduling x3 over 10m', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('big', [{ name: 'app', image: 'nginx', resources: { requests: { memory: '64Gi' } } }]));
  c.advance(10 * 60 * S);
  const ev = h.events().find((e) => e.reason === 'FailedScheduling');
  t.equal(ev?.count, 3);
  t.equal(ev?.lastTimestamp, 10 * 60 * S);
  t.match(ev?.message, /^0\/1 nodes are available: 1 Insufficient memory\./);
});
