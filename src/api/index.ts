/**
 * podproof's public API. The CLI, the step library and the GitHub Action are built on it only.
 */
export { lintFiles, lintText, type LintOptions, type LintTextOptions, type LintRunResult } from './lint.js';
export { validatePod, type PodValidation } from './validate.js';
export {
  simulateFile,
  loadManifestObjects,
  InputError,
  formatContainers,
  formatEvents,
  formatWatch,
  parseUntil,
  renderTimelineHtml,
  renderTimelineSvg,
  type RunOptions,
  type SimulationResult,
} from './simulate.js';
export { countFindings, mergeJsonReports, parseShard } from './merge.js';
export { runSpecs, stepLibraryPath, type SpecOptions, type SpecRunResult } from './test.js';
export type { ScenarioResult, ScenarioStatus } from '../report/types.js';
export { listRules, allRuleMeta, renderRuleDoc, renderRulesIndex, type RuleListOptions, type CompiledRule } from './rules.js';
export { formatReport, FORMAT_NAMES, type FormatName, type ReportInput } from './report.js';
export { parseDuration, formatDuration, humanDuration } from '../model/duration.js';
export { simulate, createCluster, podPhase, podRow, formatPodTable, type PodRow, type PodPhase, type PodPhaseOptions } from '../emulator/index.js';
export type { Finding, Severity, SourceRange, ObjectRef } from '../model/finding.js';
export type { FileResult, LintResult } from '../model/result.js';
export type { FieldError } from '../model/field-error.js';
export type { RuleMeta } from '../model/rule-meta.js';
export type { Pod, PodSpec, PodStatus, Container, ContainerStatus, KubeObject } from '../model/k8s.js';
