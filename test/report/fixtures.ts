/**
 * Hand-written findings for the formatter tests. Positions were counted by hand on WEB_SOURCE
 * (1-based columns, end column exclusive, as SARIF §3.30.8 and ESLint count them):
 *   line 6 `  restartPolicy: Mybe`  → "Mybe" is columns 18–21, so 6:18–6:22;
 *   line 8 `    - name: app`        → the container mapping starts at column 7 and runs to 9:19;
 *   line 9 `      image: nginx`     → "nginx" is columns 14–18, so 9:14–9:19.
 */
import type { Finding } from '../../src/model/finding.js';
import type { FileResult } from '../../src/model/result.js';
import type { RuleMeta } from '../../src/model/rule-meta.js';
import type { ReportInput } from '../../src/report/index.js';

export const CWD = '/repo';

export const WEB_SOURCE = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web',
  'spec:',
  '  restartPolicy: Mybe',
  '  containers:',
  '    - name: app',
  '      image: nginx',
  '',
].join('\n');

const pod = { apiVersion: 'v1', kind: 'Pod', name: 'web' };

export const INVALID: Finding = {
  ruleId: 'invalid',
  severity: 'error',
  message: 'Bad value.',
  filePath: '/repo/pods/web.yaml',
  range: { line: 6, column: 18, endLine: 6, endColumn: 22 },
  path: 'spec.restartPolicy',
  object: pod,
};

export const NO_PROBE: Finding = {
  ruleId: 'liveness-probe',
  severity: 'info',
  message: 'No liveness probe.',
  filePath: '/repo/pods/web.yaml',
  range: { line: 8, column: 7, endLine: 9, endColumn: 19 },
  path: 'spec.containers[0]',
  object: pod,
  container: 'app',
};

export const NO_TAG: Finding = {
  ruleId: 'no-latest-tag',
  severity: 'warning',
  message: 'Image has no tag.',
  filePath: '/repo/pods/web.yaml',
  range: { line: 9, column: 14, endLine: 9, endColumn: 19 },
  path: 'spec.containers[0].image',
  object: pod,
  container: 'app',
  remediation: 'Pin the image to a tag or digest.',
  fix: { description: 'Add :1.27', edits: [{ start: 120, end: 125, text: 'nginx:1.27' }] },
};

export const SUPPRESSED: Finding = {
  ruleId: 'no-root',
  severity: 'warning',
  message: 'Container "app" in Pod "web" may run as root.',
  filePath: '/repo/pods/web.yaml',
  range: { line: 8, column: 7, endLine: 9, endColumn: 19 },
  path: 'spec.containers[0].securityContext',
  object: pod,
  container: 'app',
  suppressed: { kind: 'annotation', justification: 'nginx image drops privileges itself' },
};

export const FATAL: Finding = {
  ruleId: 'parse-error',
  severity: 'error',
  message: 'Could not parse YAML.',
  filePath: 'broken.yaml',
  range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
  path: '',
  fatal: true,
};

export const RULES: RuleMeta[] = [
  {
    id: 'liveness-probe',
    category: 'reliability',
    severity: 'info',
    description: 'Require a liveness probe on long-running containers.',
    rationale: 'The kubelet restarts a container whose liveness probe fails.',
    remediation: 'Add a livenessProbe.',
    helpUri: 'https://github.com/podproof/podproof/blob/main/docs/rules/liveness-probe.md',
  },
  {
    id: 'no-latest-tag',
    category: 'reliability',
    severity: 'warning',
    description: 'Require images pinned to a tag or digest.',
    helpUri: 'https://github.com/podproof/podproof/blob/main/docs/rules/no-latest-tag.md',
  },
  {
    id: 'no-root',
    category: 'security',
    severity: 'warning',
    description: 'Disallow containers that may run as root.',
    helpUri: 'https://github.com/podproof/podproof/blob/main/docs/rules/no-root.md',
  },
];

/** Findings deliberately out of order: formatters sort by position. */
export function results(): FileResult[] {
  return [
    { filePath: '/repo/pods/web.yaml', findings: [NO_TAG, SUPPRESSED, INVALID, NO_PROBE], source: WEB_SOURCE },
    { filePath: 'broken.yaml', findings: [FATAL] },
    { filePath: '/repo/clean.yaml', findings: [], source: 'apiVersion: v1\nkind: Pod\n' },
  ];
}

export function input(): ReportInput {
  return { results: results(), rules: RULES, cwd: CWD, toolVersion: '0.1.0' };
}
