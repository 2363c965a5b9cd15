/**
 * The GitHub Action (action.yml → dist/action/index.js): a thin entry in the manner of
 * actions/setup-node — read the inputs, call the public API, report. It writes
 *   - the stylish report to the log, and one annotation per finding (workflow commands);
 *   - the markdown summary to $GITHUB_STEP_SUMMARY;
 *   - a SARIF file for github/codeql-action/upload-sarif, when `sarif-file` is set;
 *   - outputs errors, warnings, infos, scenarios-failed, sarif-file;
 * and fails the step per `fail-on`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { countFindings, formatReport, lintFiles, runSpecs, type LintOptions, type LintResult, type ReportInput } from '../api/index.js';
import { annotationCommand } from '../api/report.js';
import { changedFiles, type Git } from './changed.js';
import { failureReason, InputError, readInputs, type OutputName } from './inputs.js';

/** Set by scripts/build-action.mjs from package.json; absent when run from source. */
declare const __PODPROOF_VERSION__: string | undefined;
export const ACTION_VERSION = typeof __PODPROOF_VERSION__ === 'string' ? __PODPROOF_VERSION__ : '0.0.0-dev';

type Lint = (patterns: string[], options: LintOptions) => Promise<LintResult>;
type ScenarioResult = NonNullable<ReportInput['scenarios']>[number];

export interface ActionDeps {
  lint: Lint;
  env: NodeJS.ProcessEnv;
  /** Where workflow commands and the log go (the runner reads commands from stdout). */
  write: (text: string) => void;
  git?: Git;
}

const defaultDeps = (): ActionDeps => ({
  lint: lintFiles,
  env: process.env,
  write: (text) => void process.stdout.write(text),
});

/**
 * The `features` input: `podproof test` through the API, with the step library bundled beside
 * this file (dist/action/steps.js, sharing this bundle's Cucumber). Cucumber's progress output
 * goes to the log; each scenario's outcome comes back for annotations and the summary.
 */
async function runScenarios(features: readonly string[], cwd: string, write: (text: string) => void): Promise<ScenarioResult[] | undefined> {
  if (features.length === 0) return undefined;
  const out = new Writable({
    write(chunk: Buffer, _enc, done): void {
      write(chunk.toString());
      done();
    },
  });
  const stepLibrary = fileURLToPath(new URL('./steps.js', import.meta.url));
  const { scenarios } = await runSpecs({ cwd, paths: [...features], formats: ['progress'], stdout: out, stderr: out, ...(existsSync(stepLibrary) ? { stepLibrary } : {}) });
  for (const s of scenarios) {
    if (s.status === 'passed' || s.status === 'skipped') continue;
    const firstLine = (s.message ?? s.status).split('\n')[0] ?? s.status;
    const message = `Scenario "${s.name}" ${s.status}: ${firstLine}`;
    write(`${annotationCommand({ level: 'error', message, properties: { file: s.uri, line: s.line, endLine: s.line, title: `podproof test: ${s.status}` } })}\n`);
  }
  return scenarios;
}

export async function run(deps: ActionDeps = defaultDeps()): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const cwd = deps.env.GITHUB_WORKSPACE || process.cwd();

    const options: LintOptions = { cwd };
    if (inputs.config) options.config = inputs.config;
    if (inputs.rulesDirs.length) options.rulesDirs = inputs.rulesDirs;
    if (inputs.kubernetesVersion) options.kubernetesVersion = inputs.kubernetesVersion;
    const lint = await deps.lint(inputs.paths, options);
    let results = lint.results;

    if (inputs.onlyChanged) {
      const changed = await changedFiles(deps.env, cwd, deps.git);
      if (changed.files) {
        const keep = changed.files;
        // Unreadable inputs stay: a pattern that matches nothing is a setup error either way.
        results = results.filter((r) => keep.has(path.resolve(cwd, r.filePath)) || r.findings.some((f) => f.fatal));
        core.info(`only-changed: ${results.length} of ${lint.results.length} files were changed.`);
      } else {
        core.warning(`only-changed: linting every file, because ${changed.reason}.`);
      }
    }

    const scenarios = await runScenarios(inputs.features, cwd, deps.write);
    const report: ReportInput = { results, rules: lint.rules, cwd, toolVersion: ACTION_VERSION, ...(scenarios ? { scenarios } : {}) };
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = deps.env;
    if (server && repo && sha) report.sourceLinkBase = `${server}/${repo}/blob/${sha}/`;

    deps.write(formatReport('stylish', report, { color: true }));
    deps.write(formatReport('github', report));

    // The same counting as the CLI's exit code (unsuppressed findings; fatal = unreadable input).
    const { errorCount: errors, warningCount: warnings, infoCount: infos, fatalCount: fatal } = countFindings(results);
    const scenariosFailed = scenarios?.filter((s) => s.status === 'failed').length ?? 0;

    if (deps.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(formatReport('markdown', report), true).write();
    }
    if (inputs.sarifFile) {
      const target = path.resolve(cwd, inputs.sarifFile);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, formatReport('sarif', report));
      core.info(`SARIF written to ${inputs.sarifFile}.`);
    }

    const outputs: Record<OutputName, string | number> = {
      errors,
      warnings,
      infos,
      'scenarios-failed': scenariosFailed,
      'sarif-file': inputs.sarifFile ?? '',
    };
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);

    const reason = failureReason({ errors, warnings, fatal, scenariosFailed }, inputs.failOn);
    if (reason) core.setFailed(reason);
  } catch (e) {
    // Input and configuration errors (the API marks those with the CLI's exitCode 2) are the
    // user's to fix: their message is enough. Anything else is a bug: keep the stack.
    if (e instanceof Error) {
      const userError = e instanceof InputError || (e as Error & { exitCode?: unknown }).exitCode === 2;
      core.setFailed(userError ? e.message : `podproof failed: ${e.stack ?? e.message}`);
    } else core.setFailed(`podproof failed: ${String(e)}`);
  }
}
