/**
 * JUnit XML, the shape CI test reporters read (Jenkins junit, GitLab, dorny/test-reporter,
 * mikepenz/action-junit-report): `<testsuites>` → one `<testsuite>` per file → one `<testcase>`
 * per finding, as ESLint's `junit` formatter does (it cannot list passing objects: a report
 * only knows findings). A file with no findings is one passing testcase.
 *
 * - error and warning findings are `<failure type="RULE">` (both are problems to fix, as in ESLint's);
 * - unreadable input (fatal) is `<error>` — the JUnit meaning of "could not run";
 * - info findings pass, with the message in `<system-out>`;
 * - suppressed findings are `<skipped>` with the justification.
 * Scenarios (when given) become one testsuite per feature file: failed → failure,
 * skipped/pending/undefined → skipped, ambiguous/unknown → error.
 */
import type { Finding } from '../model/finding.js';
import type { FileResult } from '../model/result.js';
import { displayPath, objectId, visibleFindings } from './common.js';
import type { ScenarioResult } from './types.js';
import { xmlAttr, xmlText } from './xml.js';

interface Case {
  name: string;
  classname: string;
  file: string;
  line?: number;
  outcome?: { tag: 'failure' | 'error' | 'skipped'; message: string; type?: string; body?: string };
  systemOut?: string;
}

interface Suite {
  name: string;
  file?: string;
  cases: Case[];
}

function caseName(f: Finding): string {
  const where = f.object ? `${objectId(f.object)}${f.path ? ` ${f.path}` : ''}` : `${f.range.line}:${f.range.column}`;
  return `${f.ruleId}: ${where}`;
}

function findingCase(f: Finding, file: string): Case {
  const c: Case = { name: caseName(f), classname: file, file, line: f.range.line };
  const detail = [`${file}:${f.range.line}:${f.range.column}: ${f.severity}: ${f.message} (${f.ruleId})`];
  if (f.remediation) detail.push(`Fix: ${f.remediation}`);
  if (f.helpUri) detail.push(`Docs: ${f.helpUri}`);
  if (f.suppressed) {
    c.outcome = { tag: 'skipped', message: `Suppressed${f.suppressed.justification ? `: ${f.suppressed.justification}` : ''}` };
  } else if (f.fatal) {
    c.outcome = { tag: 'error', message: f.message, type: f.ruleId, body: detail.join('\n') };
  } else if (f.severity === 'info') {
    c.systemOut = detail.join('\n');
  } else {
    c.outcome = { tag: 'failure', message: f.message, type: f.ruleId, body: detail.join('\n') };
  }
  return c;
}

function scenarioSuites(scenarios: readonly ScenarioResult[], cwd: string): Suite[] {
  const byUri = new Map<string, Suite>();
  for (const s of scenarios) {
    const file = displayPath(s.uri, cwd);
    let suite = byUri.get(file);
    if (!suite) {
      suite = { name: s.feature ?? file, file, cases: [] };
      byUri.set(file, suite);
    }
    const c: Case = { name: s.name, classname: s.feature ?? file, file, line: s.line };
    const message = s.message ?? s.status;
    if (s.status === 'failed') c.outcome = { tag: 'failure', message, type: 'failed', body: s.message ?? '' };
    else if (s.status === 'skipped' || s.status === 'pending' || s.status === 'undefined') c.outcome = { tag: 'skipped', message };
    else if (s.status !== 'passed') c.outcome = { tag: 'error', message, type: s.status, body: s.message ?? '' };
    suite.cases.push(c);
  }
  return [...byUri.values()];
}

function tally(cases: readonly Case[]): { tests: number; failures: number; errors: number; skipped: number } {
  return {
    tests: cases.length,
    failures: cases.filter((c) => c.outcome?.tag === 'failure').length,
    errors: cases.filter((c) => c.outcome?.tag === 'error').length,
    skipped: cases.filter((c) => c.outcome?.tag === 'skipped').length,
  };
}

function counts(t: ReturnType<typeof tally>): string {
  return `tests="${t.tests}" failures="${t.failures}" errors="${t.errors}" skipped="${t.skipped}" time="0"`;
}

function renderCase(c: Case): string {
  const attrs = `name="${xmlAttr(c.name)}" classname="${xmlAttr(c.classname)}" file="${xmlAttr(c.file)}"${c.line !== undefined ? ` line="${c.line}"` : ''} time="0"`;
  const inner: string[] = [];
  if (c.outcome) {
    const o = c.outcome;
    const typeAttr = o.type !== undefined ? ` type="${xmlAttr(o.type)}"` : '';
    if (o.body) inner.push(`      <${o.tag} message="${xmlAttr(o.message)}"${typeAttr}>${xmlText(o.body)}</${o.tag}>`);
    else inner.push(`      <${o.tag} message="${xmlAttr(o.message)}"${typeAttr}/>`);
  }
  if (c.systemOut) inner.push(`      <system-out>${xmlText(c.systemOut)}</system-out>`);
  return inner.length ? `    <testcase ${attrs}>\n${inner.join('\n')}\n    </testcase>` : `    <testcase ${attrs}/>`;
}

export function formatJunit(
  results: readonly FileResult[],
  cwd: string,
  opts: { quiet?: boolean; scenarios?: readonly ScenarioResult[] } = {},
): string {
  const suites: Suite[] = results.map((r) => {
    const file = displayPath(r.filePath, cwd);
    const findings = visibleFindings(r.findings, opts.quiet ?? false);
    const cases = findings.length ? findings.map((f) => findingCase(f, file)) : [{ name: file, classname: file, file }];
    return { name: file, file, cases };
  });
  if (opts.scenarios?.length) suites.push(...scenarioSuites(opts.scenarios, cwd));
  const all = tally(suites.flatMap((s) => s.cases));
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="podproof" ${counts(all)}>`];
  for (const s of suites) {
    const fileAttr = s.file !== undefined ? ` file="${xmlAttr(s.file)}"` : '';
    out.push(`  <testsuite name="${xmlAttr(s.name)}"${fileAttr} ${counts(tally(s.cases))}>`);
    for (const c of s.cases) out.push(renderCase(c));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
