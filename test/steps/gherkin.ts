/** Test helpers: the step texts of .feature files (pickles, so outlines are expanded) and the step matcher. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { CucumberExpression, ParameterType, ParameterTypeRegistry } from '@cucumber/cucumber-expressions';
import { IdGenerator } from '@cucumber/messages';
import fg from 'fast-glob';
import { ALL_STEPS, PARAMETER_TYPES } from '../../src/steps/all.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface PickledStep {
  uri: string;
  text: string;
}

/** Every step of every scenario (Scenario Outline rows expanded) in the .feature files under these folders. */
export function pickleSteps(folders: readonly string[]): PickledStep[] {
  const files = fg.sync(folders.map((f) => `${f}/**/*.feature`), { cwd: ROOT });
  const out: PickledStep[] = [];
  for (const uri of files.sort()) {
    const newId = IdGenerator.incrementing();
    const parser = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher());
    const doc = parser.parse(readFileSync(path.join(ROOT, uri), 'utf8'));
    for (const pickle of compile(doc, uri, newId)) for (const s of pickle.steps) out.push({ uri, text: s.text });
  }
  return out;
}

export function registry(): ParameterTypeRegistry {
  const r = new ParameterTypeRegistry();
  for (const p of PARAMETER_TYPES) r.defineParameterType(new ParameterType(p.name, p.regexp, null, p.transformer, true, false));
  return r;
}

export function expression(text: string, r: ParameterTypeRegistry = registry()): CucumberExpression {
  return new CucumberExpression(text, r);
}

/** The built-in steps whose expression matches a step text. */
export function matchingSteps(text: string, r: ParameterTypeRegistry = registry()): string[] {
  return ALL_STEPS.filter((s) => expression(s.expression, r).match(text) !== null).map((s) => s.expression);
}

/** The step list of STEPS.md: every line of its code blocks that starts with Given/When/Then, comments cut. */
export function contractSteps(stepsMd: string): { keyword: string; expression: string }[] {
  const out: { keyword: string; expression: string }[] = [];
  let inBlock = false;
  for (const line of stepsMd.split('\n')) {
    if (line.startsWith('```')) {
      inBlock = !inBlock;
      continue;
    }
    if (!inBlock) continue;
    const m = /^(Given|When|Then) (.*?)(?:\s+#.*)?$/.exec(line);
    if (m) out.push({ keyword: m[1] as string, expression: (m[2] as string).trim() });
  }
  return out;
}
