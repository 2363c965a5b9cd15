/**
 * `podproof steps` (the listing, from the same table the runner registers), docs/steps.md
 * freshness (typescript-eslint habit: generated files are checked), and user steps loaded with
 * `podproof test --import` sharing the built-in World and `{duration}` parameter type.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PassThrough } from 'node:stream';
import t from 'tap';
import { stepsCommand } from '../../src/cli/steps.js';
import { ALL_STEPS } from '../../src/steps/all.js';
import { renderStepsMarkdown } from '../../src/steps/listing.js';
import { builtCliMissing, podproof } from './cli.js';
import { ROOT } from './gherkin.js';

async function runSteps(argv: string[]): Promise<{ code: number; out: string }> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (b: Buffer) => (out += b.toString()));
  const code = await stepsCommand(argv, { stdout, stderr: new PassThrough(), stdin: new PassThrough(), cwd: ROOT, env: {} });
  return { code, out };
}

t.test('podproof steps lists every step with a description', async (t) => {
  const { code, out } = await runSteps([]);
  t.equal(code, 0);
  for (const s of ALL_STEPS) {
    t.match(out, `${s.keyword} ${s.expression}`, s.expression);
    t.ok(s.description.length > 10, `described: ${s.expression}`);
  }
  t.match(out, '{duration} a time span');
});

t.test('podproof steps --format markdown is docs/steps.md', async (t) => {
  const { code, out } = await runSteps(['--format', 'markdown']);
  t.equal(code, 0);
  t.equal(out, renderStepsMarkdown());
  t.equal(readFileSync(path.join(ROOT, 'docs/steps.md'), 'utf8'), out, 'docs/steps.md is up to date (npx tsx scripts/gen-steps-doc.ts)');
  t.match(out, '| `Then kubectl get pods shows: \\|…\\|` |', 'pipes escaped inside a table cell');
});

t.test('podproof steps rejects an unknown format', async (t) => {
  await t.rejects(runSteps(['--format', 'html']), /Unknown format "html"/);
});

/** A user's own steps file, as they would write it (plain JS importing @cucumber/cucumber). */
const CUSTOM_STEPS = (cucumber: string): string => `import { Then } from '${cucumber}';

Then('the pod has an IP', function () {
  const status = this.handle().status();
  if (!status.podIP) this.fail('the pod to have an IP', 'no podIP');
});

Then('the virtual clock reads {duration}', function (ms) {
  if (this.now !== ms) this.fail(\`the virtual time to be \${ms} ms\`, \`\${this.now} ms\`);
});
`;

t.test('user steps with --import share the World', { skip: builtCliMissing() }, (t) => {
  // Written to a temp folder at test time (ESLint's project service does not cover fixture .mjs
  // files); it imports the same @cucumber/cucumber module instance the runner uses.
  const dir = mkdtempSync(path.join(tmpdir(), 'podproof-custom-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const stepsFile = path.join(dir, 'custom-steps.mjs');
  writeFileSync(stepsFile, CUSTOM_STEPS(pathToFileURL(path.join(ROOT, 'node_modules/@cucumber/cucumber/lib/index.js')).href));
  const r = podproof(['test', 'test/steps/fixtures/custom.feature', '--import', stepsFile]);
  t.equal(r.status, 0, r.stdout + r.stderr);
  t.match(r.stdout, '1 scenario (1 passed)');
  t.end();
});

t.test('plain cucumber-js with --import dist/steps/index.js', { skip: builtCliMissing() }, (t) => {
  const bin = path.join(ROOT, 'node_modules/@cucumber/cucumber/bin/cucumber.js');
  const r = spawnSync(process.execPath, [bin, '--import', 'dist/steps/index.js', 'examples/pods/hello-world.feature'], { cwd: ROOT, encoding: 'utf8' });
  t.equal(r.status, 0, r.stdout + r.stderr);
  t.match(r.stdout, '2 scenarios (2 passed)');
  t.end();
});
