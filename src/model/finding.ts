/**
 * The one shape every layer reports in: a validation error, a lint finding, a fatal input
 * problem. Positions are 1-based (line and column), as editors, ESLint and SARIF count them.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The Kubernetes object a finding is about (the workload, not its template). */
export interface ObjectRef {
  apiVersion?: string;
  kind: string;
  name?: string;
  namespace?: string;
}

/** A suppressed finding is kept (SARIF records suppressions) but does not fail a run. */
export interface Suppression {
  kind: 'annotation' | 'config';
  justification?: string;
}

/** A text edit on the file a finding is in: replace [start, end) (0-based offsets) with text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  /** `invalid` for what the API server rejects, `fatal` for unreadable input, else a rule id. */
  ruleId: string;
  severity: Severity;
  message: string;
  filePath: string;
  range: SourceRange;
  /** Field path from the document root: `spec.template.spec.containers[0].image`. */
  path: string;
  object?: ObjectRef;
  container?: string;
  remediation?: string;
  helpUri?: string;
  suppressed?: Suppression;
  /** The input could not be read or decoded (exit code 2); see isFatal. */
  fatal?: boolean;
  /** A safe fix, when the rule declares one: edits to the file's text. */
  fix?: { description: string; edits: TextEdit[] };
}

/** Findings that name no position (a file that cannot be read) point at 1:1. */
export const START_OF_FILE: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };

const SEVERITY_ORDER: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function severityAtLeast(s: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER[s] >= SEVERITY_ORDER[threshold];
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.filePath.localeCompare(b.filePath) ||
    a.range.line - b.range.line ||
    a.range.column - b.range.column ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}

/**
 * A finding that means the input could not be read or decoded at all (malformed YAML, a binary
 * file, an alias bomb, a value of the wrong type, an unknown kind in a built-in API group).
 * The CLI exits 2 when any unsuppressed finding is fatal.
 */
export function isFatal(f: Finding): boolean {
  return f.fatal === true;
}
