/**
 * Helpers shared by the pod-spec validators: field.Error constructors
 * (k8s.io/apimachinery/pkg/util/validation/field/errors.go: Required, Invalid, NotSupported,
 * Forbidden, Duplicate, NotFound, TooLong, TooMany) and tolerant readers for decoded JSON.
 *
 * The readers never throw: a value of the wrong type reads as `undefined` ("can't read, skip"),
 * an absent value reads as the Go zero value where the Go code would see one.
 */
import type { FieldError } from '../model/field-error.js';
import type { FieldPath, PathSegment } from '../model/fieldpath.js';
import { isRecord } from '../model/k8s.js';

export type Obj = Record<string, unknown>;

export function child(path: FieldPath, ...segs: PathSegment[]): FieldPath {
  return [...path, ...segs];
}

export function key(path: FieldPath, k: string): FieldPath {
  return [...path, { key: k }];
}

// ---- field.Error constructors ----

export function required(path: FieldPath, detail = ''): FieldError {
  return detail ? { type: 'Required value', path, badValue: '', detail } : { type: 'Required value', path, badValue: '' };
}

export function invalid(path: FieldPath, badValue: unknown, detail: string): FieldError {
  return { type: 'Invalid value', path, badValue, detail };
}

/** field.NotSupported: `validValues` are listed in the order given (Go callers sort with sets.List where they do). */
export function notSupported(path: FieldPath, badValue: unknown, validValues: readonly string[]): FieldError {
  const e: FieldError = { type: 'Unsupported value', path, badValue };
  if (validValues.length > 0) e.detail = `supported values: ${validValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return e;
}

export function forbidden(path: FieldPath, detail: string): FieldError {
  return { type: 'Forbidden', path, badValue: '', detail };
}

export function duplicate(path: FieldPath, badValue: unknown): FieldError {
  return { type: 'Duplicate value', path, badValue };
}

export function notFound(path: FieldPath, badValue: unknown): FieldError {
  return { type: 'Not found', path, badValue };
}

/** field.TooLong (1.32+ wording). */
export function tooLong(path: FieldPath, maxLength: number): FieldError {
  return { type: 'Too long', path, badValue: '', detail: `must have at most ${maxLength} bytes` };
}

/** Go's sets.List: sorted by byte order. */
export function sortedList(values: readonly string[]): string[] {
  return [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// ---- readers ----

/** The object at `k`, or undefined (absent, null or not an object). */
export function obj(o: Obj | undefined, k: string): Obj | undefined {
  const v = o?.[k];
  return isRecord(v) ? v : undefined;
}

/** Whether `k` holds a non-null value (a Go pointer/slice/map that is set). */
export function has(o: Obj | undefined, k: string): boolean {
  return o !== undefined && o[k] !== undefined && o[k] !== null;
}

/**
 * A string field as Go sees it: '' when absent or null (the zero value), the string when it is one,
 * undefined when it holds another type (the schema layer reports that; validation skips it).
 */
export function str(o: Obj | undefined, k: string): string | undefined {
  const v = o?.[k];
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : undefined;
}

/** A *string field: undefined when absent/null or of the wrong type. */
export function optStr(o: Obj | undefined, k: string): string | undefined {
  const v = o?.[k];
  return typeof v === 'string' ? v : undefined;
}

/** An integer field: 0 when absent/null, the number when it is an integer, undefined otherwise. */
export function int(o: Obj | undefined, k: string): number | undefined {
  const v = o?.[k];
  if (v === undefined || v === null) return 0;
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** A *int field: undefined when absent/null or not an integer. */
export function optInt(o: Obj | undefined, k: string): number | undefined {
  const v = o?.[k];
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** A bool field: false when absent; undefined when of the wrong type. */
export function bool(o: Obj | undefined, k: string): boolean | undefined {
  const v = o?.[k];
  if (v === undefined || v === null) return false;
  return typeof v === 'boolean' ? v : undefined;
}

/** A *bool field. */
export function optBool(o: Obj | undefined, k: string): boolean | undefined {
  const v = o?.[k];
  return typeof v === 'boolean' ? v : undefined;
}

/** A list field: [] when absent or of the wrong type. */
export function list(o: Obj | undefined, k: string): unknown[] {
  const v = o?.[k];
  return Array.isArray(v) ? v : [];
}

/** A list of objects; entries of the wrong type are replaced by {} so indices stay aligned. */
export function objList(o: Obj | undefined, k: string): Obj[] {
  return list(o, k).map((e) => (isRecord(e) ? e : {}));
}

/** Whether the list at `k` holds any entries of the wrong type (then Go never got here). */
export function strList(o: Obj | undefined, k: string): string[] {
  return list(o, k).filter((e): e is string => typeof e === 'string');
}

/** A map[string]string; non-string values are skipped. */
export function strMap(o: Obj | undefined, k: string): [string, string][] {
  const v = obj(o, k);
  if (!v) return [];
  return Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string');
}

/** Go's `len(x) > 0` for a slice or map field. */
export function nonEmpty(o: Obj | undefined, k: string): boolean {
  const v = o?.[k];
  if (Array.isArray(v)) return v.length > 0;
  if (isRecord(v)) return Object.keys(v).length > 0;
  return false;
}

export function isObj(v: unknown): v is Obj {
  return isRecord(v);
}
