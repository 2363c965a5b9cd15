/**
 * Helpers every formatter shares: which findings a report shows, counts, display paths,
 * rule metadata lookup. Pure: no file system, console, process or clock.
 */
import path from 'node:path';
import { compareFindings, type Finding, type ObjectRef, type Severity } from '../model/finding.js';
import { BUILTIN_RULES, ruleHelpUri, type RuleMeta } from '../model/rule-meta.js';
import type { FileResult } from '../model/result.js';

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fatal: number;
  suppressed: number;
  /** Unsuppressed findings that carry a safe fix. */
  fixableErrors: number;
  fixableWarnings: number;
}

export function emptyCounts(): Counts {
  return { errors: 0, warnings: 0, infos: 0, fatal: 0, suppressed: 0, fixableErrors: 0, fixableWarnings: 0 };
}

/** Count findings the way the CLI's exit code sees them: suppressed findings count only as suppressed. */
export function countOf(findings: readonly Finding[], into: Counts = emptyCounts()): Counts {
  for (const f of findings) {
    if (f.suppressed) {
      into.suppressed++;
      continue;
    }
    if (f.fatal) into.fatal++;
    if (f.severity === 'error') {
      into.errors++;
      if (f.fix) into.fixableErrors++;
    } else if (f.severity === 'warning') {
      into.warnings++;
      if (f.fix) into.fixableWarnings++;
    } else into.infos++;
  }
  return into;
}

export function countAll(results: readonly FileResult[]): Counts {
  const c = emptyCounts();
  for (const r of results) countOf(r.findings, c);
  return c;
}

/** ESLint's `pluralize` (lib/cli-engine/formatters/stylish.js): `word` + `s` unless count is 1. */
export function pluralize(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}

/**
 * `--quiet` keeps errors only, as ESLint's CLI does (it filters warnings out before formatting);
 * findings are sorted by position (ESLint sorts a file's messages by line and column).
 */
export function visibleFindings(findings: readonly Finding[], quiet: boolean): Finding[] {
  return findings.filter((f) => !quiet || f.severity === 'error').sort(compareFindings);
}

/**
 * The path to show for a file: relative to cwd with `/` separators when it is inside cwd,
 * otherwise as given. `<stdin>` and other non-paths pass through unchanged.
 */
export function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath.split(path.sep).join('/');
  const rel = path.relative(cwd, filePath);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return filePath;
  return rel.split(path.sep).join('/');
}

/** Rule metadata by id: the input's rules first, then the built-in `invalid`/`parse-error`. */
export function ruleIndex(rules: readonly RuleMeta[]): Map<string, RuleMeta> {
  const map = new Map<string, RuleMeta>();
  for (const r of BUILTIN_RULES) map.set(r.id, r);
  for (const r of rules) map.set(r.id, r);
  return map;
}

/** Metadata for a rule that fired but was not described (a custom rule with no metadata handed in). */
export function fallbackRule(id: string, severity: Severity): RuleMeta {
  return { id, category: 'hygiene', severity, description: `Rule ${id}.`, helpUri: ruleHelpUri(id) };
}

/** `Deployment "web"`, `Pod "web" in namespace "prod"`: how messages name objects. */
export function objectLabel(o: ObjectRef | undefined): string {
  if (!o) return '';
  const name = o.name ? ` "${o.name}"` : '';
  const ns = o.namespace ? ` in namespace "${o.namespace}"` : '';
  return `${o.kind || 'object'}${name}${ns}`;
}

/** `Deployment/prod/web` (kind/namespace/name, kubectl's resource notation). */
export function objectId(o: ObjectRef | undefined): string {
  if (!o) return '';
  return [o.kind || 'object', o.namespace, o.name].filter((s): s is string => typeof s === 'string' && s !== '').join('/');
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };
