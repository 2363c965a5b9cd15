/**
 * Source positions for paths into a parsed YAML document. The yaml package keeps every node's
 * offsets; we walk the AST by path and convert offsets to 1-based line/column.
 */
import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';
import type { SourceRange } from '../model/finding.js';

export type Offsets = [start: number, end: number];

function nodeOffsets(node: Node | null | undefined): Offsets | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** A mapping key as text: scalars by value; complex keys (`? [a, b]`) never match a field name. */
function keyText(k: unknown): string {
  if (isScalar(k)) return String(k.value);
  return k === null || k === undefined ? '' : '\u0000complex-key';
}

function findPair(node: unknown, key: string): Pair<unknown, unknown> | undefined {
  if (!isMap(node)) return undefined;
  // Last match wins, as a decoder that allowed duplicates would keep the later value.
  let found: Pair<unknown, unknown> | undefined;
  for (const item of node.items) {
    if (keyText(item.key) === key) found = item;
  }
  return found;
}

export interface PathLookup {
  /** The node at the path's deepest existing point, and whether the whole path exists. */
  node: Offsets | undefined;
  key: Offsets | undefined;
  exact: boolean;
}

export function lookup(root: Node | null | undefined, path: readonly (string | number)[]): PathLookup {
  let node: unknown = root;
  let best: PathLookup = { node: nodeOffsets(root), key: undefined, exact: path.length === 0 };
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as string | number;
    if (typeof seg === 'number' && isSeq(node)) {
      const item = node.items[seg] as Node | undefined;
      if (item === undefined) return best;
      node = item;
      best = { node: nodeOffsets(item), key: undefined, exact: i === path.length - 1 };
    } else {
      const pair = findPair(node, String(seg));
      if (!pair) return best;
      const keyOffsets = nodeOffsets(pair.key as Node);
      const valueOffsets = nodeOffsets(pair.value as Node) ?? keyOffsets;
      // `key:` with no value has a null scalar whose range is empty at the end of the key line.
      const useKey = !valueOffsets || valueOffsets[0] === valueOffsets[1];
      node = pair.value;
      best = { node: useKey ? keyOffsets : valueOffsets, key: keyOffsets, exact: i === path.length - 1 };
    }
  }
  return best;
}

export function toRange(lc: LineCounter, offsets: Offsets | undefined): SourceRange {
  if (!offsets) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const a = lc.linePos(offsets[0]);
  const b = lc.linePos(Math.max(offsets[0], offsets[1]));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** Duplicate keys in any mapping: [path, key offsets, first occurrence line]. */
export function findDuplicateKeys(
  root: Node | null | undefined,
  lc: LineCounter,
  limit = 100,
): { path: (string | number)[]; key: string; offsets: Offsets; firstLine: number }[] {
  const out: { path: (string | number)[]; key: string; offsets: Offsets; firstLine: number }[] = [];
  // Iterative walk (hostile inputs may nest deeply). Paths are rebuilt from parent links only
  // when a duplicate is found: this runs on every node of every file, so it must not allocate.
  interface Frame {
    node: unknown;
    seg: string | number | undefined;
    parent: Frame | undefined;
  }
  const pathOf = (f: Frame | undefined): (string | number)[] => {
    const segs: (string | number)[] = [];
    for (let x = f; x && x.seg !== undefined; x = x.parent) segs.push(x.seg);
    return segs.reverse();
  };
  const stack: Frame[] = [{ node: root, seg: undefined, parent: undefined }];
  while (stack.length > 0 && out.length < limit) {
    const frame = stack.pop() as Frame;
    const node = frame.node;
    if (isMap(node)) {
      let seen: Map<string, number> | undefined;
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const k = item.key;
        const text = keyText(k);
        if (node.items.length > 1) {
          seen ??= new Map();
          const off = nodeOffsets(k as Node);
          const first = seen.get(text);
          if (first !== undefined && off && text !== '<<') {
            out.push({ path: [...pathOf(frame), text], key: text, offsets: off, firstLine: lc.linePos(first).line });
          } else if (off && first === undefined) {
            seen.set(text, off[0]);
          }
        }
        if (isMap(item.value) || isSeq(item.value)) stack.push({ node: item.value, seg: text, parent: frame });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (isMap(item) || isSeq(item)) stack.push({ node: item, seg: i, parent: frame });
      });
    }
  }
  return out;
}
