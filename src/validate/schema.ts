/**
 * Strict decoding, as the API server does it before any validation runs
 * (kubectl --validate=strict / fieldValidation=Strict):
 *
 * - the body is decoded into the typed Go struct with sigs.k8s.io/json (a fork of encoding/json):
 *   a value of the wrong JSON type fails with encoding/json's UnmarshalTypeError,
 *   `json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type []v1.Container`
 *   (decode.go: UnmarshalTypeError.Error, addErrorContext: Struct is the innermost Go struct,
 *   Field the JSON field names from the root joined with dots, without indices or map keys);
 * - custom unmarshalers: resource.Quantity.UnmarshalJSON calls ParseQuantity (ErrFormatWrong),
 *   intstr.IntOrString.UnmarshalJSON decodes non-strings into its int32;
 * - unknown fields are collected by the strict decoder (sigs.k8s.io/json UnmarshalStrict,
 *   DisallowUnknownFields) and reported as `strict decoding error: unknown field "spec.x[0].y"`
 *   (k8s.io/apimachinery/pkg/runtime/serializer/json: NewStrictDecodingError).
 *
 * The checks run on ajv code generated ahead of time (scripts/gen-schema.ts →
 * generated/validators.ts). Required fields and enums are not checked here: semantic validation
 * reports them with the API server's wording.
 */
import type { ErrorObject } from 'ajv';
import { goQuote, type FieldError } from '../model/field-error.js';
import type { PathSegment } from '../model/fieldpath.js';
import { QUANTITY_FORMAT_DETAIL } from '../model/quantity.js';
import { isRecord, type KubeObject } from '../model/k8s.js';
import * as validators from './generated/validators.js';
import { GO_TYPES, ROOT_DEFS } from './generated/gotypes.js';

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

const goTypes = GO_TYPES;
const rootDefs = ROOT_DEFS;

export type SchemaKind = 'Pod' | 'PodTemplate' | 'ReplicationController' | 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'ReplicaSet' | 'Job' | 'CronJob';

/** The kinds the strict schema covers (the nine pod-bearing kinds). */
export function hasSchema(kind: string): kind is SchemaKind {
  return Object.prototype.hasOwnProperty.call(rootDefs, kind);
}

/**
 * Strict-decoding errors for one object of a pod-bearing kind. Objects of other kinds produce no
 * errors (call knownKind first). Every error here is a decode error: the API server rejects the
 * object before validation, so the caller marks them fatal.
 */
export function decodeErrors(input: KubeObject): FieldError[] {
  const obj = normalizeYamlTimestamps(input);
  const kind = obj.kind;
  if (typeof kind !== 'string' || !hasSchema(kind)) return [];
  const validate = (validators as unknown as Record<string, Validator>)[kind];
  if (!validate || validate(obj)) return [];
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    const err = mapError(kind, obj, e);
    if (!err) continue;
    const key = `${err.type}|${JSON.stringify(err.path)}|${err.detail ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(err);
  }
  return out;
}

/**
 * YAML 1.1 timestamps (`2019-01-01T00:00:00Z` unquoted) come out of the yaml package as Date
 * objects. kubectl's YAML reader (sigs.k8s.io/yaml over go-yaml v2) keeps them as the strings they
 * were written as ("for backward compatibility … code that unmarshals timestamp-like values into
 * interface{} will continue to see a string", yaml.v2 decode.go), so turn them back into strings:
 * a date at midnight UTC as `YYYY-MM-DD`, anything else as RFC 3339 (`…T10:00:00Z`). The source
 * text itself is not available here; the manifest layer could keep it exactly.
 * Returns the input unchanged when it holds no Date.
 */
export function normalizeYamlTimestamps<T>(value: T): T {
  return hasDate(value) ? (convertDates(value) as T) : value;
}

function hasDate(v: unknown): boolean {
  if (v instanceof Date) return true;
  if (Array.isArray(v)) return v.some(hasDate);
  if (isRecord(v)) return Object.values(v).some(hasDate);
  return false;
}

function convertDates(v: unknown): unknown {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return '';
    const iso = v.toISOString();
    if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
    return iso.replace('.000Z', 'Z');
  }
  if (Array.isArray(v)) return v.map(convertDates);
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = convertDates(x);
    return out;
  }
  return v;
}

/** `Pod in version "v1" cannot be handled as a Pod: <decode error>` — the API server's BadRequest text. */
export function decodeFailureMessage(apiVersion: string, kind: string, errors: readonly FieldError[]): string {
  const version = apiVersion.includes('/') ? apiVersion.slice(apiVersion.indexOf('/') + 1) : apiVersion;
  const unknown = errors.filter((e) => e.type === 'unknown field' || e.type === 'duplicate field');
  const typed = errors.filter((e) => e.type !== 'unknown field' && e.type !== 'duplicate field');
  // A type error stops decoding; unknown fields are only reported when decoding succeeded.
  const body =
    typed.length > 0
      ? (typed[0]?.detail ?? '')
      : `strict decoding error: ${unknown.map((e) => `${e.type} ${goQuote(pathString(e.path))}`).join(', ')}`;
  return `${kind} in version ${goQuote(version)} cannot be handled as a ${kind}: ${body}`;
}

/**
 * One decode error as the API server words it, for a per-error finding:
 * `Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal …` (type errors) or
 * `… cannot be handled as a Pod: strict decoding error: unknown field "spec.x", did you mean "y"?`
 * (the hint is podproof's; the API server stops after the field name).
 */
export function decodeErrorMessage(apiVersion: string, kind: string, e: FieldError): string {
  const version = apiVersion.includes('/') ? apiVersion.slice(apiVersion.indexOf('/') + 1) : apiVersion;
  const body =
    e.type === 'unknown field' || e.type === 'duplicate field'
      ? `strict decoding error: ${e.type} ${goQuote(pathString(e.path))}${e.detail ? `, ${e.detail}` : ''}`
      : (e.detail ?? e.type);
  return `${kind} in version ${goQuote(version)} cannot be handled as a ${kind}: ${body}`;
}

function pathString(path: readonly PathSegment[]): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else if (typeof seg === 'string') s += s === '' ? seg : `.${seg}`;
    else s += `[${seg.key}]`;
  }
  return s;
}

// ---------------------------------------------------------------------------------------------

/** Where a JSON pointer lands in the Go type tree. */
interface GoContext {
  /** FieldPath to the value (indices as numbers, map keys as {key}). */
  path: PathSegment[];
  /** encoding/json errorContext: innermost struct and the JSON field names from the root. */
  struct: string;
  fieldStack: string[];
  /** The Go type the value is decoded into. */
  goType: string;
  /** The struct definition the value decodes into, if it is a struct. */
  def?: string;
}

function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Walk a JSON pointer through the object and the Go type table, tracking what encoding/json's
 * errorContext would hold when it reaches the value (decode.go: object() pushes a struct field's
 * name onto FieldStack and sets Struct; array elements and map values push nothing).
 */
function locate(kind: string, obj: unknown, pointer: string): GoContext {
  const rootDef = rootDefs[kind] as string;
  const ctx: GoContext = { path: [], struct: '', fieldStack: [], goType: goTypes[rootDef]?.g ?? kind, def: rootDef };
  // What the current value is: a struct (def), or a container (array/map) whose elements are elem/elemDef.
  let container: { kind: 'array' | 'map'; elem: string; elemDef: string | undefined } | undefined;
  let value: unknown = obj;
  for (const seg of decodePointer(pointer)) {
    if (container) {
      if (container.kind === 'array') ctx.path.push(Number(seg));
      else ctx.path.push({ key: seg });
      value = Array.isArray(value) ? value[Number(seg)] : isRecord(value) ? value[seg] : undefined;
      ctx.goType = container.elem;
      ctx.def = container.elemDef;
      container = undefined;
      continue;
    }
    const st = ctx.def !== undefined ? goTypes[ctx.def] : undefined;
    const prop = st?.p?.[seg];
    ctx.path.push(seg);
    ctx.fieldStack.push(seg);
    ctx.struct = st?.s ?? ctx.struct;
    value = isRecord(value) ? value[seg] : undefined;
    if (!prop) {
      ctx.goType = 'interface {}';
      ctx.def = undefined;
      continue;
    }
    const [full, elem, nested] = prop;
    ctx.goType = full;
    ctx.def = undefined;
    if (elem !== 0 && (Array.isArray(value) || full.startsWith('[]'))) {
      container = { kind: 'array', elem, elemDef: nested === 0 ? undefined : nested };
    } else if (elem !== 0) {
      container = { kind: 'map', elem, elemDef: nested === 0 ? undefined : nested };
    } else if (nested !== 0) {
      ctx.def = nested;
    }
  }
  return ctx;
}

/** encoding/json UnmarshalTypeError.Value: the JSON kind of the offending literal. */
function jsonKind(v: unknown, needsInteger: boolean): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return needsInteger ? `number ${goNumber(v)}` : 'number';
  return 'object';
}

/** A number as the JSON text kubectl would send (Go prints the literal it read). */
function goNumber(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
}

function valueAt(obj: unknown, pointer: string): unknown {
  let v: unknown = obj;
  for (const seg of decodePointer(pointer)) {
    if (Array.isArray(v)) v = v[Number(seg)];
    else if (isRecord(v)) v = v[seg];
    else return undefined;
  }
  return v;
}

const INTEGER_TYPES = new Set(['int32', 'int64', 'int', 'intstr.IntOrString']);

function mapError(kind: string, obj: unknown, e: ErrorObject): FieldError | undefined {
  if (e.keyword === 'additionalProperties') {
    const name = String((e.params as { additionalProperty: string }).additionalProperty);
    const ctx = locate(kind, obj, e.instancePath);
    const known = ctx.def !== undefined ? Object.keys(goTypes[ctx.def]?.p ?? {}) : [];
    const hint = didYouMean(name, known);
    const err: FieldError = { type: 'unknown field', path: [...ctx.path, name] };
    if (hint !== undefined) err.detail = `did you mean ${goQuote(hint)}?`;
    return err;
  }
  if (e.keyword === 'type' || e.keyword === 'minimum' || e.keyword === 'maximum') {
    const ctx = locate(kind, obj, e.instancePath);
    const v = valueAt(obj, e.instancePath);
    if (ctx.goType === 'resource.Quantity') return quantityError(ctx, v);
    // IntOrString decodes non-strings with json.Unmarshal into its IntVal (int32).
    const goType = ctx.goType === 'intstr.IntOrString' ? 'int32' : ctx.goType;
    const integerTarget = INTEGER_TYPES.has(ctx.goType) && typeof v === 'number';
    const where =
      ctx.fieldStack.length > 0
        ? `Go struct field ${ctx.struct}.${ctx.fieldStack.join('.')}`
        : 'Go value';
    return {
      type: 'Invalid type',
      path: ctx.path,
      badValue: v,
      detail: `json: cannot unmarshal ${jsonKind(v, integerTarget)} into ${where} of type ${goType}`,
    };
  }
  if (e.keyword === 'pattern') {
    const ctx = locate(kind, obj, e.instancePath);
    return quantityError(ctx, valueAt(obj, e.instancePath));
  }
  return undefined;
}

/** Quantity.UnmarshalJSON → ParseQuantity → ErrFormatWrong (no Go field context: not an UnmarshalTypeError). */
function quantityError(ctx: GoContext, v: unknown): FieldError {
  return { type: 'Invalid type', path: ctx.path, badValue: v, detail: QUANTITY_FORMAT_DETAIL };
}

// --- "did you mean" ----------------------------------------------------------------------------

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur: number[] = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      }
      cur.push(d);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n] as number;
}

/**
 * The known sibling field a misspelt one most likely meant: a case-only difference always counts;
 * otherwise the closest name within a small edit distance (1 for short names, up to 3 for long
 * ones), and only when it is the single closest; else the one field the name is a prefix of.
 */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameCase = known.filter((k) => k.toLowerCase() === lower);
  if (sameCase.length === 1) return sameCase[0];
  const limit = name.length <= 4 ? 1 : name.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestD = Infinity;
  let tie = false;
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestD) {
      best = k;
      bestD = d;
      tie = false;
    } else if (d === bestD) {
      tie = true;
    }
  }
  if (best !== undefined && bestD <= limit && !tie) return best;
  // A truncated name (`storageClass` for `storageClassName`): the single field it starts.
  if (lower.length >= 4) {
    const prefixed = known.filter((k) => k.toLowerCase().startsWith(lower));
    if (prefixed.length === 1) return prefixed[0];
  }
  return undefined;
}
