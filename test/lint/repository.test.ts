/**
 * Repository checks (ESLint/typescript-eslint habits): every rule file is compiled into the
 * generated module as written (so the build output is not stale), has a source and examples,
 * and a doc page identical to what the product renders; every code check file is used; and the
 * lint layer stays pure (no file system, console, process or clock; imports point down).
 */
import t from 'tap';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { builtinRules } from '../../src/lint/builtin.js';
import { CODE_CHECKS } from '../../src/lint/checks/index.js';
import { renderRuleDoc, renderRulesIndex } from '../../src/lint/docs.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rules = builtinRules();

t.test('every rules/*.yaml is compiled, unchanged, into src/lint/generated (run scripts/build-rules.ts)', async (t) => {
  const files = readdirSync(path.join(root, 'rules')).filter((f) => f.endsWith('.yaml')).sort();
  t.same(rules.map((r) => `${r.id}.yaml`).sort(), files, 'the same set of rules');
  for (const f of files) {
    const def = parse(readFileSync(path.join(root, 'rules', f), 'utf8')) as { id: string };
    const compiled = rules.find((r) => r.id === def.id);
    t.same(compiled?.definition, def, `${f} matches the generated module`);
  }
});

t.test('every rule has a source, examples both ways, and an up-to-date doc page', async (t) => {
  for (const r of rules) {
    const d = r.definition;
    t.ok(d.source.length > 0, `${r.id}: source`);
    t.ok(d.examples.incorrect.length > 0 && d.examples.correct.length > 0, `${r.id}: incorrect and correct examples`);
    t.ok(d.examples.incorrect.every((e) => (e.findings ?? []).some((f) => f.line !== undefined && f.column !== undefined)), `${r.id}: incorrect examples assert line and column`);
    const page = path.join(root, 'docs/rules', `${r.id}.md`);
    t.ok(existsSync(page), `${r.id}: docs/rules/${r.id}.md exists (npm run docs)`);
    if (existsSync(page)) t.equal(readFileSync(page, 'utf8'), renderRuleDoc(r), `${r.id}: doc page is current (npm run docs)`);
  }
  const index = path.join(root, 'docs/rules/README.md');
  t.equal(existsSync(index) ? readFileSync(index, 'utf8') : '', renderRulesIndex(rules), 'docs/rules/README.md is current');
});

t.test('every code check is used by a rule, and every rule\'s code check exists', async (t) => {
  const used = new Set(rules.flatMap((r) => ('code' in r.definition.check ? [r.definition.check.code] : [])));
  for (const id of Object.keys(CODE_CHECKS)) t.ok(used.has(id), `src/lint/checks/${id}.ts is used by a rule`);
  for (const id of used) t.ok(id in CODE_CHECKS, `code check ${id} is registered`);
});

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

t.test('the lint layer is pure and imports point down', async (t) => {
  const allowedBare = new Set(['yaml', 'node:path', 'node:module', 'node:url']);
  for (const file of sources(path.join(root, 'src/lint'))) {
    const rel = path.relative(root, file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) {
        const target = path.relative(path.join(root, 'src'), path.resolve(path.dirname(file), spec));
        const layer = target.split(path.sep)[0];
        t.ok(['lint', 'model', 'manifest'].includes(layer ?? ''), `${rel} imports ${spec} (layer ${layer})`);
      } else if (!rel.includes(`${path.sep}generated${path.sep}`)) {
        t.ok(allowedBare.has(spec), `${rel} imports ${spec}`);
      }
    }
    t.notMatch(text, /\bprocess\.(?:env|exit|argv|cwd|stdout|stderr|on)\b|\bconsole\.|Date\.now\(|new Date\(|from .node:fs.|readFileSync/, `${rel} touches no file system, console, process or clock`);
  }
});
