/**
 * JUnit XML, parsed back with fast-xml-parser. Layout follows ESLint's junit formatter (a
 * testsuite per file, a testcase per problem, a passing testcase for a clean file) with the
 * attribute names CI reporters read (tests/failures/errors/skipped, file, line).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import t from 'tap';
import { formatJunit, formatReport } from '../../src/report/index.js';
import { CWD, FATAL, input } from './fixtures.js';

interface Case {
  '@_name': string;
  '@_classname': string;
  '@_file': string;
  '@_line'?: string;
  failure?: { '#text'?: string; '@_message': string; '@_type': string };
  error?: { '#text'?: string; '@_message': string; '@_type': string };
  skipped?: { '@_message': string };
  'system-out'?: string;
}
interface Suite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  '@_errors': string;
  '@_skipped': string;
  testcase: Case[];
}

const parser = new XMLParser({ ignoreAttributes: false, htmlEntities: true, isArray: (name) => name === 'testsuite' || name === 'testcase' });
const parse = (xml: string): { testsuites: Record<string, string> & { testsuite: Suite[] } } =>
  parser.parse(xml) as { testsuites: Record<string, string> & { testsuite: Suite[] } };

t.test('well-formed, with totals', async (t) => {
  const xml = formatReport('junit', input());
  t.equal(XMLValidator.validate(xml), true);
  t.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites'));
  const doc = parse(xml).testsuites;
  // web.yaml: 4 cases (2 failures, 1 info pass, 1 suppressed skip); broken.yaml: 1 error; clean.yaml: 1 pass.
  t.match(doc, { '@_name': 'podproof', '@_tests': '6', '@_failures': '2', '@_errors': '1', '@_skipped': '1' });
  t.same(doc.testsuite.map((s) => s['@_name']), ['pods/web.yaml', 'broken.yaml', 'clean.yaml']);
});

t.test('a testcase per finding', async (t) => {
  const [web, broken, clean] = parse(formatReport('junit', input())).testsuites.testsuite;
  t.match(web, { '@_tests': '4', '@_failures': '2', '@_errors': '0', '@_skipped': '1' });
  const cases = web!.testcase;
  t.same(cases.map((c) => c['@_name']), [
    'invalid: Pod/web spec.restartPolicy',
    'liveness-probe: Pod/web spec.containers[0]',
    'no-root: Pod/web spec.containers[0].securityContext',
    'no-latest-tag: Pod/web spec.containers[0].image',
  ]);
  t.match(cases[0], {
    '@_classname': 'pods/web.yaml',
    '@_file': 'pods/web.yaml',
    '@_line': '6',
    failure: { '@_message': 'Bad value.', '@_type': 'invalid', '#text': 'pods/web.yaml:6:18: error: Bad value. (invalid)' },
  });
  t.notOk(cases[1]?.failure, 'info passes');
  t.equal(cases[1]?.['system-out'], 'pods/web.yaml:8:7: info: No liveness probe. (liveness-probe)');
  t.same(cases[2]?.skipped, { '@_message': 'Suppressed: nginx image drops privileges itself' });
  t.equal(cases[3]?.failure?.['#text'], 'pods/web.yaml:9:14: warning: Image has no tag. (no-latest-tag)\nFix: Pin the image to a tag or digest.');
  t.match(broken?.testcase[0], { error: { '@_message': 'Could not parse YAML.', '@_type': 'parse-error' } });
  t.same(clean?.testcase.map((c) => [c['@_name'], c.failure]), [['clean.yaml', undefined]]);
});

t.test('escaping: markup, quotes, newlines and characters XML forbids', async (t) => {
  const nasty = 'a <b> & "c" \'d\'\nline2 ]]> \u0001\u001b[31m';
  const xml = formatJunit([{ filePath: 'x&y.yaml', findings: [{ ...FATAL, filePath: 'x&y.yaml', severity: 'error', fatal: false, message: nasty }] }], CWD);
  t.equal(XMLValidator.validate(xml), true, 'still well-formed');
  const c = parse(xml).testsuites.testsuite[0]!.testcase[0]!;
  t.equal(c['@_file'], 'x&y.yaml');
  // Attribute newlines survive as &#10; (decoded back with htmlEntities: true).
  t.equal(c.failure?.['@_message'], 'a <b> & "c" \'d\'\nline2 ]]> \uFFFD\uFFFD[31m');
});

t.test('scenarios become testsuites per feature file', async (t) => {
  const xml = formatReport('junit', {
    ...input(),
    results: [],
    scenarios: [
      { name: 'restarts on failure', uri: 'features/restart.feature', line: 3, status: 'passed', feature: 'Restart policy' },
      { name: 'never restarts', uri: 'features/restart.feature', line: 9, status: 'failed', message: 'expected phase Failed, got Running', feature: 'Restart policy' },
      { name: 'todo', uri: 'features/probe.feature', line: 2, status: 'undefined' },
    ],
  });
  t.equal(XMLValidator.validate(xml), true);
  const doc = parse(xml).testsuites;
  t.match(doc, { '@_tests': '3', '@_failures': '1', '@_skipped': '1' });
  t.same(doc.testsuite.map((s) => s['@_name']), ['Restart policy', 'features/probe.feature']);
  t.match(doc.testsuite[0]!.testcase[1], { '@_line': '9', failure: { '@_message': 'expected phase Failed, got Running' } });
});
