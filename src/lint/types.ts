/**
 * The rule engine's own types: a rule as written in rules/<id>.yaml (RuleDefinition), a rule
 * ready to run (CompiledRule), and configuration resolved for one file (ResolvedConfig).
 */
import type { Severity } from '../model/finding.js';
import type { RuleCategory } from '../model/rule-meta.js';
import type { CheckContext, CheckViolation } from './checks/types.js';

/** What a rule is evaluated on. `object` (every object in the file) is for rules like removed-api-version. */
export type TargetKind =
  | 'object'
  | 'pod'
  | 'container'
  | 'init-container'
  | 'sidecar'
  | 'ephemeral-container'
  | 'any-container';

export type Preset = 'recommended' | 'strict' | 'pss-baseline' | 'pss-restricted' | 'all';
export const PRESETS: readonly Preset[] = ['recommended', 'strict', 'pss-baseline', 'pss-restricted', 'all'];

export interface ExpectedFinding {
  /** Printed path from the document root: `spec.containers[0].image`. */
  path: string;
  line?: number;
  column?: number;
  /** Expected message (exact), when given. */
  message?: string;
}

export interface RuleExample {
  title: string;
  manifest: string;
  /** The file name the example is linted as (rules that look at paths, e.g. static pods). */
  filePath?: string;
  /** Rule options for this example (validated against the rule's option schema). */
  options?: Record<string, unknown>;
  /** `1.25` — the Kubernetes version the example is linted against. */
  kubernetesVersion?: string;
  /** Other rules enabled while linting the example (e.g. the rule a suppression names). */
  alsoEnable?: string[];
  findings?: ExpectedFinding[];
}

export type RuleCheck =
  | { schema: Record<string, unknown>; path?: string }
  | { code: string }
  /** Evaluated by the engine itself (only `unused-suppression`). */
  | { engine: string };

export interface RuleFixSpec {
  description: string;
  set?: { path: string; value: unknown };
  remove?: { path: string };
}

export interface RuleDefinition {
  id: string;
  category: Exclude<RuleCategory, 'behaviour'> | 'behaviour';
  severity: Severity;
  presets: string[];
  description: string;
  rationale: string;
  source: string[];
  target: TargetKind | TargetKind[];
  check: RuleCheck;
  kubernetesVersions?: string;
  /**
   * Rules this one replaces where both report the same field (pod-security-admission's
   * OverrideCheckIDs: a restricted check overrides its baseline twin). The superseded finding is
   * dropped unless this rule's finding at that path is suppressed.
   */
  supersedes?: string[];
  message: string;
  remediation: string;
  fix?: RuleFixSpec;
  options?: Record<string, unknown>;
  examples: { incorrect: RuleExample[]; correct: RuleExample[] };
  /** Custom rules: where their documentation lives (built-in rules link to docs/rules/<id>.md). */
  helpUri?: string;
}

export type OptionsValidator = (options: unknown) => { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

/** A rule ready to run: its definition plus the evaluation function. */
export interface CompiledRule {
  id: string;
  definition: RuleDefinition;
  /** Where the rule came from: `builtin`, or the custom rule file's path. */
  origin: string;
  /** The rule's documentation (docs/rules/<id>.md for built-in rules). */
  helpUri: string;
  evaluate(ctx: CheckContext): CheckViolation[];
  /** Validate options and apply defaults from the rule's option schema. */
  validateOptions: OptionsValidator;
}

export type RuleSeverity = Severity | 'off';

export interface RuleSetting {
  severity?: RuleSeverity;
  options?: Record<string, unknown>;
  /** Where the setting was written, for error messages. */
  source?: { file: string; line: number };
}

export interface ConfigSuppression {
  kind?: string;
  namespace?: string;
  name?: string;
  rules: string[];
  reason?: string;
  source?: { file: string; line: number };
}

/** The configuration that applies to one file (all discovered config files merged). */
export interface ResolvedConfig {
  /** Presets in effect (default: recommended). */
  extends: string[];
  /** Per-rule settings written in config files (override the presets). */
  rules: Record<string, RuleSetting>;
  /** Whether the file is excluded by an `ignore` glob. */
  ignored: boolean;
  suppressions: ConfigSuppression[];
  /** false: `podproof.dev/ignore` annotations are not honoured (policy owners forbid them). */
  allowSuppressions: boolean;
  kubernetesVersion?: string;
  /** Folders with custom rules (absolute), for the api layer to read. */
  rulesDirs: string[];
  /** The config files that contributed, farthest first. */
  files: string[];
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  extends: ['recommended'],
  rules: {},
  ignored: false,
  suppressions: [],
  allowSuppressions: true,
  rulesDirs: [],
  files: [],
};
