import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listRules, renderRuleDoc, renderRulesIndex } from '../api/index.js';
import { EXIT, UsageError, type CliIO } from './io.js';

export const RULES_HELP = `Usage: podproof rules [ID] [options]

Lists the lint rules (built-in and custom), or prints one rule's documentation.

Options:
  -f, --format <fmt>         text (default), markdown, json
      --output-dir <dir>     with --format markdown: write <dir>/<id>.md for every rule and <dir>/README.md
      --rules-dir <dir>      include custom rules from a folder (repeatable)
  -h, --help                 show this help
`;

export async function rulesCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      'output-dir': { type: 'string' },
      'rules-dir': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(RULES_HELP);
    return EXIT.ok;
  }
  if (!['text', 'markdown', 'json'].includes(values.format)) throw new UsageError(`Unknown format "${values.format}"; use text, markdown or json.`);
  const rules = listRules({ cwd: io.cwd, ...(values['rules-dir'] ? { rulesDirs: values['rules-dir'] } : {}) });
  const [id] = positionals;
  if (id !== undefined) {
    const rule = rules.find((r) => r.id === id);
    if (!rule) throw new UsageError(`No rule "${id}". Run 'podproof rules' for the list.`);
    io.stdout.write(values.format === 'json' ? `${JSON.stringify(rule.definition, null, 2)}\n` : renderRuleDoc(rule));
    return EXIT.ok;
  }
  if (values['output-dir']) {
    if (values.format !== 'markdown') throw new UsageError('--output-dir goes with --format markdown.');
    const dir = path.resolve(io.cwd, values['output-dir']);
    await mkdir(dir, { recursive: true });
    for (const r of rules) await writeFile(path.join(dir, `${r.id}.md`), renderRuleDoc(r));
    await writeFile(path.join(dir, 'README.md'), renderRulesIndex(rules));
    io.stdout.write(`wrote ${rules.length + 1} files to ${path.relative(io.cwd, dir) || '.'}\n`);
    return EXIT.ok;
  }
  if (values.format === 'markdown') io.stdout.write(renderRulesIndex(rules));
  else if (values.format === 'json') io.stdout.write(`${JSON.stringify(rules.map((r) => r.definition), null, 2)}\n`);
  else {
    const rows = rules.map((r) => {
      const d = r.definition;
      const presets = d.presets.length ? d.presets.join(',') : 'off';
      return [d.id, d.severity, d.category, presets, d.description];
    });
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => (row[i] as string).length), 4));
    for (const row of rows) io.stdout.write(`${row.map((c, i) => (i < 4 ? c.padEnd((widths[i] as number) + 2) : c)).join('')}\n`);
    io.stdout.write(`\n${rules.length} rules. 'podproof rules <id>' shows one rule's documentation.\n`);
  }
  return EXIT.ok;
}
