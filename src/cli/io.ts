import type { Readable, Writable } from 'node:stream';

/** What the CLI may touch of the process: handed in, so tests run it in-process. */
export interface CliIO {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  stdin: Readable;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export class UsageError extends Error {}

export const EXIT = { ok: 0, findings: 1, fatal: 2 } as const;
