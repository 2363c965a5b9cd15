// Bad input never crashes the tool and never passes silently: every case gets a clear message
// with file:line, the run still checks the other files, and input that cannot be read is fatal
// (the CLI exits 2). Each case runs in a run that also holds a good file with a known error.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import t from 'tap';
import { lintFiles } from '../../src/api/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'podproof-bad-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string | Buffer): string => {
  writeFileSync(path.join(dir, name), text);
  return name;
};

// The control: the seed's error-pod (000_866009fb9f7f7fa3.txt, 创建Pod), which must still be reported.
write('control.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: hello-world\nspec:\n  restartPolicy: Mybe\n  containers:\n  - name: hello\n    image: "ubuntu:14.04"\n    command: ["/bin/echo","Hello","World"]\n');

let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
  bomb += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
}
const deepBlock = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
const big = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\n${'# padding\n'.repeat(2_100_000)}`; // 21 MB

const cases: { name: string; file: string | undefined; content?: string | Buffer; line: number; message: RegExp; fatal: boolean }[] = [
  { name: 'malformed YAML', file: 'malformed.yaml', content: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: {a: b\n', line: 5, message: /YAML syntax error/, fatal: true },
  {
    name: 'a wrong type deep inside a pod spec',
    file: 'wrong-type.yaml',
    content: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: c\n    image: busybox:1.36\n    ports:\n    - containerPort: "eighty"\n',
    line: 10,
    message: /^Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field ContainerPort\.spec\.containers\.ports\.containerPort of type int32$/,
    fatal: true,
  },
  { name: 'an alias bomb', file: 'bomb.yaml', content: bomb, line: 1, message: /alias bomb/, fatal: true },
  { name: '1000-level flow nesting', file: 'deep-flow.yaml', content: `a: ${'['.repeat(1000)}${']'.repeat(1000)}\n`, line: 1, message: /nesting is too deep/, fatal: true },
  { name: '1000-level block nesting', file: 'deep-block.yaml', content: deepBlock, line: 0, message: /nesting is too deep/, fatal: true },
  { name: 'a 20 MB file', file: 'big.yaml', content: big, line: 1, message: /too large/, fatal: true },
  { name: 'a binary file', file: 'binary.yaml', content: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]), line: 1, message: /binary/, fatal: true },
  { name: 'an empty file', file: 'empty.yaml', content: '', line: 1, message: /empty/, fatal: false },
  { name: 'a file that is not there', file: undefined, line: 1, message: /File not found/, fatal: true },
  { name: 'an unknown kind in a built-in group', file: 'unknown-kind.yaml', content: 'apiVersion: apps/v1\nkind: Deploymnet\nmetadata: {name: d}\n', line: 2, message: /no matches for kind "Deploymnet" in version "apps\/v1"/, fatal: true },
];

for (const c of cases) {
  t.test(c.name, async (t) => {
    const file = c.file ?? 'does-not-exist.yaml';
    if (c.file && c.content !== undefined) write(c.file, c.content);
    const start = Date.now();
    const result = await lintFiles(['control.yaml', file], { cwd: dir });
    const elapsed = Date.now() - start;
    t.ok(elapsed < 2000, `answered in ${elapsed} ms (< 2 s)`);
    const own = result.results.find((r) => r.filePath === file);
    t.ok(own, 'the bad file has a result');
    const f = own!.findings.find((x) => x.ruleId === 'parse-error' || x.ruleId === 'invalid');
    t.ok(f, 'and a finding');
    t.match(f!.message, c.message);
    if (c.line > 0) t.equal(f!.range.line, c.line, 'at the line of the problem');
    else t.ok(f!.range.line > 1, `at line ${f!.range.line}`);
    t.equal(f!.fatal === true, c.fatal, c.fatal ? 'fatal: exit 2' : 'not fatal');
    const control = result.results.find((r) => r.filePath === 'control.yaml');
    t.ok(
      control?.findings.some((x) => x.message.includes('spec.restartPolicy: Unsupported value: "Mybe"')),
      'the other file of the run is still checked',
    );
  });
}
