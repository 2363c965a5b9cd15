#!/usr/bin/env node
// Bundle the GitHub Action into one committed file, dist/action/index.js (the actions/setup-node
// way: the runner executes it straight from the checkout, with no npm install). CI rebuilds it
// and fails on `git diff --exit-code dist/action` so the bundle never drifts from src/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

await build({
  absWorkingDir: root,
  entryPoints: ['src/action/entry.ts'],
  outfile: 'dist/action/index.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies (ajv, yaml's CJS build…) call require() for Node built-ins; give the
  // ESM bundle a real require so they work.
  banner: { js: "import { createRequire as __podproofCreateRequire } from 'node:module';\nconst require = __podproofCreateRequire(import.meta.url);" },
  define: { __PODPROOF_VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'eof',
  // Reproducible output: no absolute paths, no timestamps, no source maps to drift.
  sourcemap: false,
  charset: 'utf8',
  logLevel: 'warning',
});
