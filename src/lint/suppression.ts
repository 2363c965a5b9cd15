/**
 * Suppression annotations: `podproof.dev/ignore: "rule-a,rule-b[container],rule-c[a,b]"` on the
 * object or on its pod template's metadata, with an optional `podproof.dev/ignore-reason`.
 */
import type { FieldPath } from '../model/fieldpath.js';
import { isRecord, type ObjectMeta } from '../model/k8s.js';

export const IGNORE_ANNOTATION = 'podproof.dev/ignore';
export const IGNORE_REASON_ANNOTATION = 'podproof.dev/ignore-reason';

export interface AnnotationSuppression {
  ruleId: string;
  /** Only findings on these containers (undefined: the whole object). */
  containers?: string[];
  reason?: string;
  /** Path (from the object root) of the annotation that holds it. */
  path: FieldPath;
  used: boolean;
}

/** Parse an annotation value: comma-separated rule ids, each optionally followed by `[container,…]`. */
export function parseIgnoreValue(value: string): { ruleId: string; containers?: string[] }[] {
  const out: { ruleId: string; containers?: string[] }[] = [];
  const re = /\s*([^,[\]\s]+)\s*(?:\[([^\]]*)\])?\s*(?:,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value)) !== null) {
    if (m[0] === '') {
      re.lastIndex++;
      if (re.lastIndex > value.length) break;
      continue;
    }
    const entry: { ruleId: string; containers?: string[] } = { ruleId: m[1] as string };
    if (m[2] !== undefined) {
      entry.containers = m[2]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    }
    out.push(entry);
  }
  return out;
}

/** The suppressions an object's metadata (or its pod template's) declares. */
export function annotationSuppressions(metadata: ObjectMeta | undefined, metadataPath: FieldPath): AnnotationSuppression[] {
  const annotations = isRecord(metadata) && isRecord(metadata.annotations) ? metadata.annotations : undefined;
  const value = annotations?.[IGNORE_ANNOTATION];
  if (typeof value !== 'string') return [];
  const reasonValue = annotations?.[IGNORE_REASON_ANNOTATION];
  const reason = typeof reasonValue === 'string' && reasonValue.trim() !== '' ? reasonValue : undefined;
  const path: FieldPath = [...metadataPath, 'annotations', { key: IGNORE_ANNOTATION }];
  return parseIgnoreValue(value).map((e) => {
    const s: AnnotationSuppression = { ruleId: e.ruleId, path, used: false };
    if (e.containers) s.containers = e.containers;
    if (reason) s.reason = reason;
    return s;
  });
}
