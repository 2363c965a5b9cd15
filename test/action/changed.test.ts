/**
 * only-changed: which files a pull request or push changed, from the event payload (the
 * `pull_request.base.sha`/`head.sha` and push `before`/`after` fields of GitHub's webhook
 * payloads) and git. Uses a fake git, so no repository is needed.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import t from 'tap';
import { changedFiles, type Git } from '../../src/action/changed.js';

async function eventFile(payload: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'podproof-event-'));
  const file = path.join(dir, 'event.json');
  await writeFile(file, JSON.stringify(payload));
  return file;
}

function fakeGit(diffs: Record<string, string | Error>): { git: Git; calls: string[][] } {
  const calls: string[][] = [];
  const git: Git = async (args) => {
    calls.push(args);
    if (args[0] === 'rev-parse') return '/work/repo\n';
    const key = args.slice(4).join(' ');
    const out = diffs[key];
    if (out === undefined || out instanceof Error) throw out ?? new Error(`unknown range ${key}`);
    return out;
  };
  return { git, calls };
}

t.test('pull request: base...head, paths made absolute from the repository root', async (t) => {
  const { git, calls } = fakeGit({ 'b1...h1': 'k8s/a.yaml\0k8s/b c.yaml\0' });
  const ev = await eventFile({ pull_request: { base: { sha: 'b1' }, head: { sha: 'h1' } } });
  const r = await changedFiles({ GITHUB_EVENT_PATH: ev, GITHUB_EVENT_NAME: 'pull_request' }, '/work/repo/sub', git);
  t.same(r.files && [...r.files], ['/work/repo/k8s/a.yaml', '/work/repo/k8s/b c.yaml']);
  t.same(calls[1], ['diff', '--name-only', '-z', '--diff-filter=ACMRT', 'b1...h1']);
});

t.test('pull request with shallow history: falls back to the merge commit', async (t) => {
  const { git } = fakeGit({ 'b1...h1': new Error('bad object'), 'HEAD^1 HEAD': 'x.yaml\0' });
  const ev = await eventFile({ pull_request: { base: { sha: 'b1' }, head: { sha: 'h1' } } });
  const r = await changedFiles({ GITHUB_EVENT_PATH: ev }, '/work/repo', git);
  t.same(r.files && [...r.files], ['/work/repo/x.yaml']);
});

t.test('push: before...after; a new branch (before = 0000…) cannot be compared', async (t) => {
  const { git } = fakeGit({ 'a0...a1': 'p.yaml\0' });
  const push = await eventFile({ before: 'a0', after: 'a1' });
  t.same([...((await changedFiles({ GITHUB_EVENT_PATH: push }, '/work/repo', git)).files ?? [])], ['/work/repo/p.yaml']);
  const created = await eventFile({ before: '0000000000000000000000000000000000000000', after: 'a1' });
  const r = await changedFiles({ GITHUB_EVENT_PATH: created, GITHUB_EVENT_NAME: 'push' }, '/work/repo', git);
  t.equal(r.files, undefined);
  t.match(r, { reason: 'the push event names no base commit to compare with' });
});

t.test('reasons when nothing can be computed', async (t) => {
  t.match(await changedFiles({}, '/x'), { reason: /GITHUB_EVENT_PATH is not set/ });
  t.match(await changedFiles({ GITHUB_EVENT_PATH: '/nonexistent/event.json' }, '/x'), { reason: /could not be read/ });
  const { git } = fakeGit({ 'HEAD^1 HEAD': new Error('no parent') });
  const ev = await eventFile({ pull_request: {} });
  t.match(await changedFiles({ GITHUB_EVENT_PATH: ev }, '/work/repo', git), { reason: /fetch-depth: 0/ });
});
