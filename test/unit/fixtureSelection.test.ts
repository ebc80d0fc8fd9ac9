// Which models a stub fixture holds (server/src/catalog/fixtureSelection.ts), on hand-made catalogs — only current,
// callable, one row per model, spanning price tiers, context sizes and capabilities, the newest of a tier first,
// stable chat models before previews and generators, deterministic — and on the real models.dev catalog, whose
// picks are checked against the file itself.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { tableOf } from '../../server/src/catalog/catalogTable';
import { readCatalog } from '../../server/src/catalog/detectFormat';
import { currentModels, selectFixtureRows } from '../../server/src/catalog/fixtureSelection';
import type { CatalogInput } from '../../server/src/catalog/indexBuild';
import { ModelIndex } from '../../server/src/catalog/modelIndex';
import type { ModelRecord } from '../../server/src/catalog/modelRecord';

const TODAY = '2026-12-04';
const SHARED = path.resolve(__dirname, '../../../shared/catalogs');
const MODELS_DEV = path.join(SHARED, 'models-dev-api.json');
const missing = fs.existsSync(MODELS_DEV) ? false : `the real catalogs are missing (${SHARED})`;

const chat = (id: string, extra: Partial<ModelRecord> = {}): ModelRecord => ({
  provider: 'acme',
  id,
  sources: [],
  contextWindow: 128000,
  inputPricePerMTok: 1,
  outputPricePerMTok: 4,
  capabilities: ['tool_call'],
  modalities: { input: ['text'], output: ['text'] },
  releaseDate: '2025-01-01',
  ...extra,
});
const catalog = (records: ModelRecord[], label = 'models.dev', fixture = false): CatalogInput => ({
  table: tableOf(records),
  source: fixture ? { label, fixture } : { label },
});
const ids = (index: ModelIndex, rows: readonly number[]): string[] => rows.map(row => index.id(row));

describe('fixture selection on hand-made catalogs', () => {
  test('only current, callable models, one row per model', () => {
    const index = new ModelIndex(
      [
        catalog([
          chat('acme-1'),
          chat('acme-1-20250101'), // a dated snapshot of acme-1
          chat('acme-2-2411'),
          chat('acme-2-latest'), // follows acme-2-2411
          chat('acme-old', { status: 'deprecated' }),
          chat('acme-gone', { deprecated: true }),
          chat('acme-sunset', { deprecationDate: '2026-01-01' }),
          chat('1024-x-1024/acme-image'), // a price-table key
        ]),
      ],
      TODAY,
    );
    assert.deepEqual(ids(index, currentModels(index, 'acme', TODAY)), ['acme-1', 'acme-2-2411']);
    assert.deepEqual(ids(index, selectFixtureRows(index, 'acme', 5, TODAY)), ['acme-1', 'acme-2-2411']);
  });

  test('a model only a stub fixture lists is not current: a fixture is no evidence', () => {
    const index = new ModelIndex(
      [catalog([chat('acme-stale')], 'model_registry.json', true), catalog([chat('acme-real')])],
      TODAY,
    );
    assert.deepEqual(ids(index, selectFixtureRows(index, 'acme', 3, TODAY)), ['acme-real']);
  });

  test('three picks span the cheap, mid and expensive tiers, the newest of each', () => {
    const priced = (id: string, input: number, releaseDate: string): ModelRecord =>
      chat(id, { inputPricePerMTok: input, outputPricePerMTok: input * 4, releaseDate });
    const index = new ModelIndex(
      [
        catalog([
          priced('acme-nano-1', 0.05, '2025-01-01'),
          priced('acme-nano-2', 0.06, '2025-06-01'),
          priced('acme-mid-1', 1, '2025-02-01'),
          priced('acme-mid-2', 1.2, '2025-07-01'),
          priced('acme-max-1', 20, '2025-03-01'),
          priced('acme-max-2', 25, '2025-08-01'),
        ]),
      ],
      TODAY,
    );
    assert.deepEqual(ids(index, selectFixtureRows(index, 'acme', 3, TODAY)), [
      'acme-max-2',
      'acme-mid-2',
      'acme-nano-2',
    ]);
  });

  test('context sizes and capabilities are spanned too: the small, non-reasoning model is picked', () => {
    const index = new ModelIndex(
      [
        catalog([
          chat('acme-a', {
            contextWindow: 1000000,
            capabilities: ['reasoning', 'tool_call', 'vision'],
            releaseDate: '2026-01-01',
          }),
          chat('acme-b', {
            contextWindow: 1000000,
            capabilities: ['reasoning', 'tool_call', 'vision'],
            releaseDate: '2026-02-01',
          }),
          chat('acme-c', { contextWindow: 8000, capabilities: ['tool_call'], releaseDate: '2024-01-01' }),
        ]),
      ],
      TODAY,
    );
    const picked = ids(index, selectFixtureRows(index, 'acme', 2, TODAY));
    assert.deepEqual(picked, ['acme-b', 'acme-c']);
  });

  test('stable chat models come first; previews, embeddings and image generators only fill in', () => {
    const index = new ModelIndex(
      [
        catalog([
          chat('acme-chat', { releaseDate: '2024-01-01' }),
          chat('acme-chat-preview', { releaseDate: '2026-06-01' }),
          chat('acme-embed-3', { capabilities: ['embeddings'], outputPricePerMTok: 0, releaseDate: '2026-06-01' }),
          chat('acme-image', { modalities: { input: ['text'], output: ['image'] }, releaseDate: '2026-06-01' }),
        ]),
      ],
      TODAY,
    );
    assert.deepEqual(ids(index, selectFixtureRows(index, 'acme', 1, TODAY)), ['acme-chat']);
    assert.equal(selectFixtureRows(index, 'acme', 4, TODAY).length, 4);
  });

  test('deterministic: the same models in another order give the same picks', () => {
    const records = Array.from({ length: 30 }, (_, i) =>
      chat(`acme-${String(i).padStart(2, '0')}`, {
        inputPricePerMTok: (i % 7) + 0.1,
        contextWindow: 8000 * (1 + (i % 5)),
        capabilities: i % 2 ? ['reasoning', 'tool_call'] : ['vision'],
        releaseDate: `2025-${String((i % 12) + 1).padStart(2, '0')}-01`,
      }),
    );
    const a = new ModelIndex([catalog(records)], TODAY);
    const b = new ModelIndex([catalog([...records].reverse())], TODAY);
    assert.deepEqual(ids(a, selectFixtureRows(a, 'acme', 4, TODAY)), ids(b, selectFixtureRows(b, 'acme', 4, TODAY)));
  });

  test('a provider with no current model gets none', () => {
    const index = new ModelIndex([catalog([chat('acme-old', { status: 'retired' })])], TODAY);
    assert.deepEqual(selectFixtureRows(index, 'acme', 3, TODAY), []);
  });
});

interface ModelsDevModel {
  status?: string;
  cost?: { input?: number; output?: number };
  limit?: { context?: number };
  modalities?: { output?: string[] };
}
type ModelsDev = Record<string, { models: Record<string, ModelsDevModel> }>;

describe('fixture selection on the real models.dev catalog', { skip: missing }, () => {
  let modelsDev: ModelsDev;
  let index: ModelIndex;
  before(() => {
    modelsDev = JSON.parse(fs.readFileSync(MODELS_DEV, 'utf8')) as ModelsDev;
    index = new ModelIndex([catalog(readCatalog(modelsDev, 'auto', 'models.dev').models.map(r => ({ ...r })))], TODAY);
  });

  for (const provider of ['openai', 'anthropic', 'google', 'mistral']) {
    test(`${provider}: three current models of the file, spanning its price range`, () => {
      const picked = ids(index, selectFixtureRows(index, provider, 3, TODAY));
      assert.equal(picked.length, 3);
      const models = modelsDev[provider].models;
      for (const id of picked) {
        assert.ok(models[id], `${id} is one of ${provider}'s models in the file`);
        assert.ok(!['deprecated', 'retired'].includes(models[id].status ?? ''), `${id} is current in the file`);
      }
      // The stable text models of the file with both prices: the picks' total prices reach from its cheapest third
      // to its dearest third (on the log scale, as the tiers are cut).
      const price = (m: ModelsDevModel): number | undefined =>
        m.cost?.input !== undefined && m.cost.output !== undefined && m.cost.output > 0
          ? m.cost.input + m.cost.output
          : undefined;
      const prices = Object.entries(models)
        .filter(
          ([id, m]) => !['deprecated', 'retired', 'beta'].includes(m.status ?? '') && !/preview|latest|embed/.test(id),
        )
        .filter(([, m]) => (m.modalities?.output ?? ['text']).every(o => o === 'text'))
        .map(([, m]) => price(m))
        .filter((p): p is number => p !== undefined && p > 0)
        .map(Math.log);
      const low = Math.min(...prices);
      const span = Math.max(...prices) - low;
      const picks = picked.map(id => Math.log(price(models[id])!));
      assert.ok(Math.min(...picks) < low + span / 3, `a cheap model among ${picked.join(', ')}`);
      assert.ok(Math.max(...picks) >= low + (2 * span) / 3, `an expensive model among ${picked.join(', ')}`);
    });
  }
});
