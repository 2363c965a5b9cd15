import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { countFindings, mergeJsonReports } from '../api/merge.js';
import { allRuleMeta } from '../api/rules.js';
import { formatReport, FORMAT_NAMES, type FormatName } from '../api/report.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { VERSION } from './version.js';

export const MERGE_HELP = `Usage: podproof merge-reports <report.json…> [options]

Merges the JSON reports of 'podproof lint --shard i/n --format json' into one report.

Options:
  -f, --format <name>        stylish (default), json, sarif, junit, github, markdown
  -o, --output-file <path>   write the report to a file
  -h, --help                 show this help

Exit codes as 'podproof lint': 0 clean, 1 errors, 2 unreadable input.
`;

export async function mergeCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f', default: 'stylish' }, 'output-file': { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(MERGE_HELP);
    return EXIT.ok;
  }
  const format = values.format as FormatName;
  if (!FORMAT_NAMES.includes(format)) throw new UsageError(`Unknown format "${values.format}".`);
  if (positionals.length === 0) throw new UsageError('merge-reports takes one or more JSON reports.');
  const reports = await Promise.all(positionals.map(async (p) => ({ name: p, text: await readFile(path.resolve(io.cwd, p), 'utf8') })));
  const results = mergeJsonReports(reports);
  const rules = allRuleMeta({ cwd: io.cwd });
  const text = formatReport(format, { results, rules, cwd: io.cwd, toolVersion: VERSION });
  if (values['output-file']) await writeFile(path.resolve(io.cwd, values['output-file']), text);
  else io.stdout.write(text);
  const counts = countFindings(results);
  return counts.fatalCount ? EXIT.fatal : counts.errorCount ? EXIT.findings : EXIT.ok;
}
