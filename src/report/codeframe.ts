/**
 * A code frame: the offending line with a `^` marker under the range, one line of context
 * above and below. The layout is @babel/code-frame's `codeFrameColumns` (which ESLint's
 * `codeframe` formatter prints): `> 12 |` on the marked line, `   11 |` on context lines, and a
 * marker line `    |` whose spacing keeps tabs so the carets line up under tabbed text.
 */
import type { SourceRange } from '../model/finding.js';
import { type Paint, plain } from './ansi.js';

/** babel's NEWLINE: `\r\n`, `\n`, `\r`, U+2028, U+2029. */
const NEWLINE = /\r\n|[\n\r\u2028\u2029]/;

export interface CodeFrameOptions {
  linesAbove?: number;
  linesBelow?: number;
  paint?: Paint;
}

/**
 * Split a source text into lines once (a file with many findings frames many times). A BOM
 * becomes a space, as src/manifest does before parsing (so columns on line 1 still match), and
 * the empty "line" after a final newline is dropped.
 */
export function splitLines(source: string): string[] {
  const lines = source.replace(/^\uFEFF/, ' ').split(NEWLINE);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Frame one range of `lines`. Only the range's first line is marked: carets from the start
 * column up to the end column when the range ends on that line, else to the line's end (a range
 * covering a whole mapping would otherwise mark a screenful). Returns '' when the line is not in
 * the source (a finding at 1:1 of an empty file).
 */
export function codeFrame(lines: readonly string[], range: SourceRange, opts: CodeFrameOptions = {}): string {
  const paint = opts.paint ?? plain;
  const above = opts.linesAbove ?? 1;
  const below = opts.linesBelow ?? 1;
  const target = lines[range.line - 1];
  if (target === undefined) return '';
  const first = Math.max(1, range.line - above);
  const last = Math.min(lines.length, range.line + below);
  const width = String(last).length;
  const startCol = Math.max(1, Math.min(range.column, target.length + 1));
  const endCol = range.endLine === range.line ? Math.max(range.endColumn, startCol + 1) : target.length + 1;
  const carets = Math.max(1, Math.min(endCol, target.length + 1) - startCol);
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = lines[n - 1] ?? '';
    const gutter = ` ${String(n).padStart(width)} |`;
    const body = text.length > 0 ? ` ${text}` : '';
    if (n === range.line) {
      out.push(`${paint.marker('>')}${paint.gutter(gutter)}${body}`);
      const spacing = text.slice(0, startCol - 1).replace(/[^\t]/g, ' ');
      out.push(` ${paint.gutter(gutter.replace(/\d/g, ' '))} ${spacing}${paint.marker('^'.repeat(carets))}`);
    } else {
      out.push(` ${paint.gutter(gutter)}${body}`);
    }
  }
  return out.join('\n');
}
