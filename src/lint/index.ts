/** The lint layer's public API. */
export { lint, lintFile, fillMessage, UNUSED_SUPPRESSION, type LintOptions } from './engine.js';
export { builtinRules } from './builtin.js';
export { compileCustomRules } from './custom-rules.js';
export { resolveConfigFor, parseConfigFile, discoverConfigFiles, mergeConfigFiles, CONFIG_FILE_NAMES, type ConfigFile } from './config.js';
export { effectiveRules, inPresets, type EffectiveRule } from './settings.js';
export { applyFixes, fixEdits } from './fix.js';
export { unifiedDiff } from './diff.js';
export { renderRuleDoc, renderRulesIndex, renderBuiltinRuleDoc, ruleMeta } from './docs.js';
export { ConfigError, RuleContractError } from './errors.js';
export { IGNORE_ANNOTATION, IGNORE_REASON_ANNOTATION, parseIgnoreValue } from './suppression.js';
export { DEFAULT_KUBERNETES_VERSION, parseKubernetesVersion, inRange } from './version.js';
export { RULE_FORMAT_SCHEMA, ruleMetadataProblems } from './rule-format.js';
export { effectiveContainer, podTargets } from './targets.js';
export { DEFAULT_CONFIG, PRESETS } from './types.js';
export type { CompiledRule, RuleDefinition, ResolvedConfig, RuleSetting, ConfigSuppression, TargetKind, Preset, RuleExample } from './types.js';
export type { CodeCheck, CheckContext, CheckViolation, FixOperation, LintTarget, KubernetesVersion } from './checks/types.js';
