#!/usr/bin/env node
// Cold start of a pre-commit-style run: `podproof lint <one small file>` as a fresh process,
// against bare `node -e 0`. Target: within 3x. Run: npm run build && node bench/startup.mjs
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const file = process.argv[2] ?? path.join(root, 'bench', 'fixtures', 'small-pod.yaml');
const runs = Number(process.env.RUNS ?? 15);

function median(cmd, args) {
  const times = [];
  for (let i = 0; i < runs + 2; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: root, stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.error) throw r.error;
    if (i >= 2) times.push(ms); // two warm-up runs (disk cache)
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const node = median(process.execPath, ['-e', '0']);
const lint = median(process.execPath, [path.join(root, 'bin', 'podproof.js'), 'lint', file]);
console.log(`node -e 0:              ${node.toFixed(1)} ms (median of ${runs})`);
console.log(`podproof lint one file: ${lint.toFixed(1)} ms (median of ${runs})`);
console.log(`ratio:                  ${(lint / node).toFixed(2)}x (target <= 3x)`);
