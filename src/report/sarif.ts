/**
 * SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), shaped for GitHub code
 * scanning's upload-sarif: one run, `tool.driver.rules` for every rule that fired (with help
 * text and links), results with a physical location relative to `%SRCROOT%` (the checkout),
 * logical locations (the Kubernetes object and the field path), suppressions for suppressed
 * findings, and a line-independent `partialFingerprints` entry so a finding keeps its identity
 * when lines above it move.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Severity } from '../model/finding.js';
import type { FileResult } from '../model/result.js';
import type { RuleMeta } from '../model/rule-meta.js';
import { fallbackRule, objectId, ruleIndex, visibleFindings } from './common.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/podproof/podproof';
export const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note' | 'none';

/** SARIF §3.27.10 `level`: error/warning as they are, info as `note`, an off rule as `none`. */
export function sarifLevel(s: Severity | 'off'): Level {
  if (s === 'error' || s === 'warning') return s;
  return s === 'info' ? 'note' : 'none';
}

/** SARIF §3.49.7 recommends a `name` distinct from the id, readable as an identifier: `no-privileged` → `NoPrivileged`. */
export function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/**
 * An artifact URI: relative to cwd (resolved through `%SRCROOT%`) when the file is inside it,
 * an absolute `file:` URI otherwise; percent-encoded as a URI reference (spaces, `#`, `?`).
 */
export function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const abs = path.isAbsolute(filePath) ? filePath : path.join(cwd, filePath);
  const rel = path.relative(cwd, abs);
  if (!path.isAbsolute(filePath) && (filePath === '<stdin>' || filePath.startsWith('<'))) {
    return { uri: encodeURIComponent(filePath) };
  }
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  const uri = rel
    .split(path.sep)
    .map((seg) => encodeURIComponent(seg))
    .join('/');
  return { uri, uriBaseId: SRCROOT };
}

/** A fingerprint that survives line moves: rule, file, object, field path, container. */
function fingerprint(f: Finding, uri: string): string {
  const key = [f.ruleId, uri, objectId(f.object), f.path, f.container ?? ''].join('\u0000');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

function helpText(rule: RuleMeta): { text: string; markdown: string } {
  const text: string[] = [rule.description];
  const md: string[] = [`**${rule.id}**: ${rule.description}`];
  if (rule.rationale) {
    text.push(rule.rationale);
    md.push(rule.rationale);
  }
  if (rule.remediation) {
    text.push(`Fix: ${rule.remediation}`);
    md.push(`**Fix:** ${rule.remediation}`);
  }
  if (rule.source) {
    text.push(`Source: ${rule.source}`);
    md.push(`Source: ${rule.source}`);
  }
  text.push(`Documentation: ${rule.helpUri}`);
  md.push(`[Documentation](${rule.helpUri})`);
  return { text: text.join('\n\n'), markdown: md.join('\n\n') };
}

/** Whether a string is an absolute URI (the schema's `format: uri`; code scanning rejects a whole upload over one bad one). */
function isAbsoluteUri(s: string): boolean {
  try {
    return new URL(s).protocol.length > 1;
  } catch {
    return false;
  }
}

/**
 * A region the schema accepts whatever a producer upstream did: lines and columns ≥ 1, the end
 * not before the start. (SARIF §3.30: 1-based lines and columns, endColumn exclusive.)
 */
function region(r: Finding['range']): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  const startLine = Math.max(1, Math.trunc(r.line) || 1);
  const startColumn = Math.max(1, Math.trunc(r.column) || 1);
  const endLine = Math.max(startLine, Math.trunc(r.endLine) || startLine);
  let endColumn = Math.max(1, Math.trunc(r.endColumn) || 1);
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  return { startLine, startColumn, endLine, endColumn };
}

function reportingDescriptor(rule: RuleMeta): Record<string, unknown> {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.rationale ? `${rule.description} ${rule.rationale}` : rule.description },
    help: helpText(rule),
    ...(isAbsoluteUri(rule.helpUri) ? { helpUri: rule.helpUri } : {}),
    defaultConfiguration: { level: sarifLevel(rule.severity), enabled: rule.severity !== 'off' },
    properties: {
      category: rule.category,
      tags: ['kubernetes', rule.category],
      ...(rule.category === 'security' && rule.severity !== 'off' ? { 'security-severity': SECURITY_SEVERITY[rule.severity] } : {}),
    },
  };
}

/**
 * GitHub code scanning's `security-severity` (docs.github.com, "SARIF support for code
 * scanning", reportingDescriptor properties; read for rules tagged `security`): a score it
 * buckets as over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, up to 3.9 low. podproof's
 * severities map to the middle of high, medium and low; nothing is claimed critical.
 */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '7.5', warning: '5.5', info: '2.0' };

export interface SarifInput {
  results: readonly FileResult[];
  rules: readonly RuleMeta[];
  cwd: string;
  toolVersion: string;
}

export function toSarif(input: SarifInput, opts: { quiet?: boolean } = {}): Record<string, unknown> {
  const known = ruleIndex(input.rules);
  const findings: Finding[] = [];
  for (const r of input.results) findings.push(...visibleFindings(r.findings, opts.quiet ?? false));

  // Rules that fired, in id order, so ruleIndex is stable for a given set of rules.
  const firedIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  const rules = firedIds.map((id) => known.get(id) ?? fallbackRule(id, findings.find((f) => f.ruleId === id)?.severity ?? 'warning'));
  const indexOf = new Map(firedIds.map((id, i) => [id, i]));

  const results = findings.map((f) => {
    const loc = artifactLocation(f.filePath, input.cwd);
    const logical: Record<string, unknown>[] = [];
    if (f.object) {
      logical.push({ name: f.object.name ?? f.object.kind, fullyQualifiedName: objectId(f.object), kind: 'object' });
    }
    if (f.path) {
      logical.push({
        name: f.path,
        fullyQualifiedName: f.object ? `${objectId(f.object)}:${f.path}` : f.path,
        kind: 'property',
      });
    }
    const result: Record<string, unknown> = {
      ruleId: f.ruleId,
      ruleIndex: indexOf.get(f.ruleId) ?? 0,
      level: sarifLevel(f.severity),
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: loc,
            region: region(f.range),
          },
          ...(logical.length ? { logicalLocations: logical } : {}),
        },
      ],
      partialFingerprints: { 'podproofFindingHash/v1': fingerprint(f, loc.uri) },
    };
    if (f.suppressed) {
      result.suppressions = [
        {
          kind: f.suppressed.kind === 'annotation' ? 'inSource' : 'external',
          status: 'accepted',
          ...(f.suppressed.justification ? { justification: f.suppressed.justification } : {}),
        },
      ];
    }
    // SARIF §3.55 fix: the rule's safe fix as replacements by character offset (§3.30.11
    // charOffset/charLength, in columnKind units — UTF-16 code units, as JS string offsets are).
    if (f.fix && f.fix.edits.length > 0) {
      result.fixes = [
        {
          description: { text: f.fix.description },
          artifactChanges: [
            {
              artifactLocation: loc,
              replacements: f.fix.edits.map((e) => ({
                deletedRegion: { charOffset: e.start, charLength: Math.max(0, e.end - e.start) },
                insertedContent: { text: e.text },
              })),
            },
          ],
        },
      ];
    }
    const props: Record<string, unknown> = {};
    if (f.container !== undefined) props.container = f.container;
    if (f.remediation !== undefined) props.remediation = f.remediation;
    if (f.fatal) props.fatal = true;
    if (Object.keys(props).length) result.properties = props;
    return result;
  });

  const srcroot = pathToFileURL(input.cwd).href;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'podproof',
            version: input.toolVersion,
            semanticVersion: input.toolVersion,
            informationUri: INFORMATION_URI,
            rules: rules.map(reportingDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: srcroot.endsWith('/') ? srcroot : `${srcroot}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(input: SarifInput, opts: { quiet?: boolean } = {}): string {
  return `${JSON.stringify(toSarif(input, opts), null, 2)}\n`;
}
