/** The rule catalogue as users see it: built-in rules plus custom rules from their folders. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { builtinRules, compileCustomRules, renderRuleDoc, renderRulesIndex, type CompiledRule } from '../lint/index.js';

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
