/**
 * lintFiles / lintText: files → manifests → validation → lint rules → findings with positions.
 * Every file is checked even when others fail to read; nothing throws for bad input (a broken
 * configuration file is the exception: it throws a ConfigError, and the CLI exits 2).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  applyFixes,
  builtinRules,
  compileCustomRules,
  lint,
  resolveConfigFor,
  ruleMeta,
  unifiedDiff,
  type CompiledRule,
  type ResolvedConfig,
} from '../lint/index.js';
import { DEFAULT_LIMITS, objectSites, parseFile, podSpecSite, type ObjectSite, type ParsedFile, type PodSpecSite } from '../manifest/index.js';
import { compareFindings, type Finding } from '../model/finding.js';
import type { KubeObject } from '../model/k8s.js';
import { BUILTIN_RULES, type RuleMeta } from '../model/rule-meta.js';
import { countFindings, type FileResult, type LintResult } from '../model/result.js';
import { validateSite } from '../validate/findings.js';
import { expandPatterns, readTarget } from './files.js';

export interface LintOptions {
  /** Folder that relative paths and config discovery start from (default: process.cwd()). */
  cwd?: string;
  /** A configuration file to use instead of discovering `.podproof.yaml` upward from each file. */
  config?: string;
  /** Folders of custom rules (rules/<id>.yaml), in addition to the configuration's `rules:`. */
  rulesDirs?: string[];
  /** Kubernetes version the rules judge against ("1.36"); overrides the configuration. */
  kubernetesVersion?: string;
  /** Largest file checked, in bytes (default 8 MiB). */
  maxFileBytes?: number;
  /** Where `-` reads from. */
  stdin?: NodeJS.ReadableStream;
  /** Display name for stdin input. */
  stdinFilename?: string;
  /** Apply safe fixes to the files (not to stdin). */
  fix?: boolean;
  /** Compute the fixes and return them as unified diffs without writing. */
  fixDryRun?: boolean;
  /**
   * Check only this shard of the files (1-based index of total): files are sorted and dealt
   * round-robin, so every machine of a CI matrix gets the same split. Cross-file reference
   * rules then see only their shard's objects.
   */
  shard?: { index: number; total: number };
}

export interface LintTextOptions {
  filePath?: string;
  maxFileBytes?: number;
  /** A resolved configuration (default: the `recommended` preset). */
  config?: ResolvedConfig;
  kubernetesVersion?: string;
  /** Rules to run (default: the built-in rules). */
  rules?: readonly CompiledRule[];
}

export interface LintRunResult extends LintResult {
  /** With fixDryRun: the diff of each file that would change. */
  fixDiffs?: { filePath: string; diff: string }[];
}

const DEFAULT_CONFIG_FOR_TEXT: ResolvedConfig = {
  extends: ['recommended'],
  rules: {},
  ignored: false,
  suppressions: [],
  allowSuppressions: true,
  rulesDirs: [],
  files: [],
};

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

interface Checked {
  file: ParsedFile;
  objects: ObjectSite[];
  /** Objects that could be decoded: rules only judge those. */
  decodable: ObjectSite[];
  /** Pod specs of the decodable objects. */
  sites: PodSpecSite[];
  findings: Finding[];
}

/** Parse and validate one file. */
function validateText(filePath: string, text: string, maxFileBytes: number): Checked {
  const file = parseFile(filePath, text, { ...DEFAULT_LIMITS, maxFileBytes });
  const findings: Finding[] = [...file.problems];
  const objects = objectSites(file);
  const sites: PodSpecSite[] = [];
  const decodable: ObjectSite[] = [];
  for (const site of objects) {
    const v = validateSite(site);
    findings.push(...v.findings);
    if (!v.decodable) continue;
    decodable.push(site);
    const p = podSpecSite(site);
    if (p) sites.push(p);
  }
  return { file, objects, decodable, sites, findings };
}

function lintChecked(c: Checked, rules: readonly CompiledRule[], config: ResolvedConfig, allObjects: readonly KubeObject[], kubernetesVersion?: string): Finding[] {
  const findings = [...c.findings];
  if (c.decodable.length > 0) {
    findings.push(...lint(c.sites, rules, config, { objects: c.decodable, allObjects, ...(kubernetesVersion ? { kubernetesVersion } : {}) }));
  }
  return findings.sort(compareFindings);
}

function rulesMeta(rules: readonly CompiledRule[]): RuleMeta[] {
  return [...BUILTIN_RULES, ...rules.map((r) => ruleMeta(r))];
}

/** Lint one text (no file system: no config discovery, built-in rules unless given). */
export function lintText(text: string, options: LintTextOptions = {}): FileResult {
  const filePath = options.filePath ?? '<text>';
  const c = validateText(filePath, text, options.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes);
  const findings = lintChecked(c, options.rules ?? builtinRules(), options.config ?? DEFAULT_CONFIG_FOR_TEXT, c.objects.map((o) => o.object), options.kubernetesVersion);
  return { filePath, findings, source: text };
}

/** Synchronous, cached reads for config discovery (many files share the same folders). */
function cachedReader(): (p: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (p) => {
    if (!cache.has(p)) {
      let text: string | undefined;
      try {
        text = readFileSync(p, 'utf8');
      } catch {
        text = undefined;
      }
      cache.set(p, text);
    }
    return cache.get(p);
  };
}

function readRuleDirs(dirs: readonly string[]): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
    } catch {
      throw Object.assign(new Error(`Cannot read the rules folder ${dir}.`), { exitCode: 2 });
    }
    for (const n of names) out.push({ path: path.join(dir, n), text: readFileSync(path.join(dir, n), 'utf8') });
  }
  return out;
}

export async function lintFiles(patterns: readonly string[], options: LintOptions = {}): Promise<LintRunResult> {
  const cwd = options.cwd ?? process.cwd();
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  const expanded = await expandPatterns(patterns.length ? patterns : ['.'], cwd);
  const shard = options.shard;
  const targets = shard ? expanded.filter((_, i) => i % shard.total === shard.index - 1) : expanded;
  const read = cachedReader();
  const builtins = builtinRules();
  const builtinIds = new Set(builtins.map((r) => r.id));
  const ruleSets = new Map<string, readonly CompiledRule[]>();
  const rulesFor = (config: ResolvedConfig): readonly CompiledRule[] => {
    const dirs = [...(options.rulesDirs ?? []).map((d) => path.resolve(cwd, d)), ...config.rulesDirs];
    const key = dirs.join('\0');
    let rules = ruleSets.get(key);
    if (!rules) {
      rules = dirs.length ? [...builtins, ...compileCustomRules(readRuleDirs(dirs), builtinIds)] : builtins;
      ruleSets.set(key, rules);
    }
    return rules;
  };

  // Pass 1: read, parse and validate every file (reference rules see the whole linted set).
  const pending: { filePath: string; text: string; checked: Checked; config: ResolvedConfig; fromStdin: boolean; absolutePath?: string }[] = [];
  const results: FileResult[] = [];
  for (const t of targets) {
    if (t.missing) {
      results.push({ filePath: t.filePath, findings: [fatalFinding(t.filePath, t.missing)] });
      continue;
    }
    const filePath = t.absolutePath ? t.filePath : (options.stdinFilename ?? t.filePath);
    const config = resolveConfigFor(t.absolutePath ?? path.join(cwd, filePath), read, { cwd, ...(options.config ? { configPath: options.config } : {}) });
    if (config.ignored) continue;
    const r = await readTarget(t, maxFileBytes, options.stdin);
    if (!r.ok) {
      results.push({ filePath, findings: [fatalFinding(filePath, r.message)] });
      continue;
    }
    pending.push({ filePath, text: r.text, checked: validateText(filePath, r.text, maxFileBytes), config, fromStdin: !t.absolutePath, ...(t.absolutePath ? { absolutePath: t.absolutePath } : {}) });
  }
  const allObjects = pending.flatMap((p) => p.checked.objects.map((o) => o.object));

  // Pass 2: lint, and fix where asked.
  const fixDiffs: { filePath: string; diff: string }[] = [];
  const fixedFiles: string[] = [];
  const allRules = new Set<CompiledRule>();
  for (const p of pending) {
    const rules = rulesFor(p.config);
    rules.forEach((r) => allRules.add(r));
    const version = options.kubernetesVersion ?? p.config.kubernetesVersion;
    let findings = lintChecked(p.checked, rules, p.config, allObjects, version);
    let text = p.text;
    if ((options.fix || options.fixDryRun) && !p.fromStdin && findings.some((f) => f.fix && !f.suppressed)) {
      const fixed = applyFixes(text, findings.filter((f) => !f.suppressed));
      if (fixed.applied > 0 && fixed.text !== text) {
        if (options.fixDryRun) fixDiffs.push({ filePath: p.filePath, diff: unifiedDiff(text, fixed.text, p.filePath) });
        else {
          await writeFile(p.absolutePath as string, fixed.text);
          fixedFiles.push(p.filePath);
          text = fixed.text;
          // What is left after fixing, as ESLint reports it.
          findings = lintChecked(validateText(p.filePath, text, maxFileBytes), rules, p.config, allObjects, version);
        }
      }
    }
    results.push({ filePath: p.filePath, findings, source: text });
  }
  results.sort((a, b) => a.filePath.localeCompare(b.filePath));
  const out: LintRunResult = { results, rules: rulesMeta(allRules.size ? [...allRules] : builtins), ...countFindings(results) };
  if (options.fixDryRun) out.fixDiffs = fixDiffs;
  if (options.fix) out.fixedFiles = fixedFiles;
  return out;
}
