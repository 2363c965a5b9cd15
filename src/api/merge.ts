/**
 * `podproof merge-reports`: the shards of a CI matrix (`lint --shard i/n --format json`) each
 * write an ESLint-style JSON report; merging turns them back into findings so any format
 * (SARIF for code scanning, markdown for the job summary) can be written once for the whole run.
 */
import type { Finding, ObjectRef } from '../model/finding.js';
import { isRecord } from '../model/k8s.js';
import type { FileResult } from '../model/result.js';

export { countFindings } from '../model/result.js';

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

function toFinding(filePath: string, m: Record<string, unknown>, suppressed: boolean): Finding {
  const line = num(m.line, 1);
  const column = num(m.column, 1);
  const severityName = str(m.severityName);
  const f: Finding = {
    ruleId: str(m.ruleId) ?? 'unknown',
    severity: severityName === 'error' || severityName === 'warning' || severityName === 'info' ? severityName : m.severity === 2 ? 'error' : 'warning',
    message: str(m.message) ?? '',
    filePath,
    range: { line, column, endLine: num(m.endLine, line), endColumn: num(m.endColumn, column) },
    path: str(m.path) ?? '',
  };
  if (isRecord(m.object)) {
    const o = m.object;
    const ref: ObjectRef = { kind: str(o.kind) ?? '' };
    if (str(o.apiVersion)) ref.apiVersion = str(o.apiVersion);
    if (str(o.name)) ref.name = str(o.name);
    if (str(o.namespace)) ref.namespace = str(o.namespace);
    f.object = ref;
  }
  if (str(m.container)) f.container = str(m.container);
  if (str(m.remediation)) f.remediation = str(m.remediation);
  if (str(m.helpUri)) f.helpUri = str(m.helpUri);
  if (m.fatal === true) f.fatal = true;
  if (suppressed) {
    const s = Array.isArray(m.suppressions) && isRecord(m.suppressions[0]) ? m.suppressions[0] : {};
    f.suppressed = { kind: s.kind === 'external' ? 'config' : 'annotation', ...(str(s.justification) ? { justification: str(s.justification) as string } : {}) };
  }
  return f;
}

/** Parse ESLint-style JSON reports (as `lint --format json` writes them) and merge them by file. */
export function mergeJsonReports(reports: readonly { name: string; text: string }[]): FileResult[] {
  const byFile = new Map<string, Finding[]>();
  for (const r of reports) {
    let data: unknown;
    try {
      data = JSON.parse(r.text);
    } catch (e) {
      throw Object.assign(new Error(`${r.name} is not a JSON report: ${(e as Error).message}`), { exitCode: 2 });
    }
    if (!Array.isArray(data)) throw Object.assign(new Error(`${r.name} is not a podproof/ESLint JSON report (expected an array).`), { exitCode: 2 });
    for (const entry of data) {
      if (!isRecord(entry) || typeof entry.filePath !== 'string') continue;
      const list = byFile.get(entry.filePath) ?? [];
      for (const m of Array.isArray(entry.messages) ? entry.messages : []) if (isRecord(m)) list.push(toFinding(entry.filePath, m, false));
      for (const m of Array.isArray(entry.suppressedMessages) ? entry.suppressedMessages : []) if (isRecord(m)) list.push(toFinding(entry.filePath, m, true));
      byFile.set(entry.filePath, list);
    }
  }
  return [...byFile].sort(([a], [b]) => a.localeCompare(b)).map(([filePath, findings]) => ({ filePath, findings }));
}

/** `--shard 2/4` → { index: 2, total: 4 } (1-based, as Cucumber's and Jest's --shard). */
export function parseShard(text: string): { index: number; total: number } | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const total = Number(m[2]);
  return index >= 1 && total >= 1 && index <= total ? { index, total } : undefined;
}
