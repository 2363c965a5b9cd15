#!/usr/bin/env node
// How podproof sees a corpus of real manifests: which files it cannot read, every `invalid`
// finding (what the API server would reject), and how often each rule fires.
//   npm run build && node scripts/corpus-report.mjs [folder] > corpus-report.md
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'corpus'));
const { lintFiles } = await import(path.join(root, 'dist', 'api', 'index.js'));
const t = Date.now();
const result = await lintFiles([folder], { cwd: folder });
const ms = Date.now() - t;

const byRule = new Map();
const invalid = [];
const fatal = [];
for (const r of result.results) {
  for (const f of r.findings) {
    if (f.suppressed) continue;
    const e = byRule.get(f.ruleId) ?? { count: 0, files: new Set(), severity: f.severity };
    e.count++;
    e.files.add(r.filePath);
    byRule.set(f.ruleId, e);
    if (f.fatal) fatal.push(`${r.filePath}:${f.range.line}:${f.range.column} ${f.message}`);
    else if (f.ruleId === 'invalid') invalid.push(`${r.filePath}:${f.range.line}:${f.range.column} ${f.message}`);
  }
}
console.log(`# Corpus report\n\n${result.results.length} files, ${ms} ms. errors ${result.errorCount}, warnings ${result.warningCount}, infos ${result.infoCount}, fatal ${result.fatalCount}.\n`);
console.log('| rule | severity | findings | files |\n| --- | --- | ---: | ---: |');
for (const [id, e] of [...byRule].sort((a, b) => b[1].count - a[1].count)) console.log(`| ${id} | ${e.severity} | ${e.count} | ${e.files.size} |`);
console.log(`\n## Fatal (${fatal.length})\n`);
for (const l of fatal) console.log(`- ${l}`);
console.log(`\n## invalid (${invalid.length})\n`);
for (const l of invalid) console.log(`- ${l}`);
