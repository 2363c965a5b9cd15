/**
 * `podproof <command>`: argv → api → report → exit code. The only layer that touches the
 * console; it returns the exit code instead of calling process.exit(). Commands are imported
 * lazily so a pre-commit `podproof lint` pays only for what it uses.
 */
import { EXIT, UsageError, type CliIO } from './io.js';

export type { CliIO } from './io.js';

const HELP = `podproof — test and lint Kubernetes Pod manifests

Usage: podproof <command> [options]

Commands:
  lint [paths|globs|-]       validate manifests as the API server would, then lint them
  test [features|folders]    run Gherkin specs against the kubelet emulator
  simulate <manifest>        run a pod in the emulator and print its timeline and events
  rules [ID]                 list the lint rules, or show one rule's documentation
  steps                      list the step library
  init                       write a starter .podproof.yaml and pre-commit entry
  merge-reports <json…>      merge the JSON reports of 'lint --shard i/n' runs into one report

Run 'podproof <command> --help' for a command's options.
Exit codes: 0 clean, 1 findings (or failed scenarios), 2 usage, config or unreadable input.
`;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(HELP);
        return command === undefined ? EXIT.fatal : EXIT.ok;
      case '-v':
      case '--version':
        io.stdout.write(`${(await import('./version.js')).VERSION}\n`);
        return EXIT.ok;
      case 'lint':
        return await (await import('./lint.js')).lintCommand(rest, io);
      case 'test':
        return await (await import('./test.js')).testCommand(rest, io);
      case 'simulate':
        return await (await import('./simulate.js')).simulateCommand(rest, io);
      case 'rules':
        return await (await import('./rules.js')).rulesCommand(rest, io);
      case 'steps':
        return await (await import('./steps.js')).stepsCommand(rest, io);
      case 'merge-reports':
        return await (await import('./merge.js')).mergeCommand(rest, io);
      case 'init':
        return await (await import('./init.js')).initCommand(rest, io);
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`podproof: ${(e as Error).message}\nRun 'podproof --help' for usage.\n`);
      return EXIT.fatal;
    }
    const err = e as Error & { exitCode?: number };
    io.stderr.write(`podproof: ${err.message}\n`);
    return err.exitCode ?? EXIT.fatal;
  }
}
