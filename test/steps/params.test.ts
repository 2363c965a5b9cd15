/**
 * `{duration}` (STEPS.md: `30s`, `2m`, `1m30s`, `1h`, `90 seconds`, `2 minutes`, `1 minute`,
 * `1 hour`): every spelling matches inside a step and becomes the right milliseconds
 * (fast-check over generated durations), and non-durations do not match.
 */
import fc from 'fast-check';
import t from 'tap';
import { expression, registry } from './gherkin.js';

const r = registry();
const pass = expression('{duration} pass', r);
const staysFor = expression('the pod phase stays {string} for {duration}', r);

function value(m: ReturnType<typeof pass.match>): unknown[] | undefined {
  return m?.map((a) => a.getValue(null));
}

t.test('compact spellings: h, m, s combined', (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), (h, m, s) => {
      const text = `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || (!h && !m) ? `${s}s` : ''}`;
      const got = value(pass.match(`${text} pass`));
      return got !== undefined && got[0] === ((h * 60 + m) * 60 + s) * 1000;
    }),
  );
  t.end();
});

t.test('word spellings, singular and plural', (t) => {
  const units: [string, number][] = [
    ['second', 1000],
    ['seconds', 1000],
    ['minute', 60_000],
    ['minutes', 60_000],
    ['hour', 3_600_000],
    ['hours', 3_600_000],
  ];
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 500 }), fc.constantFrom(...units), (n, [unit, ms]) => {
      const got = value(staysFor.match(`the pod phase stays "Running" for ${n} ${unit}`));
      return got !== undefined && got[0] === 'Running' && got[1] === n * ms;
    }),
  );
  t.end();
});

t.test('the examples of STEPS.md', (t) => {
  const cases: [string, number][] = [
    ['30s', 30_000],
    ['2m', 120_000],
    ['1m30s', 90_000],
    ['1h', 3_600_000],
    ['90 seconds', 90_000],
    ['2 minutes', 120_000],
    ['1 minute', 60_000],
    ['1 hour', 3_600_000],
  ];
  for (const [text, ms] of cases) t.same(value(pass.match(`${text} pass`)), [ms], text);
  t.end();
});

t.test('not durations', (t) => {
  for (const text of ['soon pass', '5 pass', 'm5 pass', '5x pass', '"5s" pass']) t.equal(pass.match(text), null, text);
  t.end();
});
