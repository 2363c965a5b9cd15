/**
 * Exact resource quantities for validation messages: k8s.io/apimachinery/pkg/api/resource
 * (quantity.go ParseQuantity, Quantity.String/CanonicalizeBytes, RoundUp; amount.go
 * int64Amount.AsCanonicalBytes / AsCanonicalBase1024Bytes).
 *
 * The shared model's parseQuantity works in JS numbers, which is fine for sums but not for
 * printing `must be less than or equal to cpu limit of 500m` exactly as the API server does; this
 * module keeps the value as a BigInt mantissa and a power of ten.
 */

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

export interface ExactQuantity {
  /** value = amount × 10^exp10 */
  amount: bigint;
  exp10: number;
  format: QuantityFormat;
}

const BINARY_POW: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL_EXP: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const DECIMAL_SUFFIX: Record<number, string> = { [-9]: 'n', [-6]: 'u', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' };
const BINARY_SUFFIX = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

const QUANTITY_RE = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$/;

/** resource.ParseQuantity; undefined when the API server would reject the text. */
export function parseExactQuantity(input: unknown): ExactQuantity | undefined {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return undefined;
    text = String(input);
    if (/e/.test(text)) text = text.replace('e+', 'e');
  } else if (typeof input === 'string') {
    text = input;
  } else {
    return undefined;
  }
  const m = QUANTITY_RE.exec(text);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1n : 1n;
  const whole = m[2] ?? '';
  const frac = m[3] ?? '';
  if (whole === '' && frac === '') return undefined;
  const suffix = m[4] ?? '';
  let amount = BigInt(`${whole}${frac}` || '0') * sign;
  let exp10 = -frac.length;
  let format: QuantityFormat = 'DecimalSI';
  if (suffix in BINARY_POW) {
    amount *= 1024n ** BigInt(BINARY_POW[suffix] as number);
    format = 'BinarySI';
  } else if (suffix in DECIMAL_EXP) {
    exp10 += DECIMAL_EXP[suffix] as number;
  } else {
    exp10 += Number(suffix.slice(1));
    format = 'DecimalExponent';
  }
  return { amount, exp10, format };
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Quantity.RoundUp(-3) as SetDefaults_ResourceList does (away from zero). */
export function roundUpToMilli(q: ExactQuantity): ExactQuantity {
  if (q.exp10 >= -3) return q;
  const div = pow10(-3 - q.exp10);
  const neg = q.amount < 0n;
  const abs = neg ? -q.amount : q.amount;
  let r = abs / div;
  if (abs % div !== 0n) r += 1n;
  return { amount: neg ? -r : r, exp10: -3, format: q.format };
}

/** Compare two quantities: -1, 0, 1 (Quantity.Cmp). */
export function cmpQuantity(a: ExactQuantity, b: ExactQuantity): number {
  const e = Math.min(a.exp10, b.exp10);
  const x = a.amount * pow10(a.exp10 - e);
  const y = b.amount * pow10(b.exp10 - e);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(q: ExactQuantity): boolean {
  return q.amount === 0n;
}

/** Quantity.MilliValue() (rounded up, as Go's ScaledValue(-3)). */
export function milliValue(q: ExactQuantity): bigint {
  return roundUpToMilli(q).amount * (q.exp10 > -3 ? pow10(q.exp10 + 3) : 1n);
}

/** Quantity.Value() (rounded up to an integer). */
export function intValue(q: ExactQuantity): bigint {
  if (q.exp10 >= 0) return q.amount * pow10(q.exp10);
  const div = pow10(-q.exp10);
  const neg = q.amount < 0n;
  const abs = neg ? -q.amount : q.amount;
  let r = abs / div;
  if (abs % div !== 0n) r += 1n;
  return neg ? -r : r;
}

/** Quantity.String(): the canonical form (CanonicalizeBytes). */
export function quantityString(q: ExactQuantity): string {
  if (q.amount === 0n) return '0';
  let format = q.format;
  if (format === 'BinarySI') {
    const oneKi: ExactQuantity = { amount: 1024n, exp10: 0, format: 'DecimalSI' };
    const minusKi: ExactQuantity = { amount: -1024n, exp10: 0, format: 'DecimalSI' };
    if (cmpQuantity(q, minusKi) > 0 && cmpQuantity(q, oneKi) < 0) {
      format = 'DecimalSI';
    } else if (q.exp10 < 0 && q.amount % pow10(-q.exp10) !== 0n) {
      format = 'DecimalSI';
    }
  }
  if (format === 'BinarySI') {
    let bytes = q.exp10 >= 0 ? q.amount * pow10(q.exp10) : q.amount / pow10(-q.exp10);
    let k = 0;
    while (k < 6 && bytes !== 0n && bytes % 1024n === 0n) {
      bytes /= 1024n;
      k++;
    }
    return `${bytes}${BINARY_SUFFIX[k]}`;
  }
  // AsCanonicalBytes: strip factors of ten, then lower the exponent to a multiple of three.
  let amount = q.amount;
  let exponent = q.exp10;
  while (amount !== 0n && amount % 10n === 0n) {
    amount /= 10n;
    exponent++;
  }
  const e3 = Math.floor(exponent / 3) * 3;
  amount *= pow10(exponent - e3);
  exponent = e3;
  if (format === 'DecimalExponent') return exponent === 0 ? `${amount}` : `${amount}e${exponent}`;
  const suffix = DECIMAL_SUFFIX[exponent];
  return suffix !== undefined ? `${amount}${suffix}` : `${amount}e${exponent}`;
}
