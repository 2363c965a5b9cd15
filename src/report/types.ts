import type { FileResult } from '../model/result.js';
import type { RuleMeta } from '../model/rule-meta.js';

export type { FileResult };

/** Cucumber's test-step result statuses (@cucumber/messages TestStepResultStatus), lower-cased. */
export type ScenarioStatus = 'passed' | 'failed' | 'skipped' | 'pending' | 'undefined' | 'ambiguous' | 'unknown';

/** One scenario's outcome, as `podproof test` reports it. */
export interface ScenarioResult {
  name: string;
  /** The feature file, relative to cwd or absolute. */
  uri: string;
  line: number;
  status: ScenarioStatus;
  /** Why it failed: the failed step's message. */
  message?: string;
  /** The feature's name, when known (groups scenarios in JUnit and the summary). */
  feature?: string;
}

export interface ReportInput {
  results: FileResult[];
  /** Metadata of the rules that can appear in the results. */
  rules: RuleMeta[];
  /** Folder that paths are shown relative to (and SARIF's %SRCROOT%). */
  cwd: string;
  toolVersion: string;
  /** Scenario outcomes from `podproof test`, for the markdown summary and JUnit. */
  scenarios?: ScenarioResult[];
  /**
   * Where the markdown summary links file locations: a base URL that a cwd-relative path is
   * appended to, plus `#L<line>` — on GitHub `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}/`.
   */
  sourceLinkBase?: string;
}

export type FormatName = 'stylish' | 'json' | 'sarif' | 'junit' | 'github' | 'markdown';

export interface FormatOptions {
  /** ANSI colours (stylish only). */
  color?: boolean;
  /** Errors only, as ESLint's --quiet. */
  quiet?: boolean;
}
