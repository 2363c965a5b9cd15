// --shard i/n splits the files of a run deterministically, and merge-reports puts the JSON
// reports of the shards back together: the merged report holds exactly the findings of one
// unsharded run (DESIGN.md "Scale").
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import t from 'tap';
import { lintFiles, mergeJsonReports, parseShard } from '../../src/api/index.js';
import { formatReport } from '../../src/report/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'podproof-shard-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
for (const [i, policy] of ['Always', 'Mybe', 'Never', 'Sometimes', 'OnFailure'].entries()) {
  writeFileSync(
    path.join(dir, `pod-${i}.yaml`),
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  restartPolicy: ${policy}\n  containers:\n  - name: c\n    image: busybox:1.36\n`,
  );
}

t.test('parseShard', async (t) => {
  t.same(parseShard('2/4'), { index: 2, total: 4 });
  t.equal(parseShard('0/4'), undefined);
  t.equal(parseShard('5/4'), undefined);
  t.equal(parseShard('x'), undefined);
});

t.test('shards partition the files; merged JSON equals the unsharded run', async (t) => {
  const full = await lintFiles(['.'], { cwd: dir });
  const shards = await Promise.all([1, 2, 3].map((index) => lintFiles(['.'], { cwd: dir, shard: { index, total: 3 } })));
  const files = shards.flatMap((s) => s.results.map((r) => r.filePath)).sort();
  t.same(files, full.results.map((r) => r.filePath).sort(), 'every file in exactly one shard');
  t.same(shards.map((s) => s.results.length), [2, 2, 1], 'dealt round-robin over the sorted files');
  const reports = shards.map((s, i) => ({ name: `s${i}.json`, text: formatReport('json', { results: s.results, rules: s.rules, cwd: dir, toolVersion: 'test' }) }));
  const merged = mergeJsonReports(reports);
  const key = (f: { filePath: string; ruleId: string; range: { line: number; column: number }; message: string }): string =>
    `${f.filePath}:${f.range.line}:${f.range.column}:${f.ruleId}:${f.message}`;
  const want = full.results.flatMap((r) => r.findings.filter((f) => !f.suppressed).map(key)).sort();
  const got = merged.flatMap((r) => r.findings.filter((f) => !f.suppressed).map(key)).sort();
  t.same(got, want);
  t.ok(want.some((k) => k.includes('Unsupported value: "Mybe"')), 'the invalid pods are among them');
});

t.test('a report that is not JSON is refused with its name', async (t) => {
  t.throws(() => mergeJsonReports([{ name: 'broken.json', text: '{' }]), /broken\.json is not a JSON report/);
});
