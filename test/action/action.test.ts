/**
 * The committed bundle, run the way the GitHub runner runs a `node24` action: `node
 * dist/action/index.js` with inputs as INPUT_<NAME> variables (@actions/core getInput: the name
 * upper-cased, spaces as `_`, hyphens kept), GITHUB_WORKSPACE, and the GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY files the runner creates before the step. Outputs are read back in the
 * runner's file-command format (`name<<DELIMITER\nvalue\nDELIMITER`).
 *
 * Expected positions were counted by hand in test/fixtures/action/bad:
 *   hello-world.yaml line 7 `  restartPolicy: Mybe`   → "Mybe" at columns 18–21 (end 22);
 *   two-docs.yaml   line 16 `    - name: Bad_Name`    → "Bad_Name" at columns 13–20 (end 21).
 * The messages are the API server's (seeds: the restartPolicy example; DNS-1123 label names).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { sarifValidator } from '../report/sarif-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = path.join(root, 'dist/action/index.js');

interface Annotation {
  level: string;
  props: Record<string, string>;
  message: string;
}

interface Run {
  status: number | null;
  stdout: string;
  annotations: Annotation[];
  /** `::error::…` lines without properties (core.setFailed). */
  failures: string[];
  outputs: Record<string, string>;
  summary: string;
}

function unescape(s: string): string {
  return s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out[m[1]!] = m[3]!;
  return out;
}

function runAction(inputs: Record<string, string>, opts: { workspace?: string; env?: Record<string, string> } = {}): Run {
  const tmp = mkdtempSync(path.join(tmpdir(), 'podproof-action-'));
  const outputFile = path.join(tmp, 'output');
  const summaryFile = path.join(tmp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace ?? root,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...opts.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [bundle], { cwd: opts.workspace ?? root, env, encoding: 'utf8', timeout: 60_000 });
  const annotations: Annotation[] = [];
  const failures: string[] = [];
  for (const line of r.stdout.split('\n')) {
    const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
    if (m) {
      const props = Object.fromEntries(m[2]!.split(',').map((kv) => kv.split('=', 2).map(unescape) as [string, string]));
      annotations.push({ level: m[1]!, props, message: unescape(m[3]!) });
    } else if (line.startsWith('::error::')) failures.push(unescape(line.slice('::error::'.length)));
  }
  return {
    status: r.status,
    stdout: r.stdout,
    annotations,
    failures,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

t.before(() => {
  if (!existsSync(bundle)) throw new Error('dist/action/index.js is missing: run node scripts/build-action.mjs');
});

t.test('a folder with known problems: annotations, summary, SARIF, outputs, failure', async (t) => {
  const sarifDir = mkdtempSync(path.join(tmpdir(), 'podproof-sarif-'));
  const r = runAction({ paths: 'test/fixtures/action/bad', 'fail-on': 'error', 'sarif-file': path.join(sarifDir, 'out/podproof.sarif') });
  t.equal(r.status, 1, 'the step fails');

  const invalid = r.annotations.filter((a) => a.props.title === 'invalid');
  t.same(
    invalid.map((a) => [a.level, a.props.file, a.props.line, a.props.col, a.props.endLine, a.props.endColumn]),
    [
      ['error', 'test/fixtures/action/bad/hello-world.yaml', '7', '18', '7', '22'],
      ['error', 'test/fixtures/action/bad/two-docs.yaml', '16', '13', '16', '21'],
    ],
  );
  t.equal(invalid[0]?.message, 'The Pod "hello-world" is invalid: spec.restartPolicy: Unsupported value: "Mybe": supported values: "Always", "OnFailure", "Never"');
  t.match(invalid[1]?.message, /^The Pod "second" is invalid: spec\.containers\[0\]\.name: Invalid value: "Bad_Name": a lowercase RFC 1123 label must consist of/);

  // Outputs agree with the annotations written.
  const count = (level: string): string => String(r.annotations.filter((a) => a.level === level).length);
  t.equal(r.outputs.errors, count('error'));
  t.equal(r.outputs.warnings, count('warning'));
  t.equal(r.outputs.infos, count('notice'));
  t.equal(r.outputs['scenarios-failed'], '0');
  t.equal(r.outputs['sarif-file'], path.join(sarifDir, 'out/podproof.sarif'));
  t.same(r.failures, [`podproof found ${r.outputs.errors} errors.`]);

  t.match(r.summary, /^## podproof\n/);
  t.ok(r.summary.includes('| `test/fixtures/action/bad/hello-world.yaml` | 7:18 | ❌ error | `invalid` | The Pod "hello-world" is invalid'), r.summary);
  t.ok(r.summary.includes('in 2 of 2 files'));

  const sarif = JSON.parse(readFileSync(path.join(sarifDir, 'out/podproof.sarif'), 'utf8')) as {
    runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
  };
  const validate = sarifValidator();
  t.ok(validate(sarif), `the real run's SARIF is valid: ${JSON.stringify(validate.errors)}`);
  const inv = sarif.runs[0]!.results.filter((x) => x.ruleId === 'invalid').map((x) => x.locations[0]!.physicalLocation);
  t.same(
    inv.map((p) => [p.artifactLocation.uri, p.region.startLine]),
    [
      ['test/fixtures/action/bad/hello-world.yaml', 7],
      ['test/fixtures/action/bad/two-docs.yaml', 16],
    ],
  );
  // The log also carries the human-readable report.
  t.match(r.stdout, /test\/fixtures\/action\/bad\/hello-world\.yaml/);
});

t.test('fail-on never passes with the same findings', async (t) => {
  const r = runAction({ paths: 'test/fixtures/action/bad', 'fail-on': 'never' }, { env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc123' } });
  t.equal(r.status, 0);
  t.ok(r.summary.includes('| [`test/fixtures/action/bad/hello-world.yaml`](https://github.com/o/r/blob/abc123/test/fixtures/action/bad/hello-world.yaml#L7) | 7:18 |'), 'summary links to the line');
  t.ok(Number(r.outputs.errors) >= 2);
  t.same(r.failures, []);
  t.equal(r.outputs['sarif-file'], '', 'no SARIF unless asked');
});

t.test('a clean folder passes under fail-on error', async (t) => {
  const r = runAction({ paths: 'test/fixtures/action/clean' });
  t.equal(r.status, 0, r.stdout);
  t.equal(r.outputs.errors, '0');
  t.same(r.annotations.filter((a) => a.level === 'error'), []);
  // fail-on warning fails exactly when there are warnings.
  const w = runAction({ paths: 'test/fixtures/action/clean', 'fail-on': 'warning' });
  t.equal(w.status, Number(w.outputs.warnings) > 0 ? 1 : 0);
});

t.test('a path that matches nothing fails even with fail-on never', async (t) => {
  const r = runAction({ paths: 'test/fixtures/action/does-not-exist', 'fail-on': 'never' });
  t.equal(r.status, 1);
  t.match(r.annotations, [{ level: 'error', props: { title: 'parse-error', file: 'test/fixtures/action/does-not-exist', line: '1' } }]);
  t.same(r.failures, ['podproof could not read 1 input; see the annotations.']);
});

t.test('a bad input fails with a message naming it', async (t) => {
  const r = runAction({ 'fail-on': 'sometimes' });
  t.equal(r.status, 1);
  t.same(r.failures, ['Input "fail-on" must be error, warning or never, not "sometimes".']);
});

t.test('a configuration error fails with its message, not a stack trace', async (t) => {
  const r = runAction({ paths: 'test/fixtures/action/clean', 'rules-dir': 'test/fixtures/action/no-such-rules' });
  t.equal(r.status, 1);
  t.equal(r.failures.length, 1);
  t.match(r.failures[0], /^Cannot read the rules folder .*no-such-rules/);
  t.notMatch(r.failures[0], /\n\s+at /, 'no stack');
});

t.test('only-changed reports the files a push changed', async (t) => {
  const repo = mkdtempSync(path.join(tmpdir(), 'podproof-repo-'));
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  cpSync(path.join(root, 'test/fixtures/action/bad/hello-world.yaml'), path.join(repo, 'old.yaml'));
  git('add', '.');
  git('commit', '-q', '-m', 'one');
  const before = git('rev-parse', 'HEAD').trim();
  cpSync(path.join(root, 'test/fixtures/action/bad/two-docs.yaml'), path.join(repo, 'new.yaml'));
  git('add', '.');
  git('commit', '-q', '-m', 'two');
  const after = git('rev-parse', 'HEAD').trim();
  const event = path.join(repo, '..', `${path.basename(repo)}-event.json`);
  writeFileSync(event, JSON.stringify({ before, after }));

  const r = runAction({ paths: '.', 'only-changed': 'true', 'fail-on': 'never' }, { workspace: repo, env: { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'push' } });
  t.equal(r.status, 0);
  t.same([...new Set(r.annotations.map((a) => a.props.file))], ['new.yaml'], 'old.yaml was not changed by the push');
  t.match(r.stdout, /only-changed: 1 of 2 files were changed\./);

  // Without a usable payload it says why and lints everything.
  const all = runAction({ paths: '.', 'only-changed': 'true', 'fail-on': 'never' }, { workspace: repo, env: { GITHUB_EVENT_PATH: path.join(repo, 'missing.json') } });
  t.same([...new Set(all.annotations.map((a) => a.props.file))].sort(), ['new.yaml', 'old.yaml']);
  t.match(all.stdout, /::warning::only-changed: linting every file, because the event payload .* could not be read/);
});

t.test('features: scenarios run from the bundle, failures annotated on the feature line, summary and output', async (t) => {
  const r = runAction({ paths: 'test/fixtures/action/clean', features: 'test/fixtures/action/specs/hello.feature', 'fail-on': 'error' });
  t.equal(r.outputs['scenarios-failed'], '1');
  const scen = r.annotations.filter((a) => a.props.title?.startsWith('podproof test'));
  t.same(
    scen.map((a) => [a.level, a.props.file, a.props.line]),
    [['error', 'test/fixtures/action/specs/hello.feature', '7']],
  );
  t.match(scen[0]?.message, /^Scenario "a wrong expectation fails" failed: /);
  t.match(r.summary, /\| it completes \| ✅ passed \|/);
  t.match(r.summary, /\| a wrong expectation fails \| ❌ failed \|/);
  t.equal(r.status, 1, 'a failed scenario fails the step under fail-on error');
  t.same(r.failures, ['podproof found 1 failed scenario.']);
});
