/**
 * STEPS.md is a public contract: every phrasing it lists must be a registered step with exactly
 * that expression, and the project's own features (features/, examples/) must use every one of
 * them at least once (the cucumber-js habit: the tool's acceptance tests are Gherkin run by the
 * tool). Also: no step text in our features is undefined or ambiguous.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { ALL_STEPS } from '../../src/steps/all.js';
import { contractSteps, expression, matchingSteps, pickleSteps, registry, ROOT } from './gherkin.js';

/** The contract as shipped with the tests (a copy of the product docs' STEPS.md, kept in sync below). */
const STEPS_MD = path.join(ROOT, 'test/steps/fixtures/STEPS.md');
const SHARED_STEPS_MD = '/work/shared/STEPS.md';

t.test('the copy of STEPS.md is current', { skip: existsSync(SHARED_STEPS_MD) ? false : 'product docs not on this machine' }, (t) => {
  t.equal(readFileSync(STEPS_MD, 'utf8'), readFileSync(SHARED_STEPS_MD, 'utf8'), 'test/steps/fixtures/STEPS.md differs from the product docs: copy it over');
  t.end();
});

t.test('STEPS.md lists the contract', (t) => {
  const contract = contractSteps(readFileSync(STEPS_MD, 'utf8'));
  // 19 Given + 14 When + 36 Then in the version this library implements.
  t.ok(contract.length >= 69, `STEPS.md lists ${contract.length} steps`);
  for (const c of contract) {
    const spec = ALL_STEPS.find((s) => s.expression === c.expression);
    t.ok(spec, `registered: ${c.keyword} ${c.expression}`);
    if (spec) t.equal(spec.keyword, c.keyword, `keyword of ${c.expression}`);
  }
  t.end();
});

t.test('every step of the library is used by features/ or examples/', (t) => {
  const steps = pickleSteps(['features', 'examples']);
  t.ok(steps.length > 300, `${steps.length} steps in the project's features`);
  const r = registry();
  const used = new Set<string>();
  for (const s of steps) for (const e of matchingSteps(s.text, r)) used.add(e);
  const contract = contractSteps(readFileSync(STEPS_MD, 'utf8')).map((c) => c.expression);
  for (const e of new Set([...contract, ...ALL_STEPS.map((s) => s.expression)])) t.ok(used.has(e), `used at least once: ${e}`);
  t.end();
});

t.test('no step in our features is undefined or ambiguous', (t) => {
  const r = registry();
  const problems: string[] = [];
  for (const s of pickleSteps(['features', 'examples'])) {
    const m = matchingSteps(s.text, r);
    if (m.length !== 1) problems.push(`${s.uri}: "${s.text}" matches ${m.length} steps${m.length ? `: ${m.join(' | ')}` : ''}`);
  }
  t.same(problems, []);
  t.end();
});

t.test('the expressions are exactly the phrasings people write', (t) => {
  const r = registry();
  const cases: [string, string, unknown[]][] = [
    ['{duration} pass', '1m30s pass', [90_000]],
    ['{duration} pass', '90 seconds pass', [90_000]],
    ['{duration} passes', '1 minute passes', [60_000]],
    ['{duration} passes', '1 hour passes', [3_600_000]],
    ['container {string} has restarted {int} time(s)', 'container "app" has restarted 1 time', ['app', 1]],
    ['container {string} has restarted {int} time(s)', 'container "app" has restarted 4 times', ['app', 4]],
    ['the {word} probe of container {string} fails from {duration}', 'the liveness probe of container "app" fails from 2m', ['liveness', 'app', 120_000]],
    ['Then the pod status is one of {string}'.slice(5), 'the pod status is one of "Error, CrashLoopBackOff"', ['Error, CrashLoopBackOff']],
  ];
  for (const [expr, text, args] of cases) {
    const m = expression(expr, r).match(text);
    t.ok(m, `${text} ~ ${expr}`);
    t.same(m?.map((a) => a.getValue(null)), args, text);
  }
  // "the pod status is {string}" must not also match the "one of" phrasing (ambiguity)
  t.same(matchingSteps('the pod status is one of "Error, CrashLoopBackOff"', r), ['the pod status is one of {string}']);
  t.end();
});
