/**
 * The built-in rules, from the module scripts/build-rules.ts generates (rule metadata plus
 * ajv standalone validators): no YAML parsing and no schema compilation at run time.
 */
import type { CodeCheck } from './checks/types.js';
import { CODE_CHECKS } from './checks/index.js';
import { compileRule, optionsValidator, type SchemaValidateFn } from './compile.js';
import { CHECK_VALIDATORS, OPTION_VALIDATORS, RULE_DEFINITIONS } from './generated/rules.js';
import type { CompiledRule, RuleDefinition } from './types.js';

let cache: CompiledRule[] | undefined;

export function builtinRules(): readonly CompiledRule[] {
  if (cache) return cache;
  const checks = CHECK_VALIDATORS as Record<string, SchemaValidateFn | undefined>;
  const opts = OPTION_VALIDATORS as Record<string, SchemaValidateFn | undefined>;
  const code = CODE_CHECKS as Record<string, CodeCheck | undefined>;
  cache = (RULE_DEFINITIONS as RuleDefinition[]).map((def) => {
    const impl: { schema?: SchemaValidateFn; code?: CodeCheck } = {};
    const s = checks[def.id];
    if (s) impl.schema = s;
    if ('code' in def.check) {
      const c = code[def.check.code];
      if (c) impl.code = c;
    }
    return compileRule(def, impl, optionsValidator(def.id, opts[def.id]), 'builtin');
  });
  return cache;
}
