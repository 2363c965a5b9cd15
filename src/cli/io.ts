/** What the CLI may touch of the process: handed in, so tests run it in-process. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export class UsageError extends Error {}

export const EXIT = { ok: 0, findings: 1, fatal: 2 } as const;
