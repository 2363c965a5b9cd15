/**
 * Writes docs/rules/<id>.md for every built-in rule and docs/rules/README.md (the index), from
 * the generated rule module (run scripts/build-rules.ts first):
 *   npx tsx scripts/gen-docs.ts
 * Stale pages for removed rules are deleted. CI: `npm run docs && git diff --exit-code docs/`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../src/lint/builtin.js';
import { renderBuiltinRuleDoc, renderRuleDoc, renderRulesIndex } from '../src/lint/docs.js';
import { BUILTIN_RULES } from '../src/model/rule-meta.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'docs/rules');
mkdirSync(dir, { recursive: true });
const rules = builtinRules();
const keep = new Set(['README.md']);
for (const r of rules) {
  writeFileSync(path.join(dir, `${r.id}.md`), renderRuleDoc(r));
  keep.add(`${r.id}.md`);
}
for (const meta of BUILTIN_RULES) {
  writeFileSync(path.join(dir, `${meta.id}.md`), renderBuiltinRuleDoc(meta));
  keep.add(`${meta.id}.md`);
}
writeFileSync(path.join(dir, 'README.md'), renderRulesIndex(rules));
for (const f of readdirSync(dir)) if (f.endsWith('.md') && !keep.has(f)) rmSync(path.join(dir, f));
console.log(`gen-docs: ${rules.length} rule pages in docs/rules/`);
