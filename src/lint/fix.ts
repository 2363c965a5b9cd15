/**
 * Fixes. A rule's FixOperations are turned into text edits located through the yaml Document
 * API (each node's source offsets), so everything outside the edited node — comments, key
 * order, quoting, indentation, other documents — is kept byte for byte. applyFixes applies the
 * edits of non-overlapping fixes; a second run picks up what overlapped.
 */
import { isMap, isNode, isPair, isScalar, isSeq, stringify, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { pathKeys } from '../model/fieldpath.js';
import type { Finding, TextEdit } from '../model/finding.js';
import type { FixOperation } from './checks/types.js';

type Located = { node: Node; pair?: Pair<unknown, unknown>; parent?: YAMLMap | YAMLSeq; index?: number };

function findPair(map: YAMLMap, key: string): Pair<unknown, unknown> | undefined {
  let found: Pair<unknown, unknown> | undefined;
  for (const item of map.items) {
    const k = item.key;
    const text = isScalar(k) ? String(k.value) : '';
    if (text === key) found = item;
  }
  return found;
}

/** Walk to the deepest existing node; `rest` is what is missing below it. */
function walk(root: Node, keys: readonly (string | number)[]): { at: Located; rest: (string | number)[] } {
  let at: Located = { node: root };
  for (let i = 0; i < keys.length; i++) {
    const seg = keys[i] as string | number;
    const node = at.node;
    if (typeof seg === 'number' && isSeq(node)) {
      const item = node.items[seg] as Node | undefined;
      if (!item || !('range' in item)) return { at, rest: keys.slice(i) };
      at = { node: item, parent: node, index: seg };
    } else if (isMap(node)) {
      const pair = findPair(node, String(seg));
      if (!pair || !isNode(pair.value)) return { at, rest: keys.slice(i) };
      at = { node: pair.value, pair, parent: node };
    } else return { at, rest: keys.slice(i) };
  }
  return { at, rest: [] };
}

const YAML11_SPECIAL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|[-+]?[0-9][0-9_.:eE+-]*|\.inf|\.nan)$/;

function renderScalar(value: unknown, json: boolean): string {
  if (typeof value === 'string') {
    if (!json && /^[A-Za-z_/][A-Za-z0-9_./-]*$/.test(value) && !YAML11_SPECIAL.test(value)) return value;
    return JSON.stringify(value);
  }
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? 'null';
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** The offset just past the newline ending the line that holds the last content before `pos`. */
function endOfContentLine(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && /\s/.test(text[p - 1] as string)) p--;
  const nl = text.indexOf('\n', p);
  return nl < 0 ? text.length : nl + 1;
}

function nest(keys: readonly (string | number)[], value: unknown): unknown {
  let v = value;
  for (let i = keys.length - 1; i >= 0; i--) v = { [String(keys[i])]: v };
  return v;
}

function isJsonStyle(map: YAMLMap): boolean {
  const first = map.items[0]?.key;
  return isScalar(first) && first.type === 'QUOTE_DOUBLE';
}

function setEdit(text: string, root: Node, keys: (string | number)[], value: unknown): TextEdit | undefined {
  const { at, rest } = walk(root, keys);
  const range = at.node.range;
  if (!range) return undefined;
  if (rest.length === 0) {
    if (isScalar(at.node)) return { start: range[0], end: range[1], text: renderScalar(value, at.node.type === 'QUOTE_DOUBLE') };
    if (typeof value !== 'object' && (isMap(at.node) || isSeq(at.node)) && at.node.flow) {
      return { start: range[0], end: range[1], text: renderScalar(value, false) };
    }
    return undefined;
  }
  if (rest.some((k) => typeof k === 'number')) return undefined;
  if (isScalar(at.node) && at.node.value === null && at.pair && at.parent && isMap(at.parent) && !at.parent.flow) {
    return fillNull(text, at.pair, at.node, rest as string[], value);
  }
  if (!isMap(at.node)) return undefined;
  const map = at.node;
  const [first, ...deeper] = rest as string[];
  const inner = nest(deeper, value);
  if (map.flow) {
    const json = isJsonStyle(map);
    const close = text.lastIndexOf('}', range[1]);
    if (close < range[0]) return undefined;
    let p = close;
    while (p > range[0] && /\s/.test(text[p - 1] as string)) p--;
    const key = json ? JSON.stringify(first) : renderScalar(first, false);
    const body = `${key}: ${json ? JSON.stringify(inner) : stringify(inner, { collectionStyle: 'flow' }).trim()}`;
    // `{ a: 1, }` (a trailing comma, as in the Kubernetes docs' JSON-ish examples) takes no second comma.
    const sep = map.items.length === 0 ? ' ' : text[p - 1] === ',' ? ' ' : ', ';
    return { start: p, end: p, text: map.items.length > 0 ? `${sep}${body}${text[p - 1] === ',' ? ',' : ''}` : ` ${body} ` };
  }
  const firstKey = map.items[0]?.key as Node | undefined;
  const keyStart = firstKey?.range?.[0];
  if (keyStart === undefined) return undefined;
  const indent = keyStart - lineStart(text, keyStart);
  const block = stringify({ [first as string]: inner }, { indent: 2 })
    .split('\n')
    .filter((l, i, all) => !(i === all.length - 1 && l === ''))
    .map((l) => ' '.repeat(indent) + l)
    .join('\n');
  const eol = endOfContentLine(text, range[1]);
  const nl = text.includes('\r\n') ? '\r\n' : '\n'; // keep CRLF files CRLF
  const needsNl = eol === text.length && !text.endsWith('\n');
  return { start: eol, end: eol, text: `${needsNl ? nl : ''}${block.split('\n').join(nl)}${nl}` };
}

/** `key:` with no value (or `~`/`null`) gets the missing keys as a block below it. */
function fillNull(text: string, pair: Pair<unknown, unknown>, scalar: Node, rest: string[], value: unknown): TextEdit | undefined {
  const key = pair.key as Node | undefined;
  const kr = key?.range;
  const vr = scalar.range;
  if (!kr || !vr) return undefined;
  const colon = text.indexOf(':', kr[1]);
  if (colon < 0 || colon > vr[0]) return undefined;
  const eol = text.indexOf('\n', vr[1]);
  const tail = text.slice(vr[1], eol < 0 ? text.length : eol);
  if (tail.trim() !== '') return undefined; // a comment after the key: leave it to a person
  const [first, ...deeper] = rest as [string, ...string[]];
  const indent = kr[0] - lineStart(text, kr[0]) + 2;
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const block = stringify({ [first]: nest(deeper, value) }, { indent: 2 })
    .split('\n')
    .filter((l, i, all) => !(i === all.length - 1 && l === ''))
    .map((l) => ' '.repeat(indent) + l)
    .join(nl);
  return { start: colon + 1, end: eol < 0 ? text.length : eol - (text[eol - 1] === '\r' ? 1 : 0), text: `${nl}${block}` };
}

function removeEdit(text: string, root: Node, keys: (string | number)[]): TextEdit | undefined {
  const { at, rest } = walk(root, keys);
  if (rest.length > 0) return undefined; // nothing to remove
  const parent = at.parent;
  if (!parent) return undefined;
  let start: number;
  let end: number;
  if (isMap(parent) && at.pair && isPair(at.pair)) {
    const key = at.pair.key as Node | undefined;
    const kr = key?.range;
    const vr = at.node.range;
    if (!kr || !vr) return undefined;
    start = kr[0];
    end = vr[1];
  } else if (isSeq(parent) && at.index !== undefined) {
    const r = at.node.range;
    if (!r) return undefined;
    start = r[0];
    end = r[1];
  } else return undefined;
  if (parent.flow) {
    let e = end;
    while (e < text.length && /[ \t]/.test(text[e] as string)) e++;
    if (text[e] === ',') {
      e++;
      while (e < text.length && /[ \t]/.test(text[e] as string)) e++;
      return { start, end: e, text: '' };
    }
    let s = start;
    while (s > 0 && /\s/.test(text[s - 1] as string)) s--;
    if (text[s - 1] === ',') return { start: s - 1, end, text: '' };
    return { start, end, text: '' };
  }
  const ls = lineStart(text, start);
  const lead = text.slice(ls, start);
  if (isSeq(parent)) {
    if (!/^\s*-\s*$/.test(lead)) return undefined;
  } else if (!/^\s*$/.test(lead)) {
    // The first key of a list item (`- name: x`): removing it would take the dash with it.
    return undefined;
  }
  return { start: ls, end: endOfContentLine(text, end), text: '' };
}

/**
 * Text edits for fix operations on one object. `basePath` is where the object sits in the
 * document (['items', 3] for List items). Returns undefined when an operation cannot be
 * expressed as an edit that keeps the rest of the file intact (the fix is then not offered).
 */
export function fixEdits(text: string, root: Node | null | undefined, basePath: readonly (string | number)[], ops: readonly FixOperation[]): TextEdit[] | undefined {
  if (!root) return undefined;
  const edits: TextEdit[] = [];
  for (const op of ops) {
    const keys = [...basePath, ...pathKeys(op.path)];
    const e = op.op === 'set' ? setEdit(text, root, keys, op.value) : removeEdit(text, root, keys);
    if (!e) return undefined;
    edits.push(e);
  }
  return edits;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return false; // two insertions at one point both apply
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}

/**
 * Apply the fixes of unsuppressed findings to the text of their file. Fixes whose edits overlap
 * an already accepted fix are left for a later pass (run lint + applyFixes again, as ESLint does).
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const accepted: TextEdit[] = [];
  let applied = 0;
  const fixes = findings
    .filter((f) => f.fix && !f.suppressed && f.fix.edits.length > 0)
    .map((f) => f.fix as { description: string; edits: TextEdit[] })
    .sort((a, b) => Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
  const seen = new Set<string>();
  for (const fix of fixes) {
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue; // the same fix reported twice (e.g. by two findings)
    if (fix.edits.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    seen.add(key);
    accepted.push(...fix.edits);
    applied++;
  }
  // Applied from the end. Insertions at one offset (the end of a container and the end of its
  // pod spec can coincide): the outer, less indented one is applied first, so the inner one
  // ends up before it, where it belongs.
  const indent = (e: TextEdit) => /^(?:\r?\n)?( *)/.exec(e.text)?.[1]?.length ?? 0;
  accepted.sort((a, b) => b.start - a.start || b.end - a.end || indent(a) - indent(b));
  let out = text;
  for (const e of accepted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied };
}
