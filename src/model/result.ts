import type { Finding } from './finding.js';
import type { RuleMeta } from './rule-meta.js';

/** The findings of one file, with its text (reports draw code frames from it). */
export interface FileResult {
  filePath: string;
  findings: Finding[];
  source?: string;
}

export interface LintResult {
  results: FileResult[];
  /** Metadata of every rule that can appear in the results (for SARIF, docs links, summaries). */
  rules: RuleMeta[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Unreadable or undecodable input: the CLI exits 2. */
  fatalCount: number;
  /** Files fixed in place by --fix. */
  fixedFiles?: string[];
}

export function countFindings(results: readonly FileResult[]): Pick<LintResult, 'errorCount' | 'warningCount' | 'infoCount' | 'fatalCount'> {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fatalCount = 0;
  for (const r of results) {
    for (const f of r.findings) {
      if (f.suppressed) continue;
      if (f.fatal) fatalCount++;
      if (f.severity === 'error') errorCount++;
      else if (f.severity === 'warning') warningCount++;
      else infoCount++;
    }
  }
  return { errorCount, warningCount, infoCount, fatalCount };
}
