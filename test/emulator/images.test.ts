/**
 * Image pulls — pkg/kubelet/images/image_manager.go@EnsureImageExists, @shouldPullImage;
 * pkg/apis/core/v1/defaults.go@SetDefaults_Container (default pull policy); the pod worker's
 * 10 s backOffPeriod between failed syncs (kubelet.go).
 */
import t from 'tap';
import { createCluster, defaultPullPolicy } from '../../src/emulator/index.js';
import { cstatus, pod, S } from './helpers.js';

t.test('default imagePullPolicy from the tag — SetDefaults_Container', async (t) => {
  t.equal(defaultPullPolicy('nginx'), 'Always');
  t.equal(defaultPullPolicy('nginx:latest'), 'Always');
  t.equal(defaultPullPolicy('nginx:1.27'), 'IfNotPresent');
  t.equal(defaultPullPolicy('nginx@sha256:' + 'a'.repeat(64)), 'IfNotPresent');
  t.equal(defaultPullPolicy('registry.example.com:5000/team/app'), 'Always');
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'a', image: 'nginx' }, { name: 'b', image: 'nginx:1.27' }]));
  t.equal(h.object().spec?.containers[0]?.imagePullPolicy, 'Always');
  t.equal(h.object().spec?.containers[1]?.imagePullPolicy, 'IfNotPresent');
});

t.test('missing image: ErrImagePull, then ImagePullBackOff with a doubling image back-off', async (t) => {
  const c = createCluster({ images: { missing: ['nope:1.0'] } });
  const h = c.createPod(pod('img', [{ name: 'app', image: 'nope:1.0' }]));
  const seen: [number, string][] = [];
  for (let s = 0; s <= 80; s += 10) {
    c.advanceTo(s * S);
    seen.push([s, cstatus(h.status(), 'app')?.state?.waiting?.reason ?? '']);
  }
  // pulls at 0, 10 (backoff 10 expired), 30 (20), 70 (40); back-off in between (IsInBackOffSinceUpdate)
  t.same(seen, [
    [0, 'ErrImagePull'],
    [10, 'ErrImagePull'],
    [20, 'ImagePullBackOff'],
    [30, 'ErrImagePull'],
    [40, 'ImagePullBackOff'],
    [50, 'ImagePullBackOff'],
    [60, 'ImagePullBackOff'],
    [70, 'ErrImagePull'],
    [80, 'ImagePullBackOff'],
  ]);
  t.equal(h.row().status, 'ImagePullBackOff');
  t.equal(h.phase(), 'Pending');
  t.equal(cstatus(h.status(), 'app')?.state?.waiting?.message, 'Back-off pulling image "nope:1.0"');
  const ev = h.events();
  t.equal(ev.find((e) => e.reason === 'Pulling')?.count, 4);
  t.match(ev.find((e) => e.reason === 'Failed' && e.message.startsWith('Failed to pull image'))?.message, /^Failed to pull image "nope:1\.0": rpc error: code = NotFound/);
  t.ok(ev.find((e) => e.message === 'Error: ErrImagePull'));
  t.ok(ev.find((e) => e.message === 'Error: ImagePullBackOff' && e.type === 'Warning'));
  t.equal(ev.find((e) => e.reason === 'BackOff')?.type, 'Normal');
});

t.test('imagePullPolicy Never and the image absent: ErrImageNeverPull, no pull', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: 'local/app:dev', imagePullPolicy: 'Never' }]));
  t.equal(h.row().status, 'ErrImageNeverPull');
  t.equal(cstatus(h.status(), 'app')?.state?.waiting?.message, 'Container image "local/app:dev" is not present with pull policy of Never');
  t.ok(h.events().find((e) => e.reason === 'ErrImageNeverPull' && e.type === 'Warning'));
  t.notOk(h.events().find((e) => e.reason === 'Pulling'));
});

t.test('image already present: IfNotPresent uses it ("already present on machine"), Always pulls anyway', async (t) => {
  const c = createCluster({ images: { present: ['nginx:1.27', 'nginx:latest'] } });
  const a = c.createPod(pod('a', [{ name: 'app', image: 'nginx:1.27' }]));
  t.equal(a.events().find((e) => e.reason === 'Pulled')?.message, 'Container image "nginx:1.27" already present on machine');
  const b = c.createPod(pod('b', [{ name: 'app', image: 'nginx' }]));
  t.ok(b.events().find((e) => e.reason === 'Pulling'));
});

t.test('pull time: ContainerCreating for the pull duration, Pulled "in 30s (30s including waiting)"', async (t) => {
  const c = createCluster();
  c.setPullTime('bigimage:2', 30 * S);
  const h = c.createPod(pod('p', [{ name: 'app', image: 'bigimage:2', command: ['sleep', '3600'] }]));
  c.advance(29 * S);
  t.equal(h.row().status, 'ContainerCreating');
  t.equal(h.phase(), 'Pending');
  c.advance(1 * S);
  t.equal(h.row().status, 'Running');
  t.match(h.events().find((e) => e.reason === 'Pulled')?.message, /^Successfully pulled image "bigimage:2" in 30s \(30s including waiting\)\. Image size: \d+ bytes\.$/);
  t.equal(cstatus(h.status(), 'app')?.state?.running?.startedAt, '2025-01-01T00:00:30Z');
  t.equal(h.status().startTime, '2025-01-01T00:00:00Z', 'startTime is set before images are pulled');
});

t.test('invalid image reference: InvalidImageName + InspectFailed', async (t) => {
  const c = createCluster();
  const h = c.createPod(pod('p', [{ name: 'app', image: 'UPPER/Case:tag' }]));
  t.equal(h.row().status, 'InvalidImageName');
  t.ok(h.events().find((e) => e.reason === 'InspectFailed'));
});
