/**
 * A validation error in the API server's own shape: k8s.io/apimachinery/pkg/util/validation/field
 * (errors.go: Error, ErrorType, ErrorBody). `toString` prints exactly what kubectl shows.
 */
import { formatPath, type FieldPath } from './fieldpath.js';
import { GoRepr } from './go-repr.js';

export type ErrorType =
  | 'Not found'
  | 'Required value'
  | 'Duplicate value'
  | 'Invalid value'
  | 'Unsupported value'
  | 'Forbidden'
  | 'Too long'
  | 'Too many'
  | 'Internal error'
  | 'Invalid type'
  // strict decoding (kubectl --validate=strict) reports these before validation runs
  | 'unknown field'
  | 'duplicate field';

/** A marker for errors printed without a value (field.OmitValueType). */
export const OMIT = Symbol('omit');

export interface FieldError {
  type: ErrorType;
  path: FieldPath;
  badValue?: unknown;
  detail?: string;
}

/** Go's %q for strings: a double-quoted string with Go escapes (JSON's are close enough for printable text). */
export function goQuote(s: string): string {
  return JSON.stringify(s).replace(/\\u([0-9a-f]{4})/g, (_m, hex: string) => `\\u${hex}`);
}

/** Go's %v / %#v for the bad values validation reports. */
export function goValue(v: unknown): string {
  if (v instanceof GoRepr) return v.text;
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return `[]string{${v.map((x) => goValue(x)).join(', ')}}`;
  return JSON.stringify(v);
}

/** field.Error.ErrorBody(). */
export function errorBody(e: FieldError): string {
  let s: string;
  if (e.type === 'unknown field' || e.type === 'duplicate field') {
    // strict decoding: `unknown field "spec.containers[0].imagePullPolice"`
    return `${e.type} ${goQuote(formatPath(e.path))}${e.detail ? `, ${e.detail}` : ''}`;
  }
  if (
    e.type === 'Required value' ||
    e.type === 'Forbidden' ||
    e.type === 'Too long' ||
    e.type === 'Internal error' ||
    e.badValue === OMIT ||
    !('badValue' in e)
  ) {
    s = e.type;
  } else {
    s = `${e.type}: ${goValue(e.badValue)}`;
  }
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

/** field.Error.Error(): `spec.restartPolicy: Unsupported value: "Mybe": supported values: ...`. */
export function formatFieldError(e: FieldError): string {
  if (e.type === 'unknown field' || e.type === 'duplicate field') return errorBody(e);
  const p = formatPath(e.path);
  return p === '' ? errorBody(e) : `${p}: ${errorBody(e)}`;
}

/** `The Pod "hello-world" is invalid: <error>` — how kubectl prints a StatusError of kind Invalid. */
export function invalidObjectMessage(kind: string, name: string | undefined, errors: readonly FieldError[]): string {
  const body =
    errors.length === 1 ? formatFieldError(errors[0] as FieldError) : `[${errors.map(formatFieldError).join(', ')}]`;
  return `The ${kind} ${goQuote(name ?? '')} is invalid: ${body}`;
}

/** `supported values: "Always", "OnFailure", "Never"` (field.NotSupported's detail). */
export function supportedValues(values: readonly string[]): string {
  return `supported values: ${values.map(goQuote).join(', ')}`;
}
