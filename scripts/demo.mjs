#!/usr/bin/env node
// The quickstart's main job on the bundled examples: lint them (the findings are the point of
// the demo, including the deliberately broken ones in examples/broken/), then prove their
// behaviour with their Gherkin specs. The exit code is the specs' (every scenario must pass).
import { spawnSync } from 'node:child_process';

const run = (title, args) => {
  console.log(`\n\u001b[1m$ podproof ${args.join(' ')}\u001b[0m   # ${title}\n`);
  return spawnSync(process.execPath, ['bin/podproof.js', ...args], { stdio: 'inherit' }).status ?? 1;
};

const lint = run('validate and lint every manifest', ['lint', 'examples/']);
const test = run('run the behavioural specs against the kubelet emulator', ['test', 'examples/']);
console.log(`\nlint exited ${lint} (findings are expected: examples/broken/ is broken on purpose); specs exited ${test}.`);
process.exit(test);
