/**
 * Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource/quantity.go ParseQuantity):
 * `<signedNumber><suffix>` with binary suffixes Ki..Ei, decimal n u m "" k M G T P E, or an
 * exponent e/E. Values are returned as JS numbers: exact enough to compare requests with limits
 * and to sum requests on a node (the API server's own comparisons are on the same scale).
 */
const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

// quantity.go: splitQuantityString + parseQuantityString accept this grammar.
const QUANTITY_RE = /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$/;

export interface Quantity {
  /** The value in base units (cores for cpu, bytes for memory). */
  value: number;
  /** The text as written. */
  text: string;
}

/** Parse a quantity; undefined when the API server would reply "quantities must match the regular expression". */
export function parseQuantity(input: unknown): Quantity | undefined {
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { value: input, text: String(input) } : undefined;
  }
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if (text !== input || text === '') return undefined;
  const m = QUANTITY_RE.exec(text);
  if (!m) return undefined;
  const num = Number(m[1]);
  const suffix = m[2] ?? '';
  let mult: number;
  if (suffix in BINARY) mult = BINARY[suffix] as number;
  else if (suffix in DECIMAL) mult = DECIMAL[suffix] as number;
  else mult = 10 ** Number(suffix.slice(1));
  const value = num * mult;
  return Number.isFinite(value) ? { value, text } : undefined;
}

/** The API server's message for an unparsable quantity (resource.ErrFormatWrong). */
export const QUANTITY_FORMAT_DETAIL =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

/** Print bytes the way kubectl and the scheduler do for memory (e.g. 300Mi), cpu as millicores. */
export function formatMemory(bytes: number): string {
  for (const [suffix, mult] of Object.entries(BINARY).reverse()) {
    if (bytes >= mult && bytes % mult === 0) return `${bytes / mult}${suffix}`;
  }
  return String(bytes);
}

export function formatCpu(cores: number): string {
  const milli = Math.round(cores * 1000);
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}
