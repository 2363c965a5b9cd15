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

function findPair(node: unknown, key: string): Pair<unknown, unknown> | undefined {
  if (!isMap(node)) return undefined;
  // Last match wins, as a decoder that allowed duplicates would keep the later value.
  let found: Pair<unknown, unknown> | undefined;
  for (const item of node.items) {
    const k = item.key;
    const text = isScalar(k) ? String(k.value) : k === null ? '' : String(k);
    if (text === key) found = item;
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
  // Iterative walk: hostile inputs may nest deeply.
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0 && out.length < limit) {
    const { node, path } = stack.pop() as { node: unknown; path: (string | number)[] };
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const k = item.key;
        const text = isScalar(k) ? String(k.value) : k === null ? '' : String(k);
        const off = nodeOffsets(k as Node);
        if (seen.has(text) && off && text !== '<<') {
          out.push({ path: [...path, text], key: text, offsets: off, firstLine: seen.get(text) as number });
        } else if (off) {
          seen.set(text, lc.linePos(off[0]).line);
        }
        stack.push({ node: item.value, path: [...path, text] });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    }
  }
  return out;
}
