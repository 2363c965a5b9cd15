/**
 * stylish mirrors ESLint's lib/cli-engine/formatters/stylish.js: text-table with
 * align ['', 'r', 'l'] and two-space separators, `line  col` joined into `line:col`, a final
 * period dropped from messages, the `✖ N problems (…)` summary, and '' for a clean run. The code
 * frames follow @babel/code-frame's codeFrameColumns layout (`> n |`, `  n |`, a `|` marker line).
 * Expected texts were laid out by hand from those rules.
 */
import t from 'tap';
import { stripAnsi } from '../../src/report/ansi.js';
import { formatReport, formatStylish } from '../../src/report/index.js';
import { CWD, input, results } from './fixtures.js';

t.test('ESLint layout without code frames', async (t) => {
  const out = formatStylish(results(), CWD, { codeFrames: false });
  t.equal(
    out,
    [
      '',
      'pods/web.yaml',
      '  6:18  error    Bad value          invalid',
      '  8:7   info     No liveness probe  liveness-probe',
      '  9:14  warning  Image has no tag   no-latest-tag',
      '',
      'broken.yaml',
      '  1:1  error  Could not parse YAML  parse-error',
      '',
      '✖ 4 problems (2 errors, 1 warning, 1 info)',
      '  0 errors and 1 warning potentially fixable with the `--fix` option.',
      '',
    ].join('\n'),
  );
});

t.test('code frames under each finding when the source is known', async (t) => {
  const out = formatReport('stylish', input());
  const web = [
    'pods/web.yaml',
    '  6:18  error    Bad value          invalid',
    '      5 | spec:',
    '    > 6 |   restartPolicy: Mybe',
    '        |                  ^^^^',
    '      7 |   containers:',
    '',
    '  8:7   info     No liveness probe  liveness-probe',
    '      7 |   containers:',
    '    > 8 |     - name: app',
    '        |       ^^^^^^^^^',
    '      9 |       image: nginx',
    '',
    '  9:14  warning  Image has no tag   no-latest-tag',
    '      8 |     - name: app',
    '    > 9 |       image: nginx',
    '        |              ^^^^^',
    '',
  ].join('\n');
  t.ok(out.startsWith(`\n${web}\n`), out);
  // broken.yaml has no source: the plain ESLint block, then the summary.
  t.ok(out.includes('broken.yaml\n  1:1  error  Could not parse YAML  parse-error\n\n✖ 4 problems'), out);
  t.notOk(out.includes('clean.yaml'), 'files without problems are not listed');
});

t.test('suppressed findings are hidden; a clean run prints nothing', async (t) => {
  const out = formatStylish(results(), CWD, { codeFrames: false });
  t.notOk(out.includes('no-root'));
  t.equal(formatStylish([{ filePath: 'a.yaml', findings: [] }], CWD), '');
  const onlySuppressed = results()[0]!.findings.filter((f) => f.suppressed);
  t.equal(formatStylish([{ filePath: 'a.yaml', findings: onlySuppressed }], CWD), '');
});

t.test('--quiet keeps errors only (ESLint filters warnings before formatting)', async (t) => {
  const out = formatStylish(results(), CWD, { codeFrames: false, quiet: true });
  t.equal(
    out,
    [
      '',
      'pods/web.yaml',
      '  6:18  error  Bad value  invalid',
      '',
      'broken.yaml',
      '  1:1  error  Could not parse YAML  parse-error',
      '',
      '✖ 2 problems (2 errors, 0 warnings, 0 infos)',
      '',
    ].join('\n'),
  );
});

t.test('colour is ANSI only when asked, and never changes the text', async (t) => {
  const plain = formatReport('stylish', input());
  const colored = formatReport('stylish', input(), { color: true });
  t.notOk(plain.includes('\u001b['), 'no escapes without color');
  t.ok(colored.includes('\u001b[31merror\u001b[39m'), 'error in red (SGR 31)');
  t.ok(colored.includes('\u001b[33mwarning\u001b[39m'), 'warning in yellow (SGR 33)');
  t.ok(colored.includes('\u001b[4mpods/web.yaml\u001b[24m'), 'file path underlined');
  t.equal(stripAnsi(colored), plain);
});

t.test('singular forms (ESLint pluralize)', async (t) => {
  const one = results()[1]!;
  t.ok(formatStylish([one], CWD).endsWith('✖ 1 problem (1 error, 0 warnings, 0 infos)\n'));
});

t.test('findings on one line share one frame, marking their combined span', async (t) => {
  const [web] = results();
  const a = web!.findings.find((f) => f.ruleId === 'invalid')!;
  // A second finding on line 6, on the key `restartPolicy` (columns 3–15).
  const b = { ...a, ruleId: 'other', severity: 'warning' as const, message: 'Key.', range: { line: 6, column: 3, endLine: 6, endColumn: 16 } };
  const out = formatStylish([{ filePath: '/repo/pods/web.yaml', findings: [a, b], source: web!.source! }], CWD);
  t.equal(
    out,
    [
      '',
      'pods/web.yaml',
      '  6:3   warning  Key        other',
      '  6:18  error    Bad value  invalid',
      '      5 | spec:',
      '    > 6 |   restartPolicy: Mybe',
      // From column 3 to the end of "Mybe" (column 21): 19 carets.
      '        |   ^^^^^^^^^^^^^^^^^^^',
      '      7 |   containers:',
      '',
      '✖ 2 problems (1 error, 1 warning, 0 infos)',
      '',
    ].join('\n'),
  );
});
