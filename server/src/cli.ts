// The command-line tool (SPEC §7): `model-registry check [paths…]` and `model-registry fixture`. Exit codes: 0
// nothing at or above --fail-on (and warnings within --max-warnings) or a fixture written, 1 findings, 2 usage,
// configuration or input error (the message on stderr). A reader that goes away (`| head -1`) ends the output, not
// the exit code. `main` takes its streams, folder and environment as arguments and returns the exit code, so the
// test suites run the bundle in their own process; run as a program, it is given the process's.
import * as path from 'node:path';
import { parseCommandLine, USAGE } from './cli/args';
import { runCheck } from './cli/check';
import type { CliOutput } from './cli/environment';
import { InputError, UsageError } from './cli/errors';
import { FORMATTERS } from './cli/formats';
import { EXIT_CLEAN, EXIT_ERROR, exitCodeOf } from './cli/outcome';

declare const MODEL_REGISTRY_VERSION: string;

/** What a run is given by its process (or by a test). */
export interface CliContext {
  stdout: CliOutput;
  stderr: CliOutput;
  /** The folder the run is in (relative paths, the project's settings). */
  cwd: string;
  /** Environment variables. */
  variables: Readonly<Record<string, string | undefined>>;
}

export async function main(argv: readonly string[], { stdout, stderr, cwd, variables }: CliContext): Promise<number> {
  const report = (message: string): void => {
    stderr.write(`model-registry: ${message}\n`);
  };
  try {
    const command = parseCommandLine(argv);
    if (command.name === 'help') {
      stdout.write(`${USAGE}\n`);
      return EXIT_CLEAN;
    }
    if (command.name === 'version') {
      stdout.write(`${MODEL_REGISTRY_VERSION}\n`);
      return EXIT_CLEAN;
    }
    const env = { cwd, bundledCatalogDir: path.join(__dirname, 'catalogs'), report, terminal: stderr, variables };
    if (command.name === 'fixture') {
      const text = await (await import('./cli/fixture')).runFixture(command.options, env);
      if (text !== undefined) stdout.write(text);
      return EXIT_CLEAN;
    }
    const { findings, errors, checked } = await runCheck(command.options, env);
    stdout.write(
      FORMATTERS[command.options.format](findings, { version: MODEL_REGISTRY_VERSION, cwd, errors, checked }),
    );
    return exitCodeOf(findings, errors, command.options);
  } catch (error) {
    if (error instanceof UsageError) {
      report(`${error.message}\n\n${USAGE}`);
      return EXIT_ERROR;
    }
    if (error instanceof InputError) {
      report(error.message);
      return EXIT_ERROR;
    }
    report(`unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT_ERROR;
  }
}

/**
 * A closed stdout or stderr (the reader stopped: `| head -1`) is not the run's failure: the rest of the output is
 * dropped and the exit code stays the run's. Any other write error means the output is incomplete: exit 2.
 */
function guardOutput(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.exitCode = EXIT_ERROR;
  });
}

if (require.main === module) {
  guardOutput(process.stdout);
  guardOutput(process.stderr);
  void main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    variables: process.env,
  }).then(code => {
    if (process.exitCode !== EXIT_ERROR) process.exitCode = code;
  });
}
