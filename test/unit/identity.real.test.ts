// Model identity on the real catalogs (../shared/catalogs): models.dev, then LiteLLM and OpenRouter, as a user with
// all three would have them. For first-party models of seven creators, the bare ID resolves to the creator, with the
// creator's prices and limits as the models.dev file gives them; a model only resellers offer resolves to one of them.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { creatorOf, identityKey } from '../../server/src/catalog/identity';
import type { CatalogInput } from '../../server/src/catalog/indexBuild';
import { ModelIndex } from '../../server/src/catalog/modelIndex';
import { readCatalog } from '../../server/src/catalog/detectFormat';
import { tableOf } from '../../server/src/catalog/catalogTable';

const SHARED = path.resolve(__dirname, '../../../shared/catalogs');
const MODELS_DEV = path.join(SHARED, 'models-dev-api.json');
const missing = fs.existsSync(MODELS_DEV) ? false : `the real catalogs are missing (${SHARED})`;
const CREATORS = ['openai', 'anthropic', 'google', 'xai', 'mistral', 'deepseek', 'cohere'];

interface ModelsDevModel {
  cost?: { input?: number; output?: number };
  limit?: { context?: number; output?: number };
  status?: string;
}
type ModelsDev = Record<string, { models: Record<string, ModelsDevModel> }>;

describe('model identity on the real catalogs', { skip: missing }, () => {
  let modelsDev: ModelsDev;
  let index: ModelIndex;
  before(() => {
    modelsDev = JSON.parse(fs.readFileSync(MODELS_DEV, 'utf8')) as ModelsDev;
    const input = (file: string, label: string): CatalogInput => ({
      table: tableOf(readCatalog(JSON.parse(fs.readFileSync(path.join(SHARED, file), 'utf8')), 'auto', label).models),
      source: { label },
    });
    index = new ModelIndex([
      input('models-dev-api.json', 'models.dev'),
      input('litellm-model_prices_and_context_window.json', 'LiteLLM'),
      input('openrouter-api-v1-models.json', 'OpenRouter'),
    ]);
  });

  /** The creator's models that resellers offer too (where a wrong pick would show), a spread of them per creator. */
  function sharedModels(creator: string, count: number): string[] {
    const offeredElsewhere = (id: string) =>
      Object.entries(modelsDev).some(([provider, p]) => provider !== creator && Object.hasOwn(p.models, id));
    const ids = Object.keys(modelsDev[creator].models)
      .filter(id => creatorOf(identityKey(id)) === creator && offeredElsewhere(id))
      .sort();
    const step = Math.max(1, Math.floor(ids.length / count));
    return ids.filter((_, i) => i % step === 0).slice(0, count);
  }

  test("a bare ID resolves to its creator, with the creator's prices and limits from the models.dev file", () => {
    let checked = 0;
    for (const creator of CREATORS) {
      const ids = sharedModels(creator, 6);
      assert.ok(ids.length >= 2, `${creator}: only ${ids.length} shared models`);
      for (const id of ids) {
        const found = index.resolveBare(id);
        assert.ok(found, `${id} resolves`);
        const record = index.record(found.row);
        const source = modelsDev[creator].models[id];
        assert.equal(record.provider, creator, `${id} shows ${record.provider}`);
        assert.equal(record.inputPricePerMTok, source.cost?.input, `${id} input price`);
        assert.equal(record.outputPricePerMTok, source.cost?.output, `${id} output price`);
        assert.equal(record.contextWindow, source.limit?.context, `${id} context window`);
        assert.equal(record.maxOutput, source.limit?.output, `${id} max output`);
        checked++;
      }
    }
    assert.ok(checked >= 30, `${checked} models checked`);
  });

  test("LiteLLM's free Codestral endpoint is a provider of its own: Mistral's Codestral keeps Mistral's price", () => {
    type LiteLlm = Record<string, { litellm_provider?: string; input_cost_per_token?: number }>;
    const litellm = JSON.parse(
      fs.readFileSync(path.join(SHARED, 'litellm-model_prices_and_context_window.json'), 'utf8'),
    ) as LiteLlm;
    // LiteLLM listed first, as a `modelRegistry.sources` entry is: its fields win.
    const userIndex = new ModelIndex([
      { table: tableOf(readCatalog(litellm, 'auto', 'LiteLLM').models), source: { label: 'LiteLLM' } },
      {
        table: tableOf(readCatalog(modelsDev, 'auto', 'models.dev').models),
        source: { label: 'models.dev' },
      },
    ]);
    const mistral = litellm['mistral/codestral-latest'];
    assert.equal(litellm['codestral/codestral-latest']?.litellm_provider, 'codestral');
    const found = userIndex.resolveBare('codestral-latest');
    assert.ok(found);
    assert.equal(userIndex.provider(found.row), 'mistral');
    assert.equal(userIndex.record(found.row).inputPricePerMTok, (mistral.input_cost_per_token ?? NaN) * 1e6);
    const endpoint = userIndex.resolveNamed('codestral', 'codestral-latest');
    assert.ok(endpoint, 'the endpoint keeps its own row');
    assert.equal(
      userIndex.record(endpoint.row).inputPricePerMTok,
      litellm['codestral/codestral-latest'].input_cost_per_token,
    );
  });

  test('a model only resellers offer resolves to one of them', () => {
    const resellerOnly = Object.entries(modelsDev)
      .flatMap(([provider, p]) => Object.keys(p.models).map(id => [provider, id] as const))
      .filter(([, id]) => creatorOf(identityKey(id)) === undefined && !id.includes('/'))
      .slice(0, 40);
    assert.ok(resellerOnly.length > 10);
    for (const [, id] of resellerOnly) {
      const found = index.resolveBare(id);
      assert.ok(found, `${id} resolves`);
      const offering = index.provider(found.row);
      assert.ok(
        Object.hasOwn(modelsDev[offering]?.models ?? {}, id) || index.id(found.row) === id,
        `${id} shows ${offering}, which offers it`,
      );
    }
  });
});
