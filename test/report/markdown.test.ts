/**
 * The markdown job summary (GitHub-flavoured Markdown, as $GITHUB_STEP_SUMMARY renders it):
 * counts, findings by rule, findings by file, scenarios. Table cells are escaped so that text
 * from manifests cannot split a GFM table row (`|`) or inject HTML.
 */
import t from 'tap';
import { formatMarkdown, formatReport, mdCell, mdCode } from '../../src/report/index.js';
import { CWD, input, INVALID } from './fixtures.js';

t.test('summary, by-rule and by-file tables', async (t) => {
  const md = formatReport('markdown', input());
  const lines = md.split('\n');
  t.equal(lines[0], '## podproof');
  // 4 live problems (the suppressed one is counted apart) in 2 of 3 files.
  t.ok(lines.includes('❌ **4 problems** (2 errors, 1 warning, 1 info) in 2 of 3 files. 1 finding suppressed.'), md);
  const byRule = lines.slice(lines.indexOf('### Findings by rule') + 2, lines.indexOf('### Findings by rule') + 8);
  t.same(byRule, [
    '| Rule | Category | Errors | Warnings | Infos |',
    '| --- | --- | ---: | ---: | ---: |',
    // Most errors first, then most findings, then id.
    '| [`invalid`](https://github.com/podproof/podproof/blob/main/docs/rules/invalid.md) | validation | 1 | 0 | 0 |',
    '| [`parse-error`](https://github.com/podproof/podproof/blob/main/docs/rules/parse-error.md) | validation | 1 | 0 | 0 |',
    '| [`liveness-probe`](https://github.com/podproof/podproof/blob/main/docs/rules/liveness-probe.md) | reliability | 0 | 0 | 1 |',
    '| [`no-latest-tag`](https://github.com/podproof/podproof/blob/main/docs/rules/no-latest-tag.md) | reliability | 0 | 1 | 0 |',
  ]);
  const at = lines.indexOf('### Findings');
  t.same(lines.slice(at + 2, at + 8), [
    '| File | Line | Severity | Rule | Message |',
    '| --- | ---: | --- | --- | --- |',
    '| `pods/web.yaml` | 6:18 | ❌ error | `invalid` | Bad value. |',
    '| `pods/web.yaml` | 8:7 | ℹ️ info | `liveness-probe` | No liveness probe. |',
    '| `pods/web.yaml` | 9:14 | ⚠️ warning | `no-latest-tag` | Image has no tag. |',
    '| `broken.yaml` | 1:1 | ❌ error | `parse-error` | Could not parse YAML. |',
  ]);
  t.notOk(md.includes('no-root'), 'suppressed findings are not listed');
  t.notOk(md.includes('### Scenarios'), 'no scenarios section without scenarios');
});

t.test('a clean run', async (t) => {
  t.equal(formatMarkdown({ results: [{ filePath: 'a.yaml', findings: [] }, { filePath: 'b.yaml', findings: [] }], rules: [], cwd: CWD }), '## podproof\n\n✅ **No problems** in 2 files.\n');
});

t.test('cells cannot break the table or inject HTML', async (t) => {
  t.equal(mdCell('a | b'), 'a \\| b');
  t.equal(mdCell('<img src=x onerror=alert(1)>'), '&lt;img src=x onerror=alert(1)&gt;');
  t.equal(mdCell('*bold* _em_ [x](y) `c`'), '\\*bold\\* \\_em\\_ \\[x\\](y) \\`c\\`');
  t.equal(mdCell('one\ntwo'), 'one<br>two');
  t.equal(mdCode('a|b'), '`a\\|b`');
  t.equal(mdCode('a`b'), '`` a`b ``');
  const md = formatMarkdown({ results: [{ filePath: 'x.yaml', findings: [{ ...INVALID, filePath: 'x.yaml', message: 'x | y\nz' }] }], rules: [], cwd: CWD });
  t.ok(md.includes('| x \\| y<br>z |'), md);
});

t.test('rows are capped', async (t) => {
  const many = Array.from({ length: 7 }, (_, i) => ({ ...INVALID, filePath: 'm.yaml', range: { ...INVALID.range, line: i + 1 } }));
  const md = formatMarkdown({ results: [{ filePath: 'm.yaml', findings: many }], rules: [], cwd: CWD, maxRows: 5 });
  t.equal(md.split('\n').filter((l) => l.startsWith('| `m.yaml`')).length, 5);
  t.ok(md.includes('… and 2 more (see the annotations or the SARIF report).'));
});

t.test('scenarios table', async (t) => {
  const md = formatReport('markdown', {
    ...input(),
    scenarios: [
      { name: 'restarts on failure', uri: '/repo/features/restart.feature', line: 3, status: 'passed' },
      { name: 'never restarts', uri: '/repo/features/restart.feature', line: 9, status: 'failed', message: 'expected phase Failed, got Running' },
      { name: 'todo', uri: 'features/probe.feature', line: 2, status: 'undefined' },
    ],
  });
  const lines = md.split('\n');
  const at = lines.indexOf('### Scenarios');
  t.same(lines.slice(at, at + 8), [
    '### Scenarios',
    '',
    '❌ **3 scenarios** (1 passed, 1 failed, 1 undefined)',
    '',
    '| Scenario | Status | Location | Message |',
    '| --- | --- | --- | --- |',
    '| restarts on failure | ✅ passed | `features/restart.feature:3` |  |',
    '| never restarts | ❌ failed | `features/restart.feature:9` | expected phase Failed, got Running |',
  ]);
});

t.test('file cells link to the line when a source base URL is given', async (t) => {
  const md = formatReport('markdown', { ...input(), sourceLinkBase: 'https://github.com/o/r/blob/abc123' });
  t.ok(md.includes('| [`pods/web.yaml`](https://github.com/o/r/blob/abc123/pods/web.yaml#L6) | 6:18 |'), md);
  // broken.yaml is relative too; a file outside the workspace would not be linked.
  const outside = formatMarkdown({
    results: [{ filePath: '/elsewhere/x y.yaml', findings: [{ ...INVALID, filePath: '/elsewhere/x y.yaml' }] }, { filePath: '/repo/a b.yaml', findings: [{ ...INVALID, filePath: '/repo/a b.yaml' }] }],
    rules: [],
    cwd: CWD,
    sourceLinkBase: 'https://github.com/o/r/blob/abc123/',
  });
  t.ok(outside.includes('| `/elsewhere/x y.yaml` | 6:18 |'), outside);
  t.ok(outside.includes('| [`a b.yaml`](https://github.com/o/r/blob/abc123/a%20b.yaml#L6) | 6:18 |'), outside);
});
