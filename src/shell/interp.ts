/**
 * The sh-subset interpreter. Every evaluation step is a generator so that a script can block
 * (`sleep`, `wait`, a server, `tail -f`) and be resumed by the scheduler in `process.ts` at a
 * later virtual time. Control flow (`exit`, `return`, `break`) uses private exception classes
 * that never leave the interpreter; every other error is turned into the shell's own message.
 *
 * Semantics follow POSIX XCU 2 (Shell Command Language) and, where shells differ, the shell
 * named by argv[0]: bash, dash (Debian/Ubuntu `sh`) or BusyBox ash (`sh` on busybox/alpine).
 */
import type { Assign, Command, List, Pipeline, Redirect, Word, AndOr } from './ast.js';
import { parseScript, ParseError } from './parser.js';
import { evalArith, ArithError } from './arith.js';
import { COMMANDS, nginxSignal, parseSleep, runEcho, runPrintf, runTest, runServer } from './commands.js';
import type { CmdCtx, Gen, IO, Resume, Sink } from './runtime.js';
import { ALL_SIGNALS, parseSignal, signalExitCode, type Signal } from './signals.js';
import { STRERROR, resolvePath, splitPath } from './vfs.js';
import { DAEMONS, KNOWN_SERVERS, ONE_SHOT_FLAGS, UNMODELLED } from './programs.js';
import type { Proc, Task } from './process.js';

export type Dialect = 'bash' | 'dash' | 'busybox';

/** `exit`: unwinds to the shell (or subshell) boundary. Never leaves the interpreter. */
class ExitSignal extends Error {
  constructor(readonly code: number) {
    super('exit');
  }
}
/** `return` from a function or a sourced file. */
class ReturnSignal extends Error {
  constructor(readonly code: number) {
    super('return');
  }
}
/** `break N` / `continue N`. */
class CondSyntax extends Error {}
class LoopSignal extends Error {
  constructor(
    readonly kind: 'break' | 'continue',
    public n: number,
  ) {
    super(kind);
  }
}

export class ShellState {
  vars = new Map<string, string>();
  /** bash indexed arrays (element 0 mirrors `vars`). */
  arrays = new Map<string, string[]>();
  exported = new Set<string>();
  readonlyVars = new Set<string>();
  funcs = new Map<string, Command>();
  /** 'EXIT' or a signal name → handler text ('' = ignore). */
  traps = new Map<string, string>();
  params: string[] = [];
  arg0 = 'sh';
  status = 0;
  lastBg: number | undefined;
  cwd = '/';
  errexit = false;
  xtrace = false;
  nounset = false;
  /** `set -o pipefail` (bash, BusyBox): a pipeline fails if any stage fails. */
  pipefail = false;
  /** Background jobs started by this shell (pids). */
  jobs: number[] = [];
  shellPid = 1;

  /** A subshell's copy: same variables and functions; traps reset except ignored ones (XCU 2.12). */
  clone(): ShellState {
    const s = new ShellState();
    s.vars = new Map(this.vars);
    s.arrays = new Map([...this.arrays].map(([k, v]) => [k, [...v]]));
    s.exported = new Set(this.exported);
    s.readonlyVars = new Set(this.readonlyVars);
    s.funcs = new Map(this.funcs);
    for (const [k, v] of this.traps) if (v === '' && k !== 'EXIT') s.traps.set(k, '');
    s.params = [...this.params];
    s.arg0 = this.arg0;
    s.status = this.status;
    s.lastBg = this.lastBg;
    s.cwd = this.cwd;
    s.errexit = this.errexit;
    s.xtrace = this.xtrace;
    s.nounset = this.nounset;
    s.pipefail = this.pipefail;
    s.shellPid = this.shellPid;
    return s;
  }

  env(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of this.exported) {
      const v = this.vars.get(k);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);
const INTERPRETERS = /^(perl|python[23]?(\.\d+)?|node|nodejs|ruby|php|Rscript|lua)$/;
const PACKAGE_MANAGERS = new Set(['pip', 'pip3', 'apt-get', 'apt', 'apk', 'npm', 'yarn', 'dpkg']);
const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
const SPECIAL_BUILTINS = new Set([':', '.', 'break', 'continue', 'eval', 'exec', 'exit', 'export', 'readonly', 'return', 'set', 'shift', 'trap', 'unset', 'source']);
const REGULAR_BUILTINS = new Set(['cd', 'wait', 'read', 'local', 'type', 'command', 'umask', 'ulimit', 'alias', 'unalias', 'jobs', 'hash', 'getopts', 'times', 'let']);
/** Utilities every modelled shell also has as builtins (no PATH lookup). */
const SHELL_UTILS = new Set(['echo', 'printf', 'test', '[', 'true', 'false', 'kill', 'pwd']);

/** A pattern (glob) to a RegExp: `*`, `?`, `[...]`; backslash quotes the next character. */
export function globToRegExp(pat: string, anchored = true): RegExp {
  let re = '';
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i] as string;
    if (c === '\\' && i + 1 < pat.length) re += escapeRe(pat[++i] as string);
    else if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[') {
      const end = pat.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let cls = pat.slice(i + 1, end);
        if (cls.startsWith('!') || cls.startsWith('^')) cls = '^' + cls.slice(1);
        re += '[' + cls.replace(/\\/g, '\\\\').replace(/\[:(\w+):\]/g, (_m, n: string) => ({ alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', space: '\\s', upper: 'A-Z', lower: 'a-z' })[n] ?? '') + ']';
        i = end;
      }
    } else re += escapeRe(c);
  }
  try {
    return new RegExp(anchored ? `^${re}$` : re);
  } catch {
    return new RegExp(`^${escapeRe(pat)}$`);
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const hasGlob = (pat: string): boolean => /(^|[^\\])[*?[]/.test(pat);

/** Escape pattern characters of quoted text. */
const quotePat = (s: string): string => s.replace(/[\\*?[\]]/g, '\\$&');

interface Field {
  text: string;
  pat: string;
}

/** bash brace expansion of literal text: `a{b,c}d` → abd acd; `{1..3}` → 1 2 3; `{a..c}`. */
export function braceExpand(text: string, depth = 0): string[] {
  if (depth > 10) return [text];
  // The first top-level {…} that contains a comma or a range.
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '{' || text[i - 1] === '$') continue;
    let d = 0;
    let j = i;
    const commas: number[] = [];
    for (; j < text.length; j++) {
      const c = text[j];
      if (c === '{') d++;
      else if (c === '}') {
        d--;
        if (d === 0) break;
      } else if (c === ',' && d === 1) commas.push(j);
    }
    if (j >= text.length) return [text];
    const pre = text.slice(0, i);
    const body = text.slice(i + 1, j);
    const post = text.slice(j + 1);
    let items: string[] | undefined;
    if (commas.length > 0) {
      items = [];
      let last = i + 1;
      for (const c of [...commas, j]) {
        items.push(text.slice(last, c));
        last = c + 1;
      }
    } else {
      const m = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body) ?? /^([a-zA-Z])\.\.([a-zA-Z])()$/.exec(body);
      if (m) {
        const num = /^-?\d/.test(m[1] ?? '');
        const a = num ? Number(m[1]) : (m[1] as string).charCodeAt(0);
        const b = num ? Number(m[2]) : (m[2] as string).charCodeAt(0);
        const step = Math.max(1, Math.abs(Number(m[3] || 1)));
        const width = num && /^-?0\d/.test(m[1] ?? '') ? (m[1] ?? '').length : 0;
        items = [];
        for (let x = a; a <= b ? x <= b : x >= b; x += a <= b ? step : -step) {
          items.push(num ? String(x).padStart(width, '0') : String.fromCharCode(x));
          if (items.length > 100_000) break;
        }
      }
    }
    if (items === undefined) continue;
    return items.flatMap((it) => braceExpand(pre + it + post, depth + 1));
  }
  return [text];
}

/**
 * Split a value on IFS. `hard[k]` tells whether the boundary after piece k contained a
 * non-white-space IFS character (which delimits a field even when it is empty).
 */
function ifsSplit(value: string, ifs: string): { pieces: string[]; hard: boolean[] } {
  if (ifs === '') return { pieces: [value], hard: [] };
  const ws = [...ifs].filter((c) => c === ' ' || c === '\t' || c === '\n').map(escapeRe).join('');
  const other = [...ifs].filter((c) => c !== ' ' && c !== '\t' && c !== '\n').map(escapeRe).join('');
  const parts: string[] = [];
  const alts: string[] = [];
  if (other) alts.push(`${ws ? `[${ws}]*` : ''}[${other}]${ws ? `[${ws}]*` : ''}`);
  if (ws) alts.push(`[${ws}]+`);
  const re = new RegExp(alts.join('|'), 'g');
  const pieces: string[] = [];
  const hard: boolean[] = [];
  let last = 0;
  for (const m of value.matchAll(re)) {
    pieces.push(value.slice(last, m.index));
    hard.push(other !== '' && new RegExp(`[${other}]`).test(m[0]));
    last = (m.index ?? 0) + m[0].length;
    parts.push(m[0]);
  }
  pieces.push(value.slice(last));
  // A trailing non-white-space delimiter ends the last field; it does not start an empty one.
  if (pieces.length > 1 && pieces[pieces.length - 1] === '' && hard[hard.length - 1] === true) hard[hard.length - 1] = false;
  return { pieces, hard };
}

/** The simple command that runs last in a list when everything goes through (for servers). */
function lastSimple(list: List): Command | undefined {
  const item = list[list.length - 1];
  if (item === undefined || item.bg) return undefined;
  const ao = item.ao;
  const p = ao.rest.length ? ao.rest[ao.rest.length - 1]?.p : ao.first;
  const cmd = p?.cmds[p.cmds.length - 1];
  if (cmd === undefined) return undefined;
  if (cmd.t === 'simple') return cmd;
  if (cmd.t === 'brace') return lastSimple(cmd.body);
  return undefined;
}

export class Interp {
  /** Exec the next external simple command in this task (a background job, or `sh -c 'one command'`). */
  execNext = false;
  private condDepth = 0;
  private funcDepth = 0;
  private evalDepth = 0;

  constructor(
    readonly proc: Proc,
    readonly task: Task,
    readonly st: ShellState,
    readonly shellName: string,
    readonly dialect: Dialect,
    /** The task's own top-level shell (traps and exec apply to the task). */
    readonly isTop: boolean,
  ) {}

  private get prefix(): string {
    return this.shellName;
  }

  // ---------------------------------------------------------------- entry points

  /** Run a script as a whole shell: syntax errors → status 2; EXIT trap at the end. */
  *runScript(src: string, io: IO): Gen<number> {
    let list: List;
    try {
      list = parseScript(src);
    } catch (e) {
      if (e instanceof ParseError) {
        io.stderr(this.syntaxMessage(e));
        return 2;
      }
      throw e;
    }
    // bash/dash/ash exec a lone simple command of `-c` directly (no fork): the program becomes
    // the process (so e.g. nginx, not sh, receives SIGTERM as PID 1).
    if (this.isTop && list.length === 1 && !list[0]?.bg && list[0]?.ao.rest.length === 0 && list[0].ao.first.cmds.length === 1 && !list[0].ao.first.bang && list[0].ao.first.cmds[0]?.t === 'simple') {
      this.execNext = true;
    }
    if (this.isTop) this.lastCmd = lastSimple(list);
    let status: number;
    try {
      status = yield* this.runList(list, io);
      yield* this.runPendingTraps(io);
    } catch (e) {
      if (e instanceof ExitSignal) status = e.code;
      else if (e instanceof ReturnSignal || e instanceof LoopSignal) status = this.st.status;
      else throw e;
    }
    return yield* this.runExitTrap(io, status);
  }

  syntaxMessage(e: ParseError): string {
    if (this.shellName === 'bash') {
      return e.token !== undefined
        ? `bash: -c: line ${e.line}: syntax error near unexpected token \`${e.token}'\n`
        : `bash: -c: line ${e.line}: syntax error: ${e.detail.replace(/^unexpected end of file.*/, 'unexpected end of file')}\n`;
    }
    return `${this.prefix}: syntax error: ${e.detail}\n`;
  }

  *runExitTrap(io: IO, status: number): Gen<number> {
    const h = this.st.traps.get('EXIT');
    if (h === undefined || h === '') return status;
    this.st.traps.delete('EXIT');
    this.st.status = status;
    try {
      yield* this.evalString(h, io);
    } catch (e) {
      if (e instanceof ExitSignal) return e.code;
      if (!(e instanceof ReturnSignal || e instanceof LoopSignal)) throw e;
    }
    return status;
  }

  /** Run pending trap handlers (after the foreground command finished: XCU 2.11 "trap"). */
  *runPendingTraps(io: IO): Gen<void> {
    if (!this.isTop) return;
    while (this.task.pendingTraps.length > 0) {
      const sig = this.task.pendingTraps.shift() as Signal;
      const h = this.st.traps.get(sig);
      if (h === undefined || h === '') continue;
      const saved = this.st.status;
      yield* this.evalString(h, io);
      this.st.status = saved;
    }
  }

  *evalString(src: string, io: IO): Gen<number> {
    let list: List;
    try {
      list = parseScript(src);
    } catch (e) {
      if (e instanceof ParseError) {
        io.stderr(this.syntaxMessage(e));
        this.st.status = 2;
        return 2;
      }
      throw e;
    }
    if (++this.evalDepth > 100) {
      this.evalDepth--;
      io.stderr(`${this.prefix}: eval: nesting too deep\n`);
      return 2;
    }
    try {
      return yield* this.runList(list, io);
    } finally {
      this.evalDepth--;
    }
  }

  // ---------------------------------------------------------------- lists

  *runList(list: List, io: IO): Gen<number> {
    let status = this.st.status;
    for (const item of list) {
      this.proc.tick();
      if (item.bg) {
        this.spawnJob(item.ao, io);
        status = 0;
        this.st.status = 0;
      } else {
        status = yield* this.runAndOr(item.ao, io);
      }
      yield* this.runPendingTraps(io);
    }
    return status;
  }

  private spawnJob(ao: AndOr, io: IO): void {
    const state = this.st.clone();
    const single = ao.rest.length === 0 && ao.first.cmds.length === 1 && !ao.first.bang && ao.first.cmds[0]?.t === 'simple';
    const jobIo: IO = { stdin: '', stdout: io.stdout, stderr: io.stderr };
    const task = this.proc.spawn(this.task, state, (child) => {
      child.execNext = single;
      return child.runJob(ao, jobIo);
    }, this.shellName, this.dialect);
    this.st.jobs.push(task.pid);
    this.st.lastBg = task.pid;
  }

  /** A background job's body: its own top-level shell (non-PID-1). */
  *runJob(ao: AndOr, io: IO): Gen<number> {
    let status: number;
    try {
      status = yield* this.runAndOr(ao, io);
    } catch (e) {
      if (e instanceof ExitSignal) status = e.code;
      else if (e instanceof ReturnSignal || e instanceof LoopSignal) status = this.st.status;
      else throw e;
    }
    return status;
  }

  *runAndOr(ao: AndOr, io: IO): Gen<number> {
    const hasRest = ao.rest.length > 0;
    if (hasRest) this.condDepth++;
    let status: number;
    try {
      status = yield* this.runPipeline(ao.first, io);
    } finally {
      if (hasRest) this.condDepth--;
    }
    for (let i = 0; i < ao.rest.length; i++) {
      const r = ao.rest[i] as AndOr['rest'][number];
      const last = i === ao.rest.length - 1;
      if ((r.op === '&&') === (status === 0)) {
        if (!last) this.condDepth++;
        try {
          status = yield* this.runPipeline(r.p, io);
        } finally {
          if (!last) this.condDepth--;
        }
      }
    }
    this.st.status = status;
    return status;
  }

  *runPipeline(p: Pipeline, io: IO): Gen<number> {
    if (p.bang) this.condDepth++;
    let status: number;
    try {
      if (p.cmds.length === 1) {
        status = yield* this.runCommand(p.cmds[0] as Command, io);
      } else {
        // Stages run one after the other, each in a subshell, the output of one being the
        // input of the next (no streaming: a stage that never ends blocks the rest).
        let input = io.stdin;
        status = 0;
        for (let i = 0; i < p.cmds.length; i++) {
          const last = i === p.cmds.length - 1;
          let captured = '';
          const stageIo: IO = { stdin: input, stdout: last ? io.stdout : (t) => (captured += t), stderr: io.stderr };
          const s = yield* this.subshell((sub) => sub.runCommand(p.cmds[i] as Command, stageIo));
          if (!this.st.pipefail || s !== 0 || last) status = this.st.pipefail && s === 0 && status !== 0 ? status : s;
          input = captured;
        }
        if (!p.bang) this.fail(status);
      }
    } finally {
      if (p.bang) this.condDepth--;
    }
    if (p.bang) status = status === 0 ? 1 : 0;
    this.st.status = status;
    return status;
  }

  /** Run in a subshell environment (same task): a copy of the state; `exit` ends only it. */
  *subshell(body: (sub: Interp) => Gen<number>): Gen<number> {
    const sub = new Interp(this.proc, this.task, this.st.clone(), this.shellName, this.dialect, false);
    try {
      return yield* body(sub);
    } catch (e) {
      if (e instanceof ExitSignal) return e.code;
      if (e instanceof ReturnSignal || e instanceof LoopSignal) return sub.st.status;
      throw e;
    }
  }

  // ---------------------------------------------------------------- commands

  *runCommand(cmd: Command, io: IO): Gen<number> {
    this.proc.tick();
    if (cmd.t === 'simple') return yield* this.runSimple(cmd, io);
    if (cmd.t === 'func') {
      this.st.funcs.set(cmd.name, cmd.body);
      return 0;
    }
    const rio = yield* this.applyRedirects(cmd.redirs, io);
    if (rio === undefined) return this.fail(this.redirStatus);
    switch (cmd.t) {
      case 'brace':
        return yield* this.runList(cmd.body, rio);
      case 'subshell':
        return yield* this.subshell((sub) => sub.runList(cmd.body, rio));
      case 'if': {
        for (const c of cmd.clauses) {
          this.condDepth++;
          let cs: number;
          try {
            cs = yield* this.runList(c.cond, rio);
          } finally {
            this.condDepth--;
          }
          if (cs === 0) return yield* this.runList(c.body, rio);
        }
        if (cmd.else) return yield* this.runList(cmd.else, rio);
        this.st.status = 0;
        return 0;
      }
      case 'loop': {
        let status = 0;
        for (;;) {
          this.proc.tick();
          this.condDepth++;
          let cs: number;
          try {
            cs = yield* this.runList(cmd.cond, rio);
          } finally {
            this.condDepth--;
          }
          if ((cs === 0) === cmd.until) break;
          const r = yield* this.loopBody(cmd.body, rio);
          if (r.status !== undefined) status = r.status;
          if (r.brk) break;
        }
        this.st.status = status;
        return status;
      }
      case 'for': {
        let items: string[];
        if (cmd.items === undefined) items = [...this.st.params];
        else items = yield* this.expandWords(cmd.items);
        let status = 0;
        for (const it of items) {
          this.proc.tick();
          this.setVar(cmd.name, it);
          const r = yield* this.loopBody(cmd.body, rio);
          if (r.status !== undefined) status = r.status;
          if (r.brk) break;
        }
        this.st.status = status;
        return status;
      }
      case 'cond':
        return yield* this.runCond(cmd, rio);
      case 'case': {
        const subject = yield* this.expandString(cmd.word);
        for (const item of cmd.items) {
          for (const pw of item.patterns) {
            const pat = yield* this.expandPattern(pw);
            if (globToRegExp(pat).test(subject)) {
              const s = item.body.length ? yield* this.runList(item.body, rio) : 0;
              this.st.status = s;
              return s;
            }
          }
        }
        this.st.status = 0;
        return 0;
      }
    }
  }

  /**
   * bash's `[[ … ]]` (also BusyBox ash with ASH_BASH_COMPAT): no word splitting or globbing;
   * `==`/`!=` match the right side as a pattern, `=~` as an extended regular expression whose
   * groups land in BASH_REMATCH; `&&`, `||`, `!`, parentheses. dash has no `[[`.
   */
  private *runCond(cmd: Extract<Command, { t: 'cond' }>, io: IO): Gen<number> {
    this.line = cmd.line;
    if (this.dialect === 'dash') {
      io.stderr(`${this.where}: [[: not found\n`);
      return this.fail(127);
    }
    const toks = cmd.tokens;
    let i = 0;
    const isOp = (o: string): boolean => {
      const t = toks[i];
      return t !== undefined && 'op' in t && t.op === o;
    };
    const wordAt = (k: number): Word | undefined => {
      const t = toks[k];
      return t !== undefined && 'word' in t ? t.word : undefined;
    };
    const lit = (k: number): string | undefined => {
      const w = wordAt(k);
      return w && w.length === 1 && w[0]?.t === 'lit' && !w[0].q ? w[0].v : undefined;
    };
    const UNARY = new Set(['-e', '-a', '-f', '-d', '-s', '-r', '-w', '-x', '-n', '-z', '-h', '-L', '-p', '-S', '-b', '-c', '-t']);
    const BINARY = new Set(['==', '=', '!=', '=~', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);
    // The recursive-descent helpers are generators (expansion can block), and generator
    // functions cannot be arrows: they reach the interpreter through `self`.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    const bad = (): never => {
      throw new CondSyntax();
    };
    function* primary(): Gen<boolean> {
      if (isOp('!')) {
        i++;
        return !(yield* primary());
      }
      if (isOp('(')) {
        i++;
        const v = yield* orExpr();
        if (!isOp(')')) bad();
        i++;
        return v;
      }
      const w = wordAt(i);
      if (w === undefined) return bad();
      const u = lit(i);
      if (u !== undefined && UNARY.has(u) && wordAt(i + 1) !== undefined && !BINARY.has(lit(i + 1) ?? '')) {
        i += 2;
        const arg = yield* self.expandString(wordAt(i - 1) as Word);
        return runTest(self.ctx(io, self.shellName), ['test', u, arg]) === 0;
      }
      const left = yield* self.expandString(w);
      i++;
      const opTok = toks[i];
      const op = opTok !== undefined && 'op' in opTok && (opTok.op === '<' || opTok.op === '>') ? opTok.op : lit(i);
      if (op === undefined || (!BINARY.has(op) && op !== '<' && op !== '>')) return left !== '';
      i++;
      const rw = wordAt(i);
      const rt = toks[i];
      if (rw === undefined || rt === undefined) return bad();
      i++;
      if (op === '==' || op === '=' || op === '!=') {
        const pat = yield* self.expandPattern(rw);
        const m = globToRegExp(pat).test(left);
        return op === '!=' ? !m : m;
      }
      if (op === '=~') {
        let src = '';
        for (const p of rw) {
          const v = p.t === 'lit' ? p.v : yield* self.expandPart(p);
          src += p.q ? escapeRe(v) : v;
        }
        let re: RegExp;
        try {
          re = new RegExp(src);
        } catch {
          return false;
        }
        const m = re.exec(left);
        self.st.arrays.set('BASH_REMATCH', m ? [...m].map((x) => x ?? '') : []);
        self.st.vars.set('BASH_REMATCH', m?.[0] ?? '');
        return m !== null;
      }
      const right = yield* self.expandString(rw);
      if (op === '<') return left < right;
      if (op === '>') return left > right;
      const num = (x: string): number => {
        try {
          return evalArith(x, { get: (n) => self.st.vars.get(n), set: () => undefined });
        } catch {
          return 0;
        }
      };
      const a = num(left);
      const b = num(right);
      switch (op) {
        case '-eq': return a === b;
        case '-ne': return a !== b;
        case '-lt': return a < b;
        case '-le': return a <= b;
        case '-gt': return a > b;
        case '-ge': return a >= b;
        default: return false;
      }
    }
    function* andExpr(): Gen<boolean> {
      let v = yield* primary();
      while (isOp('&&')) {
        i++;
        const r = yield* primary();
        v = v && r;
      }
      return v;
    }
    function* orExpr(): Gen<boolean> {
      let v = yield* andExpr();
      while (isOp('||')) {
        i++;
        const r = yield* andExpr();
        v = v || r;
      }
      return v;
    }
    let result: boolean;
    try {
      result = yield* orExpr();
      if (i < toks.length) bad();
    } catch (e) {
      if (e instanceof CondSyntax) {
        io.stderr(this.shellName === 'bash' ? `bash: -c: line ${cmd.line}: syntax error in conditional expression\n` : `${this.prefix}: syntax error: unexpected token in [[\n`);
        return this.fail(2);
      }
      throw e;
    }
    const status = result ? 0 : 1;
    this.st.status = status;
    return this.condDepth > 0 ? status : this.fail(status);
  }

  private *loopBody(body: List, io: IO): Gen<{ status?: number; brk: boolean }> {
    try {
      const s = yield* this.runList(body, io);
      return { status: s, brk: false };
    } catch (e) {
      if (e instanceof LoopSignal) {
        if (e.n > 1) {
          e.n--;
          throw e;
        }
        return { brk: e.kind === 'break' };
      }
      throw e;
    }
  }

  private setVar(name: string, value: string): boolean {
    if (this.st.readonlyVars.has(name)) return false;
    this.st.vars.set(name, value);
    return true;
  }

  private *runSimple(cmd: Extract<Command, { t: 'simple' }>, io: IO): Gen<number> {
    this.line = cmd.line;
    this.currentCmd = cmd;
    const argv = yield* this.expandWords(cmd.words);
    const assigns: [string, string][] = [];
    for (const a of cmd.assigns) {
      if (a.array !== undefined) {
        const items = yield* this.expandWords(a.array);
        const old = a.append ? (this.st.arrays.get(a.name) ?? (this.st.vars.has(a.name) ? [this.st.vars.get(a.name) as string] : [])) : [];
        const all = [...old, ...items];
        this.st.arrays.set(a.name, all);
        assigns.push([a.name, all[0] ?? '']);
      } else {
        const v = yield* this.expandString(a.value);
        const arr = this.st.arrays.get(a.name);
        if (arr && a.append) {
          arr[0] = (arr[0] ?? '') + v;
          assigns.push([a.name, arr[0]]);
        } else {
          this.st.arrays.delete(a.name);
          assigns.push([a.name, a.append ? (this.st.vars.get(a.name) ?? '') + v : v]);
        }
      }
    }
    if (this.st.xtrace) {
      const shown = [...assigns.map(([k, v]) => `${k}=${v}`), ...argv].join(' ');
      io.stderr(`+ ${shown}\n`);
    }
    if (argv.length === 0) {
      // Assignments only (their status is that of the last command substitution, else 0).
      const cmdSubStatus = this.lastSubst;
      this.lastSubst = undefined;
      for (const [k, v] of assigns) {
        if (!this.setVar(k, v)) {
          io.stderr(`${this.prefix}: ${k}: readonly variable\n`);
          return this.fail(1);
        }
      }
      const rio = yield* this.applyRedirects(cmd.redirs, io);
      const s = rio === undefined ? this.redirStatus : (cmdSubStatus ?? 0);
      this.st.status = s;
      return this.fail(s);
    }
    this.lastSubst = undefined;
    const name = argv[0] as string;
    if (name === 'exec' && argv.length === 1) {
      // exec with only redirections: they apply to the shell itself.
      const rio = yield* this.applyRedirects(cmd.redirs, io);
      if (rio === undefined) return this.fail(this.redirStatus);
      io.stdin = rio.stdin;
      io.stdout = rio.stdout;
      io.stderr = rio.stderr;
      return 0;
    }
    const rio = yield* this.applyRedirects(cmd.redirs, io);
    if (rio === undefined) return this.fail(this.redirStatus);
    const isSpecial = SPECIAL_BUILTINS.has(name);
    // Assignments before a special builtin persist; before anything else they are temporary.
    const saved: [string, string | undefined, boolean][] = [];
    for (const [k, v] of assigns) {
      if (!isSpecial) saved.push([k, this.st.vars.get(k), this.st.exported.has(k)]);
      this.setVar(k, v);
      if (!isSpecial && !this.st.funcs.has(name)) this.st.exported.add(k);
    }
    let status: number;
    try {
      status = yield* this.execute(argv, rio);
    } finally {
      for (const [k, v, ex] of saved.reverse()) {
        if (v === undefined) this.st.vars.delete(k);
        else this.st.vars.set(k, v);
        if (!ex) this.st.exported.delete(k);
      }
    }
    this.st.status = status;
    return this.fail(status);
  }

  private lastSubst: number | undefined;
  /** The simple command being run, and the last one of the task's top-level script. */
  private currentCmd: Command | undefined;
  private lastCmd: Command | undefined;
  /** Line of the simple command being run (dash prints it: `sh: 3: foo: not found`). */
  private line = 1;

  /** The message prefix of the shell: `sh`, `bash`, or dash's `sh: LINE`. */
  private get where(): string {
    return this.dialect === 'dash' ? `${this.prefix}: ${this.line}` : this.prefix;
  }

  /** set -e: a failing command outside a condition ends the shell. */
  private fail(status: number): number {
    if (status !== 0 && this.st.errexit && this.condDepth === 0) throw new ExitSignal(status);
    return status;
  }

  // ---------------------------------------------------------------- redirections

  /** Status of a command whose redirection failed: 1 (bash, BusyBox), 2 (dash redirectsafe). */
  private redirStatus = 1;

  private *applyRedirects(redirs: Redirect[], io: IO): Gen<IO | undefined> {
    if (redirs.length === 0) return io;
    const out: IO = { ...io };
    for (const r of redirs) {
      if (r.op === '<<' || r.op === '<<-') {
        const text = yield* this.expandString(r.body ?? []);
        if (r.fd === 0) out.stdin = text;
        continue;
      }
      const target = yield* this.expandString(r.target);
      if (r.op === '<<<') {
        if (r.fd === 0) out.stdin = target + '\n';
        continue;
      }
      if (r.op === '>&' || r.op === '<&') {
        if (target === '-') {
          this.setFd(out, r.fd, () => undefined);
          continue;
        }
        if (target === '1') this.setFd(out, r.fd, out.stdout);
        else if (target === '2') this.setFd(out, r.fd, out.stderr);
        else if (target === '0') continue;
        else if (r.op === '>&' && r.fd === 1 && !/^\d+$/.test(target)) {
          // bash's `>&file` = `>file 2>&1`
          const sink = this.openWrite(target, false, io);
          if (sink === undefined) return undefined;
          out.stdout = sink;
          out.stderr = sink;
        } else {
          io.stderr(`${this.prefix}: ${target}: bad file descriptor\n`);
          return undefined;
        }
        continue;
      }
      if (r.op === '<') {
        const p = resolvePath(this.st.cwd, target);
        const res = this.proc.fs.read(p);
        if (!res.ok) {
          const noFile = res.code === 'ENOENT' || res.code === 'ENOTDIR';
          const m = STRERROR[res.code];
          if (this.shellName === 'bash') io.stderr(`bash: ${target}: ${m}\n`);
          else if (this.dialect === 'dash') io.stderr(`${this.where}: cannot open ${target}: ${noFile ? 'No such file' : m}\n`);
          else io.stderr(`${this.prefix}: can't open ${target}: ${noFile ? 'no such file' : m}\n`);
          this.redirStatus = this.dialect === 'dash' ? 2 : 1;
          return undefined;
        }
        if (r.fd === 0) out.stdin = res.value;
        continue;
      }
      if (r.op === '<>') continue;
      const sink = this.openWrite(target, r.op === '>>', io);
      if (sink === undefined) return undefined;
      this.setFd(out, r.fd, sink);
    }
    return out;
  }

  private setFd(io: IO, fd: number, sink: Sink): void {
    if (fd === 1) io.stdout = sink;
    else if (fd === 2) io.stderr = sink;
  }

  /** Open a file for writing (truncating unless `append`); errors are printed. */
  private openWrite(target: string, append: boolean, io: IO): Sink | undefined {
    const p = resolvePath(this.st.cwd, target);
    if (p === '/dev/null') return () => undefined;
    if (p === '/dev/stdout') return io.stdout;
    if (p === '/dev/stderr') return io.stderr;
    const fs = this.proc.fs;
    const r = fs.write(p, '', true);
    if (!r.ok) {
      // ash.c/dash redir.c@openredirect: errmsg(errno, E_CREAT) turns ENOENT/ENOTDIR into
      // "nonexistent directory" (BusyBox) / "Directory nonexistent" (dash).
      const noDir = r.code === 'ENOENT' || r.code === 'ENOTDIR';
      const m = STRERROR[r.code];
      if (this.shellName === 'bash') io.stderr(`bash: ${target}: ${m}\n`);
      else if (this.dialect === 'dash') io.stderr(`${this.where}: cannot create ${target}: ${noDir ? 'Directory nonexistent' : m}\n`);
      else io.stderr(`${this.prefix}: can't create ${target}: ${noDir ? 'nonexistent directory' : m}\n`);
      this.redirStatus = this.dialect === 'dash' ? 2 : 1;
      return undefined;
    }
    if (!append) fs.write(p, '');
    return (text: string) => {
      fs.write(p, text, true);
    };
  }

  // ---------------------------------------------------------------- expansion

  *expandWords(words: Word[]): Gen<string[]> {
    const out: string[] = [];
    for (const w of words) {
      // bash brace expansion (before every other expansion), for words whose braces are
      // unquoted literal text: `{1..10}`, `file{a,b}.txt`. sh (dash, BusyBox) has none.
      const lit = w.length === 1 && w[0]?.t === 'lit' && !w[0].q ? w[0].v : undefined;
      const braces = this.dialect === 'bash' && lit !== undefined && /\{[^{}]*(,|\.\.)[^{}]*\}/.test(lit) ? braceExpand(lit) : undefined;
      if (braces !== undefined && !(braces.length === 1 && braces[0] === lit)) {
        for (const v of braces) if (v !== '') out.push(...(yield* this.expandWord([{ t: 'lit', v, q: false }])));
        continue;
      }
      out.push(...(yield* this.expandWord(w)));
    }
    return out;
  }

  /** Expansion, field splitting and pathname expansion of one word. */
  private *expandWord(w: Word): Gen<string[]> {
    const out: string[] = [];
    const fields = yield* this.expandFields(w);
    for (const f of fields) {
      if (hasGlob(f.pat)) {
        const matches = this.glob(f.pat);
        if (matches.length) {
          out.push(...matches);
          continue;
        }
      }
      out.push(f.text);
    }
    return out;
  }

  /** Word expansion with field splitting on unquoted results (IFS = space, tab, newline). */
  private *expandFields(w: Word): Gen<Field[]> {
    const fields: Field[] = [];
    let cur = '';
    let pat = '';
    let have = false;
    const flush = (): void => {
      if (have || cur !== '') fields.push({ text: cur, pat });
      cur = '';
      pat = '';
      have = false;
    };
    for (const part of w) {
      if (part.t === 'lit') {
        cur += part.v;
        pat += part.q ? quotePat(part.v) : part.v;
        if (part.q || part.v !== '') have = true;
        continue;
      }
      const isAll = part.t === 'param' && part.op === undefined && !part.length && (part.index === undefined ? part.name === '@' || (part.name === '*' && !part.q) : part.index === '@' || (part.index === '*' && !part.q));
      if (part.t === 'param' && isAll) {
        const ps = part.index === undefined ? this.st.params : (this.st.arrays.get(part.name) ?? (this.st.vars.has(part.name) ? [this.st.vars.get(part.name) as string] : []));
        if (part.q) {
          ps.forEach((p, i) => {
            if (i > 0) flush();
            cur += p;
            pat += quotePat(p);
            have = true;
          });
        } else {
          for (const p of ps) {
            for (const piece of p.split(/[ \t\n]+/).filter(Boolean)) {
              flush();
              cur = piece;
              pat = piece;
              have = true;
            }
          }
        }
        continue;
      }
      const value = yield* this.expandPart(part);
      if (part.q) {
        cur += value;
        pat += quotePat(value);
        have = true;
        continue;
      }
      // Field splitting (XCU 2.6.5): IFS white space collapses; any other IFS character
      // delimits exactly one field (so "a::b" with IFS=: has an empty field).
      const { pieces, hard } = ifsSplit(value, this.st.vars.get('IFS') ?? ' \t\n');
      pieces.forEach((piece, k) => {
        if (k > 0) {
          if (hard[k - 1] === true) have = true;
          flush();
        }
        cur += piece;
        pat += piece;
        if (piece !== '') have = true;
      });
    }
    flush();
    return fields;
  }

  /** Expansion without field splitting (assignments, redirection targets, here-docs, case). */
  *expandString(w: Word): Gen<string> {
    let s = '';
    for (const part of w) s += part.t === 'lit' ? part.v : yield* this.expandPart(part);
    return s;
  }

  /** A case pattern: quoted characters match literally. */
  private *expandPattern(w: Word): Gen<string> {
    let s = '';
    for (const part of w) {
      const v = part.t === 'lit' ? part.v : yield* this.expandPart(part);
      s += part.q ? quotePat(v) : v;
    }
    return s;
  }

  private *expandPart(part: Exclude<Word[number], { t: 'lit' }>): Gen<string> {
    switch (part.t) {
      case 'cmd': {
        const only = part.body.length === 1 ? part.body[0]?.ao : undefined;
        const c0 = only && only.rest.length === 0 && only.first.cmds.length === 1 ? only.first.cmds[0] : undefined;
        if (c0?.t === 'simple' && c0.words.length === 0 && c0.assigns.length === 0 && c0.redirs.length === 1 && c0.redirs[0]?.op === '<') {
          // bash's $(<file): the file's contents.
          const f = yield* this.expandString(c0.redirs[0].target);
          const r = this.proc.fs.read(resolvePath(this.st.cwd, f));
          if (!r.ok) this.currentErr(`${this.prefix}: ${f}: ${STRERROR[r.code]}\n`);
          return r.ok ? r.value.replace(/\n+$/, '') : '';
        }
        let captured = '';
        const sio: IO = { stdin: '', stdout: (t) => (captured += t), stderr: this.currentErr };
        const status = yield* this.subshell((sub) => sub.runList(part.body, sio));
        this.lastSubst = status;
        this.st.status = status;
        return captured.replace(/\n+$/, '');
      }
      case 'arith': {
        const text = yield* this.expandString(part.expr);
        try {
          return String(
            evalArith(text, {
              get: (n) => this.arithVar(n),
              set: (n, v) => {
                this.setVar(n, v);
              },
            }),
          );
        } catch (e) {
          if (e instanceof ArithError) {
            this.currentErr(`${this.prefix}: ${e.message}\n`);
            throw new ExitSignal(this.shellName === 'bash' ? 1 : 2);
          }
          throw e;
        }
      }
      case 'param':
        return yield* this.expandParam(part);
    }
  }

  /** Where expansion errors go: the task's stderr. */
  private currentErr: Sink = (t) => this.task.stderr(t);

  /** A variable as arithmetic sees it (RANDOM and SECONDS are dynamic). */
  private arithVar(name: string): string | undefined {
    return name === 'RANDOM' || name === 'SECONDS' ? this.getParam(name) : this.st.vars.get(name);
  }

  private getParam(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.st.status);
      case '$':
        return String(this.st.shellPid);
      case '!':
        return this.st.lastBg === undefined ? '' : String(this.st.lastBg);
      case '#':
        return String(this.st.params.length);
      case '@':
      case '*':
        return this.st.params.join(' ');
      case '-':
        return (this.st.errexit ? 'e' : '') + (this.st.xtrace ? 'x' : '') + 'h';
      case '0':
        return this.st.arg0;
    }
    if (/^\d+$/.test(name)) return this.st.params[Number(name) - 1];
    if (name === 'RANDOM') return String(this.proc.random());
    if (name === 'PPID' && !this.st.vars.has('PPID')) return '0';
    if ((name === 'UID' || name === 'EUID') && this.dialect === 'bash' && !this.st.vars.has(name)) return '0';
    if (name === 'LINENO') return String(this.line);
    if (name === 'SECONDS') return String(Math.floor((this.proc.clock - this.task.startedAt) / 1000));
    if (name === 'PWD') return this.st.vars.get('PWD') ?? this.st.cwd;
    return this.st.vars.get(name);
  }

  private *expandParam(part: Extract<Word[number], { t: 'param' }>): Gen<string> {
    let val = this.getParam(part.name);
    if (part.index !== undefined) {
      const arr = this.st.arrays.get(part.name) ?? (val === undefined ? [] : [val]);
      if (part.index === '@' || part.index === '*') {
        if (part.length) return String(arr.length);
        val = arr.length ? arr.join(' ') : undefined;
      } else {
        let i = 0;
        try {
          i = evalArith(part.index, { get: (n) => this.arithVar(n), set: (n, v) => void this.setVar(n, v) });
        } catch (e) {
          if (!(e instanceof ArithError)) throw e;
        }
        val = arr[i < 0 ? arr.length + i : i];
      }
    }
    if (part.length) return String((val ?? '').length);
    const op = part.op;
    if (op === undefined) {
      if (val === undefined && this.st.nounset && !['@', '*'].includes(part.name)) {
        this.currentErr(`${this.prefix}: ${part.name}: parameter not set\n`);
        throw new ExitSignal(this.shellName === 'bash' ? 1 : 2);
      }
      return val ?? '';
    }
    const colon = op.startsWith(':');
    const unsetOrNull = val === undefined || (colon && val === '');
    const arg = (): Gen<string> => this.expandString(part.arg ?? []);
    switch (op) {
      case '-':
      case ':-':
        return unsetOrNull ? yield* arg() : (val ?? '');
      case '=':
      case ':=': {
        if (!unsetOrNull) return val ?? '';
        const v = yield* arg();
        this.setVar(part.name, v);
        return v;
      }
      case '+':
      case ':+':
        return unsetOrNull ? '' : yield* arg();
      case '?':
      case ':?': {
        if (!unsetOrNull) return val ?? '';
        const m = yield* arg();
        // ash.c@varunset: "parameter not set" (+ " or null" for ${x:?}); bash: "parameter null or not set".
        const dflt = this.shellName === 'bash' ? (colon ? 'parameter null or not set' : 'parameter not set') : colon ? 'parameter not set or null' : 'parameter not set';
        this.currentErr(`${this.where}: ${part.name}: ${m || dflt}\n`);
        throw new ExitSignal(this.shellName === 'bash' ? 1 : 2);
      }
      case ':': {
        // ${v:offset[:length]} (bash, BusyBox): negative offsets count from the end.
        const v = val ?? '';
        const [offS = '0', lenS] = (part.sub ?? '').split(':');
        const num = (x: string): number => evalArith(x.trim() === '' ? '0' : x, { get: (n) => this.arithVar(n), set: (n, x2) => void this.setVar(n, x2) });
        let off: number;
        let len: number | undefined;
        try {
          off = num(offS);
          len = lenS === undefined ? undefined : num(lenS);
        } catch (e) {
          if (e instanceof ArithError) {
            this.currentErr(`${this.prefix}: ${e.message}\n`);
            throw new ExitSignal(1);
          }
          throw e;
        }
        if (off < 0) off = Math.max(0, v.length + off);
        const rest = v.slice(off);
        if (len === undefined) return rest;
        return len < 0 ? rest.slice(0, Math.max(0, rest.length + len)) : rest.slice(0, len);
      }
      case '/':
      case '//':
      case '/#':
      case '/%': {
        // ${v/pattern/replacement} (bash, BusyBox): first, all, anchored at start or end.
        const v = val ?? '';
        const pat = yield* this.expandPattern(part.arg ?? []);
        const rep = yield* this.expandString(part.repl ?? []);
        if (pat === '') return v;
        const body = globToRegExp(pat, false).source;
        const re = new RegExp(op === '/#' ? `^(?:${body})` : op === '/%' ? `(?:${body})$` : body, op === '//' ? 'g' : '');
        return v.replace(re, () => rep);
      }
      default: {
        const v = val ?? '';
        const pat = yield* this.expandPattern(part.arg ?? []);
        const re = globToRegExp(pat);
        if (op === '#' || op === '##') {
          const lens = [...Array(v.length + 1).keys()];
          if (op === '##') lens.reverse();
          for (const n of lens) if (re.test(v.slice(0, n))) return v.slice(n);
          return v;
        }
        const starts = [...Array(v.length + 1).keys()];
        if (op === '%') starts.reverse();
        for (const n of starts) if (re.test(v.slice(n))) return v.slice(0, n);
        return v;
      }
    }
  }

  /** Pathname expansion over the container file system (hidden names need an explicit dot). */
  private glob(pat: string): string[] {
    const abs = pat.startsWith('/');
    const segs = pat.split('/').filter((s, i) => s !== '' || i === 0);
    let paths: string[] = [abs ? '/' : ''];
    for (const seg of segs) {
      if (seg === '') continue;
      const next: string[] = [];
      for (const base of paths) {
        const dir = resolvePath(this.st.cwd, base || '.');
        if (!hasGlob(seg)) {
          const lit = seg.replace(/\\(.)/g, '$1');
          const p = base === '' ? lit : base === '/' ? `/${lit}` : `${base}/${lit}`;
          if (this.proc.fs.exists(resolvePath(this.st.cwd, p))) next.push(p);
          continue;
        }
        const re = globToRegExp(seg);
        for (const n of this.proc.fs.list(dir) ?? []) {
          if (n.startsWith('.') && !seg.startsWith('.')) continue;
          if (re.test(n)) next.push(base === '' ? n : base === '/' ? `/${n}` : `${base}/${n}`);
        }
      }
      paths = next;
      if (paths.length === 0) return [];
    }
    return paths.sort();
  }

  // ---------------------------------------------------------------- execution

  /** Run argv: a function, a builtin, or a program. */
  *execute(argv: string[], io: IO): Gen<number> {
    const name = argv[0] as string;
    if (!name.includes('/')) {
      const fn = this.st.funcs.get(name);
      if (fn !== undefined && !SPECIAL_BUILTINS.has(name)) return yield* this.callFunction(fn, argv, io);
      if (SPECIAL_BUILTINS.has(name) || REGULAR_BUILTINS.has(name)) return yield* this.builtin(argv, io);
      if (SHELL_UTILS.has(name)) return yield* this.shellUtil(argv, io);
    }
    if (name === 'timeout' && this.resolveProgram(name) !== undefined) return yield* this.runTimeout(argv, io);
    return yield* this.runProgram(argv, io, this.execNext && this.isTop);
  }

  /**
   * `timeout [-s SIG] [-k DUR] DURATION COMMAND…`: the command runs until it ends or the
   * duration passes; then it is abandoned and timeout exits 124 (GNU coreutils) or 143
   * (BusyBox: the child's SIGTERM status).
   */
  private *runTimeout(argv: string[], io: IO): Gen<number> {
    let i = 1;
    while (argv[i]?.startsWith('-') === true) {
      if (argv[i] === '-s' || argv[i] === '-k' || argv[i] === '--signal' || argv[i] === '--kill-after') i++;
      i++;
    }
    const dur = parseSleep([argv[i] ?? '']);
    const rest = argv.slice(i + 1);
    if (typeof dur === 'string' || rest.length === 0) {
      io.stderr(`timeout: invalid time interval '${argv[i] ?? ''}'\n`);
      return 125;
    }
    const deadline = this.proc.clock + dur;
    const gen = this.execute(rest, io);
    let resume: Resume = 'ok';
    for (;;) {
      const r = gen.next(resume);
      if (r.done) return r.value;
      const w = r.value;
      if ((w.kind === 'sleep' && w.until <= deadline) || w.kind === 'wait' || dur === Infinity) {
        resume = yield w;
        continue;
      }
      yield { kind: 'sleep', until: deadline };
      gen.return(0);
      return this.proc.image.flavor === 'busybox' ? 143 : 124;
    }
  }

  private *callFunction(fn: Command, argv: string[], io: IO): Gen<number> {
    if (++this.funcDepth > 200) {
      this.funcDepth--;
      io.stderr(`${this.prefix}: ${argv[0]}: maximum function nesting level exceeded\n`);
      throw new ExitSignal(2);
    }
    const savedParams = this.st.params;
    this.st.params = argv.slice(1);
    const frame = new Map<string, string | undefined>();
    this.localFrames.push(frame);
    try {
      return yield* this.runCommand(fn, io);
    } catch (e) {
      if (e instanceof ReturnSignal) return e.code;
      throw e;
    } finally {
      this.st.params = savedParams;
      this.funcDepth--;
      this.localFrames.pop();
      // `local` variables end with the function (bash, dash and ash all scope them dynamically).
      for (const [k, v] of frame) {
        if (v === undefined) this.st.vars.delete(k);
        else this.st.vars.set(k, v);
      }
    }
  }

  /** Saved values of variables made `local` in each active function call. */
  private localFrames: Map<string, string | undefined>[] = [];

  private ctx(io: IO, shellName: string, env?: Record<string, string>): CmdCtx {
    const proc = this.proc;
    const task = this.task;
    const st = this.st;
    let envCache = env;
    return {
      io,
      fs: proc.fs,
      cwd: this.st.cwd,
      // Computed on first use: most utilities never look at the environment.
      get env(): Record<string, string> {
        envCache ??= st.env();
        return envCache;
      },
      image: proc.image,
      hostname: proc.fs.hostname,
      declaredPorts: proc.opts.declaredPorts,
      epochMs: proc.opts.epochMs,
      now: () => proc.clock,
      shellName,
      listen: (port, http) => proc.listen(task, port, http),
      daemonize: (name, args, body) => {
        const d = proc.spawnProgram(task, name, args, body);
        return (port, http) => proc.listen(d, port, http);
      },
      network: (port, path, host) => proc.network(port, path, host),
      kill: (pid, sig) => proc.killFrom(task, pid, sig),
      processes: () => proc.containerProcesses().filter((p) => p.pid !== task.pid),
    };
  }

  private *shellUtil(argv: string[], io: IO): Gen<number> {
    const name = argv[0] as string;
    const ctx = this.ctx(io, this.shellName);
    switch (name) {
      case 'echo':
        return runEcho(ctx, argv, this.dialect === 'dash' ? 'dash' : 'gnu');
      case 'printf':
        return runPrintf(ctx, argv);
      case 'test':
      case '[':
        return runTest(ctx, argv);
      case 'true':
        return 0;
      case 'false':
        return 1;
      case 'pwd':
        io.stdout(this.st.cwd + '\n');
        return 0;
      case 'kill': {
        // %N job specs
        const args = argv.map((a, i) => (i > 0 && /^%\d+$/.test(a) ? String(this.st.jobs[Number(a.slice(1)) - 1] ?? -1) : a));
        return yield* (COMMANDS['kill'] as NonNullable<(typeof COMMANDS)['kill']>)(ctx, args);
      }
    }
    return 127;
  }

  /** Where a program lives: a path in the file system, or a known program; undefined if absent. */
  resolveProgram(name: string): { path: string; script?: string } | undefined {
    const fs = this.proc.fs;
    const info = this.proc.image;
    if (name.includes('/')) {
      const p = resolvePath(this.st.cwd, name);
      const st = fs.stat(p);
      if (st?.kind === 'file') return this.scriptOf(p, st.data);
      if (st === undefined && !info.known) return { path: p };
      return undefined;
    }
    for (const d of PATH_DIRS) {
      const st = fs.stat(`${d}/${name}`);
      if (st?.kind === 'file') return this.scriptOf(`${d}/${name}`, st.data);
    }
    // An image podproof does not know may ship any program (and so may any image once a
    // package manager installed something): assume it does.
    if (!info.known || this.proc.packagesInstalled) return { path: `/usr/local/bin/${name}` };
    if (KNOWN_SERVERS.has(name) && (name === info.name || info.cmd[0] === name)) return { path: `/usr/local/bin/${name}` };
    return undefined;
  }

  private scriptOf(path: string, data: string): { path: string; script?: string } {
    if (data.startsWith('#!busybox') || data.startsWith('#!elf') || data === '') return { path };
    if (data.startsWith('#!')) return { path, script: data };
    return { path, script: data };
  }

  /**
   * Run a program (not a builtin). With `exec`, the program replaces this task's process image:
   * its own signal dispositions apply from now on (ignored signals stay ignored: XCU 2.11).
   */
  *runProgram(argv: string[], io: IO, exec: boolean): Gen<number> {
    const name = argv[0] as string;
    const base = name.slice(name.lastIndexOf('/') + 1);
    const found = this.resolveProgram(name);
    if (found === undefined) {
      if (name.includes('/')) io.stderr(this.shellName === 'bash' ? `bash: ${name}: No such file or directory\n` : `${this.where}: ${name}: not found\n`);
      else io.stderr(this.shellName === 'bash' ? `bash: ${name}: command not found\n` : `${this.where}: ${name}: not found\n`);
      return 127;
    }
    if (exec) this.execNext = false;
    const env = this.st.env();
    if (found.script !== undefined || SHELLS.has(base)) {
      // A shell, or a script run by the interpreter its #! line names.
      let shellArgv = argv;
      let interp = base;
      if (found.script !== undefined) {
        const m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(found.script);
        interp = m?.[1]?.slice((m[1] ?? '').lastIndexOf('/') + 1) ?? 'sh';
        if (interp === 'env') interp = m?.[2] ?? 'sh';
        if (!SHELLS.has(interp)) interp = 'sh';
        shellArgv = [interp, found.path, ...argv.slice(1)];
      }
      if (interp === 'bash' && !this.proc.image.hasBash) {
        io.stderr(`${this.prefix}: ${name}: not found\n`);
        return 127;
      }
      if (exec && this.isTop) return yield* this.proc.execShell(this.task, shellArgv, io, env, this.st.cwd);
      return yield* this.proc.runNestedShell(this.task, shellArgv, io, env, this.st.cwd);
    }
    if (exec && this.isTop) this.proc.execProgram(this.task, base, argv.slice(1));
    const impl = COMMANDS[base];
    const ctx = this.ctx(io, '', env);
    if (impl !== undefined && !(base === 'httpd' && this.proc.image.flavor !== 'busybox')) return yield* impl(ctx, argv);
    const args = argv.slice(1);
    if ((base === 'nginx' || base === 'nginx-debug') && args.includes('-s')) return yield* nginxSignal(ctx, argv);
    // Asking a program for its version, help or a config test returns at once.
    if (args.length > 0 && args.every((a) => ONE_SHOT_FLAGS.has(a))) return 0;
    // An interpreter given its program inline (`perl -e`, `python -c`, `node -e`) runs it and
    // exits; podproof cannot run it: it succeeds without output.
    if (INTERPRETERS.test(base) && args.some((a) => /^-[a-zA-Z]*[ceE]$/.test(a))) return 0;
    // `npm start`, `yarn run serve`… run the application: like a runtime, not a one-shot tool.
    const runsApp = (base === 'npm' || base === 'yarn' || base === 'pnpm') && ['start', 'run', 'serve', 'dev', 'run-script'].includes(args[0] ?? '');
    if (UNMODELLED.has(base) && !runsApp) {
      // After a package manager installed something, any program may exist.
      if (PACKAGE_MANAGERS.has(base) && args.some((a) => a === 'install' || a === 'add')) this.proc.packagesInstalled = true;
      return 0;
    }
    // Daemons are servers wherever they run. Language runtimes and unknown programs are the
    // container's server only where a server would be: the process itself (exec, the
    // container command, a background job) or the last command of the top-level script;
    // elsewhere in a script (`pip install …; python app.py`) they are one-shot commands that
    // succeed at once without output.
    const serverContext = exec || (this.isTop && this.currentCmd !== undefined && this.currentCmd === this.lastCmd);
    if (!DAEMONS.has(base) && !serverContext) return 0;
    return yield* runServer(ctx, argv);
  }

  // ---------------------------------------------------------------- builtins

  private *builtin(argv: string[], io: IO): Gen<number> {
    const name = argv[0] as string;
    const args = argv.slice(1);
    const err = (m: string): void => io.stderr(`${this.prefix}: ${m}\n`);
    switch (name) {
      case ':':
        return 0;
      case 'exit': {
        const code = args[0] === undefined ? this.st.status : Number(args[0]);
        if (!Number.isInteger(code)) {
          err(this.shellName === 'bash' ? `exit: ${args[0]}: numeric argument required` : `exit: Illegal number: ${args[0]}`);
          throw new ExitSignal(2);
        }
        throw new ExitSignal(((code % 256) + 256) % 256);
      }
      case 'return': {
        const code = args[0] === undefined ? this.st.status : Number(args[0]);
        throw new ReturnSignal(Number.isInteger(code) ? ((code % 256) + 256) % 256 : 2);
      }
      case 'break':
      case 'continue':
        throw new LoopSignal(name, Math.max(1, Number(args[0] ?? '1') || 1));
      case 'export':
      case 'readonly':
      case 'local': {
        if (args.length === 0 || args[0] === '-p') {
          const names = name === 'readonly' ? [...this.st.readonlyVars] : [...this.st.exported];
          io.stdout(names.sort().map((k) => `${name === 'readonly' ? 'readonly' : 'export'} ${k}='${this.st.vars.get(k) ?? ''}'\n`).join(''));
          return 0;
        }
        for (const a of args) {
          if (a.startsWith('-')) continue;
          const eq = a.indexOf('=');
          const k = eq >= 0 ? a.slice(0, eq) : a;
          if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) {
            err(`${name}: \`${a}': not a valid identifier`);
            return 1;
          }
          if (name === 'local') {
            const frame = this.localFrames[this.localFrames.length - 1];
            if (frame === undefined) {
              err(this.shellName === 'bash' ? 'local: can only be used in a function' : 'local: not in a function');
              return 1;
            }
            if (!frame.has(k)) frame.set(k, this.st.vars.get(k));
          }
          if (eq >= 0 && !this.setVar(k, a.slice(eq + 1))) {
            err(`${k}: readonly variable`);
            return 1;
          }
          if (name === 'export') this.st.exported.add(k);
          if (name === 'readonly') this.st.readonlyVars.add(k);
        }
        return 0;
      }
      case 'unset': {
        for (const a of args) {
          if (a === '-v' || a === '-f') continue;
          if (this.st.readonlyVars.has(a)) {
            err(`unset: ${a}: cannot unset: readonly variable`);
            return 1;
          }
          this.st.vars.delete(a);
          this.st.exported.delete(a);
          if (args.includes('-f')) this.st.funcs.delete(a);
        }
        return 0;
      }
      case 'set': {
        let i = 0;
        for (; i < args.length; i++) {
          const a = args[i] as string;
          if (a === '--') {
            i++;
            break;
          }
          if (!/^[-+][a-zA-Z]+$/.test(a)) break;
          const on = a[0] === '-';
          for (const c of a.slice(1)) {
            if (c === 'e') this.st.errexit = on;
            else if (c === 'x') this.st.xtrace = on;
            else if (c === 'u') this.st.nounset = on;
            else if (c === 'o') {
              // -o NAME (also inside a cluster: `set -euo pipefail`).
              const opt = args[++i];
              if (opt === 'errexit') this.st.errexit = on;
              else if (opt === 'xtrace') this.st.xtrace = on;
              else if (opt === 'nounset') this.st.nounset = on;
              else if (opt === 'pipefail') this.st.pipefail = on;
            }
          }
        }
        if (i < args.length || args.includes('--')) this.st.params = args.slice(i);
        if (args.length === 0) {
          io.stdout([...this.st.vars.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}='${v}'\n`).join(''));
        }
        return 0;
      }
      case 'shift': {
        const n = args[0] === undefined ? 1 : Number(args[0]);
        if (!Number.isInteger(n) || n < 0 || n > this.st.params.length) {
          if (this.dialect !== 'bash') err(`shift: can't shift that many`);
          return 1;
        }
        this.st.params = this.st.params.slice(n);
        return 0;
      }
      case 'eval':
        return yield* this.evalString(args.join(' '), io);
      case '.':
      case 'source': {
        const f = args[0];
        if (f === undefined) {
          err(`${name}: filename argument required`);
          return 2;
        }
        const p = f.includes('/') ? resolvePath(this.st.cwd, f) : (PATH_DIRS.map((d) => `${d}/${f}`).find((x) => this.proc.fs.stat(x)?.kind === 'file') ?? resolvePath(this.st.cwd, f));
        const text = this.proc.fs.readFile(p);
        if (text === undefined) {
          err(this.shellName === 'bash' ? `${f}: No such file or directory` : `.: can't open '${f}'`);
          if (this.shellName !== 'bash') throw new ExitSignal(2);
          return 1;
        }
        try {
          return yield* this.evalString(text, io);
        } catch (e) {
          if (e instanceof ReturnSignal) return e.code;
          throw e;
        }
      }
      case 'trap':
        return this.trapBuiltin(args, io);
      case 'exec': {
        this.execNext = false;
        let i = 0;
        while (args[i]?.startsWith('-') === true && args[i] !== '--') i++;
        if (args[i] === '--') i++;
        const rest = args.slice(i);
        if (rest.length === 0) return 0;
        const found = this.resolveProgram(rest[0] as string);
        if (found === undefined && !SHELL_UTILS.has(rest[0] as string)) {
          err(this.shellName === 'bash' ? `exec: ${rest[0]}: not found` : `exec: ${rest[0]}: not found`);
          throw new ExitSignal(127);
        }
        const status = yield* this.runProgram(rest, io, true);
        throw new ExitSignal(status);
      }
      case 'cd': {
        const target = args[0] === undefined ? (this.st.vars.get('HOME') ?? '/') : args[0] === '-' ? (this.st.vars.get('OLDPWD') ?? this.st.cwd) : args[0];
        const p = resolvePath(this.st.cwd, target);
        if (!this.proc.fs.isDir(p)) {
          err(this.shellName === 'bash' ? `cd: ${target}: ${this.proc.fs.exists(p) ? 'Not a directory' : 'No such file or directory'}` : `cd: can't cd to ${target}: No such file or directory`);
          return this.shellName === 'bash' ? 1 : 2;
        }
        this.st.vars.set('OLDPWD', this.st.cwd);
        this.st.cwd = p;
        this.st.vars.set('PWD', p);
        return 0;
      }
      case 'wait':
        return yield* this.waitBuiltin(args);
      case 'read': {
        let i = 0;
        let raw = false;
        while (args[i]?.startsWith('-') === true) {
          if (args[i] === '-r') raw = true;
          if (args[i] === '-p' || args[i] === '-t' || args[i] === '-n' || args[i] === '-d') i++;
          i++;
        }
        const names = args.slice(i);
        const nl = io.stdin.indexOf('\n');
        if (io.stdin === '') {
          for (const n of names.length ? names : ['REPLY']) this.setVar(n, '');
          return 1;
        }
        let line = nl >= 0 ? io.stdin.slice(0, nl) : io.stdin;
        io.stdin = nl >= 0 ? io.stdin.slice(nl + 1) : '';
        if (!raw) line = line.replace(/\\(.)/g, '$1');
        const targets = names.length ? names : ['REPLY'];
        const ifs = this.st.vars.get('IFS') ?? ' \t\n';
        const { pieces } = ifsSplit(line, ifs);
        const fields = pieces.length > 1 && pieces[pieces.length - 1] === '' ? pieces.slice(0, -1) : pieces;
        if (fields[0] === '' && /[ \t\n]/.test(ifs) && /^[ \t\n]/.test(line)) fields.shift();
        const sep = ifs[0] ?? ' ';
        targets.forEach((n, k) => {
          this.setVar(n, k === targets.length - 1 ? fields.slice(k).join(sep) : (fields[k] ?? ''));
        });
        return 0;
      }
      case 'type':
      case 'command': {
        if (name === 'command' && args[0] !== '-v' && args[0] !== '-V') {
          if (args.length === 0) return 0;
          return yield* this.execute(args, io);
        }
        const list = name === 'command' ? args.slice(1) : args;
        let status = 0;
        for (const a of list) {
          if (SPECIAL_BUILTINS.has(a) || REGULAR_BUILTINS.has(a) || SHELL_UTILS.has(a)) io.stdout(name === 'type' ? `${a} is a shell builtin\n` : `${a}\n`);
          else if (this.st.funcs.has(a)) io.stdout(name === 'type' ? `${a} is a function\n` : `${a}\n`);
          else {
            const f = this.resolveProgram(a);
            if (f) io.stdout(name === 'type' ? `${a} is ${f.path}\n` : `${f.path}\n`);
            else {
              if (name === 'type') io.stderr(`${this.prefix}: type: ${a}: not found\n`);
              status = 1;
            }
          }
        }
        return status;
      }
      case 'let': {
        let v = 0;
        for (const a of args) {
          try {
            v = evalArith(a, { get: (n) => this.arithVar(n), set: (n, x) => void this.setVar(n, x) });
          } catch (e) {
            if (e instanceof ArithError) {
              err(`let: ${e.message}`);
              return 1;
            }
            throw e;
          }
        }
        return v === 0 ? 1 : 0;
      }
      case 'jobs':
        return 0;
      default:
        // umask, ulimit, alias, unalias, hash, getopts, times: accepted, no effect.
        return 0;
    }
  }

  private trapBuiltin(args: string[], io: IO): number {
    if (args.length === 0 || args[0] === '-p') {
      let out = '';
      for (const [k, v] of this.st.traps) out += `trap -- '${v}' ${k === 'EXIT' ? 'EXIT' : k.replace(/^SIG/, '')}\n`;
      io.stdout(out);
      return 0;
    }
    if (args[0] === '-l') {
      io.stdout(ALL_SIGNALS.map((s) => s).join(' ') + '\n');
      return 0;
    }
    let action: string | undefined = args[0];
    let specs = args.slice(1);
    if (args[0] === '--') {
      action = args[1];
      specs = args.slice(2);
    }
    // `trap N...` with an unsigned integer first operand resets (POSIX).
    if (action !== undefined && /^\d+$/.test(action) && specs.length >= 0) {
      specs = [action, ...specs];
      action = '-';
    }
    if (specs.length === 0) {
      if (action === undefined) return 0;
      specs = [action];
      action = '-';
    }
    let status = 0;
    for (const spec of specs) {
      const key = spec === '0' || spec.toUpperCase() === 'EXIT' ? 'EXIT' : parseSignal(spec);
      if (key === undefined) {
        if (/^(SIG)?(CHLD|PIPE|ALRM|WINCH|CONT|STOP|TSTP|TTIN|TTOU|ERR|DEBUG|RETURN|USR|URG|IO|PWR|SYS|TRAP|ABRT|BUS|FPE|SEGV|ILL)/i.test(spec)) continue;
        io.stderr(`${this.prefix}: trap: ${spec}: invalid signal specification\n`);
        status = 1;
        continue;
      }
      if (key === 'SIGKILL') {
        // Cannot be caught; shells accept the command silently (bash) or complain.
        continue;
      }
      if (action === '-') this.st.traps.delete(key);
      else this.st.traps.set(key, action ?? '');
    }
    return status;
  }

  private *waitBuiltin(args: string[]): Gen<number> {
    const pids = args.length
      ? args.map((a) => (/^%\d+$/.test(a) ? (this.st.jobs[Number(a.slice(1)) - 1] ?? -1) : Number(a)))
      : [...this.st.jobs];
    const known = pids.filter((p) => this.proc.task(p) !== undefined);
    const alive = known.filter((p) => this.proc.task(p)?.exit === undefined);
    if (alive.length > 0) {
      const r = yield { kind: 'wait', pids: alive };
      if (r === 'interrupted') {
        const sig = this.task.pendingTraps[0];
        return sig === undefined ? 128 : signalExitCode(sig);
      }
    }
    if (args.length === 0) {
      this.st.jobs = [];
      return 0;
    }
    const last = pids[pids.length - 1] as number;
    const t = this.proc.task(last);
    if (t === undefined) {
      if (this.dialect === 'bash') this.currentErr(`bash: wait: pid ${last} is not a child of this shell\n`);
      return 127;
    }
    return t.exit?.code ?? 0;
  }
}

export { ExitSignal, splitPath };
export type { Assign };
