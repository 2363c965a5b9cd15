/**
 * Properties (fast-check): the interpreter never throws out of its API on any script, and it is
 * deterministic — the same script at the same virtual times gives the same output and state.
 * The kubelet expansion never throws and leaves strings without `$` alone
 * (third_party/forked/golang/expansion/expand.go@Expand copies them through).
 */
import t from 'tap';
import fc from 'fast-check';
import { ContainerFs, expandKubeletVars, startProcess, type Signal } from '../../src/shell/index.js';

const TOKENS = [
  'echo', 'x', '$x', '"', "'", '\\', '$(', ')', '`', '(', '{', '}', ';', '&', '&&', '||', '|', '>', '>>', '<', '2>&1',
  '<<EOF\n', '\nEOF\n', 'if', 'then', 'else', 'fi', 'while', 'true', 'do', 'done', 'for', 'in', 'case', 'esac', ';;',
  'sleep 1', 'exit 3', 'trap "echo t" TERM', 'wait', 'kill $$', 'cat /etc/hostname', 'rm -rf /tmp', 'mkdir -p /a/b',
  '$((1+', '))', '${x:-', '${#', '*', '/tmp/*', 'f()', 'exec', 'sh -c', 'set -e', ' ', '\n', '=', 'x=1', '!', '#c',
  '[[', ']]', '=~', 'a=(', '${a[@]}', '${x/a/b}', '${x:1:2}', 'timeout 1', 'x+=', '-e', 'nginx', 'sleep 0 &', 'tail -f /dev/null',
];

const script = fc.array(fc.constantFrom(...TOKENS), { maxLength: 25 }).map((a) => a.join(' '));
const signalArb = fc.constantFrom<Signal>('SIGTERM', 'SIGINT', 'SIGKILL', 'SIGHUP', 'SIGUSR1');

function run(src: string, sig: Signal, pid1: boolean): string {
  const fs = new ContainerFs({ image: 'busybox', hostname: 'h', mounts: [] });
  let log = '';
  const p = startProcess({ argv: ['sh', '-c', src], env: { HOME: '/root' }, fs, pid1, epochMs: 0, declaredPorts: [80], image: 'busybox', stdout: (x) => (log += `o:${x}`), stderr: (x) => (log += `e:${x}`) });
  const states = [p.advance(0), p.advance(500)];
  p.signal(sig, 700);
  states.push(p.state(), p.advance(5_000));
  return JSON.stringify({ log, states, wake: p.nextWake(), ports: p.listeningPorts(), http: p.httpGet(80, '/'), fs: fs.list('/tmp') });
}

t.test('never throws and is deterministic on arbitrary token soup', async (t) => {
  fc.assert(
    fc.property(script, signalArb, fc.boolean(), (src, sig, pid1) => {
      const a = run(src, sig, pid1);
      const b = run(src, sig, pid1);
      return a === b && !a.includes('internal error');
    }),
    { numRuns: 150, seed: 4242 },
  );
  t.pass('150 scripts');
});

t.test('never throws on arbitrary strings either', async (t) => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), (src) => {
      return !run(src, 'SIGTERM', true).includes('internal error');
    }),
    { numRuns: 200, seed: 7 },
  );
  t.pass('200 strings');
});

t.test('expandKubeletVars never throws; strings without $ are unchanged', async (t) => {
  fc.assert(
    fc.property(fc.string(), fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.string()), (s, env) => {
      const out = expandKubeletVars(s, env);
      return s.includes('$') || out === s;
    }),
    { numRuns: 500, seed: 1 },
  );
  t.pass('500 strings');
});
