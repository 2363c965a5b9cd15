/**
 * The container file system: the layout a container starts with, volumes shared between
 * containers (seed 000 数据持久化和共享), readOnly mounts (kubelet sets the bind mount
 * read-only: kuberuntime_container.go@makeMounts → CRI Mount.Readonly), subPath mounts
 * (pkg/volume/util/subpath), and /dev/termination-log (KUBELET.md A14).
 */
import t from 'tap';
import { ContainerFs, FsError, VolumeTree } from '../../src/shell/index.js';
import { sh, start } from './helpers.js';

t.test('an ordinary Linux layout', async (t) => {
  const fs = new ContainerFs({ image: 'busybox:1.36', hostname: 'web-0', mounts: [] });
  for (const d of ['/bin', '/etc', '/tmp', '/var/log', '/dev', '/proc', '/usr/share', '/root']) t.ok(fs.isDir(d), d);
  t.equal(fs.readFile('/etc/hostname'), 'web-0\n');
  t.match(fs.readFile('/etc/hosts') ?? '', /^# Kubernetes-managed hosts file\.\n127\.0\.0\.1\tlocalhost\n/);
  t.match(fs.readFile('/etc/passwd') ?? '', /^root:x:0:0:root:\/root:\/bin\/sh\n/);
  t.equal(fs.readFile('/dev/termination-log'), '', 'the kubelet mounts an empty file');
  t.equal(fs.readFile('/dev/null'), '');
  t.ok(fs.exists('/bin/sh'));
  t.notOk(fs.exists('/bin/bash'), 'busybox has no bash');
  t.notOk(fs.exists('/usr/share/nginx/html/index.html'));
  const ubuntu = new ContainerFs({ image: 'ubuntu:14.04', hostname: 'h', mounts: [] });
  t.ok(ubuntu.exists('/bin/bash'));
  const nginx = new ContainerFs({ image: 'nginx:1.27', hostname: 'h', mounts: [] });
  t.match(nginx.readFile('/usr/share/nginx/html/index.html') ?? '', /<title>Welcome to nginx!<\/title>/);
  t.match(nginx.readFile('/etc/nginx/conf.d/default.conf') ?? '', /listen {7}80;/);
});

t.test('writes to /dev/null vanish; /dev/termination-log keeps what the process wrote', async (t) => {
  const r = sh('echo gone > /dev/null; echo "fatal: config missing" > /dev/termination-log; exit 2');
  t.same(r.state, { state: 'exited', exitCode: 2 });
  t.equal(r.fs.readFile('/dev/null'), '');
  t.equal(r.fs.readFile('/dev/termination-log'), 'fatal: config missing\n');
});

t.test('a custom terminationMessagePath is an ordinary file the emulator reads', async (t) => {
  const msgVol = new VolumeTree();
  const r = sh('echo done > /tmp/msg/reason', { mounts: [{ mountPath: '/tmp/msg', volume: msgVol }] });
  t.same(r.state, { state: 'exited', exitCode: 0 });
  t.equal(msgVol.readFile('/reason'), 'done\n');
});

t.test('an emptyDir shared by two containers: each sees the other’s writes', async (t) => {
  const shared = new VolumeTree();
  const a = new ContainerFs({ image: 'busybox', hostname: 'p', mounts: [{ mountPath: '/data', volume: shared }] });
  const b = new ContainerFs({ image: 'ubuntu', hostname: 'p', mounts: [{ mountPath: '/mnt/shared', volume: shared }] });
  a.writeFile('/data/x', '1');
  t.equal(b.readFile('/mnt/shared/x'), '1');
  b.mkdir('/mnt/shared/sub', false);
  b.writeFile('/mnt/shared/sub/y', '2');
  t.equal(a.readFile('/data/sub/y'), '2');
  t.same(a.list('/data'), ['sub', 'x']);
  // Each container's own layer stays private.
  a.writeFile('/tmp/private', 'a');
  t.notOk(b.exists('/tmp/private'));
});

t.test('readOnly mounts: every write fails with "Read-only file system"', async (t) => {
  const cfg = new VolumeTree();
  cfg.writeFile('app.conf', 'k=v\n');
  const mounts = [{ mountPath: '/etc/app', volume: cfg, readOnly: true }];
  const fs = new ContainerFs({ image: 'busybox', hostname: 'p', mounts });
  t.equal(fs.readFile('/etc/app/app.conf'), 'k=v\n');
  t.throws(() => fs.writeFile('/etc/app/new', 'x'), FsError);
  try {
    fs.writeFile('/etc/app/app.conf', 'x');
  } catch (e) {
    t.equal((e as Error).message, '/etc/app/app.conf: Read-only file system');
  }
  const r = sh('cat /etc/app/app.conf; echo x >> /etc/app/app.conf; touch /etc/app/t; mkdir /etc/app/d; rm /etc/app/app.conf; echo end', { mounts, fs: new ContainerFs({ image: 'busybox', hostname: 'p', mounts }) });
  t.equal(r.out, 'k=v\nend\n');
  t.equal(
    r.err,
    "sh: can't create /etc/app/app.conf: Read-only file system\ntouch: /etc/app/t: Read-only file system\nmkdir: can't create directory '/etc/app/d': Read-only file system\nrm: can't remove '/etc/app/app.conf': Read-only file system\n",
  );
  t.equal(cfg.readFile('app.conf'), 'k=v\n', 'unchanged');
  // The volume itself is still writable by the emulator (a configMap update).
  cfg.writeFile('app.conf', 'k=w\n');
  t.equal(fs.readFile('/etc/app/app.conf'), 'k=w\n');
});

t.test('GNU wording for a read-only file system', async (t) => {
  const v = new VolumeTree();
  const mounts = [{ mountPath: '/data', volume: v, readOnly: true }];
  const r = sh('echo x > /data/f; touch /data/g', { image: 'ubuntu', shell: 'bash', mounts });
  t.equal(r.err, "bash: /data/f: Read-only file system\ntouch: cannot touch '/data/g': Read-only file system\n");
});

t.test('subPath mounts a file or a directory of the volume', async (t) => {
  const cm = new VolumeTree();
  cm.writeFile('nginx.conf', 'events {}\n');
  cm.writeFile('site/index.html', '<h1>hi</h1>\n');
  const fs = new ContainerFs({
    image: 'nginx',
    hostname: 'p',
    mounts: [
      { mountPath: '/etc/nginx/nginx.conf', volume: cm, subPath: 'nginx.conf', readOnly: true },
      { mountPath: '/usr/share/nginx/html', volume: cm, subPath: 'site' },
    ],
  });
  t.equal(fs.readFile('/etc/nginx/nginx.conf'), 'events {}\n');
  t.equal(fs.readFile('/usr/share/nginx/html/index.html'), '<h1>hi</h1>\n');
  t.notOk(fs.exists('/usr/share/nginx/html/50x.html'), 'the mount hides the image’s files');
  t.ok(fs.exists('/etc/nginx/conf.d/default.conf'), 'siblings of a file mount stay visible');
  // A missing subPath directory is created in the volume (subpath.go@doSafeMakeDir).
  const logs = new VolumeTree();
  const f2 = new ContainerFs({ image: 'busybox', hostname: 'p', mounts: [{ mountPath: '/var/log/app', volume: logs, subPath: 'pod-a' }] });
  f2.writeFile('/var/log/app/out.log', 'x');
  t.equal(logs.readFile('pod-a/out.log'), 'x');
});

t.test('a mount point cannot be removed: its contents can ("Device or resource busy")', async (t) => {
  const v = new VolumeTree();
  v.writeFile('a', '1');
  v.writeFile('d/b', '2');
  const r = sh('rm -rf /data; echo $?; ls -A /data', { image: 'ubuntu', mounts: [{ mountPath: '/data', volume: v }] });
  t.equal(r.out, '1\n');
  t.equal(r.err, "rm: cannot remove '/data': Device or resource busy\n");
  t.same(v.list('/'), []);
});

t.test('mount points show up in directory listings', async (t) => {
  const r = sh('ls /', { mounts: [{ mountPath: '/cache', volume: new VolumeTree() }] });
  t.match(r.out, /^cache$/m);
});

t.test('two processes in one container share its file system (exec probes, hooks)', async (t) => {
  const main = start(['sh', '-c', 'sleep 10; touch /tmp/ready; sleep 1000']);
  main.p.advance(0);
  const probe = () => {
    const p = start(['test', '-f', '/tmp/ready'], { fs: main.fs, pid1: false });
    const s = p.p.advance(0);
    return s.state === 'exited' ? s.exitCode : -1;
  };
  t.equal(probe(), 1);
  main.p.advance(10_000);
  t.equal(probe(), 0);
});
