// The options of `model-registry fixture` (SPEC §7 rev. 2: `--provider <id>`…, `--count <n>`, `--format
// registry|elixir|python|ts`, `--out <file>`; also `--module`, and the catalog options of `check --models`).
import {
  defaultFixtureName,
  FIXTURE_FORMAT_ALIASES,
  FIXTURE_FORMATS,
  type FixtureFormat,
  formatOfFile,
  invalidFixtureName,
} from '../fixtures/fixtureFiles';
import { DEFAULT_FIXTURE_COUNT, DEFAULT_FIXTURE_PROVIDERS } from '../fixtures/fixtureModels';
import { UsageError } from './errors';

export const MAX_FIXTURE_COUNT = 50;

export const FIXTURE_USAGE = `model-registry fixture writes a stub fixture: a minimal representative set of current models (spanning
capabilities, context sizes and price tiers) from the catalogs the CLI loads, with their data dates and the
command that regenerates it in a header comment. check --models later reports the IDs in it that have left
the catalogs.

Fixture options:
  --provider <id>                   a provider whose models to include (repeatable;
                                    default: ${DEFAULT_FIXTURE_PROVIDERS.join(', ')})
  --count <n>                       models per provider, 1 to ${MAX_FIXTURE_COUNT} (default: ${DEFAULT_FIXTURE_COUNT})
  --format registry|elixir|python|ts
                                    a registry JSON file, an Elixir module, a Python module or a TypeScript
                                    module (default: from --out's extension, else registry)
  --out <file>                      write to this file, atomically (default: standard output)
  --module <name>                   the Elixir module, or the Python / TypeScript variable holding the list
                                    (default: from the file name, MODELS, models)
  --config <file>, --source <path>, --online
                                    the catalogs to read, as for check --models

Exit codes: 0 written, 2 usage, configuration or input error (an unknown provider, a provider with no current
model, an output file that cannot be written).`;

export interface FixtureOptions {
  providers: string[];
  count: number;
  format: FixtureFormat;
  /** Standard output when absent. */
  out?: string;
  /** The Elixir module or the Python / TypeScript variable; absent: the format's default. */
  module?: string;
  config?: string;
  sources: string[];
  online: boolean;
}

/** The parsed values `fixture` reads (args.ts has refused the options of `check`). */
export interface FixtureValues {
  format?: string;
  provider?: string[];
  count?: string;
  out?: string;
  module?: string;
  config?: string;
  source?: string[];
  online?: boolean;
}

export function parseFixtureOptions(values: FixtureValues, positionals: readonly string[]): FixtureOptions {
  if (positionals.length > 0) throw new UsageError(`fixture takes no paths, but was given "${positionals[0]}"`);
  const providers = values.provider ?? [];
  if (providers.some(p => p.trim() === '')) throw new UsageError('--provider takes a provider ID, such as openai');
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError('--out takes a file name');
  const format = parseFormat(values.format, values.out);
  const options: FixtureOptions = {
    providers: providers.map(p => p.trim()),
    count: parseFixtureCount(values.count),
    format,
    sources: values.source ?? [],
    online: values.online ?? false,
  };
  if (values.out !== undefined) options.out = values.out;
  if (values.config !== undefined) options.config = values.config;
  if (values.module !== undefined) {
    const invalid = invalidFixtureName(format, values.module);
    if (invalid !== undefined) throw new UsageError(`--module: ${invalid}`);
    if (values.module !== defaultFixtureName(format, values.out)) options.module = values.module;
  }
  return options;
}

function parseFormat(given: string | undefined, out: string | undefined): FixtureFormat {
  const fromFile = out === undefined ? undefined : formatOfFile(out);
  if (given === undefined) {
    if (out !== undefined && fromFile === undefined)
      throw new UsageError(
        `cannot tell the format from the name "${out}": give --format ${FIXTURE_FORMATS.join('|')}, or a .json, .ex, .exs, .py or .ts file`,
      );
    return fromFile ?? 'registry';
  }
  const format = (FIXTURE_FORMATS as readonly string[]).includes(given)
    ? (given as FixtureFormat)
    : FIXTURE_FORMAT_ALIASES[given];
  if (format === undefined)
    throw new UsageError(`unknown fixture format "${given}": use ${FIXTURE_FORMATS.join(', ')}`);
  if (fromFile !== undefined && fromFile !== format)
    throw new UsageError(`--format ${given} does not fit "${out}", a ${fromFile} file's name`);
  return format;
}

function parseFixtureCount(value: string | undefined): number {
  if (value === undefined) return DEFAULT_FIXTURE_COUNT;
  const count = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!(count >= 1 && count <= MAX_FIXTURE_COUNT))
    throw new UsageError(
      `--count takes a whole number of models per provider from 1 to ${MAX_FIXTURE_COUNT}, not "${value}"`,
    );
  return count;
}
