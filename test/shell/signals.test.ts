/**
 * Signal semantics of container processes.
 * - PID 1: pid_namespaces(7) "the only signals that can be sent to the init process are those
 *   for which the init process has established a signal handler" (SIGKILL from an ancestor
 *   namespace is forced) — seed 002 (PID=1 进程与信号) and KUBELET.md A9.
 * - Traps: POSIX XCU 2.11 and bash(1) SIGNALS — "If bash is waiting for a command to complete
 *   and receives a signal for which a trap has been set, the trap will not be executed until
 *   the command completes. When bash is waiting for an asynchronous command via the wait
 *   builtin, the reception of a signal for which a trap has been set will cause the wait
 *   builtin to return immediately with an exit status greater than 128, immediately after
 *   which the trap is executed." Also: "In all cases, bash ignores SIGQUIT".
 * - Exit statuses 128+n (KUBELET.md A9 table: TERM 143, KILL 137, INT 130).
 * - CRI StopContainer sequence (kuberuntime_container.go@killContainer): stop signal, grace, SIGKILL.
 */
import t from 'tap';
import { start } from './helpers.js';

t.test('PID 1 shell without a trap ignores SIGTERM; SIGKILL at the end of the grace period → 137', async (t) => {
  const r = start(['sh', '-c', 'while true; do sleep 1; done']);
  r.p.advance(0);
  r.p.signal('SIGTERM', 5_000);
  t.same(r.p.advance(35_000), { state: 'running' }, 'still running 30 s later');
  r.p.signal('SIGKILL', 35_000);
  t.same(r.p.state(), { state: 'exited', exitCode: 137, signal: 'SIGKILL' });
  t.equal(r.p.nextWake(), undefined);
});

t.test('PID 1 ignores SIGINT, SIGHUP, SIGQUIT and SIGUSR1 too without handlers', async (t) => {
  for (const s of ['SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'] as const) {
    const r = start(['sleep', '600']);
    r.p.advance(0);
    r.p.signal(s, 1_000);
    t.same(r.p.state(), { state: 'running' }, s);
  }
});

t.test('a non-PID-1 process without a handler dies of the signal: 128 + n', async (t) => {
  const expect = { SIGTERM: 143, SIGINT: 130, SIGHUP: 129, SIGQUIT: 131, SIGUSR1: 138, SIGUSR2: 140 } as const;
  for (const [s, code] of Object.entries(expect)) {
    const r = start(['sh', '-c', 'sleep 600'], { pid1: false });
    r.p.advance(0);
    r.p.signal(s as keyof typeof expect, 1_000);
    t.same(r.p.state(), { state: 'exited', exitCode: code, signal: s }, s);
  }
});

t.test('a trap handler runs only after the foreground sleep finishes', async (t) => {
  const r = start(['sh', '-c', 'trap "echo caught TERM; exit 0" TERM; echo started; sleep 600; echo not reached']);
  r.p.advance(0);
  r.p.signal('SIGTERM', 10_000);
  t.same(r.p.state(), { state: 'running' }, 'sleep 600 is in the foreground: the trap waits');
  t.equal(r.out(), 'started\n');
  t.equal(r.p.nextWake(), 600_000);
  t.same(r.p.advance(600_000), { state: 'exited', exitCode: 0 });
  t.equal(r.out(), 'started\ncaught TERM\n');
});

t.test('`sleep 600 & wait`: the trap interrupts wait at once', async (t) => {
  const r = start(['sh', '-c', 'trap "echo caught; exit 0" TERM; sleep 600 & wait']);
  r.p.advance(0);
  t.same(r.p.state(), { state: 'running' });
  r.p.signal('SIGTERM', 10_000);
  t.same(r.p.state(), { state: 'exited', exitCode: 0 });
  t.equal(r.out(), 'caught\n');
});

t.test('wait interrupted by a trapped signal returns 128+n and the script goes on', async (t) => {
  const r = start(['sh', '-c', 'trap "echo handler" TERM; sleep 600 & wait; echo "wait returned $?"; exit 7']);
  r.p.advance(0);
  r.p.signal('SIGTERM', 1_000);
  t.same(r.p.state(), { state: 'exited', exitCode: 7 });
  t.equal(r.out(), 'handler\nwait returned 143\n');
});

t.test("bash ignores SIGQUIT without a trap (bash(1) SIGNALS); sh does not", async (t) => {
  const b = start(['bash', '-c', 'sleep 100; echo done'], { image: 'ubuntu', pid1: false });
  b.p.advance(0);
  b.p.signal('SIGQUIT', 1_000);
  t.same(b.p.state(), { state: 'running' });
  const s = start(['sh', '-c', 'sleep 100; echo done'], { pid1: false });
  s.p.advance(0);
  s.p.signal('SIGQUIT', 1_000);
  t.same(s.p.state(), { state: 'exited', exitCode: 131, signal: 'SIGQUIT' });
});

t.test("trap '' TERM ignores the signal, also in a non-PID-1 shell", async (t) => {
  const r = start(['sh', '-c', "trap '' TERM; sleep 100; echo done"], { pid1: false });
  r.p.advance(0);
  r.p.signal('SIGTERM', 1_000);
  t.same(r.p.advance(100_000), { state: 'exited', exitCode: 0 });
  t.equal(r.out(), 'done\n');
});

t.test('trap - TERM resets to the default action', async (t) => {
  const r = start(['sh', '-c', 'trap "echo x" TERM; trap - TERM; sleep 100'], { pid1: false });
  r.p.advance(0);
  r.p.signal('SIGTERM', 1_000);
  t.same(r.p.state(), { state: 'exited', exitCode: 143, signal: 'SIGTERM' });
  t.equal(r.out(), '');
});

t.test('the EXIT trap runs on exit and on the end of the script', async (t) => {
  const a = start(['sh', '-c', 'trap "echo cleanup" EXIT; echo work; exit 3']);
  t.same(a.p.advance(0), { state: 'exited', exitCode: 3 });
  t.equal(a.out(), 'work\ncleanup\n');
  const b = start(['sh', '-c', 'trap "echo cleanup" EXIT; false']);
  t.same(b.p.advance(0), { state: 'exited', exitCode: 1 });
  t.equal(b.out(), 'cleanup\n');
  // A TERM handler that exits runs the EXIT trap too.
  const c = start(['sh', '-c', 'trap "echo bye" EXIT; trap "exit 5" TERM; sleep 10 & wait']);
  c.p.advance(0);
  c.p.signal('SIGTERM', 500);
  t.same(c.p.state(), { state: 'exited', exitCode: 5 });
  t.equal(c.out(), 'bye\n');
});

t.test('bash with an EXIT trap dies of SIGTERM at once, after the trap (bash sig.c@termsig_handler)', async (t) => {
  // PID 1: bash cannot kill itself, so it exits 128+n (a normal exit, no signal).
  const a = start(['bash', '-c', 'trap "echo cleanup" EXIT; sleep 600; echo not reached'], { image: 'ubuntu' });
  a.p.advance(0);
  a.p.signal('SIGTERM', 5_000);
  t.same(a.p.state(), { state: 'exited', exitCode: 143 });
  t.equal(a.out(), 'cleanup\n');
  // Not PID 1: it dies of the signal.
  const b = start(['bash', '-c', 'trap "echo cleanup" EXIT; sleep 600'], { image: 'ubuntu', pid1: false });
  b.p.advance(0);
  b.p.signal('SIGTERM', 5_000);
  t.same(b.p.state(), { state: 'exited', exitCode: 143, signal: 'SIGTERM' });
  // `exit N` in the trap decides the status.
  const c = start(['bash', '-c', 'trap "echo bye; exit 0" EXIT; sleep 600'], { image: 'ubuntu' });
  c.p.advance(0);
  c.p.signal('SIGTERM', 5_000);
  t.same(c.p.state(), { state: 'exited', exitCode: 0 });
  // sh (BusyBox ash, dash) installs no such handler: PID 1 ignores SIGTERM.
  const d = start(['sh', '-c', 'trap "echo cleanup" EXIT; sleep 600']);
  d.p.advance(0);
  d.p.signal('SIGTERM', 5_000);
  t.same(d.p.state(), { state: 'running' });
});

t.test('exec replaces the shell: the program, not sh, receives the signal', async (t) => {
  // exec sleep as PID 1: sleep has no handler → ignored (killed only by SIGKILL).
  const a = start(['sh', '-c', 'trap "echo trap; exit 1" TERM; exec sleep 600']);
  a.p.advance(0);
  a.p.signal('SIGTERM', 1_000);
  t.same(a.p.state(), { state: 'running' }, 'the trap is gone with the shell');
  a.p.signal('SIGKILL', 31_000);
  t.same(a.p.state(), { state: 'exited', exitCode: 137, signal: 'SIGKILL' });
  t.equal(a.out(), '');
  // exec nginx: nginx handles SIGTERM (fast shutdown, exit 0).
  const b = start(['sh', '-c', "exec nginx -g 'daemon off;'"], { image: 'nginx:1.27' });
  b.p.advance(0);
  t.same(b.p.listeningPorts(), [80]);
  b.p.signal('SIGTERM', 1_000);
  t.same(b.p.state(), { state: 'exited', exitCode: 0 });
  // Signals ignored before exec stay ignored (execve keeps SIG_IGN).
  const c = start(['sh', '-c', "trap '' TERM; exec sleep 100"], { pid1: false });
  c.p.advance(0);
  c.p.signal('SIGTERM', 1_000);
  t.same(c.p.state(), { state: 'running' });
});

t.test('a script that runs nginx in the foreground (no exec) leaves sh as PID 1: SIGTERM is ignored', async (t) => {
  const r = start(['sh', '-c', "echo starting; nginx -g 'daemon off;'"], { image: 'nginx' });
  r.p.advance(0);
  t.same(r.p.listeningPorts(), [80]);
  r.p.signal('SIGTERM', 1_000);
  t.same(r.p.state(), { state: 'running' });
  r.p.signal('SIGKILL', 31_000);
  t.same(r.p.state(), { state: 'exited', exitCode: 137, signal: 'SIGKILL' });
  t.same(r.p.listeningPorts(), []);
});

t.test('the nginx image default (entrypoint script execs nginx): SIGQUIT (its STOPSIGNAL) and SIGTERM exit 0', async (t) => {
  for (const s of ['SIGQUIT', 'SIGTERM'] as const) {
    const r = start(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], { image: 'nginx' });
    r.p.advance(0);
    t.same(r.p.state(), { state: 'running' });
    r.p.signal(s, 2_000);
    t.same(r.p.state(), { state: 'exited', exitCode: 0 }, s);
  }
});

t.test('SIGKILL always ends the process with 137', async (t) => {
  for (const argv of [['sh', '-c', "trap '' TERM KILL; sleep 1000"], ['nginx', '-g', 'daemon off;'], ['tail', '-f', '/dev/null']]) {
    const r = start(argv, { image: 'nginx' });
    r.p.advance(0);
    r.p.signal('SIGKILL', 5);
    t.same(r.p.state(), { state: 'exited', exitCode: 137, signal: 'SIGKILL' }, argv.join(' '));
  }
});

t.test('kill from the script: own children die of SIGTERM (143); kill -0 tests existence', async (t) => {
  const r = start(['sh', '-c', 'sleep 100 & pid=$!; kill -0 $pid && echo alive; kill $pid; wait $pid; echo "status $?"; kill -0 $pid || echo gone']);
  t.same(r.p.advance(0), { state: 'exited', exitCode: 0 });
  t.equal(r.out(), 'alive\nstatus 143\ngone\n');
  t.match(r.err(), /No such process/);
});

t.test('background jobs ignore SIGINT and SIGQUIT (XCU 2.11, no job control)', async (t) => {
  const r = start(['sh', '-c', 'sleep 100 & kill -INT $!; kill -QUIT $!; sleep 1; kill -0 $! && echo alive; kill $!; wait $!; echo "st $?"']);
  r.p.advance(0);
  t.same(r.p.advance(1_000), { state: 'exited', exitCode: 0 });
  t.equal(r.out(), 'alive\nst 143\n');
});

t.test('kill $$ from inside PID 1: delivered only if trapped', async (t) => {
  const a = start(['sh', '-c', 'kill -TERM $$; echo survived']);
  t.same(a.p.advance(0), { state: 'exited', exitCode: 0 });
  t.equal(a.out(), 'survived\n');
  const b = start(['sh', '-c', 'trap "echo got it; exit 9" USR1; kill -USR1 $$; echo not reached']);
  t.same(b.p.advance(0), { state: 'exited', exitCode: 9 });
  t.equal(b.out(), 'got it\n');
});

t.test('node and python as PID 1 have no SIGTERM handler: ignored; java exits 143', async (t) => {
  const node = start(['node', 'server.js'], { image: 'node:20', ports: [3000] });
  node.p.advance(0);
  t.same(node.p.listeningPorts(), [3000]);
  node.p.signal('SIGTERM', 1_000);
  t.same(node.p.state(), { state: 'running' });
  const py = start(['python', '-m', 'http.server', '8000'], { image: 'python:3.12' });
  py.p.advance(0);
  py.p.signal('SIGTERM', 1_000);
  t.same(py.p.state(), { state: 'running' });
  py.p.signal('SIGINT', 2_000);
  t.same(py.p.state(), { state: 'exited', exitCode: 0 }, 'http.server exits 0 on KeyboardInterrupt');
  const java = start(['java', '-jar', '/app.jar'], { image: 'eclipse-temurin:21', ports: [8080] });
  java.p.advance(0);
  java.p.signal('SIGTERM', 1_000);
  t.same(java.p.state(), { state: 'exited', exitCode: 143 });
});

t.test('an unknown program is a server on the declared ports that exits 0 on SIGTERM', async (t) => {
  const r = start(['/app/server', '--flag'], { image: 'ghcr.io/acme/server:1', ports: [8080, 9090] });
  r.p.advance(0);
  t.same(r.p.listeningPorts(), [8080, 9090]);
  t.equal(r.p.nextWake(), undefined);
  r.p.signal('SIGTERM', 1_000);
  t.same(r.p.state(), { state: 'exited', exitCode: 0 });
});

t.test('tail -f /dev/null and sleep infinity wait forever', async (t) => {
  for (const argv of [['tail', '-f', '/dev/null'], ['sleep', 'infinity'], ['sh', '-c', 'sleep infinity']]) {
    const r = start(argv);
    t.same(r.p.advance(10 ** 9), { state: 'running' });
    t.equal(r.p.nextWake(), undefined, argv.join(' '));
  }
});

t.test('exec hooks and probes share the container’s PID namespace (kill 1, nginx -s quit, killall, pidof)', async (t) => {
  const { ContainerFs } = await import('../../src/shell/index.js');
  // preStop `nginx -s quit`: nginx reads its pid file and sends SIGQUIT to the master → exit 0.
  const fs = new ContainerFs({ image: 'nginx:1.27-alpine', hostname: 'web', mounts: [] });
  const main = start(['nginx', '-g', 'daemon off;'], { image: 'nginx:1.27-alpine', fs });
  main.p.advance(0);
  const hook = start(['/bin/sh', '-c', 'nginx -s quit; while killall -0 nginx; do sleep 1; done; echo gone'], { image: 'nginx:1.27-alpine', fs, pid1: false });
  t.same(hook.p.advance(1_000), { state: 'exited', exitCode: 0 });
  t.equal(hook.out(), 'gone\n');
  t.same(main.p.state(), { state: 'exited', exitCode: 0 });
  // `kill 1` from an exec process: PID 1 without a handler ignores it (pid_namespaces(7)).
  const fs2 = new ContainerFs({ image: 'busybox', hostname: 'b', mounts: [] });
  const sleeper = start(['sh', '-c', 'sleep 3600'], { fs: fs2 });
  sleeper.p.advance(0);
  const k = start(['kill', '1'], { fs: fs2, pid1: false });
  t.same(k.p.advance(0), { state: 'exited', exitCode: 0 });
  t.same(sleeper.p.state(), { state: 'running' });
  const k9 = start(['kill', '-9', '1'], { fs: fs2, pid1: false });
  k9.p.advance(0);
  t.same(sleeper.p.state(), { state: 'running' }, 'even SIGKILL from inside the namespace');
  // With a trap, PID 1 handles it.
  const fs3 = new ContainerFs({ image: 'busybox', hostname: 'c', mounts: [] });
  const trapped = start(['sh', '-c', 'trap "echo bye; exit 0" TERM; sleep 3600 & wait'], { fs: fs3 });
  trapped.p.advance(0);
  const p = start(['sh', '-c', 'pidof sh; kill -TERM 1'], { fs: fs3, pid1: false });
  p.p.advance(0);
  t.match(p.out(), /^(\d+ )*1\n$/);
  t.same(trapped.p.state(), { state: 'exited', exitCode: 0 });
  t.equal(trapped.out(), 'bye\n');
  // nginx -s with no nginx running.
  const none = start(['nginx', '-s', 'reload'], { image: 'nginx', pid1: false });
  t.same(none.p.advance(0), { state: 'exited', exitCode: 1 });
  t.equal(none.err(), 'nginx: [error] open() "/run/nginx.pid" failed (2: No such file or directory)\n');
});
