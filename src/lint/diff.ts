/** A unified diff (LCS over lines) for `--fix-dry-run`. Pure. */

function lines(text: string): string[] {
  const l = text.split('\n');
  if (l[l.length - 1] === '') l.pop();
  return l;
}

type Op = { t: ' ' | '-' | '+'; line: string; a: number; b: number };

function diffOps(a: string[], b: string[]): Op[] {
  // Trim the common head and tail first: fixes touch a few lines of large files.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  const n = am.length;
  const m = bm.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as Uint32Array;
    const next = lcs[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--) row[j] = am[i] === bm[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
  }
  const ops: Op[] = [];
  for (let k = 0; k < head; k++) ops.push({ t: ' ', line: a[k] as string, a: k, b: k });
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && am[i] === bm[j]) {
      ops.push({ t: ' ', line: am[i] as string, a: head + i, b: head + j });
      i++;
      j++;
    } else if (i < n && (j === m || ((lcs[i + 1] as Uint32Array)[j] as number) >= ((lcs[i] as Uint32Array)[j + 1] as number))) {
      ops.push({ t: '-', line: am[i] as string, a: head + i, b: head + j });
      i++;
    } else {
      ops.push({ t: '+', line: bm[j] as string, a: head + i, b: head + j });
      j++;
    }
  }
  for (let k = 0; k < tail; k++) {
    ops.push({ t: ' ', line: a[a.length - tail + k] as string, a: a.length - tail + k, b: b.length - tail + k });
  }
  return ops;
}

/** `--- a/path` / `+++ b/path` unified diff with `context` lines around each change; '' when equal. */
export function unifiedDiff(oldText: string, newText: string, path: string, context = 3): string {
  if (oldText === newText) return '';
  const ops = diffOps(lines(oldText), lines(newText));
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let k = 0;
  while (k < ops.length) {
    while (k < ops.length && (ops[k] as Op).t === ' ') k++;
    if (k >= ops.length) break;
    let start = Math.max(0, k - context);
    let end = k;
    // extend the hunk while changes are within 2*context lines of each other
    for (;;) {
      while (end < ops.length && (ops[end] as Op).t !== ' ') end++;
      let next = end;
      while (next < ops.length && (ops[next] as Op).t === ' ') next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    const hunk = ops.slice(start, stop);
    const first = hunk[0] as Op;
    const aCount = hunk.filter((o) => o.t !== '+').length;
    const bCount = hunk.filter((o) => o.t !== '-').length;
    out.push(`@@ -${aCount === 0 ? first.a : first.a + 1},${aCount} +${bCount === 0 ? first.b : first.b + 1},${bCount} @@`);
    for (const o of hunk) out.push(`${o.t}${o.line}`);
    k = stop;
    start = stop;
  }
  return `${out.join('\n')}\n`;
}
