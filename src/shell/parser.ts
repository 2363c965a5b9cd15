/**
 * A recursive-descent parser for the sh subset, following the grammar of POSIX XCU 2.10
 * (complete_command, and_or, pipeline, compound_command, simple_command, io_redirect,
 * here-documents) with word-level parsing of quotes, parameter expansion, command
 * substitution (both forms) and arithmetic expansion (XCU 2.2, 2.6).
 *
 * Errors are {@link ParseError}s; the interpreter turns them into the shell's own message and
 * exit status 2. The parser never throws anything else on any input.
 */
import type { AndOr, Assign, Command, CondToken, List, ParamOp, Pipeline, Redirect, RedirOp, Word, WordPart } from './ast.js';

export class ParseError extends Error {
  constructor(
    /** What busybox/dash print after "syntax error: ". */
    readonly detail: string,
    /** The offending token for bash's "syntax error near unexpected token `X'" (undefined at EOF). */
    readonly token: string | undefined,
  ) {
    super(`syntax error: ${detail}`);
    this.name = 'ParseError';
  }

  /** 1-based line where the parser stopped (bash prints it). */
  line = 1;
}

const RESERVED = new Set(['if', 'then', 'elif', 'else', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'in', '{', '}', '!', 'function']);
const OPERATORS = ['&&', '||', ';;', '<<<', '<<-', '<<', '>>', '>&', '<&', '<>', '>|', ';', '&', '|', '<', '>', '(', ')', '\n'];
const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_DEPTH = 200;

interface PendingHeredoc {
  redir: Redirect;
  delim: string;
  strip: boolean;
  quoted: boolean;
}

export function parseScript(src: string): List {
  const p = new Parser(src);
  try {
    return p.parseProgram();
  } catch (e) {
    if (e instanceof ParseError) e.line = p.line();
    throw e;
  }
}

/** Parse text as the inside of double quotes (here-document bodies, arithmetic). */
export function parseDoubleQuotedText(src: string, heredoc: boolean): Word {
  const p = new Parser(src);
  return p.parseLooseText(heredoc);
}

class Parser {
  private pos = 0;
  private pending: PendingHeredoc[] = [];
  private depth = 0;

  constructor(private readonly src: string) {}

  parseProgram(): List {
    const list = this.parseList(new Set());
    this.skipSpace();
    if (this.pos < this.src.length) {
      const tok = this.peekToken();
      throw new ParseError(`unexpected "${tok}"`, tok);
    }
    return list;
  }

  // ---------------------------------------------------------------- lexical helpers

  /** The line the parser is on. */
  line(): number {
    return this.lineAt(Math.min(this.pos, this.src.length));
  }

  private lineAt(pos: number): number {
    let n = 1;
    for (let i = this.src.indexOf('\n'); i >= 0 && i < pos; i = this.src.indexOf('\n', i + 1)) n++;
    return n;
  }

  private ch(off = 0): string {
    return this.src[this.pos + off] ?? '';
  }

  /** Skip blanks, line continuations and comments (not newlines). */
  private skipSpace(): void {
    for (;;) {
      const c = this.ch();
      if (c === ' ' || c === '\t' || c === '\r') this.pos++;
      else if (c === '\\' && this.ch(1) === '\n') this.pos += 2;
      else if (c === '#') {
        while (this.pos < this.src.length && this.ch() !== '\n') this.pos++;
      } else return;
    }
  }

  /** Consume a newline and read any here-document bodies that were waiting for it. */
  private newline(): void {
    this.pos++;
    const pending = this.pending;
    this.pending = [];
    for (const h of pending) this.readHeredocBody(h);
  }

  private skipLinebreaks(): void {
    for (;;) {
      this.skipSpace();
      if (this.ch() === '\n') this.newline();
      else return;
    }
  }

  private peekOp(): string | undefined {
    for (const op of OPERATORS) if (this.src.startsWith(op, this.pos)) return op;
    return undefined;
  }

  /** A short description of the next token, for error messages. */
  private peekToken(): string {
    if (this.pos >= this.src.length) return 'end of file';
    const op = this.peekOp();
    if (op !== undefined) return op === '\n' ? 'newline' : op;
    let end = this.pos;
    while (end < this.src.length && !META.has(this.src[end] as string)) end++;
    return this.src.slice(this.pos, Math.max(end, this.pos + 1));
  }

  /** The next word if it is an unquoted plain word (for reserved words), without consuming it. */
  private peekPlain(): string | undefined {
    this.skipSpace();
    let end = this.pos;
    while (end < this.src.length) {
      const c = this.src[end] as string;
      if (META.has(c)) break;
      if (c === '"' || c === "'" || c === '\\' || c === '$' || c === '`') return undefined;
      end++;
    }
    return end > this.pos ? this.src.slice(this.pos, end) : undefined;
  }

  private peekReserved(): string | undefined {
    const w = this.peekPlain();
    return w !== undefined && RESERVED.has(w) ? w : undefined;
  }

  private expectReserved(word: string): void {
    const w = this.peekReserved();
    if (w !== word) {
      const tok = this.pos >= this.src.length ? undefined : this.peekToken();
      throw new ParseError(tok === undefined ? `unexpected end of file (expecting "${word}")` : `unexpected "${tok}" (expecting "${word}")`, tok);
    }
    this.pos += word.length;
  }

  private unexpected(): never {
    const tok = this.pos >= this.src.length ? undefined : this.peekToken();
    throw new ParseError(tok === undefined ? 'unexpected end of file' : `unexpected "${tok}"`, tok);
  }

  // ---------------------------------------------------------------- grammar

  /** A list of and-ors until EOF, a terminator reserved word, `)` or `;;`. */
  private parseList(terminators: Set<string>): List {
    if (++this.depth > MAX_DEPTH) throw new ParseError('nesting too deep', undefined);
    const list: List = [];
    for (;;) {
      this.skipLinebreaks();
      if (this.pos >= this.src.length) break;
      const op = this.peekOp();
      if (op === ')' || op === ';;') break;
      const r = this.peekReserved();
      if (r !== undefined && terminators.has(r)) break;
      if (op !== undefined && op !== '(' && op !== '<' && op !== '>' && op !== '<<' && op !== '<<-' && op !== '>>' && op !== '>&' && op !== '<&' && op !== '<>' && op !== '>|') this.unexpected();
      const ao = this.parseAndOr();
      this.skipSpace();
      const sep = this.peekOp();
      if (sep === '&') {
        this.pos++;
        list.push({ ao, bg: true });
      } else if (sep === ';') {
        this.pos++;
        list.push({ ao, bg: false });
      } else if (sep === '\n') {
        list.push({ ao, bg: false });
      } else {
        list.push({ ao, bg: false });
        if (sep === undefined && this.pos < this.src.length) {
          const r2 = this.peekReserved();
          if (r2 === undefined || !terminators.has(r2)) this.unexpected();
        }
        if (sep !== undefined && sep !== ')' && sep !== ';;') this.unexpected();
        break;
      }
    }
    this.depth--;
    return list;
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      this.skipSpace();
      const op = this.peekOp();
      if (op !== '&&' && op !== '||') break;
      this.pos += 2;
      this.skipLinebreaks();
      rest.push({ op, p: this.parsePipeline() });
    }
    return { first, rest };
  }

  private parsePipeline(): Pipeline {
    let bang = false;
    if (this.peekReserved() === '!') {
      this.pos++;
      bang = true;
    }
    const cmds: Command[] = [this.parseCommand()];
    for (;;) {
      this.skipSpace();
      if (this.ch() === '|' && this.ch(1) !== '|') {
        this.pos++;
        this.skipLinebreaks();
        cmds.push(this.parseCommand());
      } else break;
    }
    return { bang, cmds };
  }

  private parseCommand(): Command {
    this.skipSpace();
    if (this.pos >= this.src.length) this.unexpected();
    const r = this.peekReserved();
    let cmd: Command | undefined;
    if (r !== undefined) {
      switch (r) {
        case 'if':
          cmd = this.parseIf();
          break;
        case 'while':
        case 'until':
          cmd = this.parseLoop(r === 'until');
          break;
        case 'for':
          cmd = this.parseFor();
          break;
        case 'case':
          cmd = this.parseCase();
          break;
        case '{':
          this.pos++;
          cmd = { t: 'brace', body: this.parseBody(new Set(['}'])), redirs: [] };
          this.expectReserved('}');
          break;
        case 'function': {
          this.pos += 'function'.length;
          this.skipSpace();
          const name = this.peekPlain();
          if (name === undefined || !NAME_RE.test(name)) this.unexpected();
          this.pos += name.length;
          this.skipSpace();
          if (this.src.startsWith('()', this.pos)) this.pos += 2;
          this.skipLinebreaks();
          return { t: 'func', name, body: this.parseCommand(), redirs: [] };
        }
        default:
          this.unexpected();
      }
    } else if (this.peekPlain() === '[[') {
      cmd = this.parseCond();
    } else if (this.ch() === '(') {
      this.pos++;
      const body = this.parseBody(new Set());
      this.skipSpace();
      if (this.ch() !== ')') this.unexpected();
      this.pos++;
      cmd = { t: 'subshell', body, redirs: [] };
    }
    if (cmd !== undefined) {
      for (;;) {
        this.skipSpace();
        const rd = this.tryRedirect();
        if (rd === undefined) break;
        cmd.redirs.push(rd);
      }
      return cmd;
    }
    return this.parseSimple();
  }

  /** A compound body: a non-empty list. */
  private parseBody(terminators: Set<string>): List {
    const body = this.parseList(terminators);
    if (body.length === 0) this.unexpected();
    return body;
  }

  /** `[[ expression ]]`: operators `&& || ! ( ) < >` are tokens; `=~` takes a raw regex word. */
  private parseCond(): Command {
    const line = this.lineAt(this.pos);
    this.pos += 2;
    const tokens: CondToken[] = [];
    for (;;) {
      this.skipSpace();
      while (this.ch() === '\n') {
        this.newline();
        this.skipSpace();
      }
      if (this.pos >= this.src.length) throw new ParseError('unexpected end of file (expecting "]]")', undefined);
      if (this.src.startsWith(']]', this.pos) && (this.pos + 2 >= this.src.length || META.has(this.ch(2)))) {
        this.pos += 2;
        break;
      }
      const op = ['&&', '||', '(', ')', '<', '>', '!'].find((o) => this.src.startsWith(o, this.pos) && (o !== '!' || META.has(this.ch(1)) || this.ch(1) === ''));
      if (op !== undefined) {
        this.pos += op.length;
        tokens.push({ op });
        continue;
      }
      const last = tokens[tokens.length - 1];
      if (last !== undefined && 'word' in last && last.word.length === 1 && last.word[0]?.t === 'lit' && last.word[0].v === '=~' && !last.word[0].q) {
        // The regex: up to blank at parenthesis depth 0; quoted parts match literally.
        let depth = 0;
        let end = this.pos;
        let quote = '';
        for (; end < this.src.length; end++) {
          const c = this.src[end] as string;
          if (quote) {
            if (c === '\\' && quote === '"') end++;
            else if (c === quote) quote = '';
            continue;
          }
          if (c === '\\') {
            end++;
            continue;
          }
          if (c === '"' || c === "'") quote = c;
          else if (c === '(') depth++;
          else if (c === ')') {
            if (depth === 0) break;
            depth--;
          } else if ((c === ' ' || c === '\t' || c === '\n') && depth === 0) break;
        }
        const raw = this.src.slice(this.pos, end);
        this.pos = end;
        const sub = new Parser(raw);
        const word: Word = [];
        sub.readParts(word, () => false, false);
        tokens.push({ word, regex: true });
        continue;
      }
      tokens.push({ word: this.readWord() });
    }
    return { t: 'cond', tokens, redirs: [], line };
  }

  private parseIf(): Command {
    this.pos += 2;
    const clauses: { cond: List; body: List }[] = [];
    let elseBody: List | undefined;
    const cond = this.parseBody(new Set(['then']));
    this.expectReserved('then');
    clauses.push({ cond, body: this.parseBody(new Set(['elif', 'else', 'fi'])) });
    for (;;) {
      const r = this.peekReserved();
      if (r === 'elif') {
        this.pos += 4;
        const c = this.parseBody(new Set(['then']));
        this.expectReserved('then');
        clauses.push({ cond: c, body: this.parseBody(new Set(['elif', 'else', 'fi'])) });
      } else if (r === 'else') {
        this.pos += 4;
        elseBody = this.parseBody(new Set(['fi']));
        this.expectReserved('fi');
        break;
      } else {
        this.expectReserved('fi');
        break;
      }
    }
    const out: Command = { t: 'if', clauses, redirs: [] };
    if (elseBody) out.else = elseBody;
    return out;
  }

  private parseLoop(until: boolean): Command {
    this.pos += until ? 5 : 5;
    const cond = this.parseBody(new Set(['do']));
    this.expectReserved('do');
    const body = this.parseBody(new Set(['done']));
    this.expectReserved('done');
    return { t: 'loop', until, cond, body, redirs: [] };
  }

  private parseFor(): Command {
    this.pos += 3;
    this.skipSpace();
    const name = this.peekPlain();
    if (name === undefined || !NAME_RE.test(name)) this.unexpected();
    this.pos += name.length;
    this.skipSpace();
    let items: Word[] | undefined;
    if (this.ch() === ';') this.pos++;
    this.skipLinebreaks();
    if (this.peekReserved() === 'in') {
      this.pos += 2;
      items = [];
      for (;;) {
        this.skipSpace();
        const op = this.peekOp();
        if (op === ';' || op === '\n') {
          if (op === ';') this.pos++;
          break;
        }
        if (op !== undefined || this.pos >= this.src.length) this.unexpected();
        items.push(this.readWord());
      }
      this.skipLinebreaks();
    }
    this.expectReserved('do');
    const body = this.parseBody(new Set(['done']));
    this.expectReserved('done');
    const out: Command = { t: 'for', name, body, redirs: [] };
    if (items) out.items = items;
    return out;
  }

  private parseCase(): Command {
    this.pos += 4;
    this.skipSpace();
    const word = this.readWord();
    this.skipLinebreaks();
    this.expectReserved('in');
    const items: { patterns: Word[]; body: List }[] = [];
    for (;;) {
      this.skipLinebreaks();
      if (this.peekReserved() === 'esac') {
        this.pos += 4;
        break;
      }
      if (this.pos >= this.src.length) this.unexpected();
      if (this.ch() === '(') this.pos++;
      const patterns: Word[] = [];
      for (;;) {
        this.skipSpace();
        patterns.push(this.readWord());
        this.skipSpace();
        if (this.ch() === '|') {
          this.pos++;
          continue;
        }
        if (this.ch() === ')') {
          this.pos++;
          break;
        }
        this.unexpected();
      }
      const body = this.parseList(new Set(['esac']));
      items.push({ patterns, body });
      this.skipLinebreaks();
      if (this.src.startsWith(';;', this.pos)) {
        this.pos += 2;
        continue;
      }
      if (this.peekReserved() === 'esac') {
        this.pos += 4;
        break;
      }
      this.unexpected();
    }
    return { t: 'case', word, items, redirs: [] };
  }

  private parseSimple(): Command {
    const line = this.lineAt(this.pos);
    const assigns: Assign[] = [];
    const words: Word[] = [];
    const redirs: Redirect[] = [];
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.src.length) break;
      const rd = this.tryRedirect();
      if (rd !== undefined) {
        redirs.push(rd);
        continue;
      }
      const op = this.peekOp();
      if (op !== undefined) {
        if (op === '(' && words.length === 1 && assigns.length === 0 && this.src.startsWith('()', this.pos)) {
          // Function definition: name() compound-command
          const name = wordLiteral(words[0] as Word);
          if (name === undefined || !NAME_RE.test(name)) this.unexpected();
          this.pos += 2;
          this.skipLinebreaks();
          return { t: 'func', name, body: this.parseCommand(), redirs: [] };
        }
        break;
      }
      if (words.length === 0) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(this.src.slice(this.pos, this.pos + 256));
        if (m && m[1] !== undefined) {
          const append = m[2] === '+';
          this.pos += m[0].length;
          if (this.ch() === '(') {
            // bash array: name=(word…)
            this.pos++;
            const items: Word[] = [];
            for (;;) {
              this.skipLinebreaks();
              if (this.ch() === ')') {
                this.pos++;
                break;
              }
              if (this.pos >= this.src.length) this.unexpected();
              items.push(this.readWord());
            }
            assigns.push(append ? { name: m[1], value: [], array: items, append } : { name: m[1], value: [], array: items });
            continue;
          }
          const value = this.atWordEnd() ? [] : this.readWord();
          assigns.push(append ? { name: m[1], value, append } : { name: m[1], value });
          continue;
        }
      }
      words.push(this.readWord());
    }
    if (words.length === 0 && assigns.length === 0 && redirs.length === 0) this.unexpected();
    return { t: 'simple', assigns, words, redirs, line };
  }

  private atWordEnd(): boolean {
    return this.pos >= this.src.length || META.has(this.ch());
  }

  private tryRedirect(): Redirect | undefined {
    const m = /^(\d*)(<<<|<<-|<<|>>|>&|<&|<>|>\||<|>)/.exec(this.src.slice(this.pos, this.pos + 16));
    if (!m || m[2] === undefined) return undefined;
    const op = m[2] as RedirOp;
    const fd = m[1] ? Number(m[1]) : op.startsWith('<') ? 0 : 1;
    if (fd > 9) return undefined;
    this.pos += m[0].length;
    this.skipSpace();
    if (this.atWordEnd()) this.unexpected();
    const target = this.readWord();
    const rd: Redirect = { fd, op, target };
    if (op === '<<' || op === '<<-') {
      const quoted = target.some((p) => p.q);
      const delim = target.map((p) => (p.t === 'lit' ? p.v : '')).join('');
      this.pending.push({ redir: rd, delim, strip: op === '<<-', quoted });
    }
    return rd;
  }

  private readHeredocBody(h: PendingHeredoc): void {
    const lines: string[] = [];
    for (;;) {
      if (this.pos >= this.src.length) break; // bash: "here-document delimited by end-of-file"
      let end = this.src.indexOf('\n', this.pos);
      if (end < 0) end = this.src.length;
      let line = this.src.slice(this.pos, end);
      this.pos = Math.min(end + 1, this.src.length);
      if (h.strip) line = line.replace(/^\t+/, '');
      if (line === h.delim) break;
      lines.push(line + '\n');
    }
    const text = lines.join('');
    h.redir.body = h.quoted ? [{ t: 'lit', v: text, q: true }] : parseDoubleQuotedText(text, true);
  }

  // ---------------------------------------------------------------- words

  /** Read one word (at least one character must be available). */
  private readWord(): Word {
    const parts: Word = [];
    const start = this.pos;
    this.readParts(parts, (c) => META.has(c), false);
    if (this.pos === start) this.unexpected();
    return parts;
  }

  /** For here-documents and arithmetic: everything is text, expansions still apply. */
  parseLooseText(heredoc: boolean): Word {
    const parts: Word = [];
    this.readParts(parts, () => false, true, heredoc);
    return parts;
  }

  private push(parts: Word, part: WordPart): void {
    const last = parts[parts.length - 1];
    if (part.t === 'lit' && last?.t === 'lit' && last.q === part.q) last.v += part.v;
    else parts.push(part);
  }

  /**
   * Read word parts until `stop` says so (outside quotes). With `dq`, the text is inside double
   * quotes (or a here-document when `heredoc`): quotes are ordinary characters.
   */
  private readParts(parts: Word, stop: (c: string) => boolean, dq: boolean, heredoc = false): void {
    if (++this.depth > MAX_DEPTH) throw new ParseError('nesting too deep', undefined);
    while (this.pos < this.src.length) {
      const c = this.ch();
      if (!dq && stop(c)) break;
      if (dq && !heredoc && c === '"') break;
      if (dq && stop(c)) break;
      if (c === '\\') {
        const n = this.ch(1);
        if (n === '\n') {
          this.pos += 2;
          continue;
        }
        if (this.pos + 1 >= this.src.length) {
          this.push(parts, { t: 'lit', v: '\\', q: dq });
          this.pos++;
          continue;
        }
        if (dq) {
          const special = heredoc ? '$`\\' : '$`"\\';
          this.push(parts, { t: 'lit', v: special.includes(n) ? n : '\\' + n, q: true });
        } else {
          this.push(parts, { t: 'lit', v: n, q: true });
        }
        this.pos += 2;
      } else if (c === "'" && !dq) {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) throw new ParseError('unterminated quoted string', undefined);
        this.push(parts, { t: 'lit', v: this.src.slice(this.pos + 1, end), q: true });
        this.pos = end + 1;
      } else if (c === '"' && !dq) {
        this.pos++;
        const inner: Word = [];
        this.readParts(inner, () => false, true);
        if (this.ch() !== '"') throw new ParseError('unterminated quoted string', undefined);
        this.pos++;
        if (inner.length === 0) this.push(parts, { t: 'lit', v: '', q: true });
        for (const p of inner) this.push(parts, p);
      } else if (c === '$') {
        this.readDollar(parts, dq);
      } else if (c === '`') {
        this.readBacktick(parts, dq);
      } else {
        this.push(parts, { t: 'lit', v: c, q: dq });
        this.pos++;
      }
    }
    this.depth--;
  }

  private readDollar(parts: Word, q: boolean): void {
    const n = this.ch(1);
    if (n === "'" && !q) {
      // $'…' ANSI-C quoting (bash, BusyBox ash): backslash escapes, the result is quoted.
      let i = this.pos + 2;
      let v = '';
      const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b', E: '\x1b', '\\': '\\', "'": "'", '"': '"', '?': '?' };
      for (; i < this.src.length && this.src[i] !== "'"; i++) {
        const c = this.src[i] as string;
        if (c !== '\\' || i + 1 >= this.src.length) {
          v += c;
          continue;
        }
        const e = this.src[++i] as string;
        const oct = /^[0-7]{1,3}/.exec(this.src.slice(i));
        const hex = e === 'x' ? /^[0-9a-fA-F]{1,2}/.exec(this.src.slice(i + 1)) : null;
        if (map[e] !== undefined) v += map[e];
        else if (oct) {
          v += String.fromCharCode(parseInt(oct[0], 8));
          i += oct[0].length - 1;
        } else if (hex) {
          v += String.fromCharCode(parseInt(hex[0], 16));
          i += hex[0].length;
        } else v += '\\' + e;
      }
      if (i >= this.src.length) throw new ParseError('unterminated quoted string', undefined);
      this.pos = i + 1;
      this.push(parts, { t: 'lit', v, q: true });
      return;
    }
    if (n === '(' && this.ch(2) === '(') {
      const start = this.pos + 3;
      let depth = 0;
      let i = start;
      for (; i < this.src.length; i++) {
        const c = this.src[i];
        if (c === '(') depth++;
        else if (c === ')') {
          if (depth === 0) break;
          depth--;
        }
      }
      if (i < this.src.length && this.src[i + 1] === ')') {
        const inner = this.src.slice(start, i);
        this.pos = i + 2;
        parts.push({ t: 'arith', expr: parseDoubleQuotedText(inner, true), q });
        return;
      }
      // Not arithmetic after all: a command substitution starting with a subshell.
    }
    if (n === '(') {
      this.pos += 2;
      const body = this.parseList(new Set());
      this.skipLinebreaks();
      if (this.ch() !== ')') {
        if (this.pos >= this.src.length) throw new ParseError('unterminated command substitution', undefined);
        this.unexpected();
      }
      this.pos++;
      parts.push({ t: 'cmd', body, q });
      return;
    }
    if (n === '{') {
      this.pos += 2;
      let length = false;
      if (this.ch() === '#' && this.ch(1) !== '}' && /[A-Za-z_0-9@*#?$!-]/.test(this.ch(1))) {
        length = true;
        this.pos++;
      }
      const name = this.readParamName();
      if (name === undefined) throw new ParseError('bad substitution', undefined);
      let index: string | undefined;
      if (this.ch() === '[' && /^[A-Za-z_]/.test(name)) {
        const close = this.src.indexOf(']', this.pos);
        if (close < 0) throw new ParseError('bad substitution', undefined);
        index = this.src.slice(this.pos + 1, close);
        this.pos = close + 1;
      }
      let op: ParamOp | undefined;
      for (const o of [':-', ':=', ':+', ':?', '##', '%%', '//', '/#', '/%', '-', '=', '+', '?', '#', '%', '/', ':'] as ParamOp[]) {
        if (this.src.startsWith(o, this.pos)) {
          op = o;
          break;
        }
      }
      let arg: Word | undefined;
      let repl: Word | undefined;
      let sub: string | undefined;
      if (op === ':' && !length) {
        // ${v:offset[:length]}: arithmetic, up to the matching brace.
        let depth = 0;
        let end = this.pos + 1;
        for (; end < this.src.length; end++) {
          const c = this.src[end];
          if (c === '{') depth++;
          else if (c === '}') {
            if (depth === 0) break;
            depth--;
          }
        }
        sub = this.src.slice(this.pos + 1, end);
        this.pos = end;
        arg = [];
      } else if (op !== undefined && !length) {
        this.pos += op.length;
        arg = [];
        if (op.startsWith('/')) {
          this.readBraceArg(arg, q, '/');
          if (this.ch() === '/') {
            this.pos++;
            repl = [];
            this.readBraceArg(repl, q);
          }
        } else this.readBraceArg(arg, q);
      }
      if (this.ch() !== '}') throw new ParseError(this.pos >= this.src.length ? 'unterminated ${' : 'bad substitution', undefined);
      this.pos++;
      const part: WordPart = { t: 'param', name, q };
      if (op !== undefined && arg !== undefined) {
        part.op = op;
        part.arg = arg;
      }
      if (repl !== undefined) part.repl = repl;
      if (sub !== undefined) part.sub = sub;
      if (length) part.length = true;
      if (index !== undefined) part.index = index;
      parts.push(part);
      return;
    }
    this.pos++;
    const name = this.readParamName();
    if (name === undefined) {
      this.push(parts, { t: 'lit', v: '$', q });
      return;
    }
    parts.push({ t: 'param', name, q });
  }

  /** The argument of ${name op arg}: up to the matching `}`. */
  private readBraceArg(arg: Word, q: boolean, stopAt?: string): void {
    let depth = 0;
    while (this.pos < this.src.length) {
      const c = this.ch();
      if (c === stopAt && depth === 0) return;
      if (c === '}') {
        if (depth === 0) return;
        depth--;
      } else if (c === '{') depth++;
      if (c === '\\') {
        const n = this.ch(1);
        this.push(arg, { t: 'lit', v: q && !'$`"\\}'.includes(n) ? '\\' + n : n, q: true });
        this.pos += 2;
      } else if (c === "'" && !q) {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) throw new ParseError('unterminated quoted string', undefined);
        this.push(arg, { t: 'lit', v: this.src.slice(this.pos + 1, end), q: true });
        this.pos = end + 1;
      } else if (c === '"') {
        this.pos++;
        const inner: Word = [];
        this.readParts(inner, () => false, true);
        if (this.ch() !== '"') throw new ParseError('unterminated quoted string', undefined);
        this.pos++;
        if (inner.length === 0) this.push(arg, { t: 'lit', v: '', q: true });
        for (const p of inner) this.push(arg, p);
      } else if (c === '$') {
        this.readDollar(arg, q);
      } else if (c === '`') {
        this.readBacktick(arg, q);
      } else {
        this.push(arg, { t: 'lit', v: c, q });
        this.pos++;
      }
    }
  }

  private readParamName(): string | undefined {
    const c = this.ch();
    if (/[A-Za-z_]/.test(c)) {
      let end = this.pos + 1;
      while (end < this.src.length && /[A-Za-z0-9_]/.test(this.src[end] as string)) end++;
      const name = this.src.slice(this.pos, end);
      this.pos = end;
      return name;
    }
    if (/[0-9@*#?$!-]/.test(c) && c !== '') {
      this.pos++;
      return c;
    }
    return undefined;
  }

  private readBacktick(parts: Word, q: boolean): void {
    let i = this.pos + 1;
    let inner = '';
    for (; i < this.src.length; i++) {
      const c = this.src[i] as string;
      if (c === '\\' && i + 1 < this.src.length) {
        const n = this.src[i + 1] as string;
        if (n === '$' || n === '`' || n === '\\' || (q && n === '"')) inner += n;
        else inner += c + n;
        i++;
        continue;
      }
      if (c === '`') break;
      inner += c;
    }
    if (i >= this.src.length) throw new ParseError('unterminated quoted string', undefined);
    this.pos = i + 1;
    const sub = new Parser(inner);
    sub.depth = this.depth;
    parts.push({ t: 'cmd', body: sub.parseProgram(), q });
  }
}

/** The text of a word made only of literal parts, else undefined. */
export function wordLiteral(w: Word): string | undefined {
  let s = '';
  for (const p of w) {
    if (p.t !== 'lit') return undefined;
    s += p.v;
  }
  return s;
}
