// Files checked in worker threads give exactly the findings of a single-threaded run, including
// the rules that look across files (the whole run's objects are handed to every worker).
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import t from 'tap';
import { lintFiles } from '../../src/api/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'podproof-workers-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
// A ServiceAccount in one file opts out of token automounting for the pods of the other files:
// automount-service-account-token must see it wherever the pods are checked.
writeFileSync(path.join(dir, 'sa.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: quiet, namespace: default}\nautomountServiceAccountToken: false\n');
for (let i = 0; i < 9; i++) {
  writeFileSync(
    path.join(dir, `pod-${i}.yaml`),
    `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}, namespace: default}\nspec:\n  serviceAccountName: ${i % 2 ? 'quiet' : 'default'}\n  restartPolicy: ${i === 4 ? 'Mybe' : 'Always'}\n  containers:\n  - name: c\n    image: busybox:1.36\n`,
  );
}

const key = (r: Awaited<ReturnType<typeof lintFiles>>): string[] =>
  r.results.flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.range.line}:${x.range.column}:${x.ruleId}:${x.message}`)).sort();

t.test('workers and the main thread agree', async (t) => {
  // This runs the TypeScript sources; the worker entry is compiled output, so build first.
  const single = await lintFiles(['.'], { cwd: dir, workers: 1 });
  t.ok(key(single).some((k) => k.includes('Unsupported value: "Mybe"')));
  const quiet = key(single).filter((k) => k.includes('automount-service-account-token'));
  t.equal(quiet.length, 5, 'only the pods of the default service account are reported');
  const { lintFiles: builtLint } = (await import(new URL('../../dist/api/lint.js', import.meta.url).href)) as { lintFiles: typeof lintFiles };
  const threaded = await builtLint(['.'], { cwd: dir, workers: 3 });
  t.same(key(threaded), key(single));
  t.same(threaded.errorCount, single.errorCount);
});
