/**
 * Bad values the API server prints with Go's `%#v` (field.Error.ErrorBody falls back to it for
 * values that are neither simple types, strings nor fmt.Stringers): maps, label selectors,
 * IntOrString. `spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: …`
 *
 * A GoRepr carries the Go text and the plain value. JSON (and goValue until it knows GoRepr)
 * sees the plain value through toJSON; a printer that checks `instanceof GoRepr` prints `text`.
 */
export class GoRepr {
  constructor(
    readonly text: string,
    readonly plain: unknown,
  ) {}

  toJSON(): unknown {
    return this.plain;
  }

  toString(): string {
    return this.text;
  }
}

/** Go's %#v of a string: strconv.Quote (JSON's escaping is the same for printable text). */
function q(s: string): string {
  return JSON.stringify(s);
}

/** fmt sorts map keys (Go ≥ 1.12). */
function sortedKeys(m: Record<string, unknown>): string[] {
  return Object.keys(m).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** %#v of a map[string]string: `map[string]string{"a":"b"}`, `map[string]string{}`, or `map[string]string(nil)`. */
export function goStringMap(m: Record<string, string> | null | undefined): string {
  if (m === null || m === undefined) return 'map[string]string(nil)';
  return `map[string]string{${sortedKeys(m)
    .map((k) => `${q(k)}:${q(m[k] ?? '')}`)
    .join(', ')}}`;
}

/** %#v of a []string: `[]string{"a", "b"}` or `[]string(nil)`. */
export function goStringSlice(v: readonly string[] | null | undefined): string {
  if (v === null || v === undefined) return '[]string(nil)';
  return `[]string{${v.map(q).join(', ')}}`;
}

export interface LabelSelectorValue {
  matchLabels?: Record<string, string> | null;
  matchExpressions?: { key?: string; operator?: string; values?: string[] | null }[] | null;
}

/** %#v of a metav1.LabelSelector (after the pointer is dereferenced, as ErrorBody does). */
export function goLabelSelector(sel: LabelSelectorValue): string {
  const exprs = sel.matchExpressions;
  const e =
    exprs === null || exprs === undefined
      ? '[]v1.LabelSelectorRequirement(nil)'
      : `[]v1.LabelSelectorRequirement{${exprs
          .map((x) => `v1.LabelSelectorRequirement{Key:${q(x.key ?? '')}, Operator:${q(x.operator ?? '')}, Values:${goStringSlice(x.values)}}`)
          .join(', ')}}`;
  return `v1.LabelSelector{MatchLabels:${goStringMap(sel.matchLabels)}, MatchExpressions:${e}}`;
}

/** %#v of an intstr.IntOrString value: `intstr.IntOrString{Type:1, IntVal:0, StrVal:"25%"}`. */
export function goIntOrString(v: number | string): string {
  return typeof v === 'string'
    ? `intstr.IntOrString{Type:1, IntVal:0, StrVal:${q(v)}}`
    : `intstr.IntOrString{Type:0, IntVal:${v}, StrVal:""}`;
}
