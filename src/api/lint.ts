/**
 * lintFiles / lintText: files → manifests → validation (+ lint rules) → findings with positions.
 * Every file is checked even when others fail to read; nothing throws for bad input.
 */
import { DEFAULT_LIMITS, objectSites, parseFile, type ParsedFile } from '../manifest/index.js';
import { compareFindings, type Finding } from '../model/finding.js';
import { BUILTIN_RULES } from '../model/rule-meta.js';
import { countFindings, type FileResult, type LintResult } from '../model/result.js';
import { validateSite } from '../validate/findings.js';
import { expandPatterns, readTarget } from './files.js';

export interface LintOptions {
  /** Folder that relative paths and config discovery start from (default: process.cwd()). */
  cwd?: string;
  /** Largest file checked, in bytes (default 8 MiB). */
  maxFileBytes?: number;
  /** Where `-` reads from. */
  stdin?: NodeJS.ReadableStream;
  /** Display name for stdin input. */
  stdinFilename?: string;
}

export interface LintTextOptions {
  filePath?: string;
  maxFileBytes?: number;
}

function fatalFinding(filePath: string, message: string): Finding {
  return {
    ruleId: 'parse-error',
    severity: 'error',
    message,
    filePath,
    range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
    path: '',
    fatal: true,
  };
}

/** Validate (and lint) one parsed file. */
function checkParsed(file: ParsedFile): Finding[] {
  const findings: Finding[] = [...file.problems];
  for (const site of objectSites(file)) {
    const v = validateSite(site);
    findings.push(...v.findings);
  }
  return findings.sort(compareFindings);
}

export function lintText(text: string, options: LintTextOptions = {}): FileResult {
  const filePath = options.filePath ?? '<text>';
  const file = parseFile(filePath, text, { ...DEFAULT_LIMITS, maxFileBytes: options.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes });
  return { filePath, findings: checkParsed(file), source: text };
}

export async function lintFiles(patterns: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  const targets = await expandPatterns(patterns.length ? patterns : ['.'], cwd);
  const results: FileResult[] = [];
  for (const t of targets) {
    if (t.missing) {
      results.push({ filePath: t.filePath, findings: [fatalFinding(t.filePath, t.missing)] });
      continue;
    }
    const read = await readTarget(t, maxFileBytes, options.stdin);
    const filePath = t.absolutePath ? t.filePath : (options.stdinFilename ?? t.filePath);
    if (!read.ok) {
      results.push({ filePath, findings: [fatalFinding(filePath, read.message)] });
      continue;
    }
    results.push(lintText(read.text, { filePath, maxFileBytes }));
  }
  return { results, rules: [...BUILTIN_RULES], ...countFindings(results) };
}
