// The command line of `model-registry` (SPEC §7): `check` and `fixture`, each with its own options (an option of the
// other command is a usage error, not silently ignored).
import { parseArgs } from 'node:util';
import { UsageError } from './errors';
import { type FixtureOptions, FIXTURE_USAGE, parseFixtureOptions } from './fixtureArgs';
import { FORMATS, type Format } from './formats';
import { FAIL_ON_LEVELS, type FailOn } from './outcome';

export const USAGE = `Usage: model-registry check [paths…] [options]
       model-registry fixture [--provider <id>]… [options]
       model-registry --version | --help

Checks test files for calls to the real model registry (real-registry-call) and, with --models, every
supported file for unknown and deprecated model IDs. Run it from the project root: test-file globs with a
"/" and the test support code are read relative to the current directory.

Check options:
  --format text|json|sarif|github   output format (default: text)
  --models                          also report unknown-model / deprecated-model in all supported files
  --config <file>                   JSON settings, keys without the "modelRegistry." prefix
                                    (testFiles, realRegistryCalls, sources, bundledCatalog, …)
  --source <path>                   a catalog source for --models (repeatable; replaces the config's sources)
  --online                          with --models, also fetch the online models.dev catalog (off by default,
                                    so CI runs are reproducible)
  --fail-on error|warning|information
                                    the lowest severity that fails the run (default: warning)
  --max-warnings <n>                also fail when there are more than n warnings, whatever --fail-on says
  -h, --help                        this help
  --version                         the version

Exit codes: 0 nothing at or above --fail-on (and warnings within --max-warnings), 1 findings, 2 usage,
configuration or input error.

${FIXTURE_USAGE}`;

export interface CheckOptions {
  paths: string[];
  format: Format;
  models: boolean;
  online: boolean;
  config?: string;
  sources: string[];
  failOn: FailOn;
  maxWarnings?: number;
}

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'check'; options: CheckOptions }
  | { name: 'fixture'; options: FixtureOptions };

const COMMANDS = ['check', 'fixture'] as const;
/** Options only one command takes. */
const ONLY: Readonly<Record<(typeof COMMANDS)[number], readonly string[]>> = {
  check: ['models', 'fail-on', 'max-warnings'],
  fixture: ['provider', 'count', 'out', 'module'],
};

export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'format': { type: 'string' },
        'models': { type: 'boolean' },
        'online': { type: 'boolean' },
        'config': { type: 'string' },
        'source': { type: 'string', multiple: true },
        'fail-on': { type: 'string' },
        'max-warnings': { type: 'string' },
        'provider': { type: 'string', multiple: true },
        'count': { type: 'string' },
        'out': { type: 'string' },
        'module': { type: 'string' },
        'help': { type: 'boolean', short: 'h' },
        'version': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help' };
  if (values.version) return { name: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError(`missing command: use ${COMMANDS.join(' or ')}`);
  if (command !== 'check' && command !== 'fixture')
    throw new UsageError(`unknown command "${command}": use ${COMMANDS.join(' or ')}`);
  const other = COMMANDS.find(c => c !== command)!;
  const foreign = ONLY[other].find(option => values[option as keyof typeof values] !== undefined);
  if (foreign !== undefined) throw new UsageError(`--${foreign} is an option of "${other}", not of "${command}"`);
  if (command === 'fixture') return { name: 'fixture', options: parseFixtureOptions(values, paths) };
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`unknown format "${format}": use ${FORMATS.join(', ')}`);
  const maxWarnings = values['max-warnings'];
  return {
    name: 'check',
    options: {
      paths: paths.length ? paths : ['.'],
      format: format as Format,
      models: values.models ?? false,
      online: values.online ?? false,
      ...(values.config !== undefined ? { config: values.config } : {}),
      sources: values.source ?? [],
      failOn: parseFailOn(values['fail-on'] ?? 'warning'),
      ...(maxWarnings !== undefined ? { maxWarnings: parseCount(maxWarnings) } : {}),
    },
  };
}

function parseFailOn(value: string): FailOn {
  if ((FAIL_ON_LEVELS as readonly string[]).includes(value)) return value as FailOn;
  throw new UsageError(`unknown --fail-on level "${value}": use ${FAIL_ON_LEVELS.join(', ')}`);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(Number(value)))
    throw new UsageError(`--max-warnings takes a whole number of warnings, not "${value}"`);
  return Number(value);
}
