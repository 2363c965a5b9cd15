import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, type CliIO } from './io.js';
import { VERSION } from './version.js';

const CONFIG = `# podproof configuration: https://github.com/podproof/podproof#configuration
# yaml-language-server: $schema=./node_modules/podproof/schema/podproof-config.json
extends: recommended          # recommended | strict | pss-baseline | pss-restricted | all
# kubernetesVersion: "1.36"
# rules:
#   image-tag-pinned: error
#   cpu-limit: warning
# ignore:
#   - "charts/**/templates/**"
`;

const FEATURE = `Feature: the example pod behaves
  Scenario: it starts and stays up
    Given the manifest "../k8s/pod.yaml"
    When 1 minute passes
    Then the pod phase is "Running"
    And container "app" has restarted 0 times
`;

export function preCommitSnippet(): string {
  return `# .pre-commit-config.yaml
repos:
  - repo: https://github.com/podproof/podproof
    rev: v${VERSION}
    hooks:
      - id: podproof-lint
      - id: podproof-test
`;
}

async function exists(p: string): Promise<boolean> {
  return access(p).then(
    () => true,
    () => false,
  );
}

export async function initCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout.write('Usage: podproof init [--force]\n\nWrites .podproof.yaml and features/example.feature, and prints a .pre-commit-config.yaml entry.\n');
    return EXIT.ok;
  }
  const files: [string, string][] = [
    ['.podproof.yaml', CONFIG],
    [path.join('features', 'example.feature'), FEATURE],
  ];
  for (const [rel, text] of files) {
    const abs = path.join(io.cwd, rel);
    if ((await exists(abs)) && !values.force) {
      io.stdout.write(`kept ${rel} (exists; --force overwrites)\n`);
      continue;
    }
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, text);
    io.stdout.write(`wrote ${rel}\n`);
  }
  io.stdout.write(`\nAdd podproof to pre-commit:\n\n${preCommitSnippet()}`);
  return EXIT.ok;
}
