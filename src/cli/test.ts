/**
 * `podproof test`: Cucumber (cucumber-js 12, which runs on Node 20, 22 and 24) with the built-in
 * step library and World loaded automatically. Everything else is Cucumber's own behaviour:
 * profiles from cucumber.yaml/cucumber.js, tags, names, formats, parallel, retry, dry-run.
 */
import { parseArgs } from 'node:util';
import { runSpecs } from '../api/test.js';
import { EXIT, UsageError, type CliIO } from './io.js';

export const TEST_HELP = `Usage: podproof test [features|folders…] [options]

Runs Gherkin features against the kubelet emulator with the built-in step library
(see 'podproof steps'). Folders are searched for *.feature; default: features/.

Options (Cucumber's own):
  -t, --tags <expr>          only scenarios matching the tag expression ("@smoke and not @slow")
  -n, --name <regexp>        only scenarios whose name matches (repeatable)
  -f, --format <fmt[:file]>  progress (default), pretty, summary, html, junit, message, json,
                             progress-bar, usage, rerun, snippets (repeatable)
      --parallel <n>         run scenarios in n worker processes
      --retry <n>            retry failing scenarios up to n times
  -d, --dry-run              check that every step is defined without running any
  -i, --import <path|glob>   load your own step definitions too (repeatable); they share the World
  -p, --profile <name>       use a profile from cucumber.yaml / cucumber.js (repeatable)
  -c, --config <file>        Cucumber configuration file (default: cucumber.yaml, cucumber.js, … in the folder)
      --fail-fast            stop after the first failure
      --shard <i/n>          run only shard i of n of the scenarios (for a CI matrix)
  -h, --help                 show this help

Exit codes: 0 every scenario passed, 1 a scenario failed (or was undefined/ambiguous), 2 usage.
`;

export async function testCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      tags: { type: 'string', short: 't' },
      name: { type: 'string', short: 'n', multiple: true },
      format: { type: 'string', short: 'f', multiple: true },
      parallel: { type: 'string' },
      retry: { type: 'string' },
      'dry-run': { type: 'boolean', short: 'd' },
      import: { type: 'string', short: 'i', multiple: true },
      profile: { type: 'string', short: 'p', multiple: true },
      config: { type: 'string', short: 'c' },
      'fail-fast': { type: 'boolean' },
      shard: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(TEST_HELP);
    return EXIT.ok;
  }
  for (const opt of ['parallel', 'retry'] as const) {
    const v = values[opt];
    if (v !== undefined && !(Number.isInteger(Number(v)) && Number(v) >= 0)) throw new UsageError(`--${opt} takes a whole number.`);
  }
  const { success } = await runSpecs({
    cwd: io.cwd,
    stdout: io.stdout,
    stderr: io.stderr,
    env: io.env,
    ...(positionals.length ? { paths: positionals } : {}),
    ...(values.tags ? { tags: values.tags } : {}),
    ...(values.name ? { names: values.name } : {}),
    ...(values.format ? { formats: values.format } : {}),
    ...(values.parallel !== undefined ? { parallel: Number(values.parallel) } : {}),
    ...(values.retry !== undefined ? { retry: Number(values.retry) } : {}),
    ...(values.import ? { imports: values.import } : {}),
    ...(values.profile ? { profiles: values.profile } : {}),
    ...(values.config ? { config: values.config } : {}),
    ...(values.shard ? { shard: values.shard } : {}),
    dryRun: values['dry-run'] === true,
    failFast: values['fail-fast'] === true,
  });
  return success ? EXIT.ok : EXIT.findings;
}
