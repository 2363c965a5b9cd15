/** The syntax tree of the sh subset (POSIX Shell Command Language, XCU chapter 2). */

/** One piece of a word. `q` marks quoted text: no field splitting, no pathname expansion. */
export type WordPart =
  | { t: 'lit'; v: string; q: boolean }
  /** `index`: the raw subscript of `${name[index]}` (bash arrays: `@`, `*` or arithmetic). */
  | { t: 'param'; name: string; op?: ParamOp; arg?: Word; length?: boolean; index?: string; repl?: Word; sub?: string; q: boolean }
  | { t: 'cmd'; body: List; q: boolean }
  | { t: 'arith'; expr: Word; q: boolean };

/** `/` `//` `/#` `/%`: bash pattern substitution (`repl` holds the replacement); `:`: bash
 *  substring `${v:off[:len]}` (`sub` holds the raw `off[:len]`). */
export type ParamOp = ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?' | '#' | '##' | '%' | '%%' | '/' | '//' | '/#' | '/%' | ':';

export type Word = WordPart[];

/** `<<<`: bash here-string. */
export type RedirOp = '>' | '>>' | '<' | '>&' | '<&' | '<<' | '<<-' | '<<<' | '<>' | '>|';

export interface Redirect {
  fd: number;
  op: RedirOp;
  target: Word;
  /** Here-document body (already parsed; quoted delimiters give one literal part). */
  body?: Word;
}

export interface Assign {
  name: string;
  value: Word;
  /** bash array assignment `name=(a b c)`. */
  array?: Word[];
  /** bash `name+=value` / `name+=(…)`. */
  append?: boolean;
}

/** A token of bash's `[[ … ]]`: an operator, or a word (`regex`: the right side of `=~`). */
export type CondToken = { op: string } | { word: Word; regex?: boolean };

export type Command =
  /** `line`: 1-based line of the command in its script (dash and bash print it in errors). */
  | { t: 'simple'; assigns: Assign[]; words: Word[]; redirs: Redirect[]; line: number }
  | { t: 'brace'; body: List; redirs: Redirect[] }
  | { t: 'subshell'; body: List; redirs: Redirect[] }
  | { t: 'if'; clauses: { cond: List; body: List }[]; else?: List; redirs: Redirect[] }
  | { t: 'loop'; until: boolean; cond: List; body: List; redirs: Redirect[] }
  | { t: 'for'; name: string; items?: Word[]; body: List; redirs: Redirect[] }
  | { t: 'case'; word: Word; items: { patterns: Word[]; body: List }[]; redirs: Redirect[] }
  | { t: 'func'; name: string; body: Command; redirs: Redirect[] }
  /** bash/BusyBox `[[ … ]]` (not in dash). */
  | { t: 'cond'; tokens: CondToken[]; redirs: Redirect[]; line: number };

export interface Pipeline {
  bang: boolean;
  cmds: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; p: Pipeline }[];
}

export interface ListItem {
  ao: AndOr;
  bg: boolean;
}

export type List = ListItem[];
