/**
 * A GitHub-flavoured Markdown job summary (what the Action writes to $GITHUB_STEP_SUMMARY):
 * the counts, a table of findings by rule, a table of findings by file (capped, the job summary
 * has a 1 MiB limit), and the scenarios when there are any. Text from manifests is escaped so
 * it cannot break a table or inject HTML into the summary.
 */
import type { Finding } from '../model/finding.js';
import type { FileResult } from '../model/result.js';
import type { RuleMeta } from '../model/rule-meta.js';
import { countAll, displayPath, fallbackRule, pluralize, ruleIndex, visibleFindings } from './common.js';
import type { ScenarioResult, ScenarioStatus } from './types.js';

export interface MarkdownInput {
  results: readonly FileResult[];
  rules: readonly RuleMeta[];
  cwd: string;
  scenarios?: readonly ScenarioResult[];
  /** Heading text (default "podproof"). */
  title?: string;
  /** Most finding rows to list (default 500). */
  maxRows?: number;
  /** Base URL for links to file lines (see ReportInput.sourceLinkBase). */
  sourceLinkBase?: string;
}

/**
 * A file location cell: the path in a code span, linked to the line when a base URL is known
 * and the file is inside cwd (path segments percent-encoded, `#L<line>` as GitHub's blob view).
 */
function locationCell(display: string, line: number, base: string | undefined, inside: boolean): string {
  if (!base || !inside) return mdCode(display);
  const url = `${base.endsWith('/') ? base : `${base}/`}${display.split('/').map(encodeURIComponent).join('/')}#L${line}`;
  return `[${mdCode(display)}](${url})`;
}

/** Escape text for a GFM table cell: backslash-escape Markdown punctuation and `|`, `<`/`>` as entities, newlines as `<br>`. */
export function mdCell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1')
    .replace(/\r?\n/g, '<br>');
}

/** A code span in a table cell: `|` must still be escaped (GFM tables split on it first). */
export function mdCode(s: string): string {
  const body = s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  return body.includes('`') ? `\`\` ${body} \`\`` : `\`${body}\``;
}

const SEVERITY_ICON: Record<Finding['severity'], string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };

const STATUS_ICON: Record<ScenarioStatus, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
  pending: '⏸️ pending',
  undefined: '❓ undefined',
  ambiguous: '⁉️ ambiguous',
  unknown: '❔ unknown',
};

function findingsSection(input: MarkdownInput, quiet: boolean): string[] {
  const out: string[] = [];
  const known = ruleIndex(input.rules);
  const live: Finding[] = [];
  for (const r of input.results) live.push(...visibleFindings(r.findings, quiet).filter((f) => !f.suppressed));
  const c = countAll(input.results.map((r) => ({ ...r, findings: visibleFindings(r.findings, quiet) })));
  const files = input.results.length;
  const withProblems = input.results.filter((r) => r.findings.some((f) => !f.suppressed && (!quiet || f.severity === 'error'))).length;
  const problems = c.errors + c.warnings + c.infos;
  const suppressed = c.suppressed ? ` ${c.suppressed} ${pluralize('finding', c.suppressed)} suppressed.` : '';
  if (problems === 0) {
    out.push(`✅ **No problems** in ${files} ${pluralize('file', files)}.${suppressed}`, '');
    return out;
  }
  out.push(
    `${c.errors > 0 ? '❌' : '⚠️'} **${problems} ${pluralize('problem', problems)}** ` +
      `(${c.errors} ${pluralize('error', c.errors)}, ${c.warnings} ${pluralize('warning', c.warnings)}, ${c.infos} ${pluralize('info', c.infos)}) ` +
      `in ${withProblems} of ${files} ${pluralize('file', files)}.${suppressed}`,
    '',
  );

  // By rule: most errors first, then most findings, then id.
  const byRule = new Map<string, { error: number; warning: number; info: number }>();
  for (const f of live) {
    const row = byRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
    row[f.severity]++;
    byRule.set(f.ruleId, row);
  }
  const ruleRows = [...byRule.entries()].sort(
    ([a, x], [b, y]) => y.error - x.error || y.error + y.warning + y.info - (x.error + x.warning + x.info) || a.localeCompare(b),
  );
  out.push('### Findings by rule', '', '| Rule | Category | Errors | Warnings | Infos |', '| --- | --- | ---: | ---: | ---: |');
  for (const [id, n] of ruleRows) {
    const meta = known.get(id) ?? fallbackRule(id, 'warning');
    out.push(`| [${mdCode(id)}](${meta.helpUri}) | ${mdCell(meta.category)} | ${n.error} | ${n.warning} | ${n.info} |`);
  }
  out.push('');

  const max = input.maxRows ?? 500;
  out.push('### Findings', '', '| File | Line | Severity | Rule | Message |', '| --- | ---: | --- | --- | --- |');
  for (const f of live.slice(0, max)) {
    const shown = displayPath(f.filePath, input.cwd);
    const inside = !shown.startsWith('/') && !shown.startsWith('<') && !/^[A-Za-z]:[\\/]/.test(shown);
    out.push(
      `| ${locationCell(shown, f.range.line, input.sourceLinkBase, inside)} | ${f.range.line}:${f.range.column} | ${SEVERITY_ICON[f.severity]} | ${mdCode(f.ruleId)} | ${mdCell(f.message)} |`,
    );
  }
  if (live.length > max) out.push('', `… and ${live.length - max} more (see the annotations or the SARIF report).`);
  out.push('');
  return out;
}

function scenariosSection(scenarios: readonly ScenarioResult[], cwd: string): string[] {
  const n = (s: ScenarioStatus): number => scenarios.filter((x) => x.status === s).length;
  const parts = (['passed', 'failed', 'skipped', 'pending', 'undefined', 'ambiguous', 'unknown'] as const)
    .filter((s) => s === 'passed' || s === 'failed' || n(s) > 0)
    .map((s) => `${n(s)} ${s}`);
  const out = [
    '### Scenarios',
    '',
    `${n('failed') > 0 ? '❌' : '✅'} **${scenarios.length} ${pluralize('scenario', scenarios.length)}** (${parts.join(', ')})`,
    '',
    '| Scenario | Status | Location | Message |',
    '| --- | --- | --- | --- |',
  ];
  for (const s of scenarios) {
    out.push(`| ${mdCell(s.name)} | ${STATUS_ICON[s.status]} | ${mdCode(`${displayPath(s.uri, cwd)}:${s.line}`)} | ${s.message ? mdCell(s.message) : ''} |`);
  }
  out.push('');
  return out;
}

export function formatMarkdown(input: MarkdownInput, opts: { quiet?: boolean } = {}): string {
  const out = [`## ${input.title ?? 'podproof'}`, ''];
  out.push(...findingsSection(input, opts.quiet ?? false));
  if (input.scenarios?.length) out.push(...scenariosSection(input.scenarios, input.cwd));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
