/**
 * Code frames in @babel/code-frame's codeFrameColumns layout (which ESLint's codeframe
 * formatter prints): `> n |` marks the line, context lines get `  n |`, and the marker line keeps
 * tabs so carets sit under tabbed text.
 */
import t from 'tap';
import { codeFrame, splitLines } from '../../src/report/index.js';

t.test('one line of context, gutter padded to the widest line number', async (t) => {
  const lines = splitLines(Array.from({ length: 12 }, (_, i) => `line${i + 1}`).join('\n'));
  t.equal(
    codeFrame(lines, { line: 10, column: 3, endLine: 10, endColumn: 5 }),
    ['   9 | line9', '> 10 | line10', '     |   ^^', '  11 | line11'].join('\n'),
  );
  t.equal(codeFrame(lines, { line: 1, column: 1, endLine: 1, endColumn: 1 }), ['> 1 | line1', '    | ^', '  2 | line2'].join('\n'), 'an empty range still gets one caret');
});

t.test('tabs are kept in the marker spacing; empty lines have no trailing blank', async (t) => {
  const lines = splitLines('a:\n\n\tb: 1\n');
  t.same(lines, ['a:', '', '\tb: 1'], 'no phantom line after the final newline');
  t.equal(codeFrame(lines, { line: 3, column: 5, endLine: 3, endColumn: 6 }), ['  2 |', '> 3 | \tb: 1', '    | \t   ^'].join('\n'));
});

t.test('multi-line ranges mark the first line to its end; CRLF and BOM', async (t) => {
  const lines = splitLines('\uFEFFkind: Pod\r\nspec:\r\n  x: 1\r\n');
  t.equal(lines[0], ' kind: Pod', 'BOM kept as a column, like src/manifest');
  t.equal(codeFrame(lines, { line: 2, column: 1, endLine: 3, endColumn: 7 }), ['  1 |  kind: Pod', '> 2 | spec:', '    | ^^^^^', '  3 |   x: 1'].join('\n'));
  t.equal(codeFrame(lines, { line: 9, column: 1, endLine: 9, endColumn: 2 }), '', 'a line past the end frames nothing');
});
