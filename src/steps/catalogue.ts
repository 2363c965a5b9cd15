/**
 * The step library as data: every step is a Cucumber Expression, a one-line description and a
 * function of the World. `index.ts` registers them with @cucumber/cucumber; `podproof steps` and
 * docs/steps.md list them from the same table, so the documentation cannot drift from the code
 * (the typescript-eslint habit: one source, everything else generated).
 *
 * This module and the domain files import no Cucumber code, so listing the steps stays cheap.
 */
import type { PodproofWorld } from './types.js';

export type StepKeyword = 'Given' | 'When' | 'Then';

/** What follows the step line: a """ doc string or a | data | table |. */
export type StepArgument = 'docString' | 'dataTable';

/** A data table as the step functions see it (Cucumber's DataTable, structurally). */
export interface StepTable {
  raw(): string[][];
}

export interface StepSpec {
  keyword: StepKeyword;
  /** The Cucumber Expression, exactly as STEPS.md writes it. */
  expression: string;
  /** One line: what the step does or checks. */
  description: string;
  /** The domain file it belongs to (manifests, nodes-images, …), for grouping in listings. */
  domain: string;
  argument?: StepArgument;
  /** An example line (with values filled in), for the listing. */
  example?: string;
  /** Called with the World and the expression's parameters (then the doc string / table). */
  run: (world: PodproofWorld, ...args: never[]) => void | Promise<void>;
  /** Where the step is defined (file URL or path, line, column), for Cucumber's step locations. */
  source?: { file: string; line: number; column: number };
}

/** The file:line:column of the code that called the builder (a domain file's step entry). */
function callerSource(): StepSpec['source'] {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  // frames[0] is callerSource, frames[1] the builder, frames[2] the domain file's definition.
  const m = /\(?((?:file:\/\/)?[^()\s]+):(\d+):(\d+)\)?\s*$/.exec(frames[2] ?? '');
  return m ? { file: m[1] as string, line: Number(m[2]), column: Number(m[3]) } : undefined;
}

export interface StepOptions {
  argument?: StepArgument;
  example?: string;
}

/** A step builder for one domain: `given('the manifest {string}', 'Load …', (w, path: string) => …)`. */
export type StepBuilder = <A extends unknown[]>(
  expression: string,
  description: string,
  run: (w: PodproofWorld, ...args: A) => void | Promise<void>,
  opts?: StepOptions,
) => StepSpec;

export function stepsFor(domain: string): { given: StepBuilder; when: StepBuilder; then: StepBuilder } {
  const make =
    (keyword: StepKeyword) =>
    <A extends unknown[]>(expression: string, description: string, run: (w: PodproofWorld, ...args: A) => void | Promise<void>, opts: StepOptions = {}): StepSpec => {
      const spec: StepSpec = { keyword, expression, description, domain, run: run as unknown as StepSpec['run'], ...opts };
      const source = callerSource();
      if (source) spec.source = source;
      return spec;
    };
  return { given: make('Given'), when: make('When'), then: make('Then') };
}

/**
 * How many arguments Cucumber passes to a step function: one per parameter of the expression,
 * plus the doc string or data table. Cucumber checks `fn.length` against this (a function with
 * one more parameter is taken to use the callback interface), so the registered wrapper must
 * declare exactly this many.
 */
export function parameterCount(spec: Pick<StepSpec, 'expression' | 'argument'>): number {
  // Cucumber Expressions: `{name}` is a parameter unless escaped as `\{`.
  const params = spec.expression.match(/(?<!\\)\{[^}]*\}/g) ?? [];
  return params.length + (spec.argument ? 1 : 0);
}

/** A readable form of the expression with its argument: `kubectl get pods shows: <table>`. */
export function displayExpression(spec: Pick<StepSpec, 'expression' | 'argument'>): string {
  if (spec.argument === 'docString') return `${spec.expression} """…"""`;
  if (spec.argument === 'dataTable') return `${spec.expression} |…|`;
  return spec.expression;
}
