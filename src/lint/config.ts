/**
 * Configuration: `.podproof.yaml` files discovered upward from each linted file (or one named
 * with --config), validated against schema/podproof-config.json (compiled at build time), and
 * merged farthest first. Pure: the caller hands in a reader function.
 */
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { isRecord } from '../model/k8s.js';
import { ConfigError } from './errors.js';
import { validateConfig as generatedValidateConfig } from './generated/config-schema.js';
import type { SchemaValidateFn } from './compile.js';
import { matchesAny } from './glob.js';
import type { ConfigSuppression, ResolvedConfig, RuleSetting, RuleSeverity } from './types.js';

export const CONFIG_FILE_NAMES = ['.podproof.yaml', '.podproof.yml'] as const;

/** One configuration file, validated. */
export interface ConfigFile {
  path: string;
  root: boolean;
  /** Presets named in `extends`. */
  extends?: string[];
  /** Shared configuration files named in `extends` (absolute paths), applied before this file. */
  extendsFiles: string[];
  kubernetesVersion?: string;
  rules: Record<string, RuleSetting>;
  ignore: string[];
  suppressions: ConfigSuppression[];
  allowSuppressions?: boolean;
  rulesDirs: string[];
}

function lineOf(doc: ReturnType<typeof parseDocument>, lc: LineCounter, keys: (string | number)[], key = false): number | undefined {
  let node: unknown = doc.contents;
  let line: number | undefined = (node as Node | null)?.range ? lc.linePos((node as Node).range?.[0] ?? 0).line : undefined;
  for (const k of keys) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(k));
      if (!pair) return line;
      const target = key || !pair.value ? (pair.key as Node) : (pair.value as Node);
      if (target?.range) line = lc.linePos(target.range[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof k === 'number') {
      const item = node.items[k] as Node | undefined;
      if (!item) return line;
      if (item.range) line = lc.linePos(item.range[0]).line;
      node = item;
    } else return line;
  }
  return line;
}

function pointerKeys(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function schemaMessage(e: { keyword: string; params: Record<string, unknown>; message?: string; instancePath: string }): string {
  const where = e.instancePath ? pointerKeys(e.instancePath).join('.') : 'the file';
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown setting "${String(e.params.additionalProperty)}" in ${where}`;
    case 'enum':
      return `${where}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'required':
      return `${where}: missing "${String(e.params.missingProperty)}"`;
    case 'propertyNames':
      return `${where}: "${String(e.params.propertyName)}" is not a rule id (kebab-case)`;
    default:
      return `${where}: ${e.message ?? e.keyword}`;
  }
}

const validateConfig = generatedValidateConfig as unknown as SchemaValidateFn & { errors?: unknown };

const parseCache = new Map<string, { text: string; file: ConfigFile }>();

/** Parse and validate one configuration file. Throws ConfigError (file:line) when it is wrong. */
export function parseConfigFile(filePath: string, text: string): ConfigFile {
  const cached = parseCache.get(filePath);
  if (cached && cached.text === text) return cached.file;
  const lc = new LineCounter();
  // YAML 1.2 (core schema) so `off` stays a string.
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) throw new ConfigError(`not valid YAML: ${err.message.split('\n')[0] ?? ''}`, filePath, lc.linePos(err.pos[0]).line);
  const value: unknown = doc.contents === null ? {} : doc.toJS();
  if (!isRecord(value)) throw new ConfigError('a configuration file must be a mapping (e.g. `extends: recommended`)', filePath, 1);
  if (!validateConfig(value)) {
    const errors = ((validateConfig.errors as unknown[] | null | undefined) ?? []) as { keyword: string; params: Record<string, unknown>; message?: string; instancePath: string }[];
    // anyOf failures: the most specific error is the deepest one.
    const e = errors.filter((x) => x.keyword !== 'anyOf').sort((a, b) => b.instancePath.length - a.instancePath.length)[0] ?? errors[0];
    const keys = e ? pointerKeys(e.instancePath) : [];
    const line = e?.keyword === 'additionalProperties' ? lineOf(doc, lc, [...keys, String(e.params.additionalProperty)], true) : lineOf(doc, lc, keys);
    throw new ConfigError(e ? schemaMessage(e) : 'invalid configuration', filePath, line);
  }
  const file: ConfigFile = { path: filePath, root: value.root === true, rules: {}, ignore: [], suppressions: [], rulesDirs: [], extendsFiles: [] };
  if (value.extends !== undefined) {
    const list = Array.isArray(value.extends) ? (value.extends as string[]) : [value.extends as string];
    file.extends = list.filter((e) => !/\.ya?ml$/.test(e));
    file.extendsFiles = list.filter((e) => /\.ya?ml$/.test(e)).map((e) => path.resolve(path.dirname(filePath), e));
  }
  if (value.kubernetesVersion !== undefined) {
    // An unquoted 1.30 reads as the number 1.3: take the text as written.
    const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'kubernetesVersion') : undefined;
    const raw = pair && isScalar(pair.value) ? (pair.value.source ?? pair.value.value) : value.kubernetesVersion;
    const src = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
    file.kubernetesVersion = src.replace(/^v/, '');
  }
  if (isRecord(value.rules)) {
    for (const [id, raw] of Object.entries(value.rules)) {
      const setting: RuleSetting = {};
      if (typeof raw === 'string') setting.severity = raw as RuleSeverity;
      else if (Array.isArray(raw)) {
        setting.severity = raw[0] as RuleSeverity;
        if (isRecord(raw[1])) setting.options = raw[1];
      } else if (isRecord(raw)) {
        if (typeof raw.severity === 'string') setting.severity = raw.severity as RuleSeverity;
        if (isRecord(raw.options)) setting.options = raw.options;
      }
      setting.source = { file: filePath, line: lineOf(doc, lc, ['rules', id], true) ?? 1 };
      file.rules[id] = setting;
    }
  }
  if (Array.isArray(value.ignore)) file.ignore = value.ignore as string[];
  if (Array.isArray(value.suppressions)) {
    file.suppressions = (value.suppressions as Record<string, unknown>[]).map((s, i) => {
      const out: ConfigSuppression = { rules: s.rules as string[], source: { file: filePath, line: lineOf(doc, lc, ['suppressions', i]) ?? 1 } };
      if (typeof s.kind === 'string') out.kind = s.kind;
      if (typeof s.namespace === 'string') out.namespace = s.namespace;
      if (typeof s.name === 'string') out.name = s.name;
      if (typeof s.reason === 'string') out.reason = s.reason;
      return out;
    });
  }
  if (typeof value.allowSuppressions === 'boolean') file.allowSuppressions = value.allowSuppressions;
  if (Array.isArray(value.rulesDirs)) file.rulesDirs = (value.rulesDirs as string[]).map((d) => path.resolve(path.dirname(filePath), d));
  parseCache.set(filePath, { text, file });
  return file;
}

/** A file preceded by the shared files it extends (depth first), each once; cycles are errors. */
function withExtended(f: ConfigFile, read: (path: string) => string | undefined, stack: string[] = []): ConfigFile[] {
  const out: ConfigFile[] = [];
  for (const p of f.extendsFiles) {
    if (stack.includes(p) || p === f.path) throw new ConfigError(`extends ${p}, which extends this file again (a cycle)`, f.path);
    const text = read(p);
    if (text === undefined) throw new ConfigError(`extends ${p}, which does not exist`, f.path);
    out.push(...withExtended(parseConfigFile(p, text), read, [...stack, f.path]));
  }
  out.push(f);
  return out.filter((x, i) => out.findIndex((y) => y.path === x.path) === i);
}

/** The config files that apply to a file, farthest first (stopping at `root: true`). */
export function discoverConfigFiles(
  filePath: string,
  read: (path: string) => string | undefined,
  opts: { configPath?: string; cwd: string },
): ConfigFile[] {
  if (opts.configPath !== undefined) {
    const p = path.resolve(opts.cwd, opts.configPath);
    const text = read(p);
    if (text === undefined) throw new ConfigError('configuration file not found', p);
    return withExtended(parseConfigFile(p, text), read);
  }
  const found: ConfigFile[] = [];
  let dir = path.dirname(path.resolve(opts.cwd, filePath));
  for (;;) {
    let stop = false;
    for (const name of CONFIG_FILE_NAMES) {
      const p = path.join(dir, name);
      const text = read(p);
      if (text === undefined) continue;
      const f = parseConfigFile(p, text);
      found.push(f);
      stop = f.root;
      break;
    }
    const parent = path.dirname(dir);
    if (stop || parent === dir) break;
    dir = parent;
  }
  return found.reverse().flatMap((f) => withExtended(f, read));
}

/** Merge config files (farthest first) into the configuration for one file. */
export function mergeConfigFiles(files: readonly ConfigFile[], filePath: string, cwd: string): ResolvedConfig {
  const abs = path.resolve(cwd, filePath);
  const out: ResolvedConfig = {
    extends: [],
    rules: {},
    ignored: false,
    suppressions: [],
    allowSuppressions: true,
    rulesDirs: [],
    files: files.map((f) => f.path),
  };
  let anyExtends = false;
  for (const f of files) {
    if (f.extends) {
      anyExtends = true;
      for (const p of f.extends) if (!out.extends.includes(p)) out.extends.push(p);
    }
    for (const [id, s] of Object.entries(f.rules)) {
      const prev = out.rules[id];
      // A nearer file that only changes the severity keeps the farther file's options.
      const merged: RuleSetting = { ...prev, ...s };
      if (!s.options && prev?.options) merged.options = prev.options;
      out.rules[id] = merged;
    }
    out.suppressions.push(...f.suppressions);
    if (f.allowSuppressions === false) out.allowSuppressions = false; // a policy owner's "no" sticks
    if (f.kubernetesVersion !== undefined) out.kubernetesVersion = f.kubernetesVersion;
    out.rulesDirs.push(...f.rulesDirs.filter((d) => !out.rulesDirs.includes(d)));
    if (f.ignore.length > 0) {
      const rel = path.relative(path.dirname(f.path), abs).split(path.sep).join('/');
      if (!rel.startsWith('../') && matchesAny(f.ignore, rel)) out.ignored = true;
    }
  }
  if (!anyExtends) out.extends = ['recommended'];
  return out;
}

/**
 * The configuration for one linted file. `read` returns a file's text or undefined when it
 * does not exist. Throws ConfigError (with file:line) for invalid configuration.
 */
export function resolveConfigFor(
  filePath: string,
  read: (path: string) => string | undefined,
  opts: { configPath?: string; cwd: string },
): ResolvedConfig {
  return mergeConfigFiles(discoverConfigFiles(filePath, read, opts), filePath, opts.cwd);
}
