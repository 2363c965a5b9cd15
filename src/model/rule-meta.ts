/**
 * What reports need to know about a rule (SARIF tool.driver.rules, docs links, job summaries).
 * The lint engine owns the full rule definition; this is its public, report-facing face.
 */
import type { Severity } from './finding.js';

export type RuleCategory = 'validation' | 'security' | 'reliability' | 'efficiency' | 'hygiene' | 'behaviour';

export interface RuleMeta {
  id: string;
  category: RuleCategory;
  severity: Severity | 'off';
  /** One line: "Disallow privileged containers." */
  description: string;
  rationale?: string;
  remediation?: string;
  /** Where the practice is documented (seed file name, Kubernetes doc URL, PSS control). */
  source?: string;
  /** Link to the rule's doc page. */
  helpUri: string;
}

export const DOCS_BASE = 'https://github.com/podproof/podproof/blob/main/docs/rules/';

export function ruleHelpUri(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

/** The two rules that exist without a rule file: what the API server rejects, and unreadable input. */
export const BUILTIN_RULES: readonly RuleMeta[] = [
  {
    id: 'invalid',
    category: 'validation',
    severity: 'error',
    description: 'Disallow what the Kubernetes API server would reject (schema, unknown fields, semantic validation).',
    remediation: 'Fix the field the message names; the message is the API server\'s own.',
    source: 'kubernetes/kubernetes pkg/apis/core/validation',
    helpUri: ruleHelpUri('invalid'),
  },
  {
    id: 'parse-error',
    category: 'validation',
    severity: 'error',
    description: 'Report input that cannot be read as Kubernetes manifests (malformed YAML, binary, too large, hostile).',
    remediation: 'Fix the file so that it parses as YAML or JSON.',
    source: 'YAML 1.1 / JSON',
    helpUri: ruleHelpUri('parse-error'),
  },
];
