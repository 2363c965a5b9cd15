#!/usr/bin/env node
// Bundle the GitHub Action into one committed file, dist/action/index.js (the actions/setup-node
// way: the runner executes it straight from the checkout, with no npm install). CI rebuilds it
// and fails on `git diff --exit-code dist/action` so the bundle never drifts from src/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
rmSync(path.join(root, 'dist', 'action'), { recursive: true, force: true }); // no stale chunks
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

await build({
  absWorkingDir: root,
  // The step library is a second entry: Cucumber imports it by path when the action runs the
  // `features`, and splitting puts Cucumber in a chunk both entries share (one step registry).
  entryPoints: { index: 'src/action/entry.ts', steps: 'src/action/steps-entry.ts' },
  outdir: 'dist/action',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies (ajv, yaml's CJS build…) call require() for Node built-ins; give the
  // ESM bundle a real require so they work.
  // Cucumber's CommonJS code also reads __dirname/__filename.
  banner: {
    js: [
      "import { createRequire as __podproofCreateRequire } from 'node:module';",
      "import { fileURLToPath as __podproofFileURLToPath } from 'node:url';",
      "import { dirname as __podproofDirname } from 'node:path';",
      'const require = __podproofCreateRequire(import.meta.url);',
      'const __filename = __podproofFileURLToPath(import.meta.url);',
      'const __dirname = __podproofDirname(__filename);',
    ].join('\n'),
  },
  define: { __PODPROOF_VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'eof',
  // Reproducible output: no absolute paths, no timestamps, no source maps to drift.
  sourcemap: false,
  charset: 'utf8',
  logLevel: 'warning',
});
