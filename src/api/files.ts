/**
 * Which files a run checks: paths, folders and globs (fast-glob), `-` for stdin. The api layer
 * is the only one that touches the file system.
 */
import { closeSync, fstatSync, openSync, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type FastGlob from 'fast-glob';
import { tooLargeMessage } from '../manifest/index.js';

export const MANIFEST_EXTENSIONS = ['yaml', 'yml', 'json'];
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export interface Target {
  /** Display path (relative to cwd when inside it), or `<stdin>`. */
  filePath: string;
  /** Absolute path; undefined for stdin. */
  absolutePath?: string;
  /** When the pattern matched nothing or the file is missing. */
  missing?: string;
}

function display(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

export async function expandPatterns(patterns: readonly string[], cwd: string, ignore: readonly string[] = []): Promise<Target[]> {
  const out: Target[] = [];
  const seen = new Set<string>();
  const add = (abs: string): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push({ filePath: display(cwd, abs), absolutePath: abs });
  };
  // fast-glob is only needed for folders and globs: a pre-commit run on named files skips loading it.
  let fg: typeof FastGlob | undefined;
  const glob = async (): Promise<typeof FastGlob> => (fg ??= (await import('fast-glob')).default);
  for (const pattern of patterns) {
    if (pattern === '-') {
      out.push({ filePath: '<stdin>' });
      continue;
    }
    const abs = path.resolve(cwd, pattern);
    const stat = await fs.stat(abs).catch(() => undefined);
    if (stat?.isFile()) {
      add(abs);
      continue;
    }
    let matches: string[];
    if (stat?.isDirectory()) {
      matches = await (await glob())(`**/*.{${MANIFEST_EXTENSIONS.join(',')}}`, {
        cwd: abs,
        absolute: true,
        ignore: [...IGNORE, ...ignore],
        dot: false,
        followSymbolicLinks: false,
      });
    } else if ((await glob()).isDynamicPattern(pattern)) {
      matches = await (await glob())(pattern, { cwd, absolute: true, ignore: [...IGNORE, ...ignore], onlyFiles: true });
    } else {
      out.push({ filePath: pattern, missing: `File not found: ${pattern}.` });
      continue;
    }
    if (matches.length === 0) {
      out.push({ filePath: pattern, missing: `No files match the pattern "${pattern}".` });
      continue;
    }
    matches.sort();
    for (const m of matches) add(path.normalize(m));
  }
  return out;
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** Read a target (a file, or stdin) as UTF-8, refusing what is too large before reading it all. */
export async function readTarget(t: Target, maxBytes: number, stdin?: NodeJS.ReadableStream): Promise<ReadResult> {
  try {
    if (!t.absolutePath) {
      if (!stdin) return { ok: false, message: 'No standard input to read.' };
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of stdin) {
        const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk);
        size += b.length;
        if (size > maxBytes) return { ok: false, message: tooLargeMessage(size, maxBytes) };
        chunks.push(b);
      }
      return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
    }
    return readFileTarget(t.absolutePath, t.filePath, maxBytes);
  } catch (e) {
    return { ok: false, message: readErrorMessage(t.filePath, e) };
  }
}

/**
 * Read a file synchronously: many small files read fastest without a thread-pool round trip per
 * call, and worker threads use it too. One open + fstat: a huge file is refused before it is
 * read, at no extra system call.
 */
export function readFileTarget(absolutePath: string, filePath: string, maxBytes: number): ReadResult {
  try {
    const fd = openSync(absolutePath, 'r');
    try {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) return { ok: false, message: `Cannot read ${filePath}: it is a directory.` };
      if (stat.size > maxBytes) return { ok: false, message: tooLargeMessage(stat.size, maxBytes) };
      return { ok: true, text: readFileSync(fd, 'utf8') };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { ok: false, message: readErrorMessage(filePath, e) };
  }
}

function readErrorMessage(filePath: string, e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const why = err.code === 'ENOENT' ? 'it does not exist' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'it is a directory' : err.message;
  return `Cannot read ${filePath}: ${why}.`;
}
