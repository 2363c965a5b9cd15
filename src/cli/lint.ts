import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
// The api's lint and report modules only: a pre-commit run does not load the emulator.
import { lintFiles } from '../api/lint.js';
import { parseShard } from '../api/merge.js';
import { formatReport, type FormatName } from '../api/report.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { VERSION } from './version.js';

const FORMATS: readonly FormatName[] = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'];

export const LINT_HELP = `Usage: podproof lint [paths|folders|globs|-] [options]

Validates every Pod and pod template as the Kubernetes API server would, then lints it.
Folders are searched for *.yaml, *.yml and *.json (node_modules and .git are skipped);
'-' reads standard input (e.g. helm template . | podproof lint -).

Options:
  -f, --format <name>        stylish (default), json, sarif, junit, github, markdown
  -o, --output-file <path>   write the report to a file instead of standard output
  -c, --config <path>        use this configuration instead of .podproof.yaml found upward
      --rules-dir <dir>      load custom rules (rules/<id>.yaml) from a folder (repeatable)
      --kubernetes-version <v>  judge against this Kubernetes version (default 1.36)
      --fix                  apply the safe fixes rules declare (comments and formatting kept)
      --fix-dry-run          print the fixes as a unified diff without writing
      --quiet                report errors only
      --max-warnings <n>     exit 1 when there are more than n warnings
      --max-file-size <mb>   largest file to check, in MiB (default 8)
      --stdin-filename <p>   name to report standard input as
      --workers <n>          check files in n worker threads (default 1; for very large runs)
      --shard <i/n>          check only shard i of n (for a CI matrix; merge with 'podproof merge-reports')
      --color / --no-color   force or disable colours (default: on for a terminal)
  -h, --help                 show this help

Exit codes: 0 clean, 1 errors (or warnings past --max-warnings), 2 usage or unreadable input.
`;

export async function lintCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      'output-file': { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
      'rules-dir': { type: 'string', multiple: true },
      'kubernetes-version': { type: 'string' },
      fix: { type: 'boolean', default: false },
      'fix-dry-run': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      'max-warnings': { type: 'string' },
      'max-file-size': { type: 'string' },
      'stdin-filename': { type: 'string' },
      shard: { type: 'string' },
      workers: { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(LINT_HELP);
    return EXIT.ok;
  }
  const format = values.format as FormatName;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${values.format}"; use one of ${FORMATS.join(', ')}.`);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings takes a whole number.');
  }
  let maxFileBytes: number | undefined;
  if (values['max-file-size'] !== undefined) {
    const mb = Number(values['max-file-size']);
    if (!(mb > 0)) throw new UsageError('--max-file-size takes a size in MiB.');
    maxFileBytes = Math.round(mb * 1024 * 1024);
  }
  let shard: { index: number; total: number } | undefined;
  if (values.shard !== undefined) {
    shard = parseShard(values.shard);
    if (!shard) throw new UsageError('--shard takes i/n with 1 <= i <= n, e.g. 2/4.');
  }
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1) throw new UsageError('--workers takes a whole number of at least 1.');
  }
  const result = await lintFiles(positionals, {
    ...(workers ? { workers } : {}),
    ...(shard ? { shard } : {}),
    cwd: io.cwd,
    stdin: io.stdin,
    ...(maxFileBytes ? { maxFileBytes } : {}),
    ...(values.config ? { config: values.config } : {}),
    ...(values['rules-dir'] ? { rulesDirs: values['rules-dir'] } : {}),
    ...(values['kubernetes-version'] ? { kubernetesVersion: values['kubernetes-version'] } : {}),
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    ...(values['stdin-filename'] ? { stdinFilename: values['stdin-filename'] } : {}),
  });
  const color = values['no-color'] ? false : (values.color ?? (!values['output-file'] && io.stdout.isTTY === true && !io.env.NO_COLOR));
  const results = values.quiet
    ? result.results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }))
    : result.results;
  const text = formatReport(format, { results, rules: result.rules, cwd: io.cwd, toolVersion: VERSION }, { color, quiet: values.quiet });
  if (result.fixDiffs) for (const d of result.fixDiffs) io.stdout.write(d.diff.endsWith('\n') ? d.diff : `${d.diff}\n`);
  if (result.fixedFiles?.length) io.stderr.write(`podproof: fixed ${result.fixedFiles.length} file(s): ${result.fixedFiles.join(', ')}\n`);
  if (values['output-file']) await writeFile(path.resolve(io.cwd, values['output-file']), text);
  else io.stdout.write(text);
  if (result.fatalCount > 0) return EXIT.fatal;
  if (result.errorCount > 0) return EXIT.findings;
  if (maxWarnings >= 0 && result.warningCount > maxWarnings) {
    io.stderr.write(`podproof: too many warnings (${result.warningCount}); the maximum is ${maxWarnings}.\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
