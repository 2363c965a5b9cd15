/**
 * Writes docs/steps.md from the step library (src/steps). `--check` fails when the committed file
 * is stale (a CI diff check). Run: npx tsx scripts/gen-steps-doc.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderStepsMarkdown } from '../src/steps/listing.js';

const target = fileURLToPath(new URL('../docs/steps.md', import.meta.url));
const text = renderStepsMarkdown();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = '';
  }
  if (current !== text) {
    console.error('docs/steps.md is out of date: run npx tsx scripts/gen-steps-doc.ts');
    process.exitCode = 1;
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
