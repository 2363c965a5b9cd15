/**
 * The report layer is pure (DESIGN.md "Layers"; STYLE.md: enforce the direction with a test that
 * scans imports): formatters turn data into text and never touch the file system, the console,
 * the process or the clock, and import only downward (model), never api/cli/action/steps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/report');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

const FORBIDDEN: [RegExp, string][] = [
  [/from ['"](node:)?(fs|fs\/promises|child_process|net|http|https|worker_threads)['"]/, 'I/O modules'],
  [/\bprocess\.(env|stdout|stderr|exit|cwd|argv)/, 'the process'],
  [/\bconsole\./, 'the console'],
  [/\bDate\.now\(|new Date\(\)|performance\.now\(/, 'the clock'],
  [/from ['"]\.\.\/(api|cli|action|steps)\//, 'an upper layer'],
];

t.ok(files.length >= 8, 'the formatters are there');
for (const f of files) {
  const text = readFileSync(path.join(dir, f), 'utf8');
  for (const [re, what] of FORBIDDEN) t.notMatch(text, re, `src/report/${f} does not use ${what}`);
}
