/**
 * The Action's inputs (action.yml), read and checked in one place. `get` is @actions/core's
 * getInput (trimmed, '' when unset), injected so the parsing is testable without a runner.
 */
export type FailOn = 'error' | 'warning' | 'never';

/** Every input action.yml declares; a test holds action.yml to this list (metadata cannot lie). */
export const INPUT_NAMES = ['paths', 'features', 'config', 'rules-dir', 'kubernetes-version', 'fail-on', 'sarif-file', 'only-changed'] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** Every output action.yml declares and the Action sets. */
export const OUTPUT_NAMES = ['errors', 'warnings', 'infos', 'scenarios-failed', 'sarif-file'] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

export interface ActionInputs {
  /** Files, folders or globs to lint (default: the workspace). */
  paths: string[];
  /** Feature files or folders for `podproof test` ('' list: none). */
  features: string[];
  /** A `.podproof.yaml` to use instead of the discovered one. */
  config?: string;
  /** Folders of custom rules (`--rules-dir`). */
  rulesDirs: string[];
  /** Kubernetes version the rules judge against ("1.33"). */
  kubernetesVersion?: string;
  failOn: FailOn;
  /** Where to write SARIF, relative to the workspace ('' : no SARIF). */
  sarifFile?: string;
  /** Lint only the files a pull request (or push) changed. */
  onlyChanged: boolean;
}

export class InputError extends Error {}

/** One entry per line or separated by blanks (globs may contain commas: `{a,b}`). */
export function splitList(value: string): string[] {
  return value
    .split(/\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
function parseBoolean(name: string, value: string): boolean {
  if (value === '') return false;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`Input "${name}" must be true or false, not "${value}".`);
}

export function readInputs(get: (name: InputName) => string): ActionInputs {
  const failOn = get('fail-on') || 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new InputError(`Input "fail-on" must be error, warning or never, not "${failOn}".`);
  }
  const paths = splitList(get('paths'));
  const inputs: ActionInputs = {
    paths: paths.length ? paths : ['.'],
    features: splitList(get('features')),
    rulesDirs: splitList(get('rules-dir')),
    failOn,
    onlyChanged: parseBoolean('only-changed', get('only-changed')),
  };
  const config = get('config');
  if (config) inputs.config = config;
  const version = get('kubernetes-version');
  if (version) {
    // The syntax src/lint/version.ts parseKubernetesVersion accepts: 1.33, v1.33, 1.33.2.
    if (!/^v?\d+\.\d+(?:\.\d+)?$/.test(version)) throw new InputError(`Input "kubernetes-version" must look like 1.33, not "${version}".`);
    inputs.kubernetesVersion = version;
  }
  const sarif = get('sarif-file');
  if (sarif) inputs.sarifFile = sarif;
  return inputs;
}

export interface Totals {
  errors: number;
  warnings: number;
  fatal: number;
  scenariosFailed: number;
}

/**
 * Whether the step fails. Unreadable input (fatal) always fails, as the CLI exits 2 for it: it
 * is a broken setup (a path that matches nothing, a binary file), not a finding to tolerate.
 */
export function failureReason(t: Totals, failOn: FailOn): string | undefined {
  if (t.fatal > 0) return `podproof could not read ${t.fatal} ${t.fatal === 1 ? 'input' : 'inputs'}; see the annotations.`;
  if (failOn === 'never') return undefined;
  const parts: string[] = [];
  if (t.errors > 0) parts.push(`${t.errors} ${t.errors === 1 ? 'error' : 'errors'}`);
  if (failOn === 'warning' && t.warnings > 0) parts.push(`${t.warnings} ${t.warnings === 1 ? 'warning' : 'warnings'}`);
  if (t.scenariosFailed > 0) parts.push(`${t.scenariosFailed} failed ${t.scenariosFailed === 1 ? 'scenario' : 'scenarios'}`);
  return parts.length ? `podproof found ${parts.join(', ')}.` : undefined;
}
