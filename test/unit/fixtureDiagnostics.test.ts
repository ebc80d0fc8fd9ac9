// Staleness of a stub fixture (server/src/features/fixtureDiagnostics.ts), in each of the four formats: the models a
// fixture lists are found map by map (whatever the key order), a model no catalog lists any more is unknown-model on
// its ID, a retired one deprecated-model naming the claim, a current one nothing — and a fixture loaded as a catalog
// vouches for none of them. Messages say when the fixture's data is from and how to regenerate it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tableOf } from '../../server/src/catalog/catalogTable';
import type { CatalogInput } from '../../server/src/catalog/indexBuild';
import { ModelIndex } from '../../server/src/catalog/modelIndex';
import type { ModelRecord } from '../../server/src/catalog/modelRecord';
import { diagnoseFixture, fixtureEntries } from '../../server/src/features/fixtureDiagnostics';
import type { FixtureFormat } from '../../server/src/fixtures/fixtureFiles';
import type { Fixture } from '../../server/src/fixtures/fixtureModels';
import { renderFixture } from '../../server/src/fixtures/fixtureWriters';
import { scanText } from '../../server/src/strings/scanDocument';

const TODAY = '2026-12-04';
const rec = (provider: string, id: string, extra: Partial<ModelRecord> = {}): ModelRecord => ({
  provider,
  id,
  sources: [],
  ...extra,
});
const catalog = (label: string, records: ModelRecord[], fixture = false): CatalogInput => ({
  table: tableOf(records),
  source: fixture ? { label, fixture } : { label },
});

/** What the fixture lists: a current model, one that has left the catalogs, one since retired. */
const FIXTURE: Fixture = {
  models: [
    { id: 'gpt-4o', provider: 'openai', capabilities: [] },
    { id: 'gpt-gone', provider: 'openai', capabilities: [] },
    { id: 'claude-3-opus-20240229', provider: 'anthropic', capabilities: [] },
  ],
  providers: [
    { provider: 'openai', models: 2 },
    { provider: 'anthropic', models: 1 },
  ],
  sources: [{ label: 'models.dev', dataDate: '2026-06-13' }],
};
const COMMAND = 'model-registry fixture --provider openai --provider anthropic --count 3';
const CATALOG = catalog('models.dev', [
  rec('openai', 'gpt-4o'),
  rec('anthropic', 'claude-3-opus-20240229', { status: 'retired' }),
]);
const LANGUAGE: Record<FixtureFormat, string> = {
  registry: 'json',
  elixir: 'elixir',
  python: 'python',
  ts: 'typescript',
};

function diagnose(format: FixtureFormat, catalogs: CatalogInput[], reportUnknown = true) {
  const text = renderFixture(FIXTURE, { format, command: COMMAND });
  const document = TextDocument.create('file:///fixture', LANGUAGE[format], 1, text);
  const lexicalMap = scanText(text, LANGUAGE[format])!;
  const diagnostics = diagnoseFixture(document, {
    index: new ModelIndex(catalogs, TODAY),
    lexicalMap,
    today: TODAY,
    reportUnknown,
  });
  return diagnostics.map(d => ({ code: d.code, id: document.getText(d.range), message: String(d.message) }));
}

describe('stub fixture staleness', () => {
  for (const format of ['registry', 'elixir', 'python', 'ts'] as const) {
    test(`${format}: a model that left the catalogs is unknown, a retired one deprecated`, () => {
      const found = diagnose(format, [CATALOG]);
      assert.deepEqual(
        found.map(f => [f.code, f.id]),
        [
          ['unknown-model', 'gpt-gone'],
          ['deprecated-model', 'claude-3-opus-20240229'],
        ],
      );
      assert.equal(
        found[0].message,
        `Unknown model "gpt-gone"\nopenai does not offer it in the loaded catalogs any more (the fixture was written from models.dev (2026-06-13)).\nRegenerate the fixture: ${COMMAND}`,
      );
      assert.match(found[1].message, /^Deprecated model "claude-3-opus-20240229" \(models\.dev: retired\)\n/);
    });

    test(`${format}: the fixture loaded as a catalog vouches for none of its models`, () => {
      const itself = catalog(
        'model_registry.json',
        FIXTURE.models.map(m => rec(m.provider, m.id)),
        true,
      );
      assert.deepEqual(
        diagnose(format, [itself, CATALOG]).map(f => f.id),
        ['gpt-gone', 'claude-3-opus-20240229'],
      );
      assert.deepEqual(
        diagnose(format, [itself]).map(f => [f.code, f.id]),
        FIXTURE.models.map(m => ['unknown-model', m.id]),
      );
    });
  }

  test('without complete catalogs, nothing is called unknown (retirement is still reported)', () => {
    assert.deepEqual(
      diagnose('python', [CATALOG], false).map(f => f.code),
      ['deprecated-model'],
    );
  });

  test('entries are read map by map, whatever the key order; an entry with no provider is read as a bare ID', () => {
    const text = `{"$comment": ["x"], "models": [
      {"provider": "openai", "name": "{odd}", "id": "gpt-4o"},
      {"id": "anthropic:claude-x"},
      {"name": "no id"}
    ]}`;
    const map = scanText(text, 'json')!;
    const entries = fixtureEntries(text, map).map(e => [
      text.slice(e.id.contentStart, e.id.contentEnd),
      e.provider && text.slice(e.provider.contentStart, e.provider.contentEnd),
    ]);
    assert.deepEqual(entries, [
      ['gpt-4o', 'openai'],
      ['anthropic:claude-x', undefined],
    ]);
  });
});
