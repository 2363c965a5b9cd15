/**
 * The default terminal report: ESLint's `stylish` formatter (lib/cli-engine/formatters/stylish.js)
 * — the file path underlined, one row per problem in aligned columns (`line:col`, severity,
 * message without its final period, rule id dimmed), then the `✖ N problems (…)` summary —
 * plus a code frame under each row when the file's text is known. Suppressed findings are not
 * shown; an all-clean run prints nothing, as ESLint's does.
 */
import type { Finding, SourceRange } from '../model/finding.js';
import type { FileResult } from '../model/result.js';
import { colors, plain, type Paint } from './ansi.js';
import { codeFrame, splitLines } from './codeframe.js';
import { countOf, displayPath, emptyCounts, pluralize, visibleFindings } from './common.js';

export interface StylishOptions {
  color?: boolean;
  quiet?: boolean;
  /** Code frames under each finding when the source is known (default true). */
  codeFrames?: boolean;
}

/**
 * text-table's layout as stylish calls it (`align: ['', 'r', 'l']`, `hsep: '  '`): the line
 * column right-aligned, the rest left-aligned, trailing blanks trimmed; then stylish's
 * `/(\d+)\s+(\d+)/` replacement joins line and column into `line:col`.
 */
function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === 1 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .replace(/\s+$/, ''),
  );
}

/** stylish's message cleanup: drop one final period (`/([^ ])\.$/u`). */
function trimPeriod(message: string): string {
  return message.replace(/([^ ])\.$/u, '$1');
}

function severityWord(f: Finding, paint: Paint): [plain: string, painted: string] {
  if (f.severity === 'error') return ['error', paint.error('error')];
  if (f.severity === 'warning') return ['warning', paint.warning('warning')];
  return ['info', paint.info('info')];
}

/** The range covering findings that start on one line (end: the furthest end on that line, or the line's end). */
function spanOf(group: readonly Finding[]): SourceRange {
  const first = group[0]!.range;
  const column = Math.min(...group.map((g) => g.range.column));
  const multi = group.some((g) => g.range.endLine !== first.line);
  if (multi) return { line: first.line, column, endLine: first.line + 1, endColumn: 1 };
  return { line: first.line, column, endLine: first.line, endColumn: Math.max(...group.map((g) => g.range.endColumn)) };
}

export function formatStylish(results: readonly FileResult[], cwd: string, opts: StylishOptions = {}): string {
  const paint = opts.color ? colors : plain;
  const frames = opts.codeFrames ?? true;
  const total = emptyCounts();
  let output = '\n';
  for (const result of results) {
    const findings = visibleFindings(result.findings, opts.quiet ?? false).filter((f) => !f.suppressed);
    if (findings.length === 0) continue;
    countOf(findings, total);
    // Cells are laid out uncoloured (so widths are true), then coloured piecewise.
    const rows = findings.map((f) => [
      '',
      String(f.range.line),
      String(f.range.column),
      severityWord(f, plain)[0],
      // A message is one line in a table; a multi-line one continues in the frame's place.
      trimPeriod(f.message).replace(/\r?\n/g, ' '),
      f.ruleId,
    ]);
    const laidOut = table(rows);
    const lines = frames && result.source !== undefined ? splitLines(result.source) : undefined;
    output += `${paint.underline(displayPath(result.filePath, cwd))}\n`;
    let groupStart = 0;
    findings.forEach((f, i) => {
      let row = laidOut[i] ?? '';
      row = row.replace(/^(\s*)(\d+)\s+(\d+)/, (_m, lead: string, l: string, c: string) => `${lead}${paint.dim(`${l}:${c}`)}`);
      if (paint !== plain) {
        const [word, painted] = severityWord(f, paint);
        const at = row.indexOf(word, row.indexOf(':'));
        if (at >= 0) row = row.slice(0, at) + painted + row.slice(at + word.length);
        if (row.endsWith(f.ruleId)) row = row.slice(0, row.length - f.ruleId.length) + paint.dim(f.ruleId);
      }
      output += `${row}\n`;
      // Findings on the same line share one frame, after the last of them, marking from the
      // leftmost start to the rightmost end among them (a container with five findings gets one).
      // (Findings are sorted by position, so one line's findings are consecutive.)
      const next = findings[i + 1];
      if (next?.range.line !== f.range.line) {
        if (lines) {
          const frame = codeFrame(lines, spanOf(findings.slice(groupStart, i + 1)), { paint });
          if (frame !== '') output += `${frame.replace(/^/gm, '    ')}\n\n`;
        }
        groupStart = i + 1;
      }
    });
    output += lines ? '' : '\n';
  }
  const problems = total.errors + total.warnings + total.infos;
  if (problems === 0) return '';
  const summaryPaint = total.errors > 0 ? paint.error : total.warnings > 0 ? paint.warning : paint.info;
  output += paint.bold(
    summaryPaint(
      `\u2716 ${problems} ${pluralize('problem', problems)} (${total.errors} ${pluralize('error', total.errors)}, ` +
        `${total.warnings} ${pluralize('warning', total.warnings)}, ${total.infos} ${pluralize('info', total.infos)})`,
    ),
  );
  output += '\n';
  if (total.fixableErrors > 0 || total.fixableWarnings > 0) {
    output += paint.bold(
      summaryPaint(
        `  ${total.fixableErrors} ${pluralize('error', total.fixableErrors)} and ${total.fixableWarnings} ` +
          `${pluralize('warning', total.fixableWarnings)} potentially fixable with the \`--fix\` option.`,
      ),
    );
    output += '\n';
  }
  return output;
}
