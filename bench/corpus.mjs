#!/usr/bin/env node
// Linting a large repository against only parsing its YAML: `lintFiles` over shared/corpus
// in-process, against reading + yaml.parseAllDocuments + toJS of the same files.
// Target: within 2x. Run: npm run build && node bench/corpus.mjs [folder]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { parseAllDocuments } from 'yaml';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const folder = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'corpus'));
const runs = Number(process.env.RUNS ?? 5);
const { lintFiles } = await import(path.join(root, 'dist', 'api', 'index.js'));

function parseOnly() {
  const files = fg.sync('**/*.{yaml,yml,json}', { cwd: folder, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] });
  let docs = 0;
  for (const f of files) {
    for (const d of parseAllDocuments(readFileSync(f, 'utf8'), { version: '1.1' })) {
      d.toJS({ maxAliasCount: 100 });
      docs++;
    }
  }
  return { files: files.length, docs };
}

// Wall time and CPU time (user + system) of this thread: on a shared machine CPU time is the
// steadier figure; both are reported.
async function time(fn) {
  const times = [];
  const cpus = [];
  let out;
  for (let i = 0; i < runs + 1; i++) {
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    out = await fn();
    const dc = process.cpuUsage(c);
    if (i >= 1) {
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      cpus.push((dc.user + dc.system) / 1000);
    }
  }
  const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  return { ms: med(times), cpu: med(cpus), out };
}

const parse = await time(parseOnly);
const lint = await time(() => lintFiles([folder], { cwd: root }));
const findings = lint.out.results.reduce((n, r) => n + r.findings.length, 0);
console.log(`corpus: ${parse.out.files} files, ${parse.out.docs} documents (${folder})`);
console.log(`parse only (yaml):  ${parse.ms.toFixed(0)} ms wall, ${parse.cpu.toFixed(0)} ms CPU (median of ${runs}, after 1 warm-up)`);
console.log(`podproof lintFiles: ${lint.ms.toFixed(0)} ms wall, ${lint.cpu.toFixed(0)} ms CPU, ${findings} findings`);
console.log(`ratio:              ${(lint.ms / parse.ms).toFixed(2)}x wall, ${(lint.cpu / parse.cpu).toFixed(2)}x CPU (target <= 2x)`);
