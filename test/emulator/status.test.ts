/**
 * Status, events, logs, termination messages, Downward API and config volumes.
 * - kubelet_pods.go@generateAPIPodStatus, @convertToAPIContainerStatuses; status/generate.go
 * - client-go tools/record events_cache.go (EventCorrelator: identical events → count++)
 * - kuberuntime_container.go@getTerminationMessage, status_manager.go@normalizeStatus (12 KiB)
 * - kubelet_pods.go@makeEnvironmentVariables, pkg/fieldpath, pkg/volume/downwardapi, configmap
 */
import t from 'tap';
import { createCluster, podFromTemplate } from '../../src/emulator/index.js';
import { cond, cstatus, pod, S } from './helpers.js';

const bb = 'busybox:1.36';

t.test('A18: conditions in kubelet order with transition times; phase Running; container ready', async (t) => {
  const c = createCluster();
  c.advance(3 * S);
  const h = c.createPod(pod('x', [{ name: 'app', image: bb, command: ['sh', '-c', 'sleep 5; exit 1'] }]));
  c.advance(2 * S);
  const st = h.status();
  t.same(st.conditions?.map((x) => x.type), ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled']);
  t.ok(st.conditions?.every((x) => x.status === 'True' && x.lastTransitionTime === '2025-01-01T00:00:03Z'));
  t.equal(st.qosClass, 'BestEffort');
  c.advance(3 * S); // exit at 8 s (5 s after its start at 3 s), restarted at once
  t.equal(cond(h.status(), 'Ready')?.status, 'True', 'first restart is immediate');
  c.advance(5 * S); // second exit at 13 s → CrashLoopBackOff
  const st2 = h.status();
  t.equal(cond(st2, 'Ready')?.status, 'False');
  t.equal(cond(st2, 'Ready')?.reason, 'ContainersNotReady');
  t.equal(cond(st2, 'Ready')?.lastTransitionTime, '2025-01-01T00:00:13Z');
  t.equal(cond(st2, 'PodScheduled')?.lastTransitionTime, '2025-01-01T00:00:03Z', 'unchanged conditions keep their time');
  t.equal(st2.phase, 'Running');
  t.equal(h.row().status, 'CrashLoopBackOff');
  t.equal(h.row().restarts, '1 (0s ago)');
});

t.test('container statuses are sorted by name; init statuses keep spec order (SortedContainerStatuses)', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'zeta', image: bb, command: ['sleep', '99'] }, { name: 'alpha', image: bb, command: ['sleep', '99'] }], {
    initContainers: [{ name: 'b-init', image: bb, command: ['true'] }, { name: 'a-init', image: bb, command: ['true'] }],
  }));
  c.advance(1 * S);
  t.same(h.status().containerStatuses?.map((x) => x.name), ['alpha', 'zeta']);
  t.same(h.status().initContainerStatuses?.map((x) => x.name), ['b-init', 'a-init']);
});

t.test('events: identical events aggregate (count, first/last timestamp); sources', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: bb, command: ['sh', '-c', 'exit 1'] }]));
  c.advance(100 * S);
  const started = h.events().find((e) => e.reason === 'Started');
  t.equal(started?.message, 'Started container app');
  t.equal(started?.count, 5);
  t.equal(started?.firstTimestamp, 0);
  t.equal(started?.lastTimestamp, 70 * S);
  t.equal(started?.fieldPath, 'spec.containers{app}');
  t.equal(h.events().find((e) => e.reason === 'Created')?.message, 'Created container: app');
  t.match(h.events().find((e) => e.reason === 'BackOff')?.message, /^Back-off restarting failed container app in pod p_default\(/);
});

t.test('termination message: File tail 4096 bytes; FallbackToLogsOnError uses the log tail only on error', async (t) => {
  const c = createCluster();
  const big = c.createPod(pod('big', [{ name: 'app', image: bb, command: ['sh', '-c', 'i=0; while [ $i -lt 600 ]; do printf "0123456789" >> /dev/termination-log; i=$((i+1)); done; exit 1'] }], { restartPolicy: 'Never' }));
  const fb = c.createPod(pod('fb', [{ name: 'app', image: bb, terminationMessagePolicy: 'FallbackToLogsOnError', command: ['sh', '-c', 'echo first; echo boom; exit 2'] }], { restartPolicy: 'Never' }));
  const ok = c.createPod(pod('ok', [{ name: 'app', image: bb, terminationMessagePolicy: 'FallbackToLogsOnError', command: ['sh', '-c', 'echo fine'] }], { restartPolicy: 'Never' }));
  const path = c.createPod(pod('path', [{ name: 'app', image: bb, terminationMessagePath: '/tmp/why', command: ['sh', '-c', 'echo custom > /tmp/why; exit 1'] }], { restartPolicy: 'Never' }));
  c.advance(1 * S);
  t.equal(big.terminationMessage('app')?.length, 4096);
  t.equal(fb.terminationMessage('app'), 'first\nboom\n');
  t.equal(ok.terminationMessage('app'), undefined);
  t.equal(path.terminationMessage('app'), 'custom\n');
});

t.test('logs: current and previous instance; errors like the kubelet', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: bb, command: ['sh', '-c', 'echo run at $(date +%s); sleep 10; exit 1'] }]));
  c.advance(1 * S);
  t.match(h.logs('app'), /^run at \d+\n$/);
  t.throws(() => h.logs('app', { previous: true }), /previous terminated container "app" in pod "p" not found/);
  c.advance(10 * S);
  t.not(h.logs('app'), h.logs('app', { previous: true }), 'previous = the instance before the running one');
  c.imageMissing('nope:1');
  const w = c.createPod(pod('w', [{ name: 'app', image: 'nope:1' }]), {});
  t.throws(() => w.logs('app'), /is waiting to start/);
});

t.test('Downward API env: resourceFieldRef with divisor, limits default to node allocatable, $(VAR) expansion', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{
    name: 'app', image: bb, command: ['sleep', '999'],
    resources: { requests: { cpu: '250m', memory: '64Mi' }, limits: { memory: '128Mi' } },
    env: [
      { name: 'CPU_REQ_M', valueFrom: { resourceFieldRef: { resource: 'requests.cpu', divisor: '1m' } } },
      { name: 'CPU_REQ', valueFrom: { resourceFieldRef: { resource: 'requests.cpu' } } },
      { name: 'CPU_LIM', valueFrom: { resourceFieldRef: { resource: 'limits.cpu' } } },
      { name: 'MEM_LIM_MI', valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } } },
      { name: 'NODE', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
      { name: 'HOST_IP', valueFrom: { fieldRef: { fieldPath: 'status.hostIP' } } },
      { name: 'LBL', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
      { name: 'GREETING', value: 'hi $(NODE) $(UNDEFINED) $$(NODE)' },
    ],
  }]));
  c.advance(1 * S);
  const env = h.env('app');
  t.equal(env['CPU_REQ_M'], '250');
  t.equal(env['CPU_REQ'], '1', 'ceil(250m / 1)');
  t.equal(env['CPU_LIM'], '4', 'no limit → node allocatable (4 CPUs)');
  t.equal(env['MEM_LIM_MI'], '128');
  t.equal(env['NODE'], 'node-1');
  t.equal(env['HOST_IP'], '192.168.49.2');
  t.equal(env['GREETING'], 'hi node-1 $(UNDEFINED) $(NODE)');
  t.equal(h.status().qosClass, 'Burstable');
});

t.test('configMap/secret volumes: files from loaded objects; unknown objects → empty placeholders; downwardAPI files', async (t) => {
  const c = createCluster({
    objects: [
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { 'app.conf': 'port=8080\n' } },
      { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'sec' }, data: { password: Buffer.from('s3cr3t').toString('base64') } },
    ],
  });
  const h = c.createPod({
    metadata: { name: 'vols', labels: { app: 'web', tier: 'fe' } },
    spec: {
      containers: [{
        name: 'app', image: bb, command: ['sleep', '999'],
        env: [{ name: 'PORT_FROM_CM', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'app.conf' } } }],
        volumeMounts: [
          { name: 'cfg', mountPath: '/etc/cfg' },
          { name: 'sec', mountPath: '/etc/sec' },
          { name: 'unknown', mountPath: '/etc/unknown' },
          { name: 'info', mountPath: '/etc/info' },
        ],
      }],
      volumes: [
        { name: 'cfg', configMap: { name: 'cfg' } },
        { name: 'sec', secret: { secretName: 'sec' } },
        { name: 'unknown', configMap: { name: 'not-loaded', items: [{ key: 'k', path: 'settings.yaml' }] } },
        { name: 'info', downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }, { path: 'name', fieldRef: { fieldPath: 'metadata.name' } }] } },
      ],
    },
  });
  c.advance(1 * S);
  t.equal(h.readFile('app', '/etc/cfg/app.conf'), 'port=8080\n');
  t.equal(h.readFile('app', '/etc/sec/password'), 's3cr3t');
  t.equal(h.readFile('app', '/etc/unknown/settings.yaml'), '');
  t.equal(h.readFile('app', '/etc/info/labels'), 'app="web"\ntier="fe"');
  t.equal(h.readFile('app', '/etc/info/name'), 'vols');
  t.equal(h.readFile('app', '/var/run/secrets/kubernetes.io/serviceaccount/namespace'), 'default');
  t.equal(h.env('app')['PORT_FROM_CM'], 'port=8080\n');
});

t.test('strict references: a missing ConfigMap is CreateContainerConfigError, retried', async (t) => {
  const c = createCluster({ strictReferences: true });
  const h = c.createPod(pod('p', [{ name: 'app', image: bb, command: ['sleep', '9'], env: [{ name: 'X', valueFrom: { configMapKeyRef: { name: 'missing', key: 'k' } } }] }]));
  t.equal(h.row().status, 'CreateContainerConfigError');
  t.equal(cstatus(h.status(), 'app')?.state?.waiting?.message, 'configmap "missing" not found');
  t.ok(h.events().find((e) => e.message === 'Error: configmap "missing" not found'));
  c.addObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'missing' }, data: { k: 'v' } });
  c.advance(10 * S);
  t.equal(h.row().status, 'Running', 'the pod worker retries after 10 s');
});

t.test('pod IPs are deterministic per node; hostNetwork uses the host IP', async (t) => {
  const c = createCluster({ nodes: [{ name: 'a' }, { name: 'b', labels: { pool: 'b' } }] });
  const p1 = c.createPod(pod('p1', [{ name: 'app', image: bb, command: ['sleep', '9'] }], { nodeSelector: { pool: 'b' } }));
  const p2 = c.createPod(pod('p2', [{ name: 'app', image: bb, command: ['sleep', '9'] }], { nodeName: 'a', hostNetwork: true }));
  c.advance(1);
  t.equal(p1.status().podIP, '10.244.1.2');
  t.equal(p1.status().hostIP, '192.168.49.3');
  t.equal(p2.status().podIP, '192.168.49.2');
});

t.test('podFromTemplate: Deployment → <name>-<hash>-<suffix>, pod-template-hash, owner reference; Job labels', async (t) => {
  const dep = {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' },
    spec: { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } },
  };
  const p = podFromTemplate(dep);
  t.match(p?.metadata?.name, /^web-[bcdfghjklmnpqrstvwxz2456789]{10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  t.equal(p?.metadata?.labels?.['app'], 'web');
  t.equal(p?.metadata?.labels?.['pod-template-hash'], p?.metadata?.name?.split('-')[1]);
  t.equal(p?.metadata?.ownerReferences?.[0]?.kind, 'ReplicaSet');
  t.same(podFromTemplate(dep), p, 'deterministic');
  const job = podFromTemplate({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi' }, spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl' }] } } } });
  t.equal(job?.metadata?.labels?.['job-name'], 'pi');
  t.equal(job?.spec?.restartPolicy, 'Never');
  t.equal(podFromTemplate({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }), undefined);
});

t.test('termination messages are cut to 12 KiB / containers (normalizeStatus keeps the head)', async (t) => {
  const c = createCluster();
  const containers = [0, 1, 2, 3].map((i) => ({
    name: `c${i}`, image: 'busybox:1.36',
    command: ['sh', '-c', `i=0; while [ $i -lt 400 ]; do printf "${i}123456789" >> /dev/termination-log; i=$((i+1)); done; exit 1`],
  }));
  const h = c.createPod(pod('p', containers, { restartPolicy: 'Never' }));
  c.advance(1 * S);
  const msg = h.status().containerStatuses?.[0]?.state?.terminated?.message ?? '';
  t.equal(msg.length, 3072, '12288 / 4');
  t.equal(msg.slice(0, 10), '0123456789', 'the file tail (4096 bytes) is read, then its head kept');
});

t.test('a command that does not exist: no Started event, StartError 128, RunContainerError then CrashLoopBackOff (startContainer)', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('bad', [{ name: 'app', image: bb, command: ['nonexistent-binary'] }]));
  c.advance(1 * S);
  t.notOk(h.events().some((e) => e.reason === 'Started'));
  const cs = cstatus(h.status(), 'app');
  t.equal(cs?.lastState?.terminated?.reason, 'StartError');
  t.equal(cs?.lastState?.terminated?.exitCode, 128);
  t.equal(cs?.lastState?.terminated?.startedAt, '1970-01-01T00:00:00Z');
  t.equal(h.row().status, 'CrashLoopBackOff');
  t.ok(h.history().some((s) => s.status.containerStatuses?.[0]?.state?.waiting?.reason === 'RunContainerError'));
});
