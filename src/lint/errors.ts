/** Errors the lint layer throws. The CLI maps ConfigError to exit code 2. */

/** A configuration file (or a custom rule file) is wrong: says which file, which line, and what to do. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(file ? `${file}${line ? `:${line}` : ''}: ${message}` : message);
  }
}

/** A rule broke its own contract (ESLint's "metadata cannot lie"): a bug in the rule, not in the manifest. */
export class RuleContractError extends Error {
  override readonly name = 'RuleContractError';
  constructor(
    readonly ruleId: string,
    message: string,
  ) {
    super(`Rule "${ruleId}": ${message}`);
  }
}
