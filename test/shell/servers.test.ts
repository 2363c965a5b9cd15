/**
 * Programs that listen: what tcpSocket/httpGet probes find. Ports and answers follow the programs'
 * shipped configuration: nginx's /etc/nginx/conf.d/default.conf (listen 80; root
 * /usr/share/nginx/html; a directory without index.html is 403 with autoindex off), Python's
 * http.server (port 8000 by default), BusyBox httpd (-p, -h, -f; without -f it daemonizes),
 * redis (6379), `nc -l -p PORT`. Unknown programs listen on the declared ports (DESIGN.md).
 */
import t from 'tap';
import { ContainerFs, VolumeTree } from '../../src/shell/index.js';
import { sh, start } from './helpers.js';

t.test('nginx serves its html root on port 80, whatever containerPort says', async (t) => {
  const r = start(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], { image: 'nginx', ports: [8080] });
  r.p.advance(0);
  t.same(r.p.listeningPorts(), [80]);
  t.equal(r.p.httpGet(80, '/'), 200);
  t.equal(r.p.httpGet(80, '/index.html'), 200);
  t.equal(r.p.httpGet(80, '/50x.html'), 200);
  t.equal(r.p.httpGet(80, '/healthz'), 404);
  t.equal(r.p.httpGet(8080, '/'), 'refused', 'the declared port is not what nginx listens on');
  t.equal(r.p.nextWake(), undefined, 'a server only waits');
});

t.test('nginx reads its listen ports and root from the config (a ConfigMap over conf.d)', async (t) => {
  const conf = new VolumeTree();
  conf.writeFile('default.conf', 'server {\n  listen 8080;\n  location / { root /srv/www; }\n  root /srv/www;\n}\n');
  const fs = new ContainerFs({ image: 'nginx', hostname: 'p', mounts: [{ mountPath: '/etc/nginx/conf.d', volume: conf, readOnly: true }] });
  fs.mkdir('/srv/www', true);
  fs.writeFile('/srv/www/ok.txt', 'ok');
  const r = start(['nginx', '-g', 'daemon off;'], { image: 'nginx', fs });
  r.p.advance(0);
  t.same(r.p.listeningPorts(), [8080]);
  t.equal(r.p.httpGet(8080, '/ok.txt'), 200);
  t.equal(r.p.httpGet(8080, '/'), 403, 'no index.html, autoindex off');
  t.equal(r.p.httpGet(80, '/'), 'refused');
});

t.test('nginx with an emptyDir over its html root answers 403 for /', async (t) => {
  const r = start(['nginx', '-g', 'daemon off;'], { image: 'nginx', mounts: [{ mountPath: '/usr/share/nginx/html', volume: new VolumeTree() }] });
  r.p.advance(0);
  t.equal(r.p.httpGet(80, '/'), 403);
  t.equal(r.p.httpGet(80, '/index.html'), 404);
});

t.test('python -m http.server PORT serves the working directory', async (t) => {
  const r = start(['python3', '-m', 'http.server', '9000'], { image: 'python:3.12', cwd: '/srv' });
  r.fs.writeFile('/srv/health', 'ok');
  r.p.advance(0);
  t.same(r.p.listeningPorts(), [9000]);
  t.equal(r.p.httpGet(9000, '/health'), 200);
  t.equal(r.p.httpGet(9000, '/nope'), 404);
  const d = start(['python', '-m', 'http.server'], { image: 'python' });
  d.p.advance(0);
  t.same(d.p.listeningPorts(), [8000]);
  const repl = start(['python3'], { image: 'python:3.12' });
  t.same(repl.p.advance(0), { state: 'exited', exitCode: 0 }, 'the image default (REPL) sees EOF on stdin and exits');
});

t.test('BusyBox httpd: -f stays in the foreground; without -f it daemonizes and the shell goes on', async (t) => {
  const fg = sh('mkdir -p /www; echo hi > /www/index.html; httpd -f -p 8080 -h /www');
  t.same(fg.state, { state: 'running' });
  t.same(fg.p.listeningPorts(), [8080]);
  t.equal(fg.p.httpGet(8080, '/index.html'), 200);
  t.equal(fg.p.httpGet(8080, '/missing'), 404);
  const daemon = sh('httpd -p 8081; echo started');
  t.same(daemon.state, { state: 'exited', exitCode: 0 }, 'the classic mistake: the container exits at once');
  t.equal(daemon.out, 'started\n');
  const kept = sh('httpd -p 8082 -h /; sleep 3600');
  t.same(kept.p.listeningPorts(), [8082]);
});

t.test('nc -l -p PORT listens (tcpSocket probes succeed) but speaks no HTTP', async (t) => {
  const r = sh('nc -lk -p 5000');
  t.same(r.p.listeningPorts(), [5000]);
  t.equal(r.p.httpGet(5000, '/'), 0);
  const o = sh('nc -l 6000');
  t.same(o.p.listeningPorts(), [6000]);
});

t.test('redis-server listens on 6379, or --port', async (t) => {
  const a = start(['docker-entrypoint.sh', 'redis-server'], { image: 'redis:7' });
  a.p.advance(0);
  t.same(a.p.listeningPorts(), [6379]);
  const b = start(['redis-server', '--port', '7000'], { image: 'redis' });
  b.p.advance(0);
  t.same(b.p.listeningPorts(), [7000]);
});

t.test('unknown programs listen on the declared ports and answer 200', async (t) => {
  const r = start(['myapp'], { image: 'registry.example.com/team/myapp:2', ports: [8080] });
  r.p.advance(0);
  t.same(r.p.listeningPorts(), [8080]);
  t.equal(r.p.httpGet(8080, '/anything'), 200);
  t.equal(r.p.httpGet(9999, '/'), 'refused');
});

t.test('a background server in a script: ports while it runs, none after the main process exits', async (t) => {
  const r = sh('python3 -m http.server 8000 & sleep 30; echo bye', { image: 'python' });
  t.same(r.p.listeningPorts(), [8000]);
  r.p.advance(30_000);
  t.same(r.p.state(), { state: 'exited', exitCode: 0 });
  t.same(r.p.listeningPorts(), []);
  t.equal(r.p.httpGet(8000, '/'), 'refused');
});

t.test('wget/curl reach the process’s own ports on localhost', async (t) => {
  const r = sh('httpd -p 8080 -h /etc; wget -q -O /dev/null http://localhost:8080/hostname && echo ok; wget -q http://127.0.0.1:8080/nope; echo "404 → $?"; wget -q http://localhost:9/; echo "refused → $?"');
  t.equal(r.out, 'ok\n404 → 1\nrefused → 1\n');
});

t.test('the pod network hook lets wget reach other containers', async (t) => {
  const fs = new ContainerFs({ image: 'busybox', hostname: 'p', mounts: [] });
  let out = '';
  const { startProcess } = await import('../../src/shell/index.js');
  const p = startProcess({
    argv: ['sh', '-c', 'wget -q -O- http://localhost:80/ >/dev/null && echo up'],
    env: {},
    fs,
    pid1: false,
    epochMs: 0,
    declaredPorts: [],
    image: 'busybox',
    stdout: (x) => (out += x),
    stderr: (x) => (out += x),
    network: (port) => (port === 80 ? 200 : 'refused'),
  });
  p.advance(0);
  t.equal(out, 'up\n');
});

t.test('the hosts hook answers for other hosts (Service names)', async (t) => {
  const fs = new ContainerFs({ image: 'busybox', hostname: 'p', mounts: [] });
  let out = '';
  const { startProcess } = await import('../../src/shell/index.js');
  const p = startProcess({
    argv: ['sh', '-c', 'until wget -q -O /dev/null http://frontend:80/; do echo waiting; sleep 2; done; echo up'],
    env: {},
    fs,
    pid1: true,
    epochMs: 0,
    declaredPorts: [],
    image: 'busybox',
    stdout: (x) => (out += x),
    stderr: () => undefined,
    hosts: (host, port) => (host === 'frontend' && port === 80 && up ? 200 : 'refused'),
  });
  let up = false;
  p.advance(0);
  p.advance(3_000);
  t.equal(out, 'waiting\nwaiting\n');
  up = true;
  t.same(p.advance(4_000), { state: 'exited', exitCode: 0 });
  t.equal(out, 'waiting\nwaiting\nup\n');
});

t.test('kubernetes.io logging "streaming sidecar": tail -n+1 -f follows a file another container appends to', async (t) => {
  // two-files-counter-pod-streaming-sidecar.yaml (kubernetes/website content/en/examples/admin/logging).
  const varlog = new VolumeTree();
  const mounts = [{ mountPath: '/var/log', volume: varlog }];
  const epochMs = Date.UTC(2022, 3, 1, 11, 42, 26);
  const count = start(['/bin/sh', '-c', 'i=0; while true; do echo "$i: $(date)" >> /var/log/1.log; echo "$(date) INFO $i" >> /var/log/2.log; i=$((i+1)); sleep 1; done\n'], { image: 'busybox:1.28', mounts, epochMs });
  const log1 = start(['/bin/sh', '-c', 'tail -n+1 -f /var/log/1.log'], { image: 'busybox:1.28', mounts, epochMs });
  count.p.advance(0);
  log1.p.advance(0);
  t.equal(log1.out(), '0: Fri Apr  1 11:42:26 UTC 2022\n', 'from line 1');
  t.equal(log1.p.nextWake(), 1_000, 'BusyBox tail polls every second');
  for (const now of [1_000, 2_000]) {
    count.p.advance(now);
    log1.p.advance(now);
  }
  t.equal(log1.out(), '0: Fri Apr  1 11:42:26 UTC 2022\n1: Fri Apr  1 11:42:27 UTC 2022\n2: Fri Apr  1 11:42:28 UTC 2022\n');
  // tail -f on a missing file fails (BusyBox: "can't open"); tail -F waits for it.
  const missing = sh('tail -f /var/log/none.log');
  t.same(missing.state, { state: 'exited', exitCode: 1 });
  t.equal(missing.err, "tail: can't open '/var/log/none.log': No such file or directory\n");
  const later = sh('(sleep 2; echo hello > /tmp/late.log) & tail -F /tmp/late.log', { until: 3_000 });
  t.equal(later.out, 'hello\n');
  t.same(later.state, { state: 'running' });
  t.equal(sh('tail -f /dev/null').p.nextWake(), undefined, 'tail -f /dev/null never wakes');
  t.equal(sh('printf "a\\nb\\nc\\n" | tail -n 2; printf "a\\nb\\nc\\n" | tail -n +2').out, 'b\nc\nb\nc\n');
});

t.test('kubernetes.io http-liveness example: /healthz is 200 for 10 s, then 500 (agnhost/liveness/server.go)', async (t) => {
  const { resolveArgv } = await import('../../src/shell/index.js');
  const argv = resolveArgv('registry.k8s.io/liveness', undefined, ['/server'], {});
  t.same(argv, ['/server']);
  const r = start(argv, { image: 'registry.k8s.io/liveness' });
  r.p.advance(0);
  t.same(r.p.listeningPorts(), [8080]);
  t.equal(r.p.httpGet(8080, '/healthz'), 200);
  r.p.advance(10_000);
  t.equal(r.p.httpGet(8080, '/healthz'), 200, '`duration.Seconds() > 10` is still false at 10 s');
  r.p.advance(10_001);
  t.equal(r.p.httpGet(8080, '/healthz'), 500);
  t.equal(r.p.httpGet(8080, '/other'), 404);
  const ag = start(resolveArgv('registry.k8s.io/e2e-test-images/agnhost:2.40', undefined, ['liveness'], {}), { image: 'registry.k8s.io/e2e-test-images/agnhost:2.40' });
  ag.p.advance(0);
  t.same(ag.p.listeningPorts(), [8080]);
  const ne = start(['/agnhost', 'netexec', '--http-port=8081'], { image: 'registry.k8s.io/e2e-test-images/agnhost:2.40' });
  ne.p.advance(0);
  t.same(ne.p.listeningPorts(), [8081]);
  t.same(resolveArgv('registry.k8s.io/e2e-test-images/agnhost:2.40', undefined, undefined, {}), ['/agnhost', 'pause'], 'Dockerfile CMD ["pause"]');
});

t.test('inline interpreter programs run to completion; socat and http-echo listen where they say', async (t) => {
  // kubernetes.io Job example: perl -Mbignum=bpi -wle "print bpi(2000)" completes.
  const pi = start(['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)'], { image: 'perl:5.34.0' });
  t.same(pi.p.advance(0), { state: 'exited', exitCode: 0 });
  t.same(sh('python3 -c "print(1)"; echo $?', { image: 'python:3.12' }).out, '0\n');
  const so = start(['socat', 'tcp-listen:5432,fork', 'tcp-connect:db:5432'], { image: 'docker.io/alpine/socat:1.8.0.3' });
  so.p.advance(0);
  t.same(so.p.listeningPorts(), [5432]);
  const he = start(['http-echo', '-text=hi'], { image: 'hashicorp/http-echo:1.0' });
  he.p.advance(0);
  t.same(he.p.listeningPorts(), [5678]);
});

t.test('database probes: redis-cli ping, pg_isready, mysqladmin ping see the server in the same container', async (t) => {
  const check = (image: string, main: string[], probe: string[]) => {
    const fs = new ContainerFs({ image, hostname: 'db-0', mounts: [] });
    const before = start(probe, { image, fs, pid1: false });
    const b = before.p.advance(0);
    const server = start(main, { image, fs });
    server.p.advance(0);
    const after = start(probe, { image, fs, pid1: false });
    const a = after.p.advance(0);
    return { before: b.state === 'exited' ? b.exitCode : -1, after: a.state === 'exited' ? a.exitCode : -1, out: after.out(), err: before.err() + before.out() };
  };
  const redis = check('redis:7', ['docker-entrypoint.sh', 'redis-server'], ['redis-cli', 'ping']);
  t.same(redis, { before: 1, after: 0, out: 'PONG\n', err: 'Could not connect to Redis at 127.0.0.1:6379: Connection refused\n' });
  const pg = check('postgres:16', ['docker-entrypoint.sh', 'postgres'], ['pg_isready', '-U', 'postgres']);
  t.same(pg, { before: 2, after: 0, out: '/var/run/postgresql:5432 - accepting connections\n', err: '/var/run/postgresql:5432 - no response\n' });
  const my = check('mysql:8', ['docker-entrypoint.sh', 'mysqld'], ['mysqladmin', 'ping', '-h', 'localhost']);
  t.equal(my.before, 1);
  t.equal(my.after, 0);
  t.equal(my.out, 'mysqld is alive\n');
});

t.test('the nginx image logs what its /docker-entrypoint.sh prints, then execs nginx', async (t) => {
  const { resolveArgv } = await import('../../src/shell/index.js');
  const r = start(resolveArgv('nginx:1.27', undefined, undefined, {}), { image: 'nginx:1.27' });
  t.same(r.p.advance(0), { state: 'running' });
  t.match(r.out(), /^\/docker-entrypoint\.sh: \/docker-entrypoint\.d\/ is not empty, will attempt to perform configuration\n/);
  t.match(r.out(), /\/docker-entrypoint\.sh: Configuration complete; ready for start up\n$/);
  r.p.signal('SIGQUIT', 1_000);
  t.same(r.p.state(), { state: 'exited', exitCode: 0 }, 'nginx, not the script, got the signal');
  const quiet = start(resolveArgv('nginx', undefined, undefined, {}), { image: 'nginx', env: { NGINX_ENTRYPOINT_QUIET_LOGS: '1' } });
  quiet.p.advance(0);
  t.equal(quiet.out(), '');
});
