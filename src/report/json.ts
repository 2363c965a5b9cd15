/**
 * ESLint's JSON format (lib/cli-engine/formatters/json.js: `JSON.stringify(results)` of
 * ESLint's LintResult[]), so tools that read ESLint output (reviewdog's `-f=eslint`, editor
 * integrations, dashboards) read ours.
 *
 * Severity: ESLint knows 1 (warning) and 2 (error). An `info` finding is written as 1: it must
 * not fail a consumer that fails on 2, and every consumer shows a 1. So that `warningCount`
 * keeps ESLint's meaning (the number of messages with severity 1) it counts infos too, and the
 * extra `infoCount` says how many of them are infos; each message also carries the exact
 * `severityName`. Suppressed findings go to `suppressedMessages` with `suppressions`, as
 * ESLint ≥ 8.8 reports directive-suppressed messages, so `messages` holds only live problems.
 */
import type { Finding } from '../model/finding.js';
import type { FileResult } from '../model/result.js';
import { visibleFindings } from './common.js';

export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  severityName: Finding['severity'];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Present (true) on unreadable input, as ESLint marks parse errors. */
  fatal?: true;
  object: { apiVersion: string | null; kind: string | null; name: string | null; namespace: string | null };
  path: string;
  container?: string;
  remediation?: string;
  helpUri?: string;
  /** ESLint's single-edit fix shape; only when the finding's fix is one edit. */
  fix?: { range: [number, number]; text: string };
  suppressions?: { kind: 'inSource' | 'external'; justification: string }[];
}

export interface JsonFileResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: JsonMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  source?: string;
  usedDeprecatedRules: never[];
}

function toMessage(f: Finding): JsonMessage {
  const m: JsonMessage = {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    severityName: f.severity,
    message: f.message,
    line: f.range.line,
    column: f.range.column,
    endLine: f.range.endLine,
    endColumn: f.range.endColumn,
    object: {
      apiVersion: f.object?.apiVersion ?? null,
      kind: f.object?.kind ?? null,
      name: f.object?.name ?? null,
      namespace: f.object?.namespace ?? null,
    },
    path: f.path,
  };
  if (f.fatal) m.fatal = true;
  if (f.container !== undefined) m.container = f.container;
  if (f.remediation !== undefined) m.remediation = f.remediation;
  if (f.helpUri !== undefined) m.helpUri = f.helpUri;
  const edit = f.fix?.edits.length === 1 ? f.fix.edits[0] : undefined;
  if (edit) m.fix = { range: [edit.start, edit.end], text: edit.text };
  if (f.suppressed) {
    m.suppressions = [{ kind: f.suppressed.kind === 'annotation' ? 'inSource' : 'external', justification: f.suppressed.justification ?? '' }];
  }
  return m;
}

export function toJsonResults(results: readonly FileResult[], opts: { quiet?: boolean } = {}): JsonFileResult[] {
  return results.map((r) => {
    const findings = visibleFindings(r.findings, opts.quiet ?? false);
    const live = findings.filter((f) => !f.suppressed);
    const out: JsonFileResult = {
      filePath: r.filePath,
      messages: live.map(toMessage),
      suppressedMessages: findings.filter((f) => f.suppressed).map(toMessage),
      errorCount: live.filter((f) => f.severity === 'error').length,
      fatalErrorCount: live.filter((f) => f.fatal).length,
      warningCount: live.filter((f) => f.severity !== 'error').length,
      infoCount: live.filter((f) => f.severity === 'info').length,
      fixableErrorCount: live.filter((f) => f.severity === 'error' && f.fix).length,
      fixableWarningCount: live.filter((f) => f.severity !== 'error' && f.fix).length,
      usedDeprecatedRules: [],
    };
    // ESLint includes the source only for files with problems.
    if (live.length > 0 && r.source !== undefined) out.source = r.source;
    return out;
  });
}

export function formatJson(results: readonly FileResult[], opts: { quiet?: boolean } = {}): string {
  return JSON.stringify(toJsonResults(results, opts));
}
