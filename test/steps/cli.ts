/** Runs the built CLI (`node bin/podproof.js`) as users do; needs `npm run build` first. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './gherkin.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function builtCliMissing(): string | false {
  const need = ['dist/cli/main.js', 'dist/cli/test.js', 'dist/steps/index.js'];
  const missing = need.filter((f) => !existsSync(path.join(ROOT, f)));
  return missing.length ? `run "npm run build" first (missing ${missing.join(', ')})` : false;
}

export function podproof(args: string[], cwd = ROOT): CliRun {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/podproof.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
