// What goes into a stub fixture (server/src/fixtures/fixtureModels.ts) and what a fixture file is called and named
// (fixtureFiles.ts): providers under any spelling, each once, in the order asked, defaults when none; an unknown
// provider named with close provider names; a provider with no current model; the data dates of the catalogs the
// models came from (a fixture loaded as a catalog is none of them); catalog text made well-formed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tableOf } from '../../server/src/catalog/catalogTable';
import type { CatalogInput } from '../../server/src/catalog/indexBuild';
import { ModelIndex } from '../../server/src/catalog/modelIndex';
import type { ModelRecord } from '../../server/src/catalog/modelRecord';
import {
  commandLine,
  defaultFixtureName,
  formatOfFile,
  invalidFixtureName,
} from '../../server/src/fixtures/fixtureFiles';
import { buildFixture, DEFAULT_FIXTURE_PROVIDERS } from '../../server/src/fixtures/fixtureModels';

const TODAY = '2026-12-04';
const rec = (provider: string, id: string, extra: Partial<ModelRecord> = {}): ModelRecord => ({
  provider,
  id,
  sources: [],
  contextWindow: 128000,
  inputPricePerMTok: 1,
  outputPricePerMTok: 2,
  ...extra,
});
const catalog = (label: string, records: ModelRecord[], dataDate?: string, fixture = false): CatalogInput => ({
  table: tableOf(records),
  source: { label, ...(dataDate ? { dataDate } : {}), ...(fixture ? { fixture } : {}) },
});

const INDEX = new ModelIndex(
  [
    catalog('model_registry.json', [rec('openai', 'gpt-stub'), rec('openai', 'gpt-4o')], '2026-11-01', true),
    catalog(
      'models.dev',
      [
        rec('openai', 'gpt-4o', { name: 'GPT-4o \ud800 broken' }),
        rec('anthropic', 'claude-sonnet-4-5'),
        rec('google', 'gemini-2.5-pro'),
        rec('openrouter', 'openai/gpt-4o'),
        rec('mistral', 'mistral-old', { status: 'deprecated' }),
      ],
      '2026-09-30',
    ),
    catalog('LiteLLM', [rec('anthropic', 'claude-sonnet-4-5')], '2026-07-24'),
  ],
  TODAY,
);

describe('building a fixture', () => {
  test('no provider asked for: the default creators, in their order', () => {
    const built = buildFixture(INDEX, { providers: [], count: 3, today: TODAY });
    assert.ok('fixture' in built);
    assert.deepEqual(
      built.fixture.providers.map(p => p.provider),
      DEFAULT_FIXTURE_PROVIDERS.filter(p => INDEX.isProvider(p)),
    );
  });

  test('providers under any spelling, each once, in the order asked', () => {
    const built = buildFixture(INDEX, { providers: ['OpenRouter', 'gemini', 'google'], count: 3, today: TODAY });
    assert.ok('fixture' in built);
    assert.deepEqual(built.fixture.providers, [
      { provider: 'openrouter', models: 1 },
      { provider: 'google', models: 1 },
    ]);
    assert.deepEqual(
      built.fixture.models.map(m => `${m.provider}/${m.id}`),
      ['openrouter/openai/gpt-4o', 'google/gemini-2.5-pro'],
    );
  });

  test('the data dates of the catalogs the models came from; a fixture among the catalogs is none of them', () => {
    const built = buildFixture(INDEX, { providers: ['openai', 'anthropic'], count: 3, today: TODAY });
    assert.ok('fixture' in built);
    assert.deepEqual(
      built.fixture.models.map(m => m.id),
      ['gpt-4o', 'claude-sonnet-4-5'],
    );
    assert.deepEqual(built.fixture.sources, [
      { label: 'LiteLLM', dataDate: '2026-07-24' },
      { label: 'models.dev', dataDate: '2026-09-30' },
    ]);
    assert.equal(built.fixture.models[0].name, 'GPT-4o \ufffd broken', 'a lone surrogate becomes U+FFFD');
  });

  test('an unknown provider is named, with close names (a model family names its creator)', () => {
    const built = buildFixture(INDEX, { providers: ['opnai', 'claude', 'zzzzzz'], count: 3, today: TODAY });
    assert.ok('error' in built);
    const [opnai, claude, none] = built.error.split('\n');
    assert.match(opnai, /^unknown provider "opnai": no loaded catalog lists it; close names: openai(?:,|$)/);
    assert.match(claude, /^unknown provider "claude": .*close names: anthropic(?:,|$)/);
    assert.match(none, /^unknown provider "zzzzzz": .*providers they list include openai, anthropic, google$/);
  });

  test('a provider with no current model is an error saying so', () => {
    const built = buildFixture(INDEX, { providers: ['mistral'], count: 3, today: TODAY });
    assert.ok('error' in built);
    assert.match(
      built.error,
      /^no current models for provider "mistral" in the loaded catalogs \(it lists 1, none of them current/,
    );
  });
});

describe('fixture files', () => {
  test('the format from the file name', () => {
    assert.deepEqual(
      ['a.json', 'b.EX', 'c.exs', 'd.py', 'e.ts', 'f.mts', 'g.txt', 'noext', 'dir.py/file'].map(formatOfFile),
      ['registry', 'elixir', 'elixir', 'python', 'ts', 'ts', undefined, undefined, undefined],
    );
  });

  test('default names, and names each language refuses', () => {
    assert.equal(defaultFixtureName('elixir', 'test/support/model_fixtures.ex'), 'ModelFixtures');
    assert.equal(defaultFixtureName('elixir', '9-lives.ex'), 'ModelFixtures');
    assert.equal(defaultFixtureName('elixir'), 'ModelFixtures');
    assert.equal(defaultFixtureName('python'), 'MODELS');
    assert.equal(defaultFixtureName('ts'), 'models');
    assert.equal(defaultFixtureName('registry'), undefined);
    assert.equal(invalidFixtureName('elixir', 'MyApp.ModelFixtures'), undefined);
    for (const [format, name] of [
      ['elixir', 'my_app'],
      ['elixir', 'MyApp.'],
      ['python', 'class'],
      ['python', 'a-b'],
      ['ts', 'default'],
      ['ts', '1x'],
      ['registry', 'anything'],
    ] as const)
      assert.ok(invalidFixtureName(format, name), `${format} refuses ${name}`);
  });

  test('the regenerating command is quoted for a shell where it needs to be', () => {
    assert.equal(
      commandLine(['model-registry', 'fixture', '--out', "it's here.py", '--provider', 'openai']),
      "model-registry fixture --out 'it'\\''s here.py' --provider openai",
    );
  });
});
