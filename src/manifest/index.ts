/**
 * Text → Kubernetes objects with source positions, and the pod specs inside them.
 *
 * Parsing follows kubectl: YAML 1.1 scalars (`0644` is octal 420, `yes`/`on` are booleans),
 * multi-document streams, JSON, `List` kinds. Nothing here reads files: callers hand in text.
 * Problems with the text itself (malformed YAML, binary data, alias bombs, nesting too deep,
 * duplicate keys) come back as findings, never as exceptions.
 */
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { FieldPath } from '../model/fieldpath.js';
import { pathKeys, formatPath } from '../model/fieldpath.js';
import type { Finding, ObjectRef, SourceRange } from '../model/finding.js';
import { isRecord, type KubeObject, type ObjectMeta, type PodSpec } from '../model/k8s.js';
import { findDuplicateKeys, lookup, toRange } from './positions.js';

export interface ParseLimits {
  /** Larger files are refused with a clear message (default 8 MiB; the API server takes 3 MiB per request). */
  maxFileBytes: number;
  /** Alias expansions per document before it is treated as an alias bomb (yaml's maxAliasCount). */
  maxAliasCount: number;
  /** Documents per file. */
  maxDocuments: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxFileBytes: 8 * 1024 * 1024, maxAliasCount: 100, maxDocuments: 10_000 };

export interface ParsedDocument {
  index: number;
  value: unknown;
  yaml: Document.Parsed;
  rangeOf(path: readonly (string | number)[]): SourceRange;
  keyRangeOf(path: readonly (string | number)[]): SourceRange;
  /** Whether the path exists in the document. */
  has(path: readonly (string | number)[]): boolean;
}

export interface ParsedFile {
  path: string;
  text: string;
  documents: ParsedDocument[];
  /** Findings about the text itself (rule `parse-error`, or `invalid` for duplicate keys). */
  problems: Finding[];
  lineCounter: LineCounter;
}

export interface ObjectSite {
  file: ParsedFile;
  document: ParsedDocument;
  basePath: (string | number)[];
  object: KubeObject;
  ref: ObjectRef;
  rangeOf(path: FieldPath): SourceRange;
  keyRangeOf(path: FieldPath): SourceRange;
  has(path: FieldPath): boolean;
}

export type PodBearingKind =
  | 'Pod'
  | 'PodTemplate'
  | 'Deployment'
  | 'StatefulSet'
  | 'DaemonSet'
  | 'ReplicaSet'
  | 'ReplicationController'
  | 'Job'
  | 'CronJob';

export interface PodSpecSite {
  site: ObjectSite;
  kind: PodBearingKind;
  specPath: FieldPath;
  metadataPath: FieldPath;
  spec: PodSpec | undefined;
  metadata: ObjectMeta | undefined;
}

const START: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function problem(path: string, message: string, range: SourceRange, fatal = true, severity: Finding['severity'] = 'error'): Finding {
  return { ruleId: 'parse-error', severity, message, filePath: path, range, path: '', fatal };
}

/** git's heuristic: a NUL byte in the first 8000 characters means binary. */
function looksBinary(text: string): boolean {
  return text.slice(0, 8000).includes('\u0000');
}

function humanBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}

export function tooLargeMessage(bytes: number, limit: number): string {
  return `File is too large to check (${humanBytes(bytes)}, the limit is ${humanBytes(limit)}); split it, or raise the limit with --max-file-size.`;
}

export function parseFile(path: string, text: string, limits: ParseLimits = DEFAULT_LIMITS): ParsedFile {
  const lineCounter = new LineCounter();
  const file: ParsedFile = { path, text, documents: [], problems: [], lineCounter };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxFileBytes) {
    file.problems.push(
problem(path, tooLargeMessage(bytes, limits.maxFileBytes), START),
    );
    return file;
  }
  if (looksBinary(text)) {
    file.problems.push(problem(path, 'File is binary (it contains NUL bytes), not YAML or JSON.', START));
    return file;
  }
  if (text.trim() === '') {
    file.problems.push(problem(path, 'File is empty: there are no Kubernetes objects in it.', START, false, 'info'));
    return file;
  }
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text; // keep offsets: BOM → space
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(source, {
      version: '1.1',
      lineCounter,
      uniqueKeys: false,
      prettyErrors: false,
      merge: true,
      strict: false,
      // kubectl (sigs.k8s.io/yaml) keeps an unquoted timestamp as the text written, so a
      // timestamp where a string is expected is not a type error: leave them as strings.
      customTags: (tags) => tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp'),
    });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (e) {
    file.problems.push(problem(path, `Cannot parse YAML: ${(e as Error).message}`, START));
    return file;
  }
  if (docs.length > limits.maxDocuments) {
    file.problems.push(problem(path, `File has ${docs.length} YAML documents; the limit is ${limits.maxDocuments}.`, START));
    return file;
  }
  docs.forEach((doc, index) => {
    const firstError = doc.errors[0];
    if (firstError) {
      // An error found at the end of the text (an unclosed bracket or quote) is shown on the
      // last line that has content, not on an empty line past it.
      const lastContent = source.trimEnd().length - 1;
      const [start, end] = firstError.pos[0] > lastContent ? [lastContent, lastContent + 1] : firstError.pos;
      const range = toRange(lineCounter, [start, end]);
      const msg = firstError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? firstError.message;
      const text2 = /Maximum call stack size exceeded/.test(msg)
        ? 'YAML nesting is too deep to read safely.'
        : `YAML syntax error: ${msg}`;
      file.problems.push(problem(path, `${text2} (document ${index + 1})`, range));
      return;
    }
    if (doc.contents === null) return; // an empty document (`---` alone) holds nothing
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (e) {
      const message =
        e instanceof ReferenceError && /alias/i.test(e.message)
          ? `YAML aliases expand too much (an "alias bomb"): refused to expand document ${index + 1}.`
          : /Maximum call stack/.test(String((e as Error).message))
            ? `YAML nesting is too deep to read safely (document ${index + 1}).`
            : `Cannot read document ${index + 1}: ${(e as Error).message}`;
      file.problems.push(problem(path, message, toRange(lineCounter, doc.range ? [doc.range[0], doc.range[0]] : undefined)));
      return;
    }
    const root = doc.contents;
    const pd: ParsedDocument = {
      index,
      value,
      yaml: doc,
      rangeOf: (p) => {
        const l = lookup(root, p);
        if (l.exact) return toRange(lineCounter, l.node);
        // A missing field points at its parent: the parent's key when it has one, else the
        // first line of the parent node (a list item), so code frames stay one line.
        return firstLine(toRange(lineCounter, l.key ?? l.node));
      },
      keyRangeOf: (p) => {
        const l = lookup(root, p);
        return toRange(lineCounter, l.exact ? (l.key ?? l.node) : l.node);
      },
      has: (p) => lookup(root, p).exact,
    };
    file.documents.push(pd);
    for (const dup of findDuplicateKeys(root, lineCounter)) {
      // kubectl converts YAML to JSON first and stops there (sigs.k8s.io/yaml, strict).
      file.problems.push({
        ruleId: 'invalid',
        severity: 'error',
        message: `error converting YAML to JSON: yaml: unmarshal errors: line ${toRange(lineCounter, dup.offsets).line}: mapping key ${JSON.stringify(dup.key)} already defined at line ${dup.firstLine}`,
        filePath: path,
        range: toRange(lineCounter, dup.offsets),
        path: formatPath(dup.path),
      });
    }
  });
  return file;
}

function firstLine(r: SourceRange): SourceRange {
  return r.endLine === r.line ? r : { line: r.line, column: r.column, endLine: r.line, endColumn: r.column + 1 };
}

function refOf(o: KubeObject): ObjectRef {
  const meta = isRecord(o.metadata) ? o.metadata : {};
  const ref: ObjectRef = { kind: typeof o.kind === 'string' ? o.kind : '' };
  if (typeof o.apiVersion === 'string') ref.apiVersion = o.apiVersion;
  if (typeof meta.name === 'string') ref.name = meta.name;
  else if (typeof meta.generateName === 'string') ref.name = meta.generateName;
  if (typeof meta.namespace === 'string') ref.namespace = meta.namespace;
  return ref;
}

function makeSite(file: ParsedFile, document: ParsedDocument, basePath: (string | number)[], object: KubeObject): ObjectSite {
  return {
    file,
    document,
    basePath,
    object,
    ref: refOf(object),
    rangeOf: (p) => document.rangeOf([...basePath, ...pathKeys(p)]),
    keyRangeOf: (p) => document.keyRangeOf([...basePath, ...pathKeys(p)]),
    has: (p) => document.has([...basePath, ...pathKeys(p)]),
  };
}

/** A document is a Kubernetes object when it is a mapping with string apiVersion and kind. */
export function isKubeObject(v: unknown): v is KubeObject {
  return isRecord(v) && typeof v.kind === 'string' && typeof v.apiVersion === 'string';
}

/** Every Kubernetes object in the file: documents, and the items of `List` kinds (v1 List, *List). */
export function objectSites(file: ParsedFile): ObjectSite[] {
  const out: ObjectSite[] = [];
  for (const doc of file.documents) {
    const v = doc.value;
    if (!isKubeObject(v)) continue;
    const kind = v.kind as string;
    if (kind.endsWith('List') && Array.isArray(v.items)) {
      v.items.forEach((item: unknown, i: number) => {
        if (isKubeObject(item)) out.push(makeSite(file, doc, ['items', i], item));
      });
      continue;
    }
    out.push(makeSite(file, doc, [], v));
  }
  return out;
}

const GROUPS_WITH_PODS: Record<string, readonly PodBearingKind[]> = {
  v1: ['Pod', 'PodTemplate', 'ReplicationController'],
  apps: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
  extensions: ['Deployment', 'DaemonSet', 'ReplicaSet'],
  batch: ['Job', 'CronJob'],
};

/** The API group of an apiVersion: `apps/v1` → apps, `v1` → v1 (core). */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? apiVersion : apiVersion.slice(0, slash);
}

export function podBearingKind(apiVersion: unknown, kind: unknown): PodBearingKind | undefined {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return undefined;
  const kinds = GROUPS_WITH_PODS[apiGroup(apiVersion)];
  return kinds?.find((k) => k === kind);
}

export function podSpecPaths(kind: PodBearingKind): { specPath: FieldPath; metadataPath: FieldPath } {
  switch (kind) {
    case 'Pod':
      return { specPath: ['spec'], metadataPath: ['metadata'] };
    case 'PodTemplate':
      return { specPath: ['template', 'spec'], metadataPath: ['template', 'metadata'] };
    case 'CronJob':
      return {
        specPath: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
        metadataPath: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
      };
    default:
      return { specPath: ['spec', 'template', 'spec'], metadataPath: ['spec', 'template', 'metadata'] };
  }
}

export function getIn(value: unknown, path: FieldPath): unknown {
  let cur = value;
  for (const seg of pathKeys(path)) {
    if (typeof seg === 'number') {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[seg];
    } else {
      if (!isRecord(cur)) return undefined;
      cur = cur[seg];
    }
  }
  return cur;
}

export function podSpecSite(site: ObjectSite): PodSpecSite | undefined {
  const kind = podBearingKind(site.object.apiVersion, site.object.kind);
  if (!kind) return undefined;
  const { specPath, metadataPath } = podSpecPaths(kind);
  const spec = getIn(site.object, specPath);
  const metadata = getIn(site.object, metadataPath);
  return {
    site,
    kind,
    specPath,
    metadataPath,
    spec: isRecord(spec) ? (spec as PodSpec) : undefined,
    metadata: isRecord(metadata) ? (metadata) : undefined,
  };
}
