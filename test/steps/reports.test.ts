/**
 * `podproof test` writes Cucumber's HTML and JUnit reports (CI systems read the JUnit XML).
 * The JUnit file is parsed as a CI would (fast-xml-parser) and checked scenario by scenario.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import t from 'tap';
import { builtCliMissing, podproof } from './cli.js';

const missing = builtCliMissing();

interface TestCase {
  classname: string;
  name: string;
  failure?: unknown;
}

t.test('HTML and JUnit reports', { skip: missing }, (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'podproof-reports-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const xml = path.join(dir, 'r.xml');
  const html = path.join(dir, 'r.html');
  const r = podproof(['test', 'examples/pods/hello-world.feature', 'test/steps/fixtures/failing.feature', '--format', `junit:${xml}`, '--format', `html:${html}`]);
  t.equal(r.status, 1, 'the failing fixture fails the run');

  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(xml, 'utf8')) as {
    testsuite: { tests: string; failures: string; skipped: string; testcase: TestCase[] };
  };
  const suite = parsed.testsuite;
  // hello-world.feature has 2 scenarios that pass; failing.feature 3 that fail.
  t.equal(suite.tests, '5');
  t.equal(suite.failures, '3');
  t.equal(suite.skipped, '0');
  const byName = new Map(suite.testcase.map((c) => [c.name, c]));
  t.equal(byName.get('the pod completes and logs Hello World')?.classname, 'Hello World pod');
  t.notOk(byName.get('the pod completes and logs Hello World')?.failure, 'a passing scenario has no <failure>');
  const failed = byName.get('a phase that is not reached');
  t.ok(failed?.failure, 'a failing scenario has a <failure>');
  t.match(JSON.stringify(failed?.failure), 'Expected the pod phase to be');

  const page = readFileSync(html, 'utf8');
  t.ok(statSync(html).size > 10_000, 'the HTML report is written');
  t.match(page, '<html');
  t.end();
});
