/**
 * Shell arithmetic ($((...)), XCU 2.6.4): signed integers with the C operators, variables by
 * name, assignment operators. Integers are JavaScript numbers truncated toward zero (exact to
 * 2^53, where a real shell would wrap at 2^63).
 */

export class ArithError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArithError';
  }
}

export interface ArithEnv {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

type Tok = { k: 'num'; v: number } | { k: 'id'; v: string } | { k: 'op'; v: string };

const OPS = ['<<=', '>>=', '**', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '^=', '|=',
  '+', '-', '*', '/', '%', '<', '>', '=', '!', '~', '&', '^', '|', '?', ':', '(', ')'];

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^(0[xX][0-9a-fA-F]+|[0-9]+)/.exec(s.slice(i));
    if (num && num[1] !== undefined) {
      const t = num[1];
      let v: number;
      if (/^0[xX]/.test(t)) v = parseInt(t.slice(2), 16);
      else if (t.length > 1 && t.startsWith('0')) {
        if (!/^[0-7]+$/.test(t)) throw new ArithError(`${t}: value too great for base (error token is "${t}")`);
        v = parseInt(t, 8);
      } else v = parseInt(t, 10);
      if (/[A-Za-z_]/.test(s[i + t.length] ?? '')) throw new ArithError(`${s.slice(i)}: value too great for base`);
      out.push({ k: 'num', v });
      i += t.length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i));
    if (id) {
      out.push({ k: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    const op = OPS.find((o) => s.startsWith(o, i));
    if (op === undefined) throw new ArithError(`${s.slice(i)}: syntax error: invalid arithmetic operator (error token is "${s.slice(i)}")`);
    out.push({ k: 'op', v: op });
    i += op.length;
  }
  return out;
}

const trunc = (n: number): number => (Number.isFinite(n) ? Math.trunc(n) : 0);

export function evalArith(expr: string, env: ArithEnv, depth = 0): number {
  if (depth > 20) throw new ArithError(`${expr}: expression recursion level exceeded`);
  const toks = tokenize(expr);
  if (toks.length === 0) return 0;
  let i = 0;
  const peek = (): Tok | undefined => toks[i];
  const isOp = (v: string): boolean => {
    const t = toks[i];
    return t !== undefined && t.k === 'op' && t.v === v;
  };
  const fail = (): never => {
    const rest = toks.slice(i).map((t) => String(t.v)).join(' ');
    throw new ArithError(`${expr}: syntax error: operand expected (error token is "${rest}")`);
  };

  const varValue = (name: string): number => {
    const raw = env.get(name);
    if (raw === undefined || raw.trim() === '') return 0;
    const t = raw.trim();
    if (/^-?\d+$/.test(t)) return Number(t);
    return evalArith(t, env, depth + 1);
  };

  // Each level returns a value; "skip" evaluates without side effects for short-circuit.
  const assignOps = ['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '^=', '|='];

  function assignment(skip: boolean): number {
    const t = peek();
    const next = toks[i + 1];
    if (t?.k === 'id' && next?.k === 'op' && assignOps.includes(next.v)) {
      i += 2;
      const rhs = assignment(skip);
      const cur = next.v === '=' ? 0 : varValue(t.v);
      const v = binary(next.v === '=' ? '=' : next.v.slice(0, -1), cur, rhs);
      if (!skip) env.set(t.v, String(v));
      return v;
    }
    return ternary(skip);
  }

  function ternary(skip: boolean): number {
    const c = binLevel(0, skip);
    if (isOp('?')) {
      i++;
      const a = assignment(skip || c === 0);
      if (!isOp(':')) fail();
      i++;
      const b = assignment(skip || c !== 0);
      return c !== 0 ? a : b;
    }
    return c;
  }

  const LEVELS: string[][] = [['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '<=', '>', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];

  function binary(op: string, a: number, b: number): number {
    switch (op) {
      case '=':
        return b;
      case '||':
        return a !== 0 || b !== 0 ? 1 : 0;
      case '&&':
        return a !== 0 && b !== 0 ? 1 : 0;
      case '|':
        return a | b;
      case '^':
        return a ^ b;
      case '&':
        return a & b;
      case '==':
        return a === b ? 1 : 0;
      case '!=':
        return a !== b ? 1 : 0;
      case '<':
        return a < b ? 1 : 0;
      case '<=':
        return a <= b ? 1 : 0;
      case '>':
        return a > b ? 1 : 0;
      case '>=':
        return a >= b ? 1 : 0;
      case '<<':
        return trunc(a * 2 ** b);
      case '>>':
        return Math.floor(a / 2 ** b);
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return trunc(a * b);
      case '/':
      case '%':
        if (b === 0) throw new ArithError(`${expr}: division by 0`);
        return op === '/' ? trunc(a / b) : a % b;
      case '**':
        if (b < 0) throw new ArithError(`${expr}: exponent less than 0`);
        return trunc(a ** b);
      default:
        return fail();
    }
  }

  function binLevel(level: number, skip: boolean): number {
    if (level >= LEVELS.length) return power(skip);
    const ops = LEVELS[level] as string[];
    let a = binLevel(level + 1, skip);
    for (;;) {
      const t = peek();
      if (t?.k !== 'op' || !ops.includes(t.v)) return a;
      i++;
      if (t.v === '||') {
        const b = binLevel(level + 1, skip || a !== 0);
        a = a !== 0 || b !== 0 ? 1 : 0;
      } else if (t.v === '&&') {
        const b = binLevel(level + 1, skip || a === 0);
        a = a !== 0 && b !== 0 ? 1 : 0;
      } else {
        const b = binLevel(level + 1, skip);
        a = skip && (t.v === '/' || t.v === '%') && b === 0 ? 0 : binary(t.v, a, b);
      }
    }
  }

  function power(skip: boolean): number {
    const a = unary(skip);
    if (isOp('**')) {
      i++;
      const b = power(skip);
      return binary('**', a, b);
    }
    return a;
  }

  function unary(skip: boolean): number {
    const t = peek();
    if (t?.k === 'op') {
      if (t.v === '+' || t.v === '-' || t.v === '!' || t.v === '~') {
        i++;
        const v = unary(skip);
        return t.v === '+' ? v : t.v === '-' ? -v : t.v === '!' ? (v === 0 ? 1 : 0) : ~v;
      }
      if (t.v === '++' || t.v === '--') {
        i++;
        const id = peek();
        if (id?.k !== 'id') return fail();
        i++;
        const v = varValue(id.v) + (t.v === '++' ? 1 : -1);
        if (!skip) env.set(id.v, String(v));
        return v;
      }
    }
    return postfix(skip);
  }

  function postfix(skip: boolean): number {
    const t = peek();
    if (t === undefined) return fail();
    if (t.k === 'num') {
      i++;
      return t.v;
    }
    if (t.k === 'id') {
      i++;
      const v = varValue(t.v);
      if (isOp('++') || isOp('--')) {
        const inc = isOp('++') ? 1 : -1;
        i++;
        if (!skip) env.set(t.v, String(v + inc));
      }
      return v;
    }
    if (t.v === '(') {
      i++;
      const v = assignment(skip);
      if (!isOp(')')) fail();
      i++;
      return v;
    }
    return fail();
  }

  // Comma-separated expressions: the value of the last.
  const v = assignment(false);
  if (i < toks.length) fail();
  return v;
}
