// The README's promise: a newcomer copies its scenario, points it at a manifest, and it runs.
// The scenario is taken from README.md itself, so the README cannot drift from the step library.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import type { runSpecs as RunSpecs } from '../../src/api/test.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

t.test("the README's scenario passes against the seed hello-world manifest", async (t) => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const m = /```gherkin\n([\s\S]*?)```/.exec(readme);
  t.ok(m, 'the README has a gherkin block');
  const dir = mkdtempSync(path.join(tmpdir(), 'podproof-readme-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'hello.feature'), m![1]!);
  const manifest = /Given the manifest "([^"]+)"/.exec(m![1]!)![1]!;
  copyFileSync(path.join(root, 'examples', 'pods', 'hello-world.yaml'), path.join(dir, manifest));
  const out = new PassThrough();
  let text = '';
  out.on('data', (d: Buffer) => (text += d.toString()));
  // The compiled step library (npm test builds first), as users get it.
  const { runSpecs } = (await import(new URL('../../dist/api/test.js', import.meta.url).href)) as { runSpecs: typeof RunSpecs };
  const r = await runSpecs({ cwd: dir, paths: ['hello.feature'], formats: ['summary'], stdout: out, stderr: out });
  t.equal(r.success, true, text);
  t.same(r.scenarios.map((s) => [s.name, s.status]), [['the container prints and completes', 'passed']]);
});
