/**
 * Field paths as the API server prints them: `spec.containers[0].ports[1].containerPort`,
 * map keys as `metadata.labels[app]` (field.Path.Key) and array indices as `[0]` (field.Path.Index).
 */
export type PathSegment = string | number | { key: string };

export type FieldPath = readonly PathSegment[];

export function formatPath(path: FieldPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string') out += out === '' ? seg : `.${seg}`;
    else out += `[${seg.key}]`;
  }
  return out;
}

/** The path as plain segments for walking a YAML/JSON tree (map keys become strings). */
export function pathKeys(path: FieldPath): (string | number)[] {
  return path.map((s) => (typeof s === 'object' ? s.key : s));
}

/** Parse a printed path back into segments (`a.b[0].c`, `metadata.labels[app]`). */
export function parsePath(text: string): PathSegment[] {
  const out: PathSegment[] = [];
  const re = /([^.[\]]+)|\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(/^\d+$/.test(m[2]) ? Number(m[2]) : { key: m[2] });
  }
  return out;
}
