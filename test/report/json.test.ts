/**
 * The json format mirrors ESLint's json formatter (JSON.stringify of ESLint's LintResult[]):
 * filePath, messages {ruleId, severity 1|2, message, line, column, endLine, endColumn, fatal?},
 * errorCount, fatalErrorCount, warningCount, fixableErrorCount, fixableWarningCount, source,
 * suppressedMessages with suppressions (ESLint ≥ 8.8), usedDeprecatedRules.
 * podproof's additions: severityName, infoCount, object, path, container, remediation.
 */
import t from 'tap';
import { formatReport, type JsonFileResult } from '../../src/report/index.js';
import { input, WEB_SOURCE } from './fixtures.js';

const parsed = (): JsonFileResult[] => JSON.parse(formatReport('json', input())) as JsonFileResult[];

t.test('one entry per file, ESLint field names and counts', async (t) => {
  const [web, broken, clean] = parsed();
  t.equal(web?.filePath, '/repo/pods/web.yaml');
  // info counts as ESLint severity 1, so warningCount (messages with severity 1) includes it.
  t.match(web, { errorCount: 1, fatalErrorCount: 0, warningCount: 2, infoCount: 1, fixableErrorCount: 0, fixableWarningCount: 1 });
  t.equal(web?.source, WEB_SOURCE, 'source of a file with problems, as ESLint includes it');
  t.same(web?.usedDeprecatedRules, []);
  t.match(broken, { filePath: 'broken.yaml', errorCount: 1, fatalErrorCount: 1, warningCount: 0 });
  t.match(clean, { filePath: '/repo/clean.yaml', messages: [], errorCount: 0, warningCount: 0 });
  t.notOk(clean && 'source' in clean, 'no source for a clean file');
});

t.test('messages sorted by position with ESLint severities', async (t) => {
  const web = parsed()[0]!;
  t.same(
    web.messages.map((m) => [m.ruleId, m.severity, m.severityName, m.line, m.column, m.endLine, m.endColumn]),
    [
      ['invalid', 2, 'error', 6, 18, 6, 22],
      ['liveness-probe', 1, 'info', 8, 7, 9, 19],
      ['no-latest-tag', 1, 'warning', 9, 14, 9, 19],
    ],
  );
  t.same(web.messages[0]?.object, { apiVersion: 'v1', kind: 'Pod', name: 'web', namespace: null });
  t.equal(web.messages[0]?.path, 'spec.restartPolicy');
  t.equal(web.messages[2]?.container, 'app');
  t.equal(web.messages[2]?.remediation, 'Pin the image to a tag or digest.');
  t.same(web.messages[2]?.fix, { range: [120, 125], text: 'nginx:1.27' }, "ESLint's single-edit fix shape");
  t.equal(parsed()[1]?.messages[0]?.fatal, true, 'parse errors carry fatal: true as in ESLint');
});

t.test('suppressed findings go to suppressedMessages with their suppressions', async (t) => {
  const web = parsed()[0]!;
  t.notOk(web.messages.some((m) => m.ruleId === 'no-root'));
  t.equal(web.suppressedMessages.length, 1);
  t.same(web.suppressedMessages[0]?.suppressions, [{ kind: 'inSource', justification: 'nginx image drops privileges itself' }]);
});

t.test('--quiet drops warnings and infos', async (t) => {
  const web = (JSON.parse(formatReport('json', input(), { quiet: true })) as JsonFileResult[])[0]!;
  t.same(web.messages.map((m) => m.ruleId), ['invalid']);
  t.equal(web.warningCount, 0);
});
