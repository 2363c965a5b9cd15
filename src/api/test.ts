/**
 * Running Gherkin specs with the built-in step library: cucumber-js 12 (Node 20, 22 and 24),
 * its own configuration loading (cucumber.yaml/cucumber.js profiles) and formatters, plus the
 * outcome of every scenario for reports (the GitHub Action's annotations and job summary).
 */
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Envelope } from '@cucumber/messages';
import type { ScenarioResult, ScenarioStatus } from '../report/types.js';

export interface SpecOptions {
  cwd: string;
  /** Feature files or folders (default: Cucumber's own default, features/). */
  paths?: string[];
  tags?: string;
  names?: string[];
  /** Cucumber formatters: `progress`, `junit:report.xml`, `html:report.html`, … */
  formats?: string[];
  parallel?: number;
  retry?: number;
  dryRun?: boolean;
  failFast?: boolean;
  /** Your own step definitions (files or globs), sharing the World. */
  imports?: string[];
  profiles?: string[];
  /** A Cucumber configuration file instead of the default lookup. */
  config?: string;
  shard?: string;
  /** The step library module to load (default: the one in dist/ beside this layer; the bundled GitHub Action has its own). */
  stepLibrary?: string;
  stdout?: Writable;
  stderr?: Writable;
  stdin?: Readable;
  env?: NodeJS.ProcessEnv;
}

export interface SpecRunResult {
  success: boolean;
  scenarios: ScenarioResult[];
}

/** The step library's module, in dist/ next to this layer (also when the CLI is bundled). */
export function stepLibraryPath(): string {
  return fileURLToPath(new URL('../steps/index.js', import.meta.url));
}

const RANK: Record<ScenarioStatus, number> = { passed: 0, skipped: 1, pending: 2, undefined: 3, ambiguous: 4, unknown: 5, failed: 6 };

export async function runSpecs(options: SpecOptions): Promise<SpecRunResult> {
  const { loadConfiguration, runCucumber } = await import('@cucumber/cucumber/api');
  // The World resolves manifest paths against the feature's folder, then this folder: it gets
  // it as a world parameter, since a library caller's cwd need not be the process's.
  const provided: Record<string, unknown> = { import: [options.stepLibrary ?? stepLibraryPath(), ...(options.imports ?? [])], worldParameters: { cwd: options.cwd } };
  if (options.paths?.length) provided.paths = options.paths;
  if (options.tags) provided.tags = options.tags;
  if (options.names?.length) provided.name = options.names;
  // `junit:report.xml` — Cucumber splits the formatter from its output file itself.
  if (options.formats?.length) provided.format = options.formats;
  if (options.parallel !== undefined) provided.parallel = options.parallel;
  if (options.retry !== undefined) provided.retry = options.retry;
  if (options.dryRun) provided.dryRun = true;
  if (options.failFast) provided.failFast = true;
  if (options.shard) provided.shard = options.shard;
  const environment = {
    cwd: options.cwd,
    ...(options.stdout ? { stdout: options.stdout } : {}),
    ...(options.stderr ? { stderr: options.stderr } : {}),
    ...(options.env ? { env: options.env } : {}),
  };
  const { runConfiguration } = await loadConfiguration(
    { ...(options.config ? { file: options.config } : {}), ...(options.profiles ? { profiles: options.profiles } : {}), provided },
    environment,
  );

  // Scenario outcomes from Cucumber's message stream: pickle → test case → steps' results.
  const pickles = new Map<string, { name: string; uri: string; astNodeIds: readonly string[] }>();
  const lines = new Map<string, number>();
  const features = new Map<string, string>();
  const testCases = new Map<string, string>(); // testCase id → pickle id
  const attempts = new Map<string, { status: ScenarioStatus; message?: string }>(); // testCaseStarted id → worst step
  const startedCase = new Map<string, string>(); // testCaseStarted id → testCase id
  const finalByPickle = new Map<string, { status: ScenarioStatus; message?: string }>();
  const onMessage = (m: Envelope): void => {
    if (m.gherkinDocument?.feature) {
      const uri = m.gherkinDocument.uri ?? '';
      features.set(uri, m.gherkinDocument.feature.name);
      const visit = (children: readonly { scenario?: { id: string; location: { line: number }; examples?: readonly { tableBody: readonly { id: string; location: { line: number } }[] }[] }; rule?: { children: readonly unknown[] } }[]): void => {
        for (const c of children) {
          if (c.scenario) {
            lines.set(c.scenario.id, c.scenario.location.line);
            for (const ex of c.scenario.examples ?? []) for (const row of ex.tableBody) lines.set(row.id, row.location.line);
          }
          if (c.rule) visit(c.rule.children as never);
        }
      };
      visit(m.gherkinDocument.feature.children);
    }
    if (m.pickle) pickles.set(m.pickle.id, { name: m.pickle.name, uri: m.pickle.uri, astNodeIds: m.pickle.astNodeIds });
    if (m.testCase) testCases.set(m.testCase.id, m.testCase.pickleId);
    if (m.testCaseStarted) {
      startedCase.set(m.testCaseStarted.id, m.testCaseStarted.testCaseId);
      attempts.set(m.testCaseStarted.id, { status: 'passed' });
    }
    if (m.testStepFinished) {
      const a = attempts.get(m.testStepFinished.testCaseStartedId);
      const r = m.testStepFinished.testStepResult;
      const status = String(r.status).toLowerCase() as ScenarioStatus;
      if (a && (RANK[status] ?? 5) > RANK[a.status]) {
        a.status = status in RANK ? status : 'unknown';
        if (r.message) a.message = r.message;
      }
    }
    if (m.testCaseFinished) {
      const id = m.testCaseFinished.testCaseStartedId;
      const pickleId = testCases.get(startedCase.get(id) ?? '');
      const a = attempts.get(id);
      if (pickleId && a) finalByPickle.set(pickleId, a); // a retried scenario keeps its last attempt
    }
  };
  const { success } = await runCucumber(runConfiguration, environment, onMessage);
  const scenarios: ScenarioResult[] = [];
  for (const [id, p] of pickles) {
    const outcome = finalByPickle.get(id);
    if (!outcome) continue; // filtered out by tags, names or shard
    const line = p.astNodeIds.map((n) => lines.get(n)).filter((l): l is number => l !== undefined).pop() ?? 1;
    const s: ScenarioResult = { name: p.name, uri: path.isAbsolute(p.uri) ? path.relative(options.cwd, p.uri) : p.uri, line, status: outcome.status };
    if (outcome.message) s.message = outcome.message;
    const feature = features.get(p.uri);
    if (feature) s.feature = feature;
    scenarios.push(s);
  }
  return { success, scenarios };
}
