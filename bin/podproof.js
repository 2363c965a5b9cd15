#!/usr/bin/env node
// Thin launcher: everything lives in the compiled CLI; it returns an exit code, we set it.
import module from 'node:module';

// Node 22.1+ caches compiled code on disk: a pre-commit run starts markedly faster the second time.
module.enableCompileCache?.();

const { main } = await import('../dist/bundle/main.js');
const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
