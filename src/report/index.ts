/**
 * Reports: pure functions from findings (and scenario outcomes) to text. No file system,
 * console, process or clock here — the CLI and the Action write what these return.
 */
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FormatName, FormatOptions, ReportInput } from './types.js';

export type { FileResult, FormatName, FormatOptions, ReportInput, ScenarioResult, ScenarioStatus } from './types.js';
export { countAll, displayPath, type Counts } from './common.js';
export { codeFrame, splitLines } from './codeframe.js';
export { formatStylish } from './stylish.js';
export { formatJson, toJsonResults, type JsonFileResult, type JsonMessage } from './json.js';
export { formatSarif, toSarif, sarifLevel, ruleName, artifactLocation, SARIF_SCHEMA_URI } from './sarif.js';
export { formatJunit } from './junit.js';
export { formatGithub, toAnnotation, annotationCommand, escapeData, escapeProperty, type Annotation, type AnnotationLevel } from './github.js';
export { formatMarkdown, mdCell, mdCode } from './markdown.js';

export const FORMAT_NAMES: readonly FormatName[] = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'];

export function formatReport(format: FormatName, input: ReportInput, opts: FormatOptions = {}): string {
  const quiet = opts.quiet ?? false;
  switch (format) {
    case 'stylish':
      return formatStylish(input.results, input.cwd, { color: opts.color ?? false, quiet });
    case 'json':
      return formatJson(input.results, { quiet });
    case 'sarif':
      return formatSarif(input, { quiet });
    case 'junit':
      return formatJunit(input.results, input.cwd, { quiet, ...(input.scenarios ? { scenarios: input.scenarios } : {}) });
    case 'github':
      return formatGithub(input.results, input.cwd, { quiet });
    case 'markdown':
      return formatMarkdown(input, { quiet });
    default: {
      const never: never = format;
      throw new Error(`Unknown format "${String(never)}".`);
    }
  }
}
