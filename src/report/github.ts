/**
 * GitHub Actions workflow commands, one annotation per finding:
 * `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE`
 * (`::warning` for warnings, `::notice` for infos). Escaping is @actions/core's
 * (src/command.ts): data escapes `%`, `\r`, `\n`; property values also `:` and `,`.
 * A range over several lines drops col/endColumn: the toolkit documents that endColumn
 * "cannot be sent when startLine and endLine are different values".
 */
import type { Finding } from '../model/finding.js';
import type { FileResult } from '../model/result.js';
import { displayPath, visibleFindings } from './common.js';

/** @actions/core `escapeData`. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @actions/core `escapeProperty`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export function annotationLevel(f: Finding): AnnotationLevel {
  return f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
}

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  /** Property values unescaped, in the order they are written. */
  properties: { file: string; line: number; col?: number; endLine: number; endColumn?: number; title: string };
}

export function toAnnotation(f: Finding, cwd: string): Annotation {
  const r = f.range;
  const oneLine = r.endLine === r.line;
  const message = f.remediation ? `${f.message}\n${f.remediation}` : f.message;
  return {
    level: annotationLevel(f),
    message,
    properties: {
      file: displayPath(f.filePath, cwd),
      line: r.line,
      ...(oneLine ? { col: r.column } : {}),
      endLine: r.endLine,
      ...(oneLine ? { endColumn: r.endColumn } : {}),
      title: f.ruleId,
    },
  };
}

export function annotationCommand(a: Annotation): string {
  const props = Object.entries(a.properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${a.level} ${props}::${escapeData(a.message)}`;
}

/** Every unsuppressed finding as an annotation command, one per line. */
export function formatGithub(results: readonly FileResult[], cwd: string, opts: { quiet?: boolean } = {}): string {
  const out: string[] = [];
  for (const r of results) {
    for (const f of visibleFindings(r.findings, opts.quiet ?? false)) {
      if (f.suppressed) continue;
      out.push(annotationCommand(toAnnotation(f, cwd)));
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
