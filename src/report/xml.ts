/** XML text and attribute escaping for the JUnit report. */

/**
 * Characters XML 1.0 does not allow at all (§2.2 Char): C0 controls other than tab, LF, CR;
 * lone surrogates; U+FFFE/U+FFFF. They cannot even be written as references, so they become
 * U+FFFD — a parser would otherwise reject the whole report.
 */
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(s: string): string {
  return s.replace(INVALID, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values: also quotes, and tab/LF/CR as references (attribute-value normalisation would turn them into spaces). */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
