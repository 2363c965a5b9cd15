/**
 * bash extensions found in real manifests (the corpus in /work/shared/corpus), and how podproof
 * treats programs it does not model. `[[ ]]` follows the bash manual ("Conditional
 * Constructs"); BusyBox ash supports it too (ASH_BASH_COMPAT), dash does not.
 */
import t from 'tap';
import { VolumeTree } from '../../src/shell/index.js';
import { sh, start } from './helpers.js';

t.test('kubernetes.io "Run a Replicated Stateful Application": ordinal from the hostname with =~ and BASH_REMATCH', async (t) => {
  const script = '[[ `hostname` =~ -([0-9]+)$ ]] || exit 1\nordinal=${BASH_REMATCH[1]}\necho [mysqld] > /tmp/server-id.cnf\necho server-id=$((100 + $ordinal)) >> /tmp/server-id.cnf\ncat /tmp/server-id.cnf';
  const { ContainerFs } = await import('../../src/shell/index.js');
  const fs = new ContainerFs({ image: 'mysql:5.7', hostname: 'mysql-2', mounts: [] });
  const r = start(['bash', '-c', script], { image: 'mysql:5.7', fs });
  t.same(r.p.advance(0), { state: 'exited', exitCode: 0 });
  t.equal(r.out(), '[mysqld]\nserver-id=102\n');
  const bad = new ContainerFs({ image: 'mysql:5.7', hostname: 'mysql', mounts: [] });
  const b = start(['bash', '-c', script], { image: 'mysql:5.7', fs: bad });
  t.same(b.p.advance(0), { state: 'exited', exitCode: 1 }, 'no ordinal → exit 1');
});

t.test('kubernetes.io dapi-volume example: [[ -e ]] in BusyBox sh', async (t) => {
  const podinfo = new VolumeTree();
  podinfo.writeFile('labels', 'zone="us-est-coast"\n');
  const r = sh('if [[ -e /etc/podinfo/labels ]]; then echo -en \'\\n\\n\'; cat /etc/podinfo/labels; fi; if [[ -e /etc/podinfo/annotations ]]; then echo no; fi', {
    mounts: [{ mountPath: '/etc/podinfo', volume: podinfo, readOnly: true }],
  });
  t.equal(r.out, '\n\nzone="us-est-coast"\n');
  t.same(r.state, { state: 'exited', exitCode: 0 });
});

t.test('[[ ]]: patterns, quoting, &&, ||, !, parentheses, integer and string comparisons', async (t) => {
  const o = (s: string): string => sh(s, { shell: 'bash', image: 'ubuntu' }).out;
  t.equal(o('[[ abc == a* ]] && echo 1; [[ "a*" == "a*" ]] && echo 2; [[ abc == "a*" ]] || echo 3'), '1\n2\n3\n');
  t.equal(o('x="two words"; [[ $x == "two words" ]] && echo nosplit'), 'nosplit\n');
  t.equal(o('[[ -d /tmp && ! -f /tmp ]] && echo 1; [[ ( 1 -eq 2 || 3 -gt 2 ) && b > a ]] && echo 2'), '1\n2\n');
  t.equal(o('[[ 010 -eq 8 ]] && echo octal; [[ 2+2 -eq 4 ]] && echo arith'), 'octal\narith\n');
  t.equal(o('[[ "v1.2" =~ ^v([0-9]+)\\.([0-9]+)$ ]] && echo "${BASH_REMATCH[1]}-${BASH_REMATCH[2]}"'), '1-2\n');
  t.equal(o('[[ "a.c" =~ "a.c" ]] && echo q1; [[ "abc" =~ "a.c" ]] || echo q2'), 'q1\nq2\n', 'a quoted regex matches literally');
});

t.test('dash has no [[', async (t) => {
  const r = sh('[[ -e /etc/hosts ]] && echo yes; echo $?', { image: 'debian:12' });
  t.equal(r.err, 'sh: 1: [[: not found\n');
  t.equal(r.out, '127\n');
});

t.test('bash arrays: name=(…), ${name[i]}, "${name[@]}", ${#name[@]}', async (t) => {
  const r = sh('CRARGS=("start" "--logtostderr" "--host" "$(hostname -f 2>/dev/null || hostname)"); echo ${#CRARGS[@]}; for a in "${CRARGS[@]}"; do echo "<$a>"; done; echo ${CRARGS[1]} $CRARGS', { shell: 'bash', image: 'ubuntu' });
  t.equal(r.out, '4\n<start>\n<--logtostderr>\n<--host>\n<pod-a>\n--logtostderr start\n');
});

t.test('$(<file) reads a file (bash)', async (t) => {
  t.equal(sh('echo pos-7 > /tmp/binlog; echo "x$(</tmp/binlog)"', { shell: 'bash', image: 'ubuntu' }).out, 'xpos-7\n');
});

t.test('programs podproof does not model', async (t) => {
  // An unknown image may ship anything: a bare name is found.
  const z = start(['sh', '-c', 'start-zookeeper --servers=3 --client_port=2181'], { image: 'registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10', ports: [2181] });
  z.p.advance(0);
  t.same(z.p.state(), { state: 'running' }, 'the last command of the script is the server');
  t.same(z.p.listeningPorts(), [2181]);
  // In the middle of a script a runtime or unknown program is a one-shot success.
  const py = start(['sh', '-c', 'pip install -r requirements.txt && python manage.py migrate && echo migrated && python app.py'], { image: 'python:3.12', ports: [8000] });
  py.p.advance(0);
  t.equal(py.out(), 'migrated\n');
  t.same(py.p.state(), { state: 'running' });
  t.same(py.p.listeningPorts(), [8000]);
  // Version, help and config-test flags return at once.
  t.same(sh('nginx -t && nginx -v && echo ok', { image: 'nginx' }).out, 'ok\n');
  // Utilities images ship but podproof does not model succeed silently.
  t.same(sh('apt-get update && apt-get install -y curl; find / -name x; xargs echo; echo done', { image: 'ubuntu:22.04' }).out, 'done\n');
  // A known image without the program: not found.
  t.same(sh('gcloud version', { image: 'busybox' }).state, { state: 'exited', exitCode: 127 });
  // The container command in an unknown image is its server.
  const g = start(['gitops', '/tmp/git/repo', '--path', 'guestbook'], { image: 'argoproj/gitops-agent:latest' });
  t.same(g.p.advance(0), { state: 'running' });
});

t.test('official images’ docker-entrypoint.sh puts the program in front of options', async (t) => {
  // redis: `if [ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]; then set -- redis-server "$@"; fi`
  const a = start(['docker-entrypoint.sh', '--save', '', '--appendonly', 'no'], { image: 'redis:7-alpine' });
  a.p.advance(0);
  t.same(a.p.listeningPorts(), [6379]);
  const b = start(['docker-entrypoint.sh', '/usr/local/etc/redis/redis.conf'], { image: 'redis:5' });
  b.fs.mkdir('/usr/local/etc/redis', true);
  b.fs.writeFile('/usr/local/etc/redis/redis.conf', 'port 6380\n');
  b.p.advance(0);
  t.same(b.p.listeningPorts(), [6380], 'port from the config file');
  const m = start(['docker-entrypoint.sh', '--ignore-db-dir', 'lost+found'], { image: 'mysql:5.7' });
  m.p.advance(0);
  t.same(m.p.listeningPorts(), [3306]);
  // Images with their own binary as ENTRYPOINT (agnhost, pause) have it in the file system.
  const ag = start(['/agnhost', 'netexec', '--http-port=8080'], { image: 'registry.k8s.io/e2e-test-images/agnhost:2.40', ports: [8080] });
  t.same(ag.p.advance(0), { state: 'running' });
  const pause = start(['/pause'], { image: 'registry.k8s.io/pause:3.9' });
  pause.p.advance(0);
  t.same(pause.p.listeningPorts(), []);
  pause.p.signal('SIGTERM', 5);
  t.same(pause.p.state(), { state: 'exited', exitCode: 0 }, 'pause.c@sigdown exits 0');
});

t.test('kubernetes.io init-containers example: wget -O to an emptyDir from another host', async (t) => {
  const workdir = new VolumeTree();
  const r = start(['wget', '-O', '/work-dir/index.html', 'http://info.cern.ch'], { image: 'busybox:1.28', mounts: [{ mountPath: '/work-dir', volume: workdir }] });
  t.same(r.p.advance(0), { state: 'exited', exitCode: 0 });
  t.ok(workdir.readFile('index.html') !== undefined, 'the file is created (empty body: podproof has no internet)');
});

t.test('head -c, cp -r', async (t) => {
  t.equal(sh('printf abcdef | head -c 3').out, 'abc');
  const r = sh('mkdir -p /src/a; echo 1 > /src/a/f; echo 2 > /src/g; cp -r /src /dst; cat /dst/a/f /dst/g; cp /src /x; echo $?');
  t.equal(r.out, '1\n2\n1\n');
  t.equal(r.err, "cp: omitting directory '/src'\n");
});

t.test('after a package manager installs something, any program may exist', async (t) => {
  const before = sh('huggingface-cli version', { image: 'python:3.11-alpine' });
  t.same(before.state, { state: 'exited', exitCode: 127 });
  const after = sh("pip install 'huggingface_hub==0.24.6' && huggingface-cli download model --local-dir=/data; echo $?", { image: 'python:3.11-alpine' });
  t.equal(after.out, '0\n');
  t.same(sh('apk add --no-cache curl && curl -fsS http://localhost:1/ ; echo $?', { image: 'alpine:3.20' }).out, '7\n', 'curl now exists (and finds nothing listening)');
});

t.test('${v/pattern/repl}, ${v//…}, ${v/#…}, ${v/%…}, ${v:off:len} (bash manual "Shell Parameter Expansion"; also BusyBox)', async (t) => {
  t.equal(
    sh('v=hello.world.txt; echo ${v/o/0} ${v//o/0} ${v/#hello/HI} ${v/%txt/md} ${v:0:5} ${v:6} ${v: -3} ${v:1:-4}').out,
    'hell0.world.txt hell0.w0rld.txt HI.world.txt hello.world.md hello world.txt txt ello.world\n',
  );
  t.equal(sh('p=/a/b/c; echo ${p//\\//:}; h=web-3; echo ${h##*-}').out, ':a:b:c\n3\n');
});

t.test('timeout DURATION COMMAND: 124 (GNU) or 143 (BusyBox) when the time runs out', async (t) => {
  t.equal(sh('timeout 5 sleep 10; echo $?', { until: 5_000 }).out, '143\n');
  t.equal(sh('timeout 5 sleep 3; echo $?', { until: 3_000 }).out, '0\n');
  const u = sh("timeout 10 sh -c 'until [ -f /tmp/x ]; do sleep 1; done'; echo $?", { image: 'ubuntu', until: 10_000 });
  t.equal(u.out, '124\n');
  t.equal(sh("(sleep 3; touch /tmp/x) & timeout 10 sh -c 'until [ -f /tmp/x ]; do sleep 1; done'; echo $?", { until: 4_000 }).out, '0\n');
});

t.test('IFS field splitting (XCU 2.6.5) and read; bash here-strings <<<', async (t) => {
  const o = (s: string): string => sh(s, { shell: 'bash', image: 'ubuntu' }).out;
  t.equal(o('x="a:b::c"; IFS=:; for f in $x; do echo "<$f>"; done'), '<a>\n<b>\n<>\n<c>\n', 'a non-blank IFS character delimits empty fields');
  t.equal(o('x="a:b:"; IFS=:; set -- $x; echo $#'), '2\n', 'a trailing delimiter does not make a field');
  t.equal(o('x=" a  b "; set -- $x; echo $#; IFS=; set -- $x; echo $#'), '2\n1\n');
  t.equal(o('IFS=, read a b c <<< "1,2,3,4"; echo "$a|$b|$c"'), '1|2|3,4\n', 'the last name takes the rest');
  t.equal(o('read a b <<< "  x   y  z "; echo "[$a][$b]"'), '[x][y z]\n');
  t.equal(o('while IFS== read k v; do echo "$k -> $v"; done <<EOF\nA=1\nB=2=3\nEOF'), 'A -> 1\nB -> 2=3\n');
});

t.test('set -euo pipefail (bash manual "The Set Builtin")', async (t) => {
  const r = sh('set -euo pipefail; echo start; false | true; echo not reached', { shell: 'bash', image: 'ubuntu' });
  t.equal(r.out, 'start\n');
  t.same(r.state, { state: 'exited', exitCode: 1 });
  t.equal(sh('false | true; echo $?; set -o pipefail; false | true; echo $?; true | (exit 3) | true; echo $?; set +o pipefail; false | true; echo $?', { shell: 'bash', image: 'ubuntu' }).out, '0\n1\n3\n0\n');
  t.equal(sh('set -euo pipefail; echo "[$#]"', { shell: 'bash', image: 'ubuntu' }).out, '[0]\n', 'pipefail is an option name, not a positional parameter');
});

t.test('bash brace expansion (bash manual "Brace Expansion"); sh has none', async (t) => {
  t.equal(sh('for i in {1..5}; do printf "%s " $i; done; echo; echo a{b,c}d {x..z} {01..03} {5..1..2} "{1..3}" {1..x} {a}', { shell: 'bash', image: 'ubuntu' }).out, '1 2 3 4 5 \nabd acd x y z 01 02 03 5 3 1 {1..3} {1..x} {a}\n');
  t.equal(sh('for i in {1..3}; do echo $i; done').out, '{1..3}\n', 'BusyBox sh prints it literally');
});

t.test("$'…' ANSI-C quoting", async (t) => {
  t.equal(sh("printf '%s|' $'a\\tb' $'it\\'s' $'\\x41\\101'; echo", { shell: 'bash', image: 'ubuntu' }).out, 'a\tb|it\'s|AA|\n');
});

t.test('sed, awk and envsubst: the forms real manifests use', async (t) => {
  // kubernetes/examples nodesjs-mongodb: sed -i -- 's/localhost/mongo/g' app.js
  t.equal(sh("echo 'host=localhost port=80' > /tmp/app.js; sed -i -- 's/localhost/mongo/g' /tmp/app.js; cat /tmp/app.js").out, 'host=mongo port=80\n');
  t.equal(sh("printf 'a-1\\nb-2\\nc-3\\n' | sed -n '2p'; printf 'a-1\\nb-2\\n' | sed 's/\\(.\\)-\\([0-9]\\)/\\2:\\1/'; printf '1\\n2\\n3\\n' | sed '2d;$d'; printf 'a\\nb\\n' | sed -E 's/(a|b)/[\\1]/'").out, 'b-2\n1:a\n2:b\n1\n[a]\n[b]\n');
  // microservices-demo loadgenerator: STATUSCODE=$(wget --server-response … | awk '/^  HTTP/{print $2}')
  t.equal(sh("printf 'a b c\\nd e f\\n' | awk '{ print $1 }'; echo /x/y/z/w | awk -F'/' '{print $4}'; printf 'HTTP/1.1 200 OK\\n  HTTP/1.1 404\\n' | awk '/^  HTTP/{print $2}'").out, 'a\nd\nz\n404\n');
  t.equal(sh("echo 'listen ${PORT}; $NAME' | envsubst", { image: 'nginx', env: { PORT: '8080' } }).out, 'listen 8080; \n');
  t.equal(sh('envsubst').state.state === 'exited' && sh('envsubst').err, 'sh: envsubst: not found\n', 'BusyBox has no envsubst');
});

t.test('microservices-demo loadgenerator init: the frontend answers 200 through the hosts hook', async (t) => {
  // GoogleCloudPlatform/microservices-demo kubernetes-manifests/loadgenerator.yaml (initContainer).
  const script = 'MAX_RETRIES=12\nRETRY_INTERVAL=10\nfor i in $(seq 1 $MAX_RETRIES); do\n  echo "Attempt $i: Pinging frontend: ${FRONTEND_ADDR}..."\n  STATUSCODE=$(wget --server-response http://${FRONTEND_ADDR} 2>&1 | awk \'/^  HTTP/{print $2}\')\n  if [ $STATUSCODE -eq 200 ]; then\n      echo "Frontend is reachable."\n      exit 0\n  fi\n  sleep $RETRY_INTERVAL\ndone\necho "Failed to reach frontend after $MAX_RETRIES attempts."\nexit 1\n';
  const r = start(['/bin/sh', '-exc', script], { image: 'busybox:1.38.0', env: { FRONTEND_ADDR: 'frontend:80' } });
  t.same(r.p.advance(0), { state: 'exited', exitCode: 0 });
  t.match(r.out(), /Attempt 1: Pinging frontend: frontend:80\.\.\.\nFrontend is reachable\.\n/);
});

t.test('npm start runs the application (a server where a server would run)', async (t) => {
  const r = start(['npm', 'start'], { image: 'node:20', ports: [3000] });
  t.same(r.p.advance(0), { state: 'running' });
  t.same(r.p.listeningPorts(), [3000]);
  t.equal(sh('npm install; echo $?', { image: 'node:20' }).out, '0\n');
});
