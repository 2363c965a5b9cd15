/**
 * Runs podproof's validation over every manifest of the shared corpus and prints, per file and
 * document, the decode and invalid errors it finds, then a summary.
 *
 *   npx tsx scripts/validate-corpus.ts [corpus-dir] [--quiet] [--json]
 *
 * Files are parsed as the manifest layer does: YAML 1.1, aliases capped at 100.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { parseAllDocuments } from 'yaml';
import { formatFieldError, type FieldError } from '../src/model/field-error.js';
import { isRecord, type KubeObject } from '../src/model/k8s.js';
import { knownKind, removedApi, validateObject } from '../src/validate/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const asJson = args.includes('--json');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? join(here, '..', '..', 'shared', 'corpus'));

const files = fg.sync(['**/*.yaml', '**/*.yml'], { cwd: dir, dot: true }).sort();
let objects = 0;
let podBearing = 0;
let withDecode = 0;
let withInvalid = 0;
const counts = new Map<string, number>();
const kinds = new Map<string, number>();
const report: { file: string; doc: number; kind: string; name: string; decode: string[]; invalid: string[] }[] = [];

function collect(v: unknown, out: KubeObject[]): void {
  if (!isRecord(v)) return;
  if (v.kind === 'List' || (typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items))) {
    for (const item of Array.isArray(v.items) ? v.items : []) collect(item, out);
    return;
  }
  out.push(v);
}

function key(e: FieldError): string {
  // Group by error kind and the tail of its message (values stripped) for the summary.
  return `${e.type}: ${e.detail ?? ''}`.replace(/"[^"]*"/g, '"…"').slice(0, 140);
}

const started = performance.now();
for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  const docs = parseAllDocuments(text, { version: '1.1' });
  const list = Array.isArray(docs) ? docs : [docs];
  list.forEach((doc, i) => {
    const objs: KubeObject[] = [];
    collect(doc.toJS({ maxAliasCount: 100 }), objs);
    for (const o of objs) {
      objects++;
      const apiVersion = typeof o.apiVersion === 'string' ? o.apiVersion : '';
      const kind = typeof o.kind === 'string' ? o.kind : '';
      const k = knownKind(apiVersion, kind);
      const label = `${k}${removedApi(apiVersion, kind) ? ' (removed)' : ''}`;
      kinds.set(label, (kinds.get(label) ?? 0) + 1);
      if (k === 'unknown-in-builtin-group') {
        report.push({ file, doc: i, kind: `${apiVersion} ${kind}`, name: '', decode: [`no matches for kind "${kind}" in version "${apiVersion}"`], invalid: [] });
        continue;
      }
      if (k !== 'pod-bearing') continue;
      podBearing++;
      const r = validateObject(o);
      const name = isRecord(o.metadata) && typeof o.metadata.name === 'string' ? o.metadata.name : '';
      if (r.decode.length) withDecode++;
      if (r.invalid.length) withInvalid++;
      for (const e of [...r.decode, ...r.invalid]) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
      if (r.decode.length || r.invalid.length) {
        report.push({
          file,
          doc: i,
          kind,
          name,
          decode: r.decode.map(formatFieldError),
          invalid: r.invalid.map(formatFieldError),
        });
      }
    }
  });
}
const ms = performance.now() - started;

if (asJson) {
  console.log(JSON.stringify({ files: files.length, objects, podBearing, withDecode, withInvalid, report }, null, 1));
} else {
  if (!quiet) {
    for (const r of report) {
      console.log(`${relative(process.cwd(), join(dir, r.file))} [doc ${r.doc}] ${r.kind} ${JSON.stringify(r.name)}`);
      for (const d of r.decode) console.log(`  decode:  ${d}`);
      for (const d of r.invalid) console.log(`  invalid: ${d}`);
    }
    console.log('');
  }
  console.log(`${files.length} files, ${objects} objects, ${podBearing} pod-bearing; ${withDecode} with decode errors, ${withInvalid} with invalid errors (${ms.toFixed(0)} ms)`);
  console.log('kinds:', Object.fromEntries(kinds));
  for (const [k, n] of [...counts.entries()].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${k}`);
}
