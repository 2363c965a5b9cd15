/** `podproof steps [--format text|markdown]`: the built-in step library, from the same table the runner registers. */
import { parseArgs } from 'node:util';
import { EXIT, UsageError, type CliIO } from './io.js';

export const STEPS_HELP = `Usage: podproof steps [--format text|markdown]

Lists every step of the built-in step library with a one-line description.

Options:
  -f, --format <text|markdown>  output format (default: text)
  -h, --help                    show this help
`;

export async function stepsCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(STEPS_HELP);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'markdown') throw new UsageError(`Unknown format "${format}" (use text or markdown).`);
  const { renderStepsMarkdown, renderStepsText } = await import('../steps/listing.js');
  io.stdout.write(format === 'markdown' ? renderStepsMarkdown() : renderStepsText());
  return EXIT.ok;
}
