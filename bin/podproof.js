#!/usr/bin/env node
// Thin launcher: everything lives in the compiled CLI; it returns an exit code, we set it.
import { main } from '../dist/cli/main.js';

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
