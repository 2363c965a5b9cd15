/**
 * ANSI styling, applied only when a report asks for colour. A Paint whose functions return their
 * argument unchanged is the no-colour case, so formatters never branch on colour themselves.
 */
type Style = (s: string) => string;

export interface Paint {
  error: Style;
  warning: Style;
  info: Style;
  dim: Style;
  underline: Style;
  bold: Style;
  marker: Style;
  gutter: Style;
}

const id: Style = (s) => s;

export const plain: Paint = { error: id, warning: id, info: id, dim: id, underline: id, bold: id, marker: id, gutter: id };

const sgr =
  (open: number, close: number): Style =>
  (s) =>
    s === '' ? s : `\u001b[${open}m${s}\u001b[${close}m`;

/** The SGR codes chalk uses: red 31/39, yellow 33/39, blue 34/39, dim 2/22, underline 4/24, bold 1/22, gray 90/39. */
export const colors: Paint = {
  error: sgr(31, 39),
  warning: sgr(33, 39),
  info: sgr(34, 39),
  dim: sgr(2, 22),
  underline: sgr(4, 24),
  bold: sgr(1, 22),
  marker: (s) => sgr(1, 22)(sgr(31, 39)(s)),
  gutter: sgr(90, 39),
};

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}
