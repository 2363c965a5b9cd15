/**
 * Packaging checks: what `npm pack` ships, the package's entry points, the Action's metadata and
 * the pre-commit hooks. Metadata cannot lie (STYLE.md, after ESLint): action.yml declares
 * exactly the inputs and outputs src/action reads and sets; a hook's entry is a bin the package
 * installs; `exports` lists `types` first (TypeScript resolves conditions in order).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { parse } from 'yaml';
import { INPUT_NAMES, OUTPUT_NAMES } from '../../src/action/inputs.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (p: string): string => readFileSync(path.join(root, p), 'utf8');

interface Pkg {
  type: string;
  bin: Record<string, string>;
  exports: Record<string, unknown>;
  files: string[];
  engines: { node: string };
}
const pkg = JSON.parse(read('package.json')) as Pkg;

t.test('package.json entry points', async (t) => {
  t.equal(pkg.type, 'module');
  t.match(pkg.engines.node, /^>=20/);
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value === 'object' && value !== null) t.equal(Object.keys(value)[0], 'types', `exports["${key}"] lists types first`);
  }
  t.same(Object.keys(pkg.bin), ['podproof']);
  const bin = read(pkg.bin.podproof!);
  t.ok(bin.startsWith('#!/usr/bin/env node\n'), 'the bin has a node shebang');
});

t.test('npm pack ships bin, dist, rules, schema — not sources, tests or maps', async (t) => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
  for (const must of ['package.json', 'bin/podproof.js', 'schema/podproof-config.json']) t.ok(files.includes(must), `${must} is packed`);
  // The GitHub Action runs from the repository checkout (uses: podproof/podproof@v1), not from npm.
  t.same(files.filter((f) => f.startsWith('dist/action/')), [], 'the action bundle is not in the npm package');
  t.ok(files.some((f) => /^rules\/[a-z0-9-]+\.yaml$/.test(f)), 'rule files are packed');
  t.same(
    files.filter((f) => /^(src|test|features|\.github|node_modules)\//.test(f) || f.endsWith('.map') || f.endsWith('.tsbuildinfo')),
    [],
    'no sources, tests, CI files or source maps',
  );
  // The bin's import target is packed whenever the build has run (dist/ is not in git).
  const target = /(?:from |import\()'\.\.\/(dist\/[^']+)'/.exec(read('bin/podproof.js'))?.[1];
  t.ok(target, 'the bin imports the compiled CLI');
  if (target && existsSync(path.join(root, target))) t.ok(files.includes(target), `${target} is packed`);
});

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

t.test('action.yml matches the Action', async (t) => {
  const action = parse(read('action.yml')) as ActionYml;
  t.equal(action.runs.using, 'node24');
  t.equal(action.runs.main, 'dist/action/index.js');
  t.ok(statSync(path.join(root, action.runs.main)).size > 0, 'the bundle exists');
  t.doesNotThrow(() => execFileSync('git', ['ls-files', '--error-unmatch', action.runs.main], { cwd: root, stdio: 'ignore' }), 'the bundle is committed (runners do not build)');
  t.same(Object.keys(action.inputs).sort(), [...INPUT_NAMES].sort(), 'declared inputs = inputs read');
  t.same(Object.keys(action.outputs).sort(), [...OUTPUT_NAMES].sort(), 'declared outputs = outputs set');
  for (const [name, input] of Object.entries(action.inputs)) {
    t.ok(input.description.length > 10, `input ${name} is described`);
    t.not(input.required, true, `input ${name} is optional (every one has a default)`);
  }
  t.equal(action.inputs['fail-on']?.default, 'error');
  t.equal(action.inputs.paths?.default, '.');
  t.equal(action.inputs['only-changed']?.default, 'false');
});

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}

t.test('.pre-commit-hooks.yaml', async (t) => {
  const hooks = parse(read('.pre-commit-hooks.yaml')) as Hook[];
  t.same(hooks.map((h) => h.id), ['podproof-lint', 'podproof-test']);
  for (const h of hooks) {
    t.equal(h.language, 'node');
    t.ok(Object.keys(pkg.bin).includes(h.entry.split(' ')[0]!), `${h.id} runs a bin the package installs`);
  }
  const [lint, test] = hooks as [Hook, Hook];
  t.equal(lint.entry, 'podproof lint');
  t.equal(test.entry, 'podproof test');
  // pre-commit applies `files` with Python's re.search; these patterns mean the same in JS.
  const lintRe = new RegExp(lint.files);
  t.same(['k8s/a.yaml', 'b.yml', 'c.json', 'd.txt', 'e.yaml.bak', 'x.feature'].map((f) => lintRe.test(f)), [true, true, true, false, false, false]);
  const testRe = new RegExp(test.files);
  t.same(['features/a.feature', 'a.yaml', 'a.feature.md'].map((f) => testRe.test(f)), [true, false, false]);
});
