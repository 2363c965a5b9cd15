/** The syntax tree of the sh subset (POSIX Shell Command Language, XCU chapter 2). */

/** One piece of a word. `q` marks quoted text: no field splitting, no pathname expansion. */
export type WordPart =
  | { t: 'lit'; v: string; q: boolean }
  | { t: 'param'; name: string; op?: ParamOp; arg?: Word; length?: boolean; q: boolean }
  | { t: 'cmd'; body: List; q: boolean }
  | { t: 'arith'; expr: Word; q: boolean };

export type ParamOp = ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?' | '#' | '##' | '%' | '%%';

export type Word = WordPart[];

export type RedirOp = '>' | '>>' | '<' | '>&' | '<&' | '<<' | '<<-' | '<>' | '>|';

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
}

export type Command =
  /** `line`: 1-based line of the command in its script (dash and bash print it in errors). */
  | { t: 'simple'; assigns: Assign[]; words: Word[]; redirs: Redirect[]; line: number }
  | { t: 'brace'; body: List; redirs: Redirect[] }
  | { t: 'subshell'; body: List; redirs: Redirect[] }
  | { t: 'if'; clauses: { cond: List; body: List }[]; else?: List; redirs: Redirect[] }
  | { t: 'loop'; until: boolean; cond: List; body: List; redirs: Redirect[] }
  | { t: 'for'; name: string; items?: Word[]; body: List; redirs: Redirect[] }
  | { t: 'case'; word: Word; items: { patterns: Word[]; body: List }[]; redirs: Redirect[] }
  | { t: 'func'; name: string; body: Command; redirs: Redirect[] };

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
