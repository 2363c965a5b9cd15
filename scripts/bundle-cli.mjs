#!/usr/bin/env node
// Start-up is a feature: a pre-commit run must start fast. Loading ~150 small ES modules costs
// more than the lint itself, so the CLI is also bundled into a few files (dist/bundle/), split
// at its lazy imports so each command loads only its own code. Cucumber stays external (it is
// only loaded by `podproof test`, and user step files must share its instance).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
rmSync(path.join(root, 'dist', 'bundle'), { recursive: true, force: true }); // no stale chunks
await build({
  absWorkingDir: root,
  // lint-worker: the entry of lint worker threads, found next to the chunk that starts them.
  entryPoints: { main: 'src/cli/main.ts', 'lint-worker': 'src/api/lint-worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@cucumber/cucumber', '@cucumber/cucumber/*'],
  banner: { js: "import { createRequire as __podproofRequire } from 'node:module';\nconst require = __podproofRequire(import.meta.url);" },
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});
