/**
 * `podproof test`: Cucumber (cucumber-js 12, which runs on Node 20, 22 and 24) with the built-in
 * step library and World loaded automatically. Everything else is Cucumber's own behaviour:
 * profiles from cucumber.yaml/cucumber.js, tags, names, formats, parallel, retry, dry-run.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EXIT, type CliIO } from './io.js';

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

/** The step library's module, next to this file in dist/. */
export function stepLibraryPath(): string {
  return fileURLToPath(new URL('../steps/index.js', import.meta.url));
}

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
  const { loadConfiguration, runCucumber } = await import('@cucumber/cucumber/api');
  const provided: Record<string, unknown> = {
    import: [stepLibraryPath(), ...(values.import ?? [])],
  };
  if (positionals.length) provided.paths = positionals;
  if (values.tags) provided.tags = values.tags;
  if (values.name) provided.name = values.name;
  // `junit:report.xml` — Cucumber splits the formatter from its output file itself.
  if (values.format) provided.format = values.format;
  if (values.parallel !== undefined) provided.parallel = Number(values.parallel);
  if (values.retry !== undefined) provided.retry = Number(values.retry);
  if (values['dry-run']) provided.dryRun = true;
  if (values['fail-fast']) provided.failFast = true;
  if (values.shard) provided.shard = values.shard;
  const environment = { cwd: io.cwd, stdout: io.stdout, stderr: io.stderr, env: io.env };
  const { runConfiguration } = await loadConfiguration(
    {
      ...(values.config ? { file: values.config } : {}),
      ...(values.profile ? { profiles: values.profile } : {}),
      provided,
    },
    environment,
  );
  const { success } = await runCucumber(runConfiguration, environment);
  return success ? EXIT.ok : EXIT.findings;
}
