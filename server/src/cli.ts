// The command-line tool (SPEC §7): `model-registry check [paths…]`. Exit codes: 0 nothing found, 1 findings,
// 2 usage, configuration or input error (the message on stderr).
import * as path from 'node:path';
import { parseCommandLine, USAGE } from './cli/args';
import { runCheck } from './cli/check';
import { InputError, UsageError } from './cli/errors';
import { FORMATTERS } from './cli/formats';

declare const MODEL_REGISTRY_VERSION: string;

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_ERROR = 2;

async function main(argv: string[]): Promise<number> {
  const report = (message: string): void => {
    process.stderr.write(`model-registry: ${message}\n`);
  };
  try {
    const command = parseCommandLine(argv);
    if (command.name === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return EXIT_CLEAN;
    }
    if (command.name === 'version') {
      process.stdout.write(`${MODEL_REGISTRY_VERSION}\n`);
      return EXIT_CLEAN;
    }
    const cwd = process.cwd();
    const { findings, errors } = await runCheck(command.options, {
      cwd,
      bundledCatalogDir: path.join(__dirname, 'catalogs'),
      report,
    });
    process.stdout.write(
      FORMATTERS[command.options.format](findings, { version: MODEL_REGISTRY_VERSION, cwd, errors }),
    );
    if (errors.length > 0) return EXIT_ERROR;
    return findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
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

void main(process.argv.slice(2)).then(code => {
  process.exitCode = code;
});
