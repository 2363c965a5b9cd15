/**
 * The commands of the seed articles, run as their containers would run them. Expected output,
 * exit codes and timings are the ones the seed documents show (000_866009fb9f7f7fa3.txt) or
 * follow from the command text itself.
 */
import t from 'tap';
import { ContainerFs, VolumeTree, resolveArgv, startProcess } from '../../src/shell/index.js';
import { start } from './helpers.js';

/** An exec probe: a second, non-PID-1 process in the same container file system. */
function execProbe(fs: ContainerFs, argv: string[], image: string, now: number) {
  let out = '';
  const p = startProcess({ argv, env: {}, fs, pid1: false, epochMs: 0, declaredPorts: [], image, stdout: (x) => (out += x), stderr: (x) => (out += x) });
  const st = p.advance(now);
  return { exitCode: st.state === 'exited' ? st.exitCode : -1, out };
}

t.test('000 hello-world: command ["/bin/echo","Hello","World"] logs "Hello World" and completes', async (t) => {
  for (const argv of [
    resolveArgv('ubuntu:14.04', ['/bin/echo', 'Hello', 'World'], undefined, {}),
    resolveArgv('ubuntu:14.04', ['/bin/echo'], ['Hello', 'World'], {}),
  ]) {
    const r = start(argv, { image: 'ubuntu:14.04' });
    t.same(r.p.advance(0), { state: 'exited', exitCode: 0 });
    t.equal(r.out(), 'Hello World\n'); // "kubectl logs hello-world" → Hello World
    t.equal(r.err(), '');
  }
});

t.test('000 restart policy example: bash -c "exit 1" exits with 1', async (t) => {
  const r = start(['bash', '-c', 'exit 1'], { image: 'ubuntu:14.04' });
  t.same(r.p.advance(0), { state: 'exited', exitCode: 1 });
});

t.test('000 two containers share a hostPath volume: write appends, hello reads after 2s', async (t) => {
  const data = new VolumeTree();
  const mounts = [{ mountPath: '/data', volume: data }];
  const write = start(['bash', '-c', 'echo "Hello World" >> /data/hello'], { image: 'ubuntu:14.04', mounts });
  const hello = start(['bash', '-c', 'sleep 2; cat /data/hello'], { image: 'ubuntu:14.04', mounts });
  hello.p.advance(0);
  t.same(write.p.advance(0), { state: 'exited', exitCode: 0 });
  t.same(hello.p.advance(1999), { state: 'running' }, 'still sleeping');
  t.equal(hello.p.nextWake(), 2000);
  t.same(hello.p.advance(2000), { state: 'exited', exitCode: 0 });
  t.equal(hello.out(), 'Hello World\n');
  t.equal(data.readFile('hello'), 'Hello World\n', 'the file lives in the volume, not the container layer');
});

t.test('000 liveness-exec-pod: /tmp/health exists for 60s, then cat fails as in the Unhealthy event', async (t) => {
  const argv = ['/bin/sh', '-c', 'echo ok > /tmp/health; sleep 60; rm -rf /tmp/health; sleep 600'];
  const r = start(argv, { image: 'ubuntu:14.04' });
  r.p.advance(0);
  t.same(execProbe(r.fs, ['cat', '/tmp/health'], 'ubuntu:14.04', 15_000), { exitCode: 0, out: 'ok\n' });
  t.same(r.p.advance(59_999), { state: 'running' });
  t.equal(r.p.nextWake(), 60_000);
  r.p.advance(60_000);
  // Seed: "Liveness probe failed: cat: /tmp/health: No such file or directory"
  t.same(execProbe(r.fs, ['cat', '/tmp/health'], 'ubuntu:14.04', 60_000), { exitCode: 1, out: 'cat: /tmp/health: No such file or directory\n' });
  t.equal(r.p.nextWake(), 660_000, 'then sleeps 600 s');
  t.same(r.p.advance(660_000), { state: 'exited', exitCode: 0 });
});

t.test('kubernetes.io exec-liveness: touch /tmp/healthy; sleep 30; rm -rf /tmp/healthy; sleep 600', async (t) => {
  const r = start(['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -rf /tmp/healthy; sleep 600'], { image: 'registry.k8s.io/busybox' });
  r.p.advance(0);
  t.equal(execProbe(r.fs, ['cat', '/tmp/healthy'], 'busybox', 5_000).exitCode, 0);
  r.p.advance(30_000);
  t.equal(r.fs.exists('/tmp/healthy'), false);
  t.same(execProbe(r.fs, ['cat', '/tmp/healthy'], 'busybox', 30_000), { exitCode: 1, out: 'cat: /tmp/healthy: No such file or directory\n' });
  t.same(r.p.advance(629_999), { state: 'running' });
  t.same(r.p.advance(630_000), { state: 'exited', exitCode: 0 });
});

t.test('000 log-pod: date --rfc-3339 ns in backticks; container1 exits 0, container2 exits 1', async (t) => {
  const epochMs = Date.UTC(2015, 10, 21, 14, 52, 55, 622);
  const c1 = start(['bash', '-c', 'echo "container1: `date --rfc-3339 ns`"; exit 0'], { image: 'ubuntu:14.04', epochMs });
  const c2 = start(['bash', '-c', 'echo "container2: `date --rfc-3339 ns`"; exit 1'], { image: 'ubuntu:14.04', epochMs });
  t.same(c1.p.advance(0), { state: 'exited', exitCode: 0 });
  t.same(c2.p.advance(42_000), { state: 'exited', exitCode: 1 });
  // The seed shows "container1: 2015-11-21 14:52:55.622701243+00:00"; the virtual clock has ms resolution.
  t.equal(c1.out(), 'container1: 2015-11-21 14:52:55.622000000+00:00\n');
  t.equal(c2.out(), 'container2: 2015-11-21 14:53:37.622000000+00:00\n');
});

t.test('000 w-message-pod: the message is appended to /dev/termination-log', async (t) => {
  const epochMs = Date.UTC(2020, 9, 21, 5, 49, 46, 448);
  const r = start(['bash', '-c', 'echo "`date --rfc-3339 ns` I was going to die" >> /dev/termination-log;'], { image: 'ubuntu:14.04', epochMs });
  t.same(r.p.advance(0), { state: 'exited', exitCode: 0 });
  t.equal(r.fs.readFile('/dev/termination-log'), '2020-10-21 05:49:46.448000000+00:00 I was going to die\n');
  t.equal(r.out(), '', 'nothing goes to the log');
});

t.test('000 downwardapi-env: bash -c "while true;do sleep 5;done" runs forever, waking every 5 s', async (t) => {
  const env = { MY_POD_NAME: 'downwardapi-env', MY_POD_NAMESPACE: 'default', MY_POD_IP: '172.16.0.196' };
  const r = start(['/bin/bash', '-c', 'while true;do sleep 5;done'], { image: 'ubuntu:14.04', env });
  t.same(r.p.advance(0), { state: 'running' });
  t.equal(r.p.nextWake(), 5_000);
  r.p.advance(12_000);
  t.equal(r.p.nextWake(), 15_000);
  // kubectl exec downwardapi-env env | grep MY_POD
  let out = '';
  const e = startProcess({ argv: ['sh', '-c', 'env | grep MY_POD | sort'], env, fs: r.fs, pid1: false, epochMs: 0, declaredPorts: [], image: 'ubuntu:14.04', stdout: (x) => (out += x), stderr: (x) => (out += x) });
  e.advance(12_000);
  t.equal(out, 'MY_POD_IP=172.16.0.196\nMY_POD_NAME=downwardapi-env\nMY_POD_NAMESPACE=default\n');
});

t.test('000 kubectl exec my-pod -- date: the default date format (GNU: "%a %b %e %H:%M:%S %Z %Y")', async (t) => {
  // The seed prints "Wed Jan  6 18:19:07 CST 2016"; containers run in UTC.
  const r = start(['date'], { image: 'ubuntu:14.04', epochMs: Date.UTC(2016, 0, 6, 10, 19, 7) });
  r.p.advance(0);
  t.equal(r.out(), 'Wed Jan  6 10:19:07 UTC 2016\n');
});

t.test('000 postStart/probe exec example: cat /tmp/health', async (t) => {
  const fs = new ContainerFs({ image: 'busybox', hostname: 'h', mounts: [] });
  t.equal(execProbe(fs, ['cat', '/tmp/health'], 'busybox', 0).exitCode, 1);
  fs.writeFile('/tmp/health', 'ok\n');
  t.same(execProbe(fs, ['cat', '/tmp/health'], 'busybox', 0), { exitCode: 0, out: 'ok\n' });
});

t.test('an exec of a missing program fails as runc exec does (kubectl exec: exit code 126)', async (t) => {
  // TheK8sBook#30: `kubectl exec hello-pod -- ps aux` on a slim image.
  const fs = new ContainerFs({ image: 'node:20-slim', hostname: 'h', mounts: [] });
  const p = startProcess({ argv: ['ps', 'aux'], env: {}, fs, pid1: false, epochMs: 0, declaredPorts: [], image: 'node:20-slim', stdout: () => undefined, stderr: () => undefined });
  const s = p.advance(0);
  t.same(s, { state: 'exited', exitCode: 126, startError: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "ps": executable file not found in $PATH: unknown' });
});
