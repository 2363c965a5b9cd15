/** The rule catalogue as users see it: built-in rules plus custom rules from their folders. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { builtinRules, compileCustomRules, renderRuleDoc, renderRulesIndex, ruleMeta, type CompiledRule } from '../lint/index.js';
import { BUILTIN_RULES, type RuleMeta } from '../model/rule-meta.js';

export interface RuleListOptions {
  cwd: string;
  rulesDirs?: string[];
}

export function listRules(options: RuleListOptions): CompiledRule[] {
  const builtins = builtinRules();
  const files: { path: string; text: string }[] = [];
  for (const d of options.rulesDirs ?? []) {
    const dir = path.resolve(options.cwd, d);
    for (const n of readdirSync(dir).filter((x) => /\.ya?ml$/.test(x)).sort()) {
      files.push({ path: path.join(dir, n), text: readFileSync(path.join(dir, n), 'utf8') });
    }
  }
  return [...builtins, ...compileCustomRules(files, new Set(builtins.map((r) => r.id)))];
}

export { renderRuleDoc, renderRulesIndex, type CompiledRule };

/** Report-facing metadata of every rule a run can show (validation, built-in and custom rules). */
export function allRuleMeta(options: RuleListOptions): RuleMeta[] {
  return [...BUILTIN_RULES, ...listRules(options).map((r) => ruleMeta(r))];
}
