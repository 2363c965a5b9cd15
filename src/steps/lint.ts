/** Then — lint: the manifest checked as `podproof lint` would (validation + rules). */
import { lintFiles, lintText } from '../api/index.js';
import type { Finding } from '../model/finding.js';
import { stepsFor, type StepSpec } from './catalogue.js';
import { quote } from './failure.js';
import type { PodproofWorld } from './types.js';

const { then } = stepsFor('lint');

/**
 * What `podproof lint <file>` reports for the last manifest loaded: a file is linted as the CLI
 * would (its .podproof.yaml discovered upward from it); a doc string with the recommended preset.
 */
async function findings(w: PodproofWorld): Promise<Finding[]> {
  const m = w.manifest;
  if (m === undefined) throw new Error('No manifest has been loaded: start the scenario with Given the manifest "…".');
  const all =
    m.absolutePath === undefined
      ? lintText(m.text, { filePath: m.filePath }).findings
      : ((await lintFiles([m.absolutePath], { cwd: w.cwd, workers: 1 })).results[0]?.findings ?? []);
  return all.filter((f) => f.suppressed === undefined);
}

function list(fs: readonly Finding[]): string {
  if (fs.length === 0) return 'no findings';
  return fs.map((f) => `\n  ${f.filePath}:${f.range.line}:${f.range.column} ${f.severity} ${f.ruleId}: ${f.message}`).join('');
}

/** A finding is about a container when it names it (Finding.container) or its message does. */
function aboutContainer(f: Finding, container: string): boolean {
  return f.container === container || f.message.includes(`Container "${container}"`) || f.message.includes(`container "${container}"`);
}

export const lintSteps: StepSpec[] = [
  then(
    'the manifest passes lint',
    'No error-severity finding (validation or rule) in the last manifest loaded: `podproof lint` would exit 0.',
    async (w) => {
      const errors = (await findings(w)).filter((f) => f.severity === 'error');
      if (errors.length) w.fail('the manifest to pass lint (no errors)', list(errors));
    },
  ),
  then(
    'lint reports {string}',
    'Lint reports this rule id (any severity); `invalid` for what the API server rejects.',
    async (w, rule: string) => {
      const all = await findings(w);
      if (!all.some((f) => f.ruleId === rule)) w.fail(`lint to report ${quote(rule)}`, list(all));
    },
    { example: 'Then lint reports "liveness-probe"' },
  ),
  then(
    'lint reports {string} for container {string}',
    'Lint reports this rule id about this container.',
    async (w, rule: string, container: string) => {
      const all = await findings(w);
      if (!all.some((f) => f.ruleId === rule && aboutContainer(f, container))) w.fail(`lint to report ${quote(rule)} for container ${quote(container)}`, list(all));
    },
    { example: 'Then lint reports "no-privileged" for container "app"' },
  ),
  then(
    'lint does not report {string}',
    'Lint does not report this rule id.',
    async (w, rule: string) => {
      const hits = (await findings(w)).filter((f) => f.ruleId === rule);
      if (hits.length) w.fail(`lint not to report ${quote(rule)}`, list(hits));
    },
    { example: 'Then lint does not report "no-host-network"' },
  ),
];
