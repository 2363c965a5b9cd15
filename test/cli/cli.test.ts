// The CLI end to end, in-process: argv → exit code and output (DESIGN.md "Commands": 0 clean,
// 1 findings, 2 usage, config or unreadable input).
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { main } from '../../src/cli/main.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function run(args: string[], opts: { cwd?: string; stdin?: string } = {}): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await main(args, { stdout, stderr, stdin: Readable.from([opts.stdin ?? '']), cwd: opts.cwd ?? root, env: { NO_COLOR: '1' } });
  return { code, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), 'podproof-cli-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
// The seed's error-pod.yaml (000_866009fb9f7f7fa3.txt, 创建Pod).
const ERROR_POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: hello-world\nspec:\n  restartPolicy: Mybe\n  containers:\n  - name: hello\n    image: "ubuntu:14.04"\n    command: ["/bin/echo","Hello","World"]\n';
writeFileSync(path.join(dir, 'error-pod.yaml'), ERROR_POD);
writeFileSync(path.join(dir, '.podproof.yaml'), 'extends: recommended\nrules:\n  bare-pod: off\n');

t.test('lint: the seed error pod, at the line and column of restartPolicy, exit 1', async (t) => {
  const r = await run(['lint', 'error-pod.yaml'], { cwd: dir });
  t.equal(r.code, 1);
  t.match(r.out, /6:18\s+error\s+The Pod "hello-world" is invalid: spec\.restartPolicy: Unsupported value: "Mybe": supported values: "Always", "OnFailure", "Never"\s+invalid/);
  const json = await run(['lint', 'error-pod.yaml', '-f', 'json'], { cwd: dir });
  const parsed = JSON.parse(json.out) as { messages: { ruleId: string; line: number; column: number; message: string }[] }[];
  const m = parsed[0]!.messages.find((x) => x.ruleId === 'invalid');
  t.same([m?.line, m?.column], [6, 18]);
  t.equal(m?.message, 'The Pod "hello-world" is invalid: spec.restartPolicy: Unsupported value: "Mybe": supported values: "Always", "OnFailure", "Never"');
  t.notOk(parsed[0]!.messages.some((x) => x.ruleId === 'bare-pod'), 'the discovered .podproof.yaml turned bare-pod off');
});

t.test('lint: standard input, --quiet, --output-file', async (t) => {
  const r = await run(['lint', '-', '--stdin-filename', 'piped.yaml', '--quiet', '-o', 'out.txt'], { cwd: dir, stdin: ERROR_POD });
  t.equal(r.code, 1);
  const text = readFileSync(path.join(dir, 'out.txt'), 'utf8');
  t.match(text, /piped\.yaml/);
  t.notMatch(text, /\d+:\d+\s+warning/, '--quiet leaves errors only');
});

t.test('lint: --max-warnings', async (t) => {
  writeFileSync(path.join(dir, 'warn.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n');
  t.equal((await run(['lint', 'warn.yaml', '--max-warnings', '0'], { cwd: dir })).code, 0, 'no pods, no warnings');
  const bad = await run(['lint', 'warn.yaml', '--max-warnings', 'x'], { cwd: dir });
  t.equal(bad.code, 2);
  t.match(bad.err, /--max-warnings takes a whole number/);
});

t.test('lint: unreadable input and usage errors exit 2', async (t) => {
  const missing = await run(['lint', 'nope.yaml'], { cwd: dir });
  t.equal(missing.code, 2);
  t.match(missing.out, /File not found: nope\.yaml/);
  t.equal((await run(['lint', '--format', 'xml'], { cwd: dir })).code, 2);
  t.equal((await run(['frobnicate'])).code, 2);
});

t.test('simulate: the seed hello-world completes and logs Hello World', async (t) => {
  const r = await run(['simulate', 'examples/pods/hello-world.yaml', '--for', '1m']);
  t.equal(r.code, 0);
  t.match(r.out, /hello-world\s+0\/1\s+Completed\s+0/);
  t.match(r.out, /Logs:\n\s+Hello World/);
  t.match(r.out, /Normal\s+Started\s+\S+\s+kubelet\s+Started container hello/);
  const until = await run(['simulate', 'examples/pods/hello-world.yaml', '--until', 'phase=Succeeded', '--output', 'json']);
  t.equal(until.code, 0);
  const json = JSON.parse(until.out) as { untilReached: boolean; containers: { logs: string }[] };
  t.equal(json.untilReached, true);
  t.equal(json.containers[0]?.logs, 'Hello World\n');
  t.equal((await run(['simulate', 'examples/pods/hello-world.yaml', '--until', 'nonsense'])).code, 2);
  t.equal((await run(['simulate', 'examples/pods/hello-world.yaml', '--for', 'soon'])).code, 2);
  const svg = path.join(dir, 't.svg');
  t.equal((await run(['simulate', 'examples/pods/hello-world.yaml', '--timeline', svg])).code, 0);
  t.match(readFileSync(svg, 'utf8'), /^<svg|<\?xml/);
});

t.test('simulate: an invalid pod is refused with the API server message, exit 2', async (t) => {
  const r = await run(['simulate', 'error-pod.yaml'], { cwd: dir });
  t.equal(r.code, 2);
  t.match(r.err, /error-pod\.yaml:6:18: The Pod "hello-world" is invalid: spec\.restartPolicy: Unsupported value: "Mybe"/);
});

t.test('rules: list, one rule, unknown rule', async (t) => {
  const list = await run(['rules']);
  t.equal(list.code, 0);
  t.match(list.out, /^no-privileged\s+error\s+security/m);
  const one = await run(['rules', 'no-privileged']);
  t.match(one.out, /^# no-privileged/);
  t.equal((await run(['rules', 'no-such-rule'])).code, 2);
});

t.test('init writes a config and an example feature, and keeps existing files', async (t) => {
  const d = mkdtempSync(path.join(tmpdir(), 'podproof-init-'));
  t.teardown(() => rmSync(d, { recursive: true, force: true }));
  const first = await run(['init'], { cwd: d });
  t.equal(first.code, 0);
  t.ok(existsSync(path.join(d, '.podproof.yaml')));
  t.ok(existsSync(path.join(d, 'features', 'example.feature')));
  t.match(first.out, /id: podproof-lint/);
  const again = await run(['init'], { cwd: d });
  t.match(again.out, /kept \.podproof\.yaml/);
});
