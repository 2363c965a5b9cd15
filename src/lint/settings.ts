/**
 * Which rules run, at which severity, with which options: presets (`extends`) expanded over
 * the rule set, then per-rule settings from config files (options validated against each rule's
 * option schema, defaults applied).
 */
import type { Severity } from '../model/finding.js';
import { ConfigError } from './errors.js';
import type { CompiledRule, ResolvedConfig } from './types.js';

export interface EffectiveRule {
  rule: CompiledRule;
  severity: Severity;
  options: Record<string, unknown>;
}

export function inPresets(rule: CompiledRule, presets: readonly string[]): boolean {
  if (presets.includes('all')) return true;
  return rule.definition.presets.some((p) => presets.includes(p));
}

/** The enabled rules for a config. Throws ConfigError for unknown rule ids and invalid options. */
export function effectiveRules(config: ResolvedConfig, rules: readonly CompiledRule[]): Map<string, EffectiveRule> {
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const [id, setting] of Object.entries(config.rules)) {
    if (!byId.has(id)) {
      throw new ConfigError(`unknown rule "${id}" (see \`podproof rules\` for the list)`, setting.source?.file, setting.source?.line);
    }
  }
  const out = new Map<string, EffectiveRule>();
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    let severity: Severity | 'off' = inPresets(rule, config.extends) ? rule.definition.severity : 'off';
    if (setting?.severity !== undefined) severity = setting.severity;
    if (severity === 'off') continue;
    const v = rule.validateOptions(setting?.options);
    if (!v.ok) throw new ConfigError(v.error, setting?.source?.file, setting?.source?.line);
    out.set(rule.id, { rule, severity, options: v.value });
  }
  return out;
}
