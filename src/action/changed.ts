/**
 * Which files a pull request or push changed, for `only-changed: true`. The same approach as the
 * well-known changed-files actions: the event payload names the base and head commits; git diffs
 * them (`base...head` needs the history, e.g. actions/checkout `fetch-depth: 0`); for a pull
 * request's merge commit, `HEAD^1 HEAD` works with `fetch-depth: 2`. When neither can be
 * computed the caller lints everything and says why.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export type Git = (args: string[], cwd: string) => Promise<string>;

export const runGit: Git = (args, cwd) =>
  new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (err: Error | null, stdout: string) => {
      if (err) reject(err);
      else resolve(stdout);
    });
  });

interface EventPayload {
  pull_request?: { base?: { sha?: string }; head?: { sha?: string } };
  before?: string;
  after?: string;
}

const ZERO_SHA = /^0+$/;

export type ChangedFiles = { files: Set<string> } | { files?: undefined; reason: string };

/** Absolute paths of the files added, copied, modified or renamed (deletions cannot be linted). */
export async function changedFiles(env: NodeJS.ProcessEnv, cwd: string, git: Git = runGit): Promise<ChangedFiles> {
  const eventPath = env.GITHUB_EVENT_PATH;
  if (!eventPath) return { reason: 'GITHUB_EVENT_PATH is not set (not running in GitHub Actions?)' };
  let event: EventPayload;
  try {
    event = JSON.parse(await readFile(eventPath, 'utf8')) as EventPayload;
  } catch (e) {
    return { reason: `the event payload ${eventPath} could not be read (${(e as Error).message})` };
  }
  const ranges: string[][] = [];
  if (event.pull_request) {
    const base = event.pull_request.base?.sha;
    const head = event.pull_request.head?.sha;
    if (base && head) ranges.push([`${base}...${head}`]);
    ranges.push(['HEAD^1', 'HEAD']);
  } else if (event.before && event.after && !ZERO_SHA.test(event.before)) {
    ranges.push([`${event.before}...${event.after}`]);
  } else {
    return { reason: `the ${env.GITHUB_EVENT_NAME ?? 'current'} event names no base commit to compare with` };
  }
  let top: string;
  try {
    top = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch {
    return { reason: `${cwd} is not a git checkout` };
  }
  for (const range of ranges) {
    try {
      const out = await git(['diff', '--name-only', '-z', '--diff-filter=ACMRT', ...range], cwd);
      const files = out.split('\0').filter(Boolean);
      return { files: new Set(files.map((f) => path.resolve(top, f))) };
    } catch {
      // Commit not fetched: try the next way, then give up.
    }
  }
  return { reason: 'git could not compare the commits (fetch more history: actions/checkout with fetch-depth: 0)' };
}
