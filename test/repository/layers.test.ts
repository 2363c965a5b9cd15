// STYLE.md: imports point down only — cli, action → api → report, steps, lint, validate,
// emulator → shell, manifest → model — and only api reads files; only cli and action touch the
// process and the console. ESLint enforces the same zones; this test scans the sources too, so a
// violation fails the build even where ESLint is not run.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

/**
 * What each layer may import (besides itself). The step library is built on the API (DESIGN.md:
 * "The CLI and the step library are built on this API only"), so it sits above it: steps → api,
 * never api → steps (api/test.ts only names the compiled step module's path for Cucumber).
 */
const ALLOWED: Record<string, readonly string[]> = {
  model: [],
  manifest: ['model'],
  shell: ['model'],
  validate: ['model', 'manifest'],
  lint: ['model', 'manifest'],
  emulator: ['model', 'shell', 'manifest'],
  report: ['model'],
  steps: ['model', 'manifest', 'emulator', 'api'],
  api: ['model', 'manifest', 'validate', 'lint', 'emulator', 'report', 'shell'],
  cli: ['api', 'steps'], // `podproof steps` lists the step library
  action: ['api'],
};
const PURE = new Set(['model', 'manifest', 'validate', 'lint', 'shell', 'emulator']);
const FS = /^(node:)?(fs|fs\/promises|child_process)$|^fast-glob$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

t.test('every import points down (or sideways within its layer)', async (t) => {
  const problems: string[] = [];
  for (const file of files(src)) {
    const layer = path.relative(src, file).split(path.sep)[0]!;
    if (!(layer in ALLOWED)) {
      problems.push(`${file}: unknown layer ${layer}`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith('.')) {
        const target = path.relative(src, path.resolve(path.dirname(file), spec)).split(path.sep)[0]!;
        if (target !== layer && !ALLOWED[layer]!.includes(target)) problems.push(`${path.relative(src, file)} imports ${spec} (${layer} → ${target})`);
      } else if (PURE.has(layer) && FS.test(spec) && !path.relative(src, file).includes(`${path.sep}generated${path.sep}`)) {
        problems.push(`${path.relative(src, file)} is in a pure layer but imports ${spec}`);
      }
    }
  }
  t.same(problems, []);
});

t.test('only cli and action write to the console or set the exit code', async (t) => {
  const problems: string[] = [];
  for (const file of files(src)) {
    const layer = path.relative(src, file).split(path.sep)[0]!;
    if (layer === 'cli' || layer === 'action') continue;
    const text = readFileSync(file, 'utf8');
    if (/\bconsole\.(log|error|warn|info)\(|process\.exit\(|process\.exitCode\s*=|process\.stdout\.write\(/.test(text)) problems.push(path.relative(src, file));
  }
  t.same(problems, []);
});
