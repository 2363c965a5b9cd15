/**
 * The utilities (what /bin holds in a BusyBox or GNU image), over the virtual file system.
 * Error messages follow GNU coreutils or BusyBox by the image's flavour, e.g.
 * `cat: /tmp/health: No such file or directory` (both), `rm: cannot remove 'x': …` (GNU) vs
 * `rm: can't remove 'x': …` (BusyBox).
 */
import type { CmdCtx, CommandImpl, Gen } from './runtime.js';
import { STRERROR, resolvePath, type FsErrno } from './vfs.js';
import { DEFAULT_PORTS } from './programs.js';
import { parseSignal, type Signal } from './signals.js';

const msg = (code: FsErrno): string => STRERROR[code];
const gnu = (ctx: CmdCtx): boolean => ctx.image.flavor === 'gnu';
/** GNU coreutils quote file names in messages ('name'). */
const q = (_ctx: CmdCtx, s: string): string => `'${s}'`;

// eslint-disable-next-line require-yield
function* done(code: number): Gen<number> {
  return code;
}

/**
 * Short-option parsing as the images' libc getopt_long(3) does it.
 *
 * - GNU coreutils/grep call getopt_long, and glibc's getopt_long PERMUTES: options may follow
 *   operands (`mkdir /tmp/a -p`, `ls /etc -l`), unless POSIXLY_CORRECT is set in the environment.
 * - BusyBox applets go through libbb/getopt32.c, which (with CONFIG_LONG_OPTS, on in the official
 *   busybox images and in Alpine) calls getopt_long too; musl's getopt_long
 *   (src/misc/getopt_long.c) permutes as well and ignores POSIXLY_CORRECT. So `mkdir /tmp/a -p`
 *   works on busybox/alpine as well.
 * - An optstring starting with '+' stops at the first operand in both: GNU tr ("+AcCdst") and
 *   BusyBox tr ("^+" "Ccds"), so `tr a b -d` has three operands.
 * - `--` ends the options everywhere; a lone `-` is an operand. Operands keep their order.
 */
function opts(
  ctx: CmdCtx,
  argv: string[],
  withValue = '',
  order: 'permute' | 'inorder' = 'permute',
): { flags: Set<string>; values: Map<string, string>; rest: string[] } {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const permute = order === 'permute' && !(gnu(ctx) && ctx.env['POSIXLY_CORRECT'] !== undefined);
  const rest: string[] = [];
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      if (!permute) break;
      rest.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      if (withValue.includes(c)) {
        const v = a.slice(j + 1) || argv[++i] || '';
        values.set(c, v);
        break;
      }
      flags.add(c);
    }
  }
  return { flags, values, rest: [...rest, ...argv.slice(i)] };
}

// ------------------------------------------------------------------ echo / printf

/** Backslash escapes of `echo -e` and printf's %b (XSI echo). Returns [text, stop]. */
export function echoEscapes(s: string): [string, boolean] {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i] as string;
    switch (n) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'v': out += '\v'; break;
      case 'e': out += '\x1b'; break;
      case '\\': out += '\\'; break;
      case 'c': return [out, true];
      case '0': {
        const m = /^[0-7]{0,3}/.exec(s.slice(i + 1))?.[0] ?? '';
        out += String.fromCharCode(parseInt(m || '0', 8));
        i += m.length;
        break;
      }
      default: out += '\\' + n;
    }
  }
  return [out, false];
}

/**
 * echo. `mode`: 'gnu' (coreutils and bash: -n -e -E, escapes off by default), 'dash' (dash's
 * builtin: only -n, escapes always on), 'busybox' (like GNU).
 */
export function runEcho(ctx: CmdCtx, argv: string[], mode: 'gnu' | 'dash'): number {
  let i = 1;
  let newline = true;
  let escapes = mode === 'dash';
  while (i < argv.length) {
    const a = argv[i] as string;
    if (mode === 'dash') {
      if (a !== '-n') break;
      newline = false;
      i++;
      continue;
    }
    if (!/^-[neE]+$/.test(a)) break;
    for (const c of a.slice(1)) {
      if (c === 'n') newline = false;
      else if (c === 'e') escapes = true;
      else escapes = false;
    }
    i++;
  }
  let text = argv.slice(i).join(' ');
  if (escapes) {
    const [t, stop] = echoEscapes(text);
    text = t;
    if (stop) newline = false;
  }
  ctx.io.stdout(newline ? text + '\n' : text);
  return 0;
}

function printfEscape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i] as string;
    const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"', "'": "'" };
    if (map[n] !== undefined) out += map[n];
    else if (/[0-7]/.test(n)) {
      const m = /^[0-7]{1,3}/.exec(s.slice(i))?.[0] ?? n;
      out += String.fromCharCode(parseInt(m, 8));
      i += m.length - 1;
    } else out += '\\' + n;
  }
  return out;
}

export function runPrintf(ctx: CmdCtx, argv: string[]): number {
  const fmt = argv[1];
  if (fmt === undefined) {
    ctx.io.stderr(`${ctx.shellName ? ctx.shellName + ': ' : ''}printf: usage: printf format [arguments]\n`);
    return 2;
  }
  const args = argv.slice(2);
  let ai = 0;
  let status = 0;
  let out = '';
  const next = (): string | undefined => (ai < args.length ? args[ai++] : undefined);
  const num = (s: string | undefined): number => {
    if (s === undefined || s === '') return 0;
    if (/^['"]/.test(s)) return s.codePointAt(1) ?? 0;
    const n = Number(s.trim());
    if (!Number.isFinite(n)) {
      ctx.io.stderr(`printf: ${s}: invalid number\n`);
      status = 1;
      return 0;
    }
    return n;
  };
  do {
    const consumedBefore = ai;
    for (let i = 0; i < fmt.length; i++) {
      const c = fmt[i] as string;
      if (c === '\\') {
        const m = /^\\([0-7]{1,3}|.)/.exec(fmt.slice(i));
        out += printfEscape(m?.[0] ?? '\\');
        i += (m?.[0].length ?? 1) - 1;
        continue;
      }
      if (c !== '%') {
        out += c;
        continue;
      }
      const m = /^%([-+ #0]*)(\d+|\*)?(?:\.(\d+|\*))?([sdiuxXocfeEgGb%])/.exec(fmt.slice(i));
      if (!m) {
        out += c;
        continue;
      }
      i += m[0].length - 1;
      const flags = m[1] ?? '';
      let width = m[2] === '*' ? num(next()) : m[2] !== undefined ? Number(m[2]) : 0;
      const prec = m[3] === '*' ? num(next()) : m[3] !== undefined ? Number(m[3]) : undefined;
      const conv = m[4] as string;
      let s: string;
      switch (conv) {
        case '%': s = '%'; width = 0; break;
        case 's': s = next() ?? ''; if (prec !== undefined) s = s.slice(0, prec); break;
        case 'b': s = echoEscapes(next() ?? '')[0]; break;
        case 'c': s = (next() ?? '').slice(0, 1); break;
        case 'd': case 'i': case 'u': {
          const n = Math.trunc(num(next()));
          s = String(Math.abs(n));
          if (prec !== undefined) s = s.padStart(prec, '0');
          s = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + s;
          break;
        }
        case 'x': case 'X': case 'o': {
          const n = Math.trunc(num(next()));
          s = (n >>> 0).toString(conv === 'o' ? 8 : 16);
          if (conv === 'X') s = s.toUpperCase();
          break;
        }
        default: {
          const n = num(next());
          s = conv === 'e' || conv === 'E' ? n.toExponential(prec ?? 6) : conv === 'g' || conv === 'G' ? String(Number(n.toPrecision(prec || 6))) : n.toFixed(prec ?? 6);
          if (conv === 'E') s = s.toUpperCase();
        }
      }
      if (s.length < width) {
        if (flags.includes('-')) s = s.padEnd(width);
        else if (flags.includes('0') && /[diuxXofeEgG]/.test(conv)) s = (s.startsWith('-') ? '-' : '') + s.replace(/^-/, '').padStart(width - (s.startsWith('-') ? 1 : 0), '0');
        else s = s.padStart(width);
      }
      out += s;
    }
    if (ai === consumedBefore) break;
  } while (ai < args.length);
  ctx.io.stdout(out);
  return status;
}

// ------------------------------------------------------------------ test / [

export function runTest(ctx: CmdCtx, argv: string[]): number {
  let args = argv.slice(1);
  const name = argv[0] === '[' ? '[' : 'test';
  if (name === '[') {
    if (args[args.length - 1] !== ']') {
      ctx.io.stderr(`${ctx.shellName ? ctx.shellName + ': ' : ''}[: missing ]\n`);
      return 2;
    }
    args = args.slice(0, -1);
  }
  const err = (m: string): never => {
    throw new TestError(m);
  };
  const int = (s: string): number => {
    const t = s.trim();
    if (!/^[-+]?\d+$/.test(t)) err(gnu(ctx) || ctx.shellName === 'bash' ? `${s}: integer expression expected` : `bad number`);
    return Number(t);
  };
  const unary = (op: string, a: string): boolean => {
    const p = resolvePath(ctx.cwd, a);
    const st = a === '' ? undefined : ctx.fs.stat(p);
    switch (op) {
      case '-n': return a.length > 0;
      case '-z': return a.length === 0;
      case '-e': case '-a': return st !== undefined;
      case '-f': return st?.kind === 'file';
      case '-d': return st?.kind === 'dir';
      case '-s': return st?.kind === 'file' ? st.data.length > 0 : st?.kind === 'dir';
      case '-r': case '-w': return st !== undefined;
      case '-x': return st !== undefined && (st.kind === 'dir' || (st.mode & 0o111) !== 0);
      case '-h': case '-L': case '-p': case '-S': case '-b': case '-c': return st !== undefined && p.startsWith('/dev/') && op === '-c';
      case '-t': return false;
      default: return err(`${op}: unary operator expected`);
    }
  };
  const BIN = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);
  const UN = new Set(['-n', '-z', '-e', '-a', '-f', '-d', '-s', '-r', '-w', '-x', '-h', '-L', '-p', '-S', '-b', '-c', '-t']);
  const binary = (a: string, op: string, b: string): boolean => {
    switch (op) {
      case '=': case '==': return a === b;
      case '!=': return a !== b;
      case '<': return a < b;
      case '>': return a > b;
      case '-eq': return int(a) === int(b);
      case '-ne': return int(a) !== int(b);
      case '-lt': return int(a) < int(b);
      case '-le': return int(a) <= int(b);
      case '-gt': return int(a) > int(b);
      case '-ge': return int(a) >= int(b);
      default: return false;
    }
  };
  // POSIX test: decisions by argument count first (XCU test, "Application usage").
  const evalArgs = (a: string[]): boolean => {
    switch (a.length) {
      case 0: return false;
      case 1: return (a[0] as string).length > 0;
      case 2:
        if (a[0] === '!') return !evalArgs(a.slice(1));
        if (UN.has(a[0] as string)) return unary(a[0] as string, a[1] as string);
        return err(`${a[0]}: unary operator expected`);
      case 3:
        if (BIN.has(a[1] as string)) return binary(a[0] as string, a[1] as string, a[2] as string);
        if (a[0] === '!') return !evalArgs(a.slice(1));
        if (a[0] === '(' && a[2] === ')') return evalArgs([a[1] as string]);
        break;
      case 4:
        if (a[0] === '!') return !evalArgs(a.slice(1));
        if (a[0] === '(' && a[3] === ')') return evalArgs(a.slice(1, 3));
        break;
    }
    // General: -o binds weaker than -a.
    const o = a.lastIndexOf('-o');
    if (o > 0 && o < a.length - 1) return evalArgs(a.slice(0, o)) || evalArgs(a.slice(o + 1));
    const an = a.lastIndexOf('-a');
    if (an > 0 && an < a.length - 1) return evalArgs(a.slice(0, an)) && evalArgs(a.slice(an + 1));
    if (a[0] === '!') return !evalArgs(a.slice(1));
    if (a[0] === '(' && a[a.length - 1] === ')') return evalArgs(a.slice(1, -1));
    return err(`${a[1] ?? a[0]}: binary operator expected`);
  };
  try {
    return evalArgs(args) ? 0 : 1;
  } catch (e) {
    if (e instanceof TestError) {
      ctx.io.stderr(`${ctx.shellName ? ctx.shellName + ': ' : ''}${name}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

class TestError extends Error {}

// ------------------------------------------------------------------ time

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** strftime(3) in UTC for the conversions `date` users write; %N is nanoseconds (GNU). */
export function formatDate(ms: number, fmt: string): string {
  const d = new Date(ms);
  const p2 = (n: number): string => String(n).padStart(2, '0');
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i] as string;
    if (c !== '%' || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    let n = fmt[++i] as string;
    if (n === ':' && fmt[i + 1] === 'z') {
      i++;
      out += '+00:00';
      continue;
    }
    if (n === '-' && i + 1 < fmt.length) n = '-' + (fmt[++i] as string);
    switch (n) {
      case 'Y': out += String(d.getUTCFullYear()); break;
      case 'y': out += p2(d.getUTCFullYear() % 100); break;
      case 'm': out += p2(d.getUTCMonth() + 1); break;
      case 'd': out += p2(d.getUTCDate()); break;
      case 'e': out += String(d.getUTCDate()).padStart(2, ' '); break;
      case 'H': out += p2(d.getUTCHours()); break;
      case 'I': out += p2(((d.getUTCHours() + 11) % 12) + 1); break;
      case 'M': out += p2(d.getUTCMinutes()); break;
      case 'S': out += p2(d.getUTCSeconds()); break;
      case 'N': out += String((((ms % 1000) + 1000) % 1000) * 1_000_000).padStart(9, '0'); break;
      case 's': out += String(Math.floor(ms / 1000)); break;
      case 'z': out += '+0000'; break;
      case 'Z': out += 'UTC'; break;
      case 'a': out += DAYS[d.getUTCDay()]; break;
      case 'A': out += DAYS_LONG[d.getUTCDay()]; break;
      case 'b': case 'h': out += MONTHS[d.getUTCMonth()]; break;
      case 'B': out += MONTHS_LONG[d.getUTCMonth()]; break;
      case 'p': out += d.getUTCHours() < 12 ? 'AM' : 'PM'; break;
      case 'j': out += String(Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1).padStart(3, '0'); break;
      case 'u': out += String(d.getUTCDay() === 0 ? 7 : d.getUTCDay()); break;
      case 'w': out += String(d.getUTCDay()); break;
      case 'T': out += formatDate(ms, '%H:%M:%S'); break;
      case 'R': out += formatDate(ms, '%H:%M'); break;
      case 'D': out += formatDate(ms, '%m/%d/%y'); break;
      case 'F': out += formatDate(ms, '%Y-%m-%d'); break;
      case 'c': out += formatDate(ms, '%a %b %e %H:%M:%S %Y'); break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case '%': out += '%'; break;
      case '-d': out += String(d.getUTCDate()); break;
      case '-m': out += String(d.getUTCMonth() + 1); break;
      case '-H': out += String(d.getUTCHours()); break;
      default: out += '%' + n;
    }
  }
  return out;
}

function* date(ctx: CmdCtx, argv: string[]): Gen<number> {
  let ms = ctx.epochMs + ctx.now();
  let fmt = '%a %b %e %H:%M:%S %Z %Y';
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-u' || a === '--utc' || a === '--universal') continue;
    if (a.startsWith('+')) fmt = a.slice(1);
    else if (a === '-R' || a === '--rfc-2822' || a === '--rfc-email') fmt = '%a, %d %b %Y %H:%M:%S %z';
    else if (a.startsWith('--rfc-3339')) {
      const spec = a.includes('=') ? a.slice(a.indexOf('=') + 1) : (argv[++i] ?? '');
      fmt = spec === 'date' ? '%Y-%m-%d' : spec === 'seconds' ? '%Y-%m-%d %H:%M:%S%:z' : spec === 'ns' ? '%Y-%m-%d %H:%M:%S.%N%:z' : '';
      if (fmt === '') {
        ctx.io.stderr(`date: invalid argument '${spec}' for '--rfc-3339'\n`);
        return 1;
      }
    } else if (a.startsWith('-I') || a.startsWith('--iso-8601')) {
      const spec = a.startsWith('-I') ? a.slice(2) : a.includes('=') ? a.slice(a.indexOf('=') + 1) : '';
      fmt = spec === 'seconds' ? '%Y-%m-%dT%H:%M:%S%:z' : spec === 'minutes' ? '%Y-%m-%dT%H:%M%:z' : spec === 'hours' ? '%Y-%m-%dT%H%:z' : spec === 'ns' ? '%Y-%m-%dT%H:%M:%S,%N%:z' : '%Y-%m-%d';
    } else if (a === '-d' || a === '--date' || a.startsWith('--date=')) {
      const v = a.startsWith('--date=') ? a.slice(7) : (argv[++i] ?? '');
      if (/^@-?\d+$/.test(v)) ms = Number(v.slice(1)) * 1000;
      else if (v !== 'now') {
        ctx.io.stderr(`date: invalid date '${v}'\n`);
        return 1;
      }
    } else {
      ctx.io.stderr(`date: invalid date '${a}'\n`);
      return 1;
    }
  }
  ctx.io.stdout(formatDate(ms, fmt) + '\n');
  return yield* done(0);
}

/** GNU sleep / BusyBox sleep (FANCY): NUMBER[smhd]... summed; `infinity`. Milliseconds, or Infinity. */
export function parseSleep(args: string[]): number | string {
  let total = 0;
  if (args.length === 0) return 'missing operand';
  for (const a of args) {
    if (a === 'infinity' || a === 'inf') return Infinity;
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a);
    if (!m) return a;
    const mult = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
    total += Number(m[1]) * mult * 1000;
  }
  return Math.round(total);
}

function* sleep(ctx: CmdCtx, argv: string[]): Gen<number> {
  const r = parseSleep(argv.slice(1).filter((a) => a !== '--'));
  if (typeof r === 'string') {
    ctx.io.stderr(r === 'missing operand' ? `sleep: missing operand\n` : gnu(ctx) ? `sleep: invalid time interval ‘${r}’\n` : `sleep: invalid number '${r}'\n`);
    return 1;
  }
  if (r === Infinity) {
    yield { kind: 'forever' };
    return 0;
  }
  if (r > 0) yield { kind: 'sleep', until: ctx.now() + r };
  return 0;
}

// ------------------------------------------------------------------ files

function readInputs(ctx: CmdCtx, name: string, files: string[]): { text: string; status: number } {
  if (files.length === 0) return { text: ctx.io.stdin, status: 0 };
  let text = '';
  let status = 0;
  for (const f of files) {
    if (f === '-') {
      text += ctx.io.stdin;
      continue;
    }
    const r = ctx.fs.read(resolvePath(ctx.cwd, f));
    if (r.ok) text += r.value;
    else {
      ctx.io.stderr(`${name}: ${f}: ${msg(r.code)}\n`);
      status = 1;
    }
  }
  return { text, status };
}

function* cat(ctx: CmdCtx, argv: string[]): Gen<number> {
  const { rest } = opts(ctx, argv);
  const { text, status } = readInputs(ctx, 'cat', rest);
  if (text) ctx.io.stdout(text);
  return yield* done(status);
}

function* touch(ctx: CmdCtx, argv: string[]): Gen<number> {
  const { rest } = opts(ctx, argv, 'dtr');
  let status = 0;
  if (rest.length === 0) {
    ctx.io.stderr('touch: missing file operand\n');
    return 1;
  }
  for (const f of rest) {
    const p = resolvePath(ctx.cwd, f);
    if (ctx.fs.exists(p)) continue;
    const r = ctx.fs.write(p, '');
    if (!r.ok) {
      ctx.io.stderr(gnu(ctx) ? `touch: cannot touch ${q(ctx, f)}: ${msg(r.code)}\n` : `touch: ${f}: ${msg(r.code)}\n`);
      status = 1;
    }
  }
  return yield* done(status);
}

function* rm(ctx: CmdCtx, argv: string[]): Gen<number> {
  const { flags, rest } = opts(ctx, argv);
  const force = flags.has('f');
  const recursive = flags.has('r') || flags.has('R');
  let status = 0;
  if (rest.length === 0 && !force) {
    ctx.io.stderr('rm: missing operand\n');
    return 1;
  }
  for (const f of rest) {
    const p = resolvePath(ctx.cwd, f);
    if (!ctx.fs.exists(p)) {
      if (!force) {
        ctx.io.stderr(gnu(ctx) ? `rm: cannot remove ${q(ctx, f)}: No such file or directory\n` : `rm: can't remove '${f}': No such file or directory\n`);
        status = 1;
      }
      continue;
    }
    const r = ctx.fs.remove(p, recursive);
    if (!r.ok) {
      if (r.code === 'EISDIR') ctx.io.stderr(gnu(ctx) ? `rm: cannot remove ${q(ctx, f)}: Is a directory\n` : `rm: '${f}' is a directory\n`);
      else ctx.io.stderr(gnu(ctx) ? `rm: cannot remove ${q(ctx, f)}: ${msg(r.code)}\n` : `rm: can't remove '${f}': ${msg(r.code)}\n`);
      status = 1;
    }
  }
  return yield* done(status);
}

function* rmdir(ctx: CmdCtx, argv: string[]): Gen<number> {
  const { rest } = opts(ctx, argv);
  let status = 0;
  for (const f of rest) {
    const p = resolvePath(ctx.cwd, f);
    const names = ctx.fs.list(p);
    const r = names === undefined ? { ok: false as const, code: ctx.fs.exists(p) ? ('ENOTDIR' as const) : ('ENOENT' as const) } : names.length > 0 ? { ok: false as const, code: 'ENOTEMPTY' as const } : ctx.fs.remove(p, true);
    if (!r.ok) {
      ctx.io.stderr(`rmdir: failed to remove '${f}': ${msg(r.code)}\n`);
      status = 1;
    }
  }
  return yield* done(status);
}

function* mkdir(ctx: CmdCtx, argv: string[]): Gen<number> {
  const { flags, rest } = opts(ctx, argv, 'm');
  let status = 0;
  for (const f of rest) {
    const r = ctx.fs.mkdir(resolvePath(ctx.cwd, f), flags.has('p'));
    if (!r.ok) {
      ctx.io.stderr(gnu(ctx) ? `mkdir: cannot create directory ${q(ctx, f)}: ${msg(r.code)}\n` : `mkdir: can't create directory '${f}': ${msg(r.code)}\n`);
      status = 1;
    }
  }
  return yield* done(status);
}

function modeString(kind: 'file' | 'dir', mode: number): string {
  const bits = ['r', 'w', 'x'];
  let s = kind === 'dir' ? 'd' : '-';
  for (let i = 8; i >= 0; i--) s += mode & (1 << i) ? (bits[(8 - i) % 3] as string) : '-';
  if (mode & 0o1000) s = s.slice(0, 9) + (mode & 1 ? 't' : 'T');
  return s;
}

function* ls(ctx: CmdCtx, argv: string[]): Gen<number> {
  const { flags, rest } = opts(ctx, argv);
  const all = flags.has('a');
  const almost = flags.has('A');
  const long = flags.has('l');
  const targets = rest.length ? rest : ['.'];
  let status = 0;
  const files: string[] = [];
  const dirs: string[] = [];
  for (const t of targets) {
    const st = ctx.fs.stat(resolvePath(ctx.cwd, t));
    if (st === undefined) {
      ctx.io.stderr(gnu(ctx) ? `ls: cannot access '${t}': No such file or directory\n` : `ls: ${t}: No such file or directory\n`);
      status = gnu(ctx) ? 2 : 1;
    } else if (st.kind === 'dir' && !flags.has('d')) dirs.push(t);
    else files.push(t);
  }
  const when = formatDate(ctx.epochMs + ctx.now(), '%b %e %H:%M');
  const line = (name: string, path: string): string => {
    if (!long) return name;
    const st = ctx.fs.stat(path);
    const size = st?.kind === 'file' ? st.data.length : 4096;
    const mode = modeString(st?.kind ?? 'file', st?.mode ?? 0o644);
    return gnu(ctx) ? `${mode} 1 root root ${size} ${when} ${name}` : `${mode}    1 root     root     ${String(size).padStart(9)} ${when} ${name}`;
  };
  let out = '';
  for (const f of files) out += line(f, resolvePath(ctx.cwd, f)) + '\n';
  dirs.forEach((d, i) => {
    if (targets.length > 1) out += `${files.length || i ? '\n' : ''}${d}:\n`;
    const base = resolvePath(ctx.cwd, d);
    let names = ctx.fs.list(base) ?? [];
    if (!all && !almost) names = names.filter((n) => !n.startsWith('.'));
    if (all) names = ['.', '..', ...names];
    if (long) out += `total ${names.length * 4}\n`;
    for (const n of names) out += line(n, `${base === '/' ? '' : base}/${n}`) + '\n';
  });
  if (out) ctx.io.stdout(out);
  return yield* done(status);
}

function* head(ctx: CmdCtx, argv: string[]): Gen<number> {
  let n = 10;
  let bytes: number | undefined;
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-n') n = Number(argv[++i] ?? '10');
    else if (a === '-c') bytes = Number(argv[++i] ?? '0');
    else if (/^-c\d+$/.test(a)) bytes = Number(a.slice(2));
    else if (/^-n\d+$/.test(a)) n = Number(a.slice(2));
    else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
    else files.push(a);
  }
  const { text, status } = readInputs(ctx, 'head', files);
  if (bytes !== undefined) {
    if (text) ctx.io.stdout(text.slice(0, bytes));
    return status;
  }
  const lines = text.split('\n');
  const outLines = lines.slice(0, n);
  let out = outLines.join('\n');
  if (lines.length > n) out += '\n';
  if (out) ctx.io.stdout(out);
  return yield* done(status);
}

/**
 * tail [-n [+]N] [-f|-F] [-s SECONDS] [FILE…]. `-n +N` starts at line N. Following polls every
 * second (BusyBox tail.c sleeps `-s` seconds, default 1, between reads; GNU tail without
 * inotify does the same) and prints what was appended, so a sidecar following a shared log
 * file (kubernetes.io logging architecture, "streaming sidecar") shows the other container's
 * lines. `tail -f /dev/null` just waits forever. With -f, a missing file is an error; -F waits
 * for it to appear.
 */
function* tail(ctx: CmdCtx, argv: string[]): Gen<number> {
  let n = 10;
  let from: number | undefined;
  let follow = false;
  let retry = false;
  let period = 1000;
  const files: string[] = [];
  const count = (v: string): void => {
    if (v.startsWith('+')) from = Math.max(1, Number(v.slice(1)) || 1);
    else n = Math.abs(Number(v)) || 0;
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-n' || a === '--lines') count(argv[++i] ?? '10');
    else if (/^-n[+-]?\d+$/.test(a)) count(a.slice(2));
    else if (/^--lines=[+-]?\d+$/.test(a)) count(a.slice(8));
    else if (a === '-s') period = Math.max(1, Math.round(Number(argv[++i] ?? '1') * 1000));
    else if (/^-[fFq]+$/.test(a) || a === '--follow' || a === '--follow=name' || a === '--retry') {
      if (a.includes('f') || a.startsWith('--follow')) follow = true;
      if (a.includes('F') || a === '--follow=name' || a === '--retry') {
        follow = true;
        retry = true;
      }
    } else if (/^[+-]\d+$/.test(a)) count(a.startsWith('+') ? a : a.slice(1));
    else files.push(a);
  }
  const slice = (text: string): string => {
    const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
    const picked = from !== undefined ? lines.slice(from - 1) : lines.slice(Math.max(0, lines.length - n));
    return picked.length ? picked.join('\n') + (text.endsWith('\n') ? '\n' : '') : '';
  };
  if (!follow || files.length === 0) {
    const { text, status } = readInputs(ctx, 'tail', files);
    if (text) ctx.io.stdout(slice(text));
    if (follow && files.length === 0) yield { kind: 'forever' }; // following a pipe that never ends
    return status;
  }
  const paths = files.map((f) => resolvePath(ctx.cwd, f));
  const seen = new Map<string, number>();
  paths.forEach((p, k) => {
    const r = ctx.fs.read(p);
    if (r.ok) {
      const out = slice(r.value);
      if (out) ctx.io.stdout(out);
      seen.set(p, r.value.length);
    } else {
      ctx.io.stderr(gnu(ctx) ? `tail: cannot open '${files[k]}' for reading: ${msg(r.code)}\n` : `tail: can't open '${files[k]}': ${msg(r.code)}\n`);
    }
  });
  if (paths.every((p) => p === '/dev/null' || p === '/dev/zero')) {
    yield { kind: 'forever' };
    return 0;
  }
  if (seen.size === 0 && !retry) {
    if (gnu(ctx)) ctx.io.stderr('tail: no files remaining\n');
    return 1;
  }
  for (;;) {
    yield { kind: 'sleep', until: ctx.now() + period };
    for (const p of paths) {
      const data = ctx.fs.readFile(p);
      if (data === undefined) continue;
      const before = seen.get(p);
      if (before === undefined || data.length < before) {
        // Appeared (-F) or truncated: print it from the start.
        if (data) ctx.io.stdout(data);
      } else if (data.length > before) ctx.io.stdout(data.slice(before));
      seen.set(p, data.length);
    }
  }
}

function* wc(ctx: CmdCtx, argv: string[]): Gen<number> {
  const { flags, rest } = opts(ctx, argv);
  const { text, status } = readInputs(ctx, 'wc', rest);
  const l = (text.match(/\n/g) ?? []).length;
  const w = text.split(/\s+/).filter(Boolean).length;
  const c = new TextEncoder().encode(text).length;
  const parts: number[] = [];
  if (flags.size === 0) parts.push(l, w, c);
  else {
    if (flags.has('l')) parts.push(l);
    if (flags.has('w')) parts.push(w);
    if (flags.has('c') || flags.has('m')) parts.push(c);
  }
  const single = parts.length === 1 && rest.length === 0;
  const body = single ? String(parts[0]) : parts.map((x) => String(x).padStart(gnu(ctx) ? 7 : 9)).join(gnu(ctx) ? ' ' : '');
  ctx.io.stdout(body.trimStart() === body || !single ? `${single ? body : body}${rest.length === 1 ? ' ' + rest[0] : ''}\n` : `${body}\n`);
  return yield* done(status);
}

function* grep(ctx: CmdCtx, argv: string[]): Gen<number> {
  const { flags, values, rest } = opts(ctx, argv, 'e');
  let pattern = values.get('e');
  const files = pattern === undefined ? rest.slice(1) : rest;
  pattern ??= rest[0];
  if (pattern === undefined) {
    ctx.io.stderr('Usage: grep [OPTION]... PATTERNS [FILE]...\n');
    return 2;
  }
  let re: RegExp;
  try {
    let src = flags.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : pattern;
    if (!flags.has('E') && !flags.has('F')) src = src.replace(/\\([(){}|+?])/g, '$1');
    if (flags.has('w')) src = `\\b(?:${src})\\b`;
    if (flags.has('x')) src = `^(?:${src})$`;
    re = new RegExp(src, flags.has('i') ? 'i' : '');
  } catch {
    ctx.io.stderr(`grep: Invalid regular expression\n`);
    return 2;
  }
  const { text, status } = readInputs(ctx, 'grep', files);
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text ? text.split('\n') : [];
  const hits = lines.map((l, i) => ({ l, i })).filter(({ l }) => re.test(l) !== flags.has('v'));
  if (!flags.has('q')) {
    if (flags.has('c')) ctx.io.stdout(`${hits.length}\n`);
    else if (hits.length) ctx.io.stdout(hits.map(({ l, i }) => (flags.has('n') ? `${i + 1}:${l}` : l)).join('\n') + '\n');
  }
  if (status !== 0 && !flags.has('s')) return 2;
  return yield* done(hits.length > 0 ? 0 : 1);
}

function* tee(ctx: CmdCtx, argv: string[]): Gen<number> {
  const { flags, rest } = opts(ctx, argv);
  let status = 0;
  for (const f of rest) {
    const r = ctx.fs.write(resolvePath(ctx.cwd, f), ctx.io.stdin, flags.has('a'));
    if (!r.ok) {
      ctx.io.stderr(`tee: ${f}: ${msg(r.code)}\n`);
      status = 1;
    }
  }
  if (ctx.io.stdin) ctx.io.stdout(ctx.io.stdin);
  return yield* done(status);
}

function* cp(ctx: CmdCtx, argv: string[]): Gen<number> {
  const { rest } = opts(ctx, argv);
  const move = argv[0]?.endsWith('mv') === true;
  const name = move ? 'mv' : 'cp';
  if (rest.length < 2) {
    ctx.io.stderr(`${name}: missing file operand\n`);
    return 1;
  }
  const dest = resolvePath(ctx.cwd, rest[rest.length - 1] as string);
  const destIsDir = ctx.fs.isDir(dest);
  let status = 0;
  const recursive = argv.some((a) => /^-[a-zA-Z]*[rRa]/.test(a));
  const copyTree = (from: string, to: string): boolean => {
    const names = ctx.fs.list(from);
    if (names === undefined) {
      const r = ctx.fs.read(from);
      return r.ok && ctx.fs.write(to, r.value).ok;
    }
    if (!ctx.fs.isDir(to) && !ctx.fs.mkdir(to, false).ok) return false;
    return names.every((n) => copyTree(`${from === '/' ? '' : from}/${n}`, `${to}/${n}`));
  };
  for (const s of rest.slice(0, -1)) {
    const src = resolvePath(ctx.cwd, s);
    if (ctx.fs.isDir(src)) {
      if (!recursive && !move) {
        ctx.io.stderr(gnu(ctx) ? `${name}: -r not specified; omitting directory '${s}'\n` : `${name}: omitting directory '${s}'\n`);
        status = 1;
        continue;
      }
      const target = destIsDir ? `${dest}/${src.slice(src.lastIndexOf('/') + 1)}` : dest;
      if (!copyTree(src, target)) {
        ctx.io.stderr(`${name}: cannot create directory '${target}': ${msg('EROFS')}\n`);
        status = 1;
        continue;
      }
      if (move) ctx.fs.remove(src, true);
      continue;
    }
    const r = ctx.fs.read(src);
    if (!r.ok) {
      ctx.io.stderr(gnu(ctx) ? `${name}: cannot stat '${s}': ${msg(r.code)}\n` : `${name}: can't stat '${s}': ${msg(r.code)}\n`);
      status = 1;
      continue;
    }
    const target = destIsDir ? `${dest}/${src.slice(src.lastIndexOf('/') + 1)}` : dest;
    const w = ctx.fs.write(target, r.value);
    if (!w.ok) {
      ctx.io.stderr(`${name}: cannot create regular file '${target}': ${msg(w.code)}\n`);
      status = 1;
      continue;
    }
    if (move) ctx.fs.remove(src, false);
  }
  return yield* done(status);
}

function* envCmd(ctx: CmdCtx, argv: string[]): Gen<number> {
  if (argv[0] === 'printenv') {
    const names = argv.slice(1);
    if (names.length === 0) {
      ctx.io.stdout(Object.entries(ctx.env).map(([k, v]) => `${k}=${v}\n`).join(''));
      return 0;
    }
    let status = 0;
    for (const n of names) {
      const v = ctx.env[n];
      if (v === undefined) status = 1;
      else ctx.io.stdout(v + '\n');
    }
    return status;
  }
  ctx.io.stdout(Object.entries(ctx.env).map(([k, v]) => `${k}=${v}\n`).join(''));
  return yield* done(0);
}

/** hostname [-s|-f|-i]: -i reads the address the kubelet wrote into /etc/hosts for the pod. */
function* hostname(ctx: CmdCtx, argv: string[]): Gen<number> {
  if (argv.includes('-i') || argv.includes('-I')) {
    const hosts = ctx.fs.readFile('/etc/hosts') ?? '';
    const line = hosts.split('\n').find((l) => !l.startsWith('#') && l.split(/\s+/).slice(1).some((n) => n === ctx.hostname || n.startsWith(`${ctx.hostname}.`)));
    const ip = line?.split(/\s+/)[0];
    if (ip === undefined) {
      ctx.io.stderr('hostname: Name or service not known\n');
      return 1;
    }
    ctx.io.stdout(`${ip}\n`);
    return 0;
  }
  ctx.io.stdout(`${argv.includes('-s') ? ctx.hostname.split('.')[0] : ctx.hostname}\n`);
  return yield* done(0);
}

function* simpleOut(ctx: CmdCtx, text: string): Gen<number> {
  ctx.io.stdout(text);
  return yield* done(0);
}

function* seq(ctx: CmdCtx, argv: string[]): Gen<number> {
  const nums = argv.slice(1).map(Number);
  if (nums.length === 0 || nums.some((n) => !Number.isFinite(n))) {
    ctx.io.stderr('seq: invalid argument\n');
    return 1;
  }
  const [first, inc, last] = nums.length === 1 ? [1, 1, nums[0] as number] : nums.length === 2 ? [nums[0] as number, 1, nums[1] as number] : [nums[0] as number, nums[1] as number, nums[2] as number];
  let out = '';
  let count = 0;
  for (let x = first; inc > 0 ? x <= last : x >= last; x += inc) {
    out += `${x}\n`;
    if (++count > 100_000 || inc === 0) break;
  }
  ctx.io.stdout(out);
  return yield* done(0);
}

function* expr(ctx: CmdCtx, argv: string[]): Gen<number> {
  const a = argv.slice(1);
  let v: string;
  if (a.length === 3) {
    const x = a[0] as string;
    const op = a[1] as string;
    const y = a[2] as string;
    const nx = Number(x);
    const ny = Number(y);
    const numeric = /^-?\d+$/.test(x) && /^-?\d+$/.test(y);
    switch (op) {
      case '+': v = String(nx + ny); break;
      case '-': v = String(nx - ny); break;
      case '*': v = String(nx * ny); break;
      case '/':
        if (ny === 0) {
          ctx.io.stderr('expr: division by zero\n');
          return 2;
        }
        v = String(Math.trunc(nx / ny));
        break;
      case '%': v = String(nx % ny); break;
      case '=': v = (numeric ? nx === ny : x === y) ? '1' : '0'; break;
      case '!=': v = (numeric ? nx !== ny : x !== y) ? '1' : '0'; break;
      case '<': v = (numeric ? nx < ny : x < y) ? '1' : '0'; break;
      case '>': v = (numeric ? nx > ny : x > y) ? '1' : '0'; break;
      case '<=': v = (numeric ? nx <= ny : x <= y) ? '1' : '0'; break;
      case '>=': v = (numeric ? nx >= ny : x >= y) ? '1' : '0'; break;
      default:
        ctx.io.stderr('expr: syntax error\n');
        return 2;
    }
    if (/[-+*/%]/.test(op) && !numeric) {
      ctx.io.stderr('expr: non-integer argument\n');
      return 2;
    }
  } else if (a.length === 1) v = a[0] as string;
  else {
    ctx.io.stderr('expr: syntax error\n');
    return 2;
  }
  ctx.io.stdout(v + '\n');
  return yield* done(v === '0' || v === '' ? 1 : 0);
}

function* tr(ctx: CmdCtx, argv: string[]): Gen<number> {
  const { flags, rest } = opts(ctx, argv, '', 'inorder');
  const expand = (s: string): string[] => {
    const named: Record<string, string> = { '[:lower:]': 'a-z', '[:upper:]': 'A-Z', '[:digit:]': '0-9', '[:space:]': ' \t\n\r\f\v' };
    for (const [k, r] of Object.entries(named)) s = s.split(k).join(r);
    const out: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const c = s[i] as string;
      if (s[i + 1] === '-' && i + 2 < s.length) {
        const end = (s[i + 2] as string).charCodeAt(0);
        for (let x = c.charCodeAt(0); x <= end; x++) out.push(String.fromCharCode(x));
        i += 2;
      } else out.push(c === '\\' && s[i + 1] === 'n' ? (i++, '\n') : c);
    }
    return out;
  };
  const a = expand(rest[0] ?? '');
  const b = expand(rest[1] ?? '');
  let out = '';
  for (const c of ctx.io.stdin) {
    const k = a.indexOf(c);
    if (flags.has('d')) {
      if (k < 0) out += c;
    } else out += k < 0 ? c : (b[Math.min(k, b.length - 1)] ?? '');
  }
  ctx.io.stdout(out);
  return yield* done(0);
}

function* cut(ctx: CmdCtx, argv: string[]): Gen<number> {
  const { values, rest } = opts(ctx, argv, 'dfc');
  const { text, status } = readInputs(ctx, 'cut', rest);
  const delim = values.get('d') ?? '\t';
  const pick = (spec: string, n: number): number[] => {
    const out: number[] = [];
    for (const part of spec.split(',')) {
      const m = /^(\d*)(-?)(\d*)$/.exec(part);
      if (!m) continue;
      const lo = m[1] ? Number(m[1]) : 1;
      const hi = m[2] ? (m[3] ? Number(m[3]) : n) : lo;
      for (let i = lo; i <= Math.min(hi, n); i++) out.push(i - 1);
    }
    return out;
  };
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text ? text.split('\n') : [];
  let out = '';
  for (const l of lines) {
    if (values.has('c')) out += pick(values.get('c') ?? '', l.length).map((i) => l[i] ?? '').join('') + '\n';
    else {
      const f = l.split(delim);
      out += (f.length === 1 ? l : pick(values.get('f') ?? '1', f.length).map((i) => f[i] ?? '').join(delim)) + '\n';
    }
  }
  ctx.io.stdout(out);
  return yield* done(status);
}

function* sort(ctx: CmdCtx, argv: string[]): Gen<number> {
  const { flags, rest } = opts(ctx, argv);
  const { text, status } = readInputs(ctx, 'sort', rest);
  let lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text ? text.split('\n') : [];
  lines.sort(flags.has('n') ? (x, y) => parseFloat(x) - parseFloat(y) || (x < y ? -1 : x > y ? 1 : 0) : (x, y) => (x < y ? -1 : x > y ? 1 : 0));
  if (flags.has('r')) lines.reverse();
  if (flags.has('u')) lines = lines.filter((l, i) => i === 0 || l !== lines[i - 1]);
  if (lines.length) ctx.io.stdout(lines.join('\n') + '\n');
  return yield* done(status);
}

function* uniq(ctx: CmdCtx, argv: string[]): Gen<number> {
  const { flags, rest } = opts(ctx, argv);
  const { text, status } = readInputs(ctx, 'uniq', rest);
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text ? text.split('\n') : [];
  const groups: { l: string; n: number }[] = [];
  for (const l of lines) {
    const last = groups[groups.length - 1];
    if (last && last.l === l) last.n++;
    else groups.push({ l, n: 1 });
  }
  const out = groups.map((g) => (flags.has('c') ? `${String(g.n).padStart(7)} ${g.l}` : g.l));
  if (out.length) ctx.io.stdout(out.join('\n') + '\n');
  return yield* done(status);
}

function* basename(ctx: CmdCtx, argv: string[]): Gen<number> {
  const p = (argv[1] ?? '').replace(/\/+$/, '');
  let b = p.slice(p.lastIndexOf('/') + 1) || (argv[1]?.startsWith('/') ? '/' : '');
  const suffix = argv[2];
  if (suffix && b.endsWith(suffix) && b !== suffix) b = b.slice(0, -suffix.length);
  ctx.io.stdout(b + '\n');
  return yield* done(0);
}

function* dirname(ctx: CmdCtx, argv: string[]): Gen<number> {
  const p = (argv[1] ?? '').replace(/\/+$/, '');
  const i = p.lastIndexOf('/');
  ctx.io.stdout((i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i)) + '\n');
  return yield* done(0);
}

function* uname(ctx: CmdCtx, argv: string[]): Gen<number> {
  const a = argv.slice(1).join('');
  const parts: string[] = [];
  if (a.includes('a')) parts.push('Linux', ctx.hostname, '6.1.0', '#1 SMP', 'x86_64', ...(gnu(ctx) ? ['GNU/Linux'] : []));
  else {
    if (a === '' || a.includes('s')) parts.push('Linux');
    if (a.includes('n')) parts.push(ctx.hostname);
    if (a.includes('r')) parts.push('6.1.0');
    if (a.includes('m')) parts.push('x86_64');
  }
  ctx.io.stdout(parts.join(' ') + '\n');
  return yield* done(0);
}

function* existsOnly(ctx: CmdCtx, argv: string[]): Gen<number> {
  const { rest } = opts(ctx, argv);
  const files = argv[0] === 'chmod' ? rest.slice(1) : rest;
  let status = 0;
  for (const f of files) {
    if (!ctx.fs.exists(resolvePath(ctx.cwd, f))) {
      ctx.io.stderr(`${argv[0]}: cannot access '${f}': No such file or directory\n`);
      status = 1;
    }
  }
  return yield* done(status);
}

function* ln(ctx: CmdCtx, argv: string[]): Gen<number> {
  // Links are modelled as copies (the tree has no symlinks).
  const { rest } = opts(ctx, argv);
  const [src, dst] = rest;
  if (src === undefined || dst === undefined) return 1;
  const r = ctx.fs.read(resolvePath(ctx.cwd, src));
  if (r.ok) ctx.fs.write(resolvePath(ctx.cwd, dst), r.value);
  return yield* done(0);
}

const REASONS: Record<number, string> = { 200: 'OK', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };

/** wget/curl: this pod's ports through the network hook, other hosts through the hosts hook. */
function* httpClient(ctx: CmdCtx, argv: string[]): Gen<number> {
  const isCurl = argv[0]?.endsWith('curl') === true;
  const url = argv.slice(1).find((a) => /^(https?:\/\/)?[A-Za-z0-9.\-_]+(:\d+)?(\/|$)/.test(a) && !a.startsWith('-'));
  let outFile: string | undefined;
  const quiet = argv.includes('-q') || argv.includes('-s') || argv.includes('-qO-') || argv.includes('-sS');
  for (let i = 1; i < argv.length; i++) if (argv[i] === '-O' || argv[i] === '-o') outFile = argv[i + 1];
  if (argv.includes('-qO-')) outFile = '-';
  if (url === undefined) {
    ctx.io.stderr(isCurl ? 'curl: try \'curl --help\' for more information\n' : 'wget: missing URL\n');
    return isCurl ? 2 : 1;
  }
  const m = /^(?:(https?):\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(url);
  const host = m?.[2] ?? '';
  const port = Number(m?.[3] ?? (m?.[1] === 'https' ? 443 : 80));
  const path = m?.[4] ?? '/';
  const local = host === 'localhost' || host === '127.0.0.1' || host === ctx.hostname || host === '0.0.0.0';
  const r = local ? ctx.network(port, path) : ctx.network(port, path, host);
  if (r === 'refused' || r === 0) {
    if (isCurl) {
      if (!quiet || argv.includes('-sS') || argv.includes('-S')) ctx.io.stderr(`curl: (7) Failed to connect to ${host} port ${port}: Connection refused\n`);
      return 7;
    }
    ctx.io.stderr(`wget: can't connect to remote host (${host === 'localhost' ? '127.0.0.1' : host}): Connection refused\n`);
    return 1;
  }
  const fail = r >= 400;
  if (!isCurl) {
    if (!quiet) ctx.io.stderr(`Connecting to ${host}:${port} (${host === 'localhost' ? '127.0.0.1' : host}:${port})\n`);
    // -S/--server-response prints the status line (BusyBox wget indents headers by two spaces).
    if (argv.includes('-S') || argv.includes('--server-response')) ctx.io.stderr(`  HTTP/1.1 ${r} ${REASONS[r] ?? ''}\n`);
    if (fail) {
      ctx.io.stderr(`wget: server returned error: HTTP/1.1 ${r} ${r === 404 ? 'Not Found' : 'Error'}\n`);
      return 1;
    }
    if (outFile && outFile !== '-') {
      const w = ctx.fs.write(resolvePath(ctx.cwd, outFile), '');
      if (!w.ok) {
        ctx.io.stderr(`wget: can't open '${outFile}': ${msg(w.code)}\n`);
        return 1;
      }
    } else if (outFile === undefined) {
      // wget saves to the URL's last path component (index.html for "/").
      const name = path.replace(/[?#].*$/, '').split('/').pop() || 'index.html';
      ctx.fs.write(resolvePath(ctx.cwd, name), '');
    }
    return 0;
  }
  if (outFile && outFile !== '-') ctx.fs.write(resolvePath(ctx.cwd, outFile), '');
  if (fail && argv.some((a) => a === '-f' || a === '--fail' || /^-[a-zA-Z]*f[a-zA-Z]*$/.test(a))) {
    if (!quiet || argv.includes('-S') || argv.includes('-sS')) ctx.io.stderr(`curl: (22) The requested URL returned error: ${r}\n`);
    return 22;
  }
  return yield* done(0);
}

function* kill(ctx: CmdCtx, argv: string[]): Gen<number> {
  let sig: ReturnType<typeof parseSignal> | 0 = 'SIGTERM';
  let i = 1;
  const name = ctx.shellName ? `${ctx.shellName}: kill` : 'kill';
  if (argv[1] === '-l' || argv[1] === '-L') {
    ctx.io.stdout('HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM\n');
    return 0;
  }
  if (argv[1] === '-s' || argv[1] === '-n') {
    sig = argv[2] === '0' ? 0 : parseSignal(argv[2] ?? '');
    i = 3;
  } else if (argv[1]?.startsWith('-') && argv[1] !== '--') {
    const spec = argv[1].slice(1);
    sig = spec === '0' ? 0 : parseSignal(spec);
    i = 2;
  } else if (argv[1] === '--') i = 2;
  if (sig === undefined) {
    ctx.io.stderr(`${name}: ${argv[i - 1]}: invalid signal specification\n`);
    return 1;
  }
  const pids = argv.slice(i);
  if (pids.length === 0) {
    ctx.io.stderr(`${name}: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n`);
    return 2;
  }
  let status = 0;
  for (const p of pids) {
    const pid = Number(p);
    if (!/^-?\d+$/.test(p) || !ctx.kill(pid, sig)) {
      ctx.io.stderr(ctx.shellName === 'bash' ? `${name}: (${p}) - No such process\n` : `${name}: can't kill pid ${p}: No such process\n`);
      status = 1;
    }
  }
  return yield* done(status);
}

/** POSIX basic regular expression → JavaScript (the common subset). */
function breToJs(re: string, extended: boolean): string {
  if (extended) return re;
  let out = '';
  for (let i = 0; i < re.length; i++) {
    const c = re[i] as string;
    if (c === '\\' && i + 1 < re.length) {
      const n = re[++i] as string;
      out += '(){}+?|'.includes(n) ? n : '\\' + n;
    } else if ('(){}+?|'.includes(c)) out += '\\' + c;
    else out += c;
  }
  return out;
}

/**
 * sed, the common subset: -n, -e, -i[SUFFIX], -E/-r; commands s/RE/REPL/[gIpN], d, p, q with an
 * optional address (N, $, /RE/). Scripts beyond that are not modelled: the input passes through.
 */
function* sed(ctx: CmdCtx, argv: string[]): Gen<number> {
  const scripts: string[] = [];
  const files: string[] = [];
  let quiet = false;
  let inPlace = false;
  let extended = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-e' || a === '--expression') scripts.push(argv[++i] ?? '');
    else if (a === '-n' || a === '--quiet' || a === '--silent') quiet = true;
    else if (a.startsWith('-i') || a.startsWith('--in-place')) inPlace = true;
    else if (a === '-E' || a === '-r' || a === '--regexp-extended') extended = true;
    else if (/^-[nEri]+$/.test(a)) {
      quiet ||= a.includes('n');
      extended ||= a.includes('E') || a.includes('r');
      inPlace ||= a.includes('i');
    } else if (scripts.length === 0 && !a.startsWith('-')) scripts.push(a);
    else files.push(a);
  }
  type Cmd = { addr?: RegExp | number | '$'; op: string; re?: RegExp; repl?: string; global?: boolean; print?: boolean; nth?: number };
  const cmds: Cmd[] = [];
  for (const script of scripts) {
    for (let part of script.split(/\n|;(?![^/]*\/[gIpi0-9]*$)/)) {
      part = part.trim();
      if (part === '') continue;
      let addr: Cmd['addr'];
      const am = /^(\d+|\$|\/((?:\\.|[^/])*)\/)\s*/.exec(part);
      if (am) {
        addr = am[1] === '$' ? '$' : am[2] !== undefined ? new RegExp(breToJs(am[2], extended)) : Number(am[1]);
        part = part.slice(am[0].length);
      }
      if (part.startsWith('s') && part.length > 1) {
        const d = part[1] as string;
        const pieces: string[] = [];
        let cur = '';
        for (let i = 2; i < part.length; i++) {
          const c = part[i] as string;
          if (c === '\\' && part[i + 1] === d) {
            cur += d;
            i++;
          } else if (c === d) {
            pieces.push(cur);
            cur = '';
          } else cur += c;
        }
        pieces.push(cur);
        const [re = '', repl = '', flags = ''] = pieces;
        try {
          const cmd: Cmd = { op: 's', re: new RegExp(breToJs(re, extended), flags.includes('I') || flags.includes('i') ? 'gi' : 'g'), repl, global: flags.includes('g'), print: flags.includes('p') };
          if (addr !== undefined) cmd.addr = addr;
          const nth = /\d+/.exec(flags);
          if (nth) cmd.nth = Number(nth[0]);
          cmds.push(cmd);
        } catch {
          ctx.io.stderr(`sed: -e expression #1, char ${part.length}: Invalid regular expression\n`);
          return 1;
        }
      } else if (part === 'd' || part === 'p' || part === 'q') {
        cmds.push(addr !== undefined ? { addr, op: part } : { op: part });
      }
    }
  }
  const apply = (text: string): string => {
    const trailing = text.endsWith('\n');
    const lines = text === '' ? [] : (trailing ? text.slice(0, -1) : text).split('\n');
    let out = '';
    for (let n = 0; n < lines.length; n++) {
      let line = lines[n] as string;
      let deleted = false;
      let quit = false;
      for (const c of cmds) {
        if (c.addr !== undefined) {
          const ok = c.addr === '$' ? n === lines.length - 1 : typeof c.addr === 'number' ? n + 1 === c.addr : c.addr.test(line);
          if (!ok) continue;
        }
        if (c.op === 'd') {
          deleted = true;
          break;
        }
        if (c.op === 'p') out += line + '\n';
        if (c.op === 'q') {
          quit = true;
          break;
        }
        if (c.op === 's' && c.re) {
          let count = 0;
          let changed = false;
          line = line.replace(c.re, (...m: unknown[]) => {
            count++;
            const whole = m[0] as string;
            if ((c.nth !== undefined && count !== c.nth) || (c.nth === undefined && !c.global && count > 1)) return whole;
            changed = true;
            return (c.repl ?? '').replace(/\\(\d)|\\n|\\&|&/g, (t, d: string | undefined) => {
              if (t === '&') return whole;
              if (t === '\\&') return '&';
              if (t === '\\n') return '\n';
              const g = m[Number(d)];
              return typeof g === 'string' ? g : '';
            });
          });
          if (changed && c.print) out += line + '\n';
        }
      }
      if (!deleted && !quiet) out += line + (n < lines.length - 1 || trailing ? '\n' : '');
      if (quit) break;
    }
    return out;
  };
  if (inPlace) {
    let status = 0;
    for (const f of files) {
      const p = resolvePath(ctx.cwd, f);
      const r = ctx.fs.read(p);
      if (!r.ok) {
        ctx.io.stderr(`sed: can't read ${f}: ${msg(r.code)}\n`);
        status = 2;
        continue;
      }
      const w = ctx.fs.write(p, apply(r.value));
      if (!w.ok) {
        ctx.io.stderr(`sed: couldn't open temporary file ${f}: ${msg(w.code)}\n`);
        status = 4;
      }
    }
    return status;
  }
  const { text, status } = readInputs(ctx, 'sed', files);
  const out = apply(text);
  if (out) ctx.io.stdout(out);
  return yield* done(status === 0 ? 0 : 2);
}

/**
 * awk, the common subset: `[-F SEP] '[/RE/]{ print [$N[, $M…]] }'`. Other programs are not
 * modelled: awk succeeds without output.
 */
function* awk(ctx: CmdCtx, argv: string[]): Gen<number> {
  let sep: string | undefined;
  let prog: string | undefined;
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-F') sep = argv[++i];
    else if (a.startsWith('-F')) sep = a.slice(2);
    else if (prog === undefined) prog = a;
    else files.push(a);
  }
  const m = /^\s*(?:\/((?:\\.|[^/])*)\/)?\s*\{\s*print\s*((?:\$\d+|\$NF|\s|,)*)\s*;?\s*\}\s*$/.exec(prog ?? '');
  if (!m) return yield* done(0);
  const filter = m[1] !== undefined ? new RegExp(m[1]) : undefined;
  const fields = (m[2] ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const { text, status } = readInputs(ctx, 'awk', files);
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text ? text.split('\n') : [];
  let out = '';
  for (const line of lines) {
    if (filter && !filter.test(line)) continue;
    const f = sep === undefined || sep === ' ' ? line.trim().split(/[ \t]+/) : line.split(sep.length === 1 ? sep : new RegExp(sep));
    if (fields.length === 0) out += line + '\n';
    else out += fields.map((x) => (x === '$NF' ? (f[f.length - 1] ?? '') : x === '$0' ? line : (f[Number(x.slice(1)) - 1] ?? ''))).join(' ') + '\n';
  }
  if (out) ctx.io.stdout(out);
  return yield* done(status === 0 ? 0 : 2);
}

/** envsubst: $VAR and ${VAR} from the environment (unset → empty), stdin to stdout. */
function* envsubst(ctx: CmdCtx): Gen<number> {
  ctx.io.stdout(ctx.io.stdin.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, a: string | undefined, b: string | undefined) => ctx.env[a ?? b ?? ''] ?? ''));
  return yield* done(0);
}

/**
 * Database health checks that probes use, answered by whether the server runs in this
 * container (the processes sharing its PID namespace): `redis-cli ping`, `pg_isready`,
 * `mysqladmin ping`. Their messages are the tools' own.
 */
function* dbCheck(ctx: CmdCtx, argv: string[]): Gen<number> {
  const name = (argv[0] ?? '').slice((argv[0] ?? '').lastIndexOf('/') + 1);
  const running = (...comms: string[]): boolean => ctx.processes().some((p) => comms.includes(p.comm));
  if (name === 'redis-cli') {
    const pi = argv.indexOf('-p');
    const port = pi >= 0 ? Number(argv[pi + 1]) : 6379;
    if (!running('redis-server')) {
      ctx.io.stderr(`Could not connect to Redis at 127.0.0.1:${port}: Connection refused\n`);
      return 1;
    }
    const cmd = argv.slice(1).filter((a, i, all) => !a.startsWith('-') && !(all[i - 1] ?? '').match(/^-[hpa]$/));
    ctx.io.stdout(cmd[0]?.toLowerCase() === 'ping' ? 'PONG\n' : 'OK\n');
    return 0;
  }
  if (name === 'pg_isready') {
    const ok = running('postgres');
    ctx.io.stdout(`/var/run/postgresql:5432 - ${ok ? 'accepting connections' : 'no response'}\n`);
    return yield* done(ok ? 0 : 2);
  }
  // mysqladmin ping
  if (running('mysqld', 'mariadbd')) {
    ctx.io.stdout('mysqld is alive\n');
    return 0;
  }
  ctx.io.stderr("mysqladmin: connect to server at 'localhost' failed\nerror: 'Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)'\nCheck that mysqld is running and that the socket: '/var/run/mysqld/mysqld.sock' exists!\n");
  return 1;
}

/** `killall [-SIG] NAME…` / `pkill [-SIG] NAME`: signal every process with that command name. */
function* killall(ctx: CmdCtx, argv: string[]): Gen<number> {
  let sig: Signal | 0 = 'SIGTERM';
  const names: string[] = [];
  for (const a of argv.slice(1)) {
    if (a.startsWith('-') && a.length > 1) {
      const spec = a.slice(1);
      const s = spec === '0' ? 0 : parseSignal(spec);
      if (s === undefined) continue;
      sig = s;
    } else names.push(a);
  }
  const targets = ctx.processes().filter((p) => names.includes(p.comm));
  for (const p of targets) ctx.kill(p.pid, sig);
  if (targets.length === 0 && argv[0] === 'killall' && !argv.includes('-q')) {
    for (const n of names) ctx.io.stderr(gnu(ctx) ? `${n}: no process found\n` : `killall: ${n}: no process killed\n`);
  }
  return yield* done(targets.length > 0 ? 0 : 1);
}

function* pidof(ctx: CmdCtx, argv: string[]): Gen<number> {
  const names = argv.slice(1).filter((a) => !a.startsWith('-'));
  const pids = ctx.processes().filter((p) => names.includes(p.comm)).map((p) => p.pid).sort((a, b) => b - a);
  if (pids.length) ctx.io.stdout(pids.join(' ') + '\n');
  return yield* done(pids.length > 0 ? 0 : 1);
}

function* ps(ctx: CmdCtx): Gen<number> {
  const rows = ctx.processes().sort((a, b) => a.pid - b.pid);
  ctx.io.stdout(['PID   USER     TIME  COMMAND', ...rows.map((p) => `${String(p.pid).padStart(5)} root      0:00 ${p.comm}`)].join('\n') + '\n');
  return yield* done(0);
}

/**
 * `nginx -s stop|quit|reopen|reload`: signals the running master (TERM, QUIT, USR1, HUP) as
 * nginx does through its pid file (nginx.org/en/docs/beginners_guide.html "Starting, Stopping").
 */
export function* nginxSignal(ctx: CmdCtx, argv: string[]): Gen<number> {
  const i = argv.indexOf('-s');
  const what = argv[i + 1] ?? '';
  const sig: Record<string, Signal> = { stop: 'SIGTERM', quit: 'SIGQUIT', reopen: 'SIGUSR1', reload: 'SIGHUP' };
  const s = sig[what];
  if (s === undefined) {
    ctx.io.stderr(`nginx: invalid option: "-s ${what}"\n`);
    return 1;
  }
  const master = ctx.processes().find((p) => p.comm === 'nginx' || p.comm === 'nginx-debug');
  if (master === undefined) {
    ctx.io.stderr(`nginx: [error] open() "/run/nginx.pid" failed (2: No such file or directory)\n`);
    return 1;
  }
  ctx.kill(master.pid, s);
  return yield* done(0);
}

/** `nc`: `-l` servers listen (BusyBox `-l -p PORT`, OpenBSD `-l PORT`); clients only reach this pod. */
function* nc(ctx: CmdCtx, argv: string[]): Gen<number> {
  const args = argv.slice(1);
  const listen = args.some((a) => /^-[a-zA-Z]*l/.test(a));
  if (!listen) {
    const nums = args.filter((a) => /^\d+$/.test(a));
    const port = Number(nums[nums.length - 1] ?? 0);
    const host = args.find((a) => !a.startsWith('-') && !/^\d+$/.test(a));
    const local = host === undefined || host === 'localhost' || host === '127.0.0.1' || host === ctx.hostname;
    if (ctx.network(port, '/', local ? undefined : host) === 'refused') {
      if (!args.includes('-z')) ctx.io.stderr(`nc: can't connect to remote host: Connection refused\n`);
      return 1;
    }
    return 0;
  }
  let port: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (/^-[a-zA-Z]*p$/.test(a)) port = Number(args[i + 1]);
    else if (/^-[a-zA-Z]*p\d+$/.test(a)) port = Number(a.replace(/^-[a-zA-Z]*p/, ''));
    else if (/^\d+$/.test(a) && port === undefined) port = Number(a);
  }
  if (port !== undefined && Number.isFinite(port)) ctx.listen(port, () => 0);
  yield { kind: 'forever' };
  return 0;
}

/** Servers with a known port (or the container's declared ports). */
export function* runServer(ctx: CmdCtx, argv: string[]): Gen<number> {
  const name = (argv[0] ?? '').slice((argv[0] ?? '').lastIndexOf('/') + 1);
  const args = argv.slice(1);
  let ports: number[] = [...ctx.declaredPorts];
  let http: (path: string) => number = () => 200;
  if (name === 'nginx' || name === 'nginx-debug') {
    const found = new Set<number>();
    const files = ['/etc/nginx/nginx.conf', ...(ctx.fs.list('/etc/nginx/conf.d') ?? []).filter((f) => f.endsWith('.conf')).map((f) => `/etc/nginx/conf.d/${f}`)];
    let root = '/usr/share/nginx/html';
    for (const f of files) {
      const text = ctx.fs.readFile(f) ?? '';
      for (const m of text.matchAll(/^\s*listen\s+(?:\[[^\]]*\]:|[\w.-]+:)?(\d+)/gm)) found.add(Number(m[1]));
      const r = /^\s*root\s+([^;\s]+)\s*;/m.exec(text);
      if (r?.[1]) root = r[1];
    }
    ports = found.size ? [...found] : (DEFAULT_PORTS['nginx'] ?? []);
    http = (path) => {
      const p = resolvePath(root, '.' + path.replace(/[?#].*$/, ''));
      const st = ctx.fs.stat(p);
      if (st?.kind === 'file') return 200;
      if (st?.kind === 'dir') return ctx.fs.stat(`${p === '/' ? '' : p}/index.html`)?.kind === 'file' ? 200 : 403;
      return 404;
    };
  } else if (name === 'python' || name === 'python3' || /^python3\.\d+$/.test(name)) {
    if (args.length === 0 || (args.length === 1 && args[0] === '-i')) return 0; // REPL with no stdin: EOF, exit 0
    const mi = args.indexOf('-m');
    if (mi >= 0 && (args[mi + 1] === 'http.server' || args[mi + 1] === 'SimpleHTTPServer')) {
      const rest = args.slice(mi + 2);
      const port = rest.find((a) => /^\d+$/.test(a));
      const di = rest.findIndex((a) => a === '-d' || a === '--directory');
      const dir = di >= 0 ? resolvePath(ctx.cwd, rest[di + 1] ?? '.') : ctx.cwd;
      ports = [port ? Number(port) : 8000];
      http = (path) => {
        const p = resolvePath(dir, '.' + path.replace(/[?#].*$/, ''));
        return ctx.fs.exists(p) ? 200 : 404;
      };
      ctx.io.stdout(`Serving HTTP on 0.0.0.0 port ${ports[0]} (http://0.0.0.0:${ports[0]}/) ...\n`);
    }
  } else if (name === 'node') {
    if (args.length === 0) return 0; // REPL with no stdin
  } else if (name === 'redis-server' || name === 'redis-sentinel') {
    const pi = args.indexOf('--port');
    let port = pi >= 0 ? Number(args[pi + 1]) : undefined;
    const conf = args.find((a) => !a.startsWith('-'));
    if (port === undefined && conf !== undefined) {
      const m = /^\s*port\s+(\d+)/m.exec(ctx.fs.readFile(resolvePath(ctx.cwd, conf)) ?? '');
      if (m) port = Number(m[1]);
    }
    ports = [port ?? (name === 'redis-sentinel' ? 26379 : 6379)];
    http = () => 0;
  } else if (name === 'httpd' && ctx.image.flavor === 'busybox') {
    // BusyBox httpd: -p [IP:]PORT (default 80), -h HOME (default .), -f foreground; without -f it
    // daemonizes and the command returns 0 at once.
    let port = 80;
    let home = ctx.cwd;
    let fg = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i] as string;
      if (a === '-p') port = Number((args[++i] ?? '80').replace(/^.*:/, ''));
      else if (a === '-h') home = resolvePath(ctx.cwd, args[++i] ?? '.');
      else if (/^-[a-zA-Z]*f[a-zA-Z]*$/.test(a)) fg = true;
    }
    const serve = (path: string): number => (ctx.fs.exists(resolvePath(home, '.' + path.replace(/[?#].*$/, ''))) ? 200 : 404);
    if (!fg) {
      const listen = ctx.daemonize('httpd', args, function* () {
        yield { kind: 'forever' };
        return 0;
      });
      listen(port, serve);
      return 0;
    }
    ports = [port];
    http = serve;
  } else if ((ctx.image.name === 'liveness' && name === 'server') || (name === 'agnhost' && args[0] === 'liveness')) {
    // registry.k8s.io/liveness `/server` and `agnhost liveness` (kubernetes.io "Define a
    // liveness HTTP request"): port 8080; /healthz answers 200 for the first 10 seconds after
    // start (`duration.Seconds() > 10` → 500: agnhost/liveness/server.go), then 500; /started
    // is 200; other paths are not handled (404, Go's default mux).
    const started = ctx.now();
    ports = [8080];
    http = (path) => (path.replace(/[?#].*$/, '') === '/healthz' ? (ctx.now() - started > 10_000 ? 500 : 200) : path === '/started' ? 200 : 404);
  } else if (name === 'agnhost') {
    // agnhost subcommands (test/images/agnhost): netexec --http-port (8080), serve-hostname (9376).
    const flag = args.map((a) => /^--(?:http-)?port=(\d+)$/.exec(a)?.[1]).find((x) => x !== undefined);
    if (args[0] === 'netexec') ports = [Number(flag ?? 8080)];
    else if (args[0] === 'serve-hostname') ports = [Number(flag ?? 9376)];
    else if (args[0] === 'pause') ports = [];
  } else if (name === 'http-echo') {
    // hashicorp/http-echo: -listen=:5678 by default.
    const l = args.map((a) => /^-?-listen=.*:(\d+)$/.exec(a)?.[1]).find((x) => x !== undefined);
    ports = [Number(l ?? 5678)];
  } else if (name === 'socat') {
    // socat TCP-LISTEN:PORT,… : listens on that port.
    const l = args.map((a) => /^tcp[46]?-listen:(\d+)/i.exec(a)?.[1]).filter((x): x is string => x !== undefined);
    if (l.length) ports = l.map(Number);
    http = () => 0;
  } else if (DEFAULT_PORTS[name] !== undefined) {
    ports = DEFAULT_PORTS[name] ?? [];
    if (!['httpd-foreground', 'apache2'].includes(name)) http = () => 0;
  }
  for (const p of ports) ctx.listen(p, http);
  yield { kind: 'forever' };
  return 0;
}

export const COMMANDS: Record<string, CommandImpl> = {
  cat,
  touch,
  rm,
  rmdir,
  mkdir,
  ls,
  date,
  sleep,
  head,
  tail,
  wc,
  grep,
  tee,
  cp,
  mv: cp,
  env: envCmd,
  printenv: envCmd,
  hostname,
  id: (ctx) => simpleOut(ctx, 'uid=0(root) gid=0(root) groups=0(root)\n'),
  whoami: (ctx) => simpleOut(ctx, 'root\n'),
  pwd: (ctx) => simpleOut(ctx, ctx.cwd + '\n'),
  uname,
  basename,
  dirname,
  seq,
  expr,
  tr,
  cut,
  sort,
  uniq,
  stat: existsOnly,
  chmod: existsOnly,
  sync: () => done(0),
  ln,
  wget: httpClient,
  curl: httpClient,
  kill,
  'redis-cli': dbCheck,
  pg_isready: dbCheck,
  mysqladmin: dbCheck,
  sed,
  awk,
  envsubst,
  killall,
  pkill: killall,
  pidof,
  ps,
  nc,
  true: () => done(0),
  false: () => done(1),
  echo: (ctx, argv) => done(runEcho(ctx, argv, 'gnu')),
  printf: (ctx, argv) => done(runPrintf(ctx, argv)),
  test: (ctx, argv) => done(runTest(ctx, argv)),
  '[': (ctx, argv) => done(runTest(ctx, argv)),
};
