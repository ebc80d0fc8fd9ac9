// `model-registry fixture` (SPEC §7 rev. 2, issue 13): loads the catalogs as `check --models` does (the online one
// only with --online), picks each provider's representative current models, and writes them in the format asked
// for — to standard output, or atomically to --out — with the catalogs' data dates and the command that regenerates
// the file in its header. An unknown provider, one with no current model, or an --out that is not a regular file is
// an input error (exit 2), found before anything is written.
import * as path from 'node:path';
import { commandLine, defaultFixtureName } from '../fixtures/fixtureFiles';
import { buildFixture, type Fixture } from '../fixtures/fixtureModels';
import { renderFixture } from '../fixtures/fixtureWriters';
import { refusalToWrite, writeFileAtomic } from '../utils/atomicWrite';
import { utcToday } from '../catalog/today';
import { readSettings } from './config';
import type { CheckEnvironment } from './environment';
import { InputError } from './errors';
import type { FixtureOptions } from './fixtureArgs';
import { loadRegistry } from './models';
import { printable } from './printable';

/** Runs the command; returns the fixture's text when it goes to standard output (no --out). */
export async function runFixture(options: FixtureOptions, env: CheckEnvironment): Promise<string | undefined> {
  const settings = readSettings(options, env.cwd);
  const out = options.out === undefined ? undefined : path.resolve(env.cwd, options.out);
  const refusal = out === undefined ? undefined : refusalToWrite(out);
  if (refusal !== undefined) throw new InputError(printable(refusal));
  const registry = await loadRegistry(settings, options.online, env);
  const built = buildFixture(registry.models, {
    providers: options.providers,
    count: options.count,
    today: utcToday(),
  });
  if ('error' in built) throw new InputError(printable(built.error));
  const { fixture } = built;
  const text = renderFixture(fixture, {
    format: options.format,
    name: options.module ?? defaultFixtureName(options.format, options.out),
    command: commandLine(regenerateArgs(options, fixture)),
  });
  for (const { provider, models } of fixture.providers) {
    if (models < options.count)
      env.report(
        `${provider} has ${models} current model${models === 1 ? '' : 's'}, fewer than --count ${options.count}`,
      );
  }
  if (out === undefined) return text;
  try {
    writeFileAtomic(out, text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(
      printable(message.startsWith('cannot write') ? message : `cannot write ${options.out}: ${message}`),
    );
  }
  const counts = fixture.providers.map(p => `${p.models} of ${p.provider}`).join(', ');
  env.report(`wrote ${fixture.models.length} models (${counts}) to ${printable(options.out!)}`);
  return undefined;
}

/** The command line that writes the same file again: the providers it got, explicitly, and the options given. */
function regenerateArgs(options: FixtureOptions, fixture: Fixture): string[] {
  return [
    'model-registry',
    'fixture',
    ...fixture.providers.flatMap(p => ['--provider', p.provider]),
    '--count',
    String(options.count),
    '--format',
    options.format,
    ...(options.module === undefined ? [] : ['--module', options.module]),
    ...(options.out === undefined ? [] : ['--out', options.out]),
    ...(options.config === undefined ? [] : ['--config', options.config]),
    ...options.sources.flatMap(source => ['--source', source]),
    ...(options.online ? ['--online'] : []),
  ];
}
