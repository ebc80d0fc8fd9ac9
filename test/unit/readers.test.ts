// Catalog readers: hand-written fixtures (awkward entries, units, skipping) and the real catalogs in ../shared/catalogs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CatalogReadResult, ModelRecord } from '../../server/src/catalog/modelRecord';
import { CAPABILITIES, count, date, num, perTokenToPerMTok, price } from '../../server/src/catalog/readers/fields';
import { readLiteLlm } from '../../server/src/catalog/readers/litellm';
import { readLlmDb } from '../../server/src/catalog/readers/llmDb';
import { readModelsDev } from '../../server/src/catalog/readers/modelsDev';
import { readOpenRouter } from '../../server/src/catalog/readers/openrouter';
import { readRegistryFile, splitRegistryId } from '../../server/src/catalog/readers/registryFile';
import { readReqLlm } from '../../server/src/catalog/readers/reqLlm';

const FIXTURES = path.resolve(__dirname, '../fixtures/catalogs');
const CATALOGS = path.resolve(__dirname, '../../../shared/catalogs');

function fixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
}

const realCache = new Map<string, unknown>();
/** Just the parts of the real files the tests read (the readers themselves take `unknown`). */
interface ProviderMap {
  [provider: string]: { models: Record<string, unknown> };
}
interface LiteLlmEntry {
  litellm_provider?: string;
  input_cost_per_token?: number;
  max_input_tokens?: number;
}
interface OpenRouterFile {
  data: { id: string; pricing: { prompt: string } }[];
}

/** A real catalog file, parsed once, typed as the test reads it. */
function real<T = unknown>(relative: string): T {
  let json = realCache.get(relative);
  if (json === undefined) {
    json = JSON.parse(fs.readFileSync(path.join(CATALOGS, relative), 'utf8'));
    realCache.set(relative, json);
  }
  return json as T;
}

function realDir(relative: string): string[] {
  return fs
    .readdirSync(path.join(CATALOGS, relative))
    .filter(f => f.endsWith('.json') && f !== '_manifest.json')
    .sort()
    .map(f => path.join(relative, f));
}

/** A test on the real catalogs: skipped, with the missing path in its message, when they are not there. */
function realTest(name: string, paths: string[], fn: () => void): void {
  const missing = paths.map(p => path.join(CATALOGS, p)).find(p => !fs.existsSync(p));
  test(name, missing ? { skip: `real catalog data not found: ${missing}` } : {}, fn);
}

function find(result: CatalogReadResult, provider: string, id: string): ModelRecord {
  const record = result.models.find(m => m.provider === provider && m.id === id);
  assert.ok(record, `${provider} / ${id} not read`);
  return record;
}

/** Invariants of every record every reader produces. */
function checkRecords(result: CatalogReadResult, source: string): void {
  const vocabulary = new Set<string>(CAPABILITIES);
  for (const r of result.models) {
    assert.equal(typeof r.id, 'string');
    assert.ok(r.id.length > 0);
    assert.ok(r.provider.length > 0);
    assert.deepEqual(r.sources, [source]);
    for (const [key, value] of Object.entries(r))
      assert.notEqual(value, undefined, `${r.id}: key ${key} set to undefined`);
    for (const key of [
      'inputPricePerMTok',
      'outputPricePerMTok',
      'cacheReadPricePerMTok',
      'cacheWritePricePerMTok',
    ] as const) {
      const price = r[key];
      if (price === undefined) continue;
      assert.ok(Number.isFinite(price) && price >= 0, `${r.id}: ${key} ${price}`);
      assert.equal(price, Number(price.toPrecision(12)), `${r.id}: ${key} has float noise: ${price}`);
    }
    for (const key of ['contextWindow', 'maxOutput'] as const) {
      if (r[key] !== undefined) assert.ok(r[key] > 0, `${r.id}: ${key} ${r[key]}`);
    }
    if (r.capabilities) {
      assert.ok(r.capabilities.length > 0);
      assert.deepEqual(r.capabilities, [...new Set(r.capabilities)].sort(), `${r.id}: capabilities not sorted/unique`);
      if (result.format !== 'registry') {
        for (const c of r.capabilities) assert.ok(vocabulary.has(c), `${r.id}: capability ${c} outside the vocabulary`);
      }
    }
    for (const key of ['knowledgeCutoff', 'releaseDate', 'deprecationDate'] as const) {
      if (r[key] !== undefined) assert.match(r[key], /^\d{4}-\d{2}(-\d{2})?$/, `${r.id}: ${key}`);
    }
    if (r.modalities) {
      assert.ok(Array.isArray(r.modalities.input) && Array.isArray(r.modalities.output));
    }
  }
}

// ---- helpers ---------------------------------------------------------------------------------------------------

test('fields: numbers, per-token conversion and dates', () => {
  assert.equal(num(3), 3);
  assert.equal(num('0.0000025'), 0.0000025);
  assert.equal(num(''), undefined);
  assert.equal(num('  '), undefined);
  assert.equal(num('abc'), undefined);
  assert.equal(num(-1), undefined);
  assert.equal(num('-1'), undefined);
  assert.equal(num(Infinity), undefined);
  assert.equal(num(null), undefined);
  assert.equal(num(true), undefined);
  assert.equal(price(0.8299999999999998), 0.83);
  assert.equal(price('1.5'), 1.5);
  assert.equal(price(-2), undefined);
  assert.equal(perTokenToPerMTok(2.5e-6), 2.5);
  assert.equal(perTokenToPerMTok('0.0000025'), 2.5);
  assert.equal(perTokenToPerMTok(1.65e-7), 0.165);
  assert.equal(perTokenToPerMTok(3e-7), 0.3);
  assert.equal(perTokenToPerMTok(0), 0);
  assert.equal(perTokenToPerMTok('-1'), undefined);
  // Hostile or broken values are no value: hex, words for numbers, absurd prices and token counts.
  assert.equal(num('0x10'), undefined);
  assert.equal(num('NaN'), undefined);
  assert.equal(num('Infinity'), undefined);
  assert.equal(num('1e3'), 1000);
  assert.equal(num(' 2.5 '), 2.5);
  assert.equal(price(1e308), undefined);
  assert.equal(perTokenToPerMTok(1e300), undefined);
  assert.equal(price(150), 150, 'an expensive model is no mistake');
  assert.equal(price(600), 600, "o1-pro's output is no mistake");
  assert.equal(perTokenToPerMTok(0.071), undefined, 'a per-1K price read as per token ($71,000 per 1M) is one');
  assert.equal(count(1e12), undefined);
  assert.equal(count(10_000_000), 10_000_000);
  assert.equal(date('2024-10-31'), '2024-10-31');
  assert.equal(date('2024-10'), '2024-10');
  assert.equal(date('2025-11-17T03:41:34.595890Z'), '2025-11-17');
  assert.equal(date('2024'), undefined);
  assert.equal(date('2024-13-01'), undefined);
  assert.equal(date('soon'), undefined);
  assert.equal(date(20241031), undefined);
});

// ---- fixtures --------------------------------------------------------------------------------------------------

test('models.dev fixture: records, units, skipped entries', () => {
  const result = readModelsDev(fixture('models-dev.json'), 'fixture');
  checkRecords(result, 'fixture');
  assert.equal(result.format, 'models.dev');
  assert.equal(result.models.length, 4);
  assert.equal(result.skipped, 3); // "broken", null, provider 42
  assert.deepEqual(find(result, 'acme', 'acme-large-20250219'), {
    id: 'acme-large-20250219',
    provider: 'acme',
    name: 'Acme Large',
    contextWindow: 200000,
    maxOutput: 64000,
    inputPricePerMTok: 3,
    outputPricePerMTok: 15,
    cacheReadPricePerMTok: 0.3,
    cacheWritePricePerMTok: 3.75,
    capabilities: ['attachment', 'pdf_input', 'reasoning', 'temperature', 'tool_call', 'vision'],
    modalities: { input: ['text', 'image', 'pdf'], output: ['text'] },
    knowledgeCutoff: '2024-10',
    releaseDate: '2025-02-19',
    openWeights: false,
    status: 'deprecated',
    deprecated: true,
    sources: ['fixture'],
  });
  // String price read, negative and non-numeric prices unknown, empty limits absent.
  assert.deepEqual(find(result, 'acme', 'acme-small'), {
    id: 'acme-small',
    provider: 'acme',
    name: 'Acme Small',
    inputPricePerMTok: 0.5,
    sources: ['fixture'],
  });
  assert.equal(find(result, 'acme', 'acme-keyed-only').name, 'No id field: the key is the id');
  // Provider without `id` takes its key; zero limits mean unknown.
  assert.deepEqual(find(result, 'other', 'm1'), { id: 'm1', provider: 'other', sources: ['fixture'] });
});

test('models.dev: long-prompt prices from the context tier, with where it starts', () => {
  const cost = (extra: object) => ({ input: 4, output: 20, ...extra });
  const result = readModelsDev(
    {
      openai: {
        id: 'openai',
        models: {
          tiered: {
            id: 'tiered',
            cost: cost({
              tiers: [{ input: 8, output: 30, tier: { type: 'context', size: 272000 } }],
              context_over_200k: { input: 8, output: 30 },
            }),
          },
          above: {
            id: 'above',
            cost: cost({ tiers: [{ input: 6, output: 22, tier: { type: 'context', size: 200001 } }] }),
          },
          legacy: { id: 'legacy', cost: cost({ context_over_200k: { input: 6, output: 22.5 } }) },
        },
      },
    },
    'inline',
  );
  const tier = (id: string) => {
    const m = find(result, 'openai', id);
    return [m.inputPriceAbove200kPerMTok, m.outputPriceAbove200kPerMTok, m.priceTierTokens];
  };
  assert.deepEqual(tier('tiered'), [8, 30, 272000]);
  assert.deepEqual(tier('above'), [6, 22, 200000], '"above 200,000" is over 200K');
  assert.deepEqual(tier('legacy'), [6, 22.5, undefined], 'the older key names no size: 200K');
});

test('LiteLLM: the long-prompt tier at whatever size it starts', () => {
  const result = readLiteLlm(
    {
      'gpt-5.6-luna': {
        litellm_provider: 'openai',
        input_cost_per_token: 1e-6,
        output_cost_per_token: 6e-6,
        input_cost_per_token_above_272k_tokens: 2e-6,
        output_cost_per_token_above_272k_tokens: 9e-6,
      },
      'gemini-1.5-pro': {
        litellm_provider: 'vertex_ai-language-models',
        input_cost_per_token_above_128k_tokens: 2.5e-6,
        output_cost_per_token_above_128k_tokens: 1e-5,
      },
      'claude-sonnet-4-5': { litellm_provider: 'anthropic', input_cost_per_token_above_200k_tokens: 6e-6 },
      'gpt-4o': { litellm_provider: 'openai', input_cost_per_token: 2.5e-6 },
    },
    'inline',
  );
  const tier = (provider: string, id: string) => {
    const m = find(result, provider, id);
    return [m.inputPriceAbove200kPerMTok, m.outputPriceAbove200kPerMTok, m.priceTierTokens];
  };
  assert.deepEqual(tier('openai', 'gpt-5.6-luna'), [2, 9, 272000]);
  assert.deepEqual(tier('vertex_ai-language-models', 'gemini-1.5-pro'), [2.5, 10, 128000]);
  assert.deepEqual(tier('anthropic', 'claude-sonnet-4-5'), [6, undefined, 200000]);
  assert.deepEqual(tier('openai', 'gpt-4o'), [undefined, undefined, undefined]);
});

test("LiteLLM: a row's mode says what it takes and gives where it lists no modalities", () => {
  const result = readLiteLlm(
    {
      'whisper-1': { litellm_provider: 'openai', mode: 'audio_transcription' },
      'dall-e-3': { litellm_provider: 'openai', mode: 'image_generation' },
      'gpt-4o': { litellm_provider: 'openai', mode: 'chat' },
      'gpt-4o-mini-tts': {
        litellm_provider: 'openai',
        mode: 'audio_speech',
        supported_modalities: ['text', 'audio'],
        supported_output_modalities: ['audio'],
      },
    },
    'inline',
  );
  assert.deepEqual(find(result, 'openai', 'whisper-1').modalities, { input: ['audio'], output: ['text'] });
  assert.deepEqual(find(result, 'openai', 'dall-e-3').modalities, { input: ['text'], output: ['image'] });
  assert.equal(find(result, 'openai', 'gpt-4o').modalities, undefined, 'a chat row says nothing');
  assert.deepEqual(find(result, 'openai', 'gpt-4o-mini-tts').modalities, {
    input: ['text', 'audio'],
    output: ['audio'],
  });
});

test('LiteLLM fixture: per-token prices, prefixed keys, skipped entries', () => {
  const result = readLiteLlm(fixture('litellm.json'), 'fixture');
  checkRecords(result, 'fixture');
  assert.equal(result.format, 'litellm');
  assert.equal(result.models.length, 6);
  assert.equal(result.skipped, 4); // sample_spec, fallback_generalizations, no-provider, last_updated
  assert.ok(!result.models.some(m => m.id === 'sample_spec'));
  assert.deepEqual(find(result, 'openai', 'gpt-4o'), {
    id: 'gpt-4o',
    provider: 'openai',
    maxInput: 128000,
    maxOutput: 16384,
    inputPricePerMTok: 2.5,
    outputPricePerMTok: 10,
    cacheReadPricePerMTok: 1.25,
    capabilities: ['pdf_input', 'prompt_caching', 'structured_output', 'tool_call', 'vision'],
    sources: ['fixture'],
  });
  const mini = find(result, 'azure', 'gpt-4o-mini');
  assert.equal(mini.inputPricePerMTok, 0.165);
  assert.equal(mini.outputPricePerMTok, 0.66);
  assert.equal(mini.deprecationDate, '2026-02-27');
  const routed = find(result, 'openrouter', 'openai/gpt-4o');
  assert.equal(routed.maxInput, 128000, 'legacy max_tokens alone is the input limit');
  assert.deepEqual(routed.capabilities, ['reasoning']);
  // The key's route (`vertex_ai/`) is not part of the ID, though the provider is spelt longer.
  const vertex = find(result, 'vertex_ai-anthropic_models', 'claude-3-5-haiku@20241022');
  assert.deepEqual(vertex.modalities, { input: ['text', 'image'], output: ['text'] });
  assert.deepEqual(vertex.capabilities, ['vision']);
  const embed = find(result, 'openai', 'text-embedding-3-small');
  assert.equal(embed.inputPricePerMTok, 0.02);
  assert.equal(embed.outputPricePerMTok, 0);
  assert.deepEqual(embed.capabilities, ['embeddings']);
  const negative = find(result, 'openai', 'negative-price');
  assert.equal(negative.inputPricePerMTok, undefined);
  assert.equal(negative.outputPricePerMTok, undefined);
});

test('OpenRouter fixture: string per-token prices, "-1" unknown, skipped entries', () => {
  const result = readOpenRouter(fixture('openrouter.json'), 'fixture');
  checkRecords(result, 'fixture');
  assert.equal(result.format, 'openrouter');
  assert.equal(result.models.length, 3);
  assert.equal(result.skipped, 3); // no id, a string, null
  assert.deepEqual(find(result, 'openrouter', 'openai/gpt-4o'), {
    id: 'openai/gpt-4o',
    provider: 'openrouter',
    name: 'OpenAI: GPT-4o',
    contextWindow: 128000,
    maxOutput: 16384,
    inputPricePerMTok: 2.5,
    outputPricePerMTok: 10,
    cacheReadPricePerMTok: 1.25,
    capabilities: ['structured_output', 'temperature', 'tool_call', 'vision'],
    modalities: { input: ['text', 'image', 'file'], output: ['text'] },
    knowledgeCutoff: '2023-10-31',
    releaseDate: '2024-05-13',
    sources: ['fixture'],
  });
  const auto = find(result, 'openrouter', 'openrouter/auto');
  assert.equal(auto.inputPricePerMTok, undefined);
  assert.equal(auto.outputPricePerMTok, undefined);
  assert.equal(auto.maxOutput, undefined);
  const thinker = find(result, 'openrouter', 'acme/thinker');
  assert.equal(thinker.inputPricePerMTok, 0);
  assert.equal(thinker.outputPricePerMTok, undefined, 'empty string is not a price');
  assert.equal(thinker.cacheWritePricePerMTok, undefined);
  assert.equal(thinker.contextWindow, undefined);
  assert.deepEqual(thinker.capabilities, ['reasoning']);
  assert.equal(thinker.deprecationDate, '2026-05-15');
  assert.equal(thinker.releaseDate, '2025-01-01');
});

test('ReqLLM fixture: models array, provider from the file, skipped entries', () => {
  const result = readReqLlm(fixture('req-llm.json'), 'fixture');
  checkRecords(result, 'fixture');
  assert.equal(result.format, 'req_llm');
  assert.equal(result.models.length, 3);
  assert.equal(result.skipped, 2);
  const large = find(result, 'acme', 'acme-large');
  assert.equal(large.inputPricePerMTok, 0.8);
  assert.equal(large.cacheWritePricePerMTok, 1);
  assert.equal(large.contextWindow, 200000);
  assert.deepEqual(large.capabilities, ['temperature', 'tool_call']);
  const embed = find(result, 'acme', 'acme-embed');
  assert.equal(embed.inputPricePerMTok, 0.02);
  assert.equal(embed.maxOutput, undefined, 'output limit 0 is unknown');
  assert.equal(embed.status, 'beta');
  assert.equal(embed.deprecated, undefined);
  assert.deepEqual(embed.capabilities, ['embeddings']);
  assert.deepEqual(find(result, 'acme', 'acme-bare'), { id: 'acme-bare', provider: 'acme', sources: ['fixture'] });
});

test('llm_db provider-file fixture: aliases, capabilities object, lifecycle, nulls', () => {
  const result = readLlmDb(fixture('llm-db-provider.json'), 'fixture');
  checkRecords(result, 'fixture');
  assert.equal(result.format, 'llm_db');
  assert.equal(result.models.length, 3);
  assert.equal(result.skipped, 2);
  assert.deepEqual(find(result, 'acme', 'acme-large-20250219'), {
    id: 'acme-large-20250219',
    provider: 'acme',
    name: 'Acme Large',
    aliases: ['acme-large-latest', 'acme-large'],
    contextWindow: 200000,
    maxOutput: 64000,
    inputPricePerMTok: 3,
    outputPricePerMTok: 15,
    cacheReadPricePerMTok: 0.3,
    cacheWritePricePerMTok: 3.75,
    capabilities: [
      'attachment',
      'pdf_input',
      'reasoning',
      'streaming',
      'structured_output',
      'temperature',
      'tool_call',
      'vision',
    ],
    modalities: { input: ['text', 'image', 'pdf'], output: ['text'] },
    knowledgeCutoff: '2024-10-31',
    releaseDate: '2025-02-19',
    status: 'deprecated',
    deprecated: true,
    deprecationDate: '2025-02-19',
    replacement: 'acme-large-2',
    sources: ['fixture'],
  });
  // Nulls everywhere; the API id differs from the catalog id and becomes an alias; `extra.temperature: 0.7` is no flag.
  assert.deepEqual(find(result, 'acme', 'acme.bedrock-v1:0'), {
    id: 'acme.bedrock-v1:0',
    provider: 'acme',
    name: 'Acme on a cloud',
    aliases: ['global.acme.bedrock-v1:0'],
    sources: ['fixture'],
  });
  const embed = find(result, 'acme', 'acme-embed');
  assert.equal(embed.inputPricePerMTok, 0.02);
  assert.equal(embed.outputPricePerMTok, undefined);
  assert.deepEqual(embed.capabilities, ['embeddings']);
});

test('llm_db snapshot fixture: providers map, retired, skipped providers and models', () => {
  const result = readLlmDb(fixture('llm-db-snapshot.json'), 'snap');
  checkRecords(result, 'snap');
  assert.equal(result.format, 'llm_db');
  assert.equal(result.models.length, 2);
  assert.equal(result.skipped, 2); // "no-model", provider whose models is 3
  const small = find(result, 'acme', 'acme-small');
  assert.deepEqual(small.aliases, ['acme-small-latest']);
  assert.deepEqual(small.capabilities, ['streaming']);
  assert.equal(small.status, 'active');
  assert.equal(small.deprecated, undefined);
  assert.equal(find(result, 'other', 'o1').deprecated, true);
});

test('registry fixture: provider splitting, prices, capabilities, skipped entries', () => {
  const result = readRegistryFile(fixture('model_registry.json'), 'model_registry.json');
  checkRecords(result, 'model_registry.json');
  assert.equal(result.format, 'registry');
  assert.equal(result.skipped, 3); // no id, empty id, a string
  assert.deepEqual(
    result.models.map(m => [m.provider, m.id]),
    [
      ['acme', 'acme-internal-1'],
      ['openai', 'gpt-4o-ft-2025'],
      ['bedrock', 'anthropic.claude-v2:1'],
      ['project', 'my-local-model'],
      ['project', '1bad:prefix'],
      ['project', 'trailing:'],
    ],
  );
  assert.deepEqual(result.models[0], {
    id: 'acme-internal-1',
    provider: 'acme',
    name: 'Acme Internal',
    contextWindow: 32000,
    maxOutput: 4096,
    inputPricePerMTok: 1.5,
    outputPricePerMTok: 6,
    capabilities: ['reasoning', 'tool_call'],
    sources: ['model_registry.json'],
  });
  assert.equal(result.models[1].deprecated, true);
  assert.equal(result.models[1].replacement, 'openai:gpt-4.1-ft');
  assert.equal(result.models[2].inputPricePerMTok, undefined);
  assert.equal(result.models[3].deprecated, false, 'an explicit "not deprecated" is kept');
});

test('registry: splitRegistryId', () => {
  assert.deepEqual(splitRegistryId('openai:gpt-4o'), { provider: 'openai', id: 'gpt-4o' });
  assert.deepEqual(splitRegistryId('amazon_bedrock:anthropic.claude-3-haiku-20240307-v1:0'), {
    provider: 'amazon_bedrock',
    id: 'anthropic.claude-3-haiku-20240307-v1:0',
  });
  assert.deepEqual(splitRegistryId('openrouter/openai/gpt-4o'), { provider: 'openrouter', id: 'openai/gpt-4o' });
  assert.deepEqual(splitRegistryId('bedrock/anthropic.claude-v2:1'), {
    provider: 'bedrock',
    id: 'anthropic.claude-v2:1',
  });
  assert.deepEqual(splitRegistryId('gpt-4o'), { provider: 'project', id: 'gpt-4o' });
  assert.deepEqual(splitRegistryId(':x'), { provider: 'project', id: ':x' });
  assert.deepEqual(splitRegistryId('/x'), { provider: 'project', id: '/x' });
  assert.deepEqual(splitRegistryId('x/'), { provider: 'project', id: 'x/' });
});

test('readers throw on a wrong top-level shape, with the format named', () => {
  const cases: [string, (json: unknown, source: string) => CatalogReadResult][] = [
    ['models.dev', readModelsDev],
    ['LiteLLM', readLiteLlm],
    ['OpenRouter', readOpenRouter],
    ['ReqLLM', readReqLlm],
    ['llm_db', readLlmDb],
    ['registry', readRegistryFile],
  ];
  for (const [label, read] of cases) {
    for (const bad of [[], {}, null, 'text', { foo: 1 }]) {
      assert.throws(
        () => read(bad, 'x'),
        (e: Error) => e instanceof Error && e.message.includes(label),
        `${label} on ${JSON.stringify(bad)}`,
      );
    }
  }
});

test('records are lean: a 100k-model models.dev file shares its read-only arrays', () => {
  const models: Record<string, unknown> = {};
  for (let i = 0; i < 100_000; i++) {
    const id = `model-${i}`;
    models[id] = {
      id,
      name: `Model ${i}`,
      attachment: i % 2 === 0,
      reasoning: i % 3 === 0,
      tool_call: true,
      temperature: true,
      knowledge: '2024-10',
      release_date: '2025-02-19',
      last_updated: '2025-02-19',
      modalities: { input: ['text', 'image'], output: ['text'] },
      open_weights: false,
      cost: { input: 3, output: 15, cache_read: 0.3 },
      limit: { context: 200000, output: 64000 },
    };
  }
  const json = { big: { id: 'big', name: 'Big', models } };
  const result = readModelsDev(json, 'big');
  assert.equal(result.models.length, 100_000);
  // Shared, read-only arrays: one capabilities list per distinct set, one sources array per read.
  assert.equal(result.models[0].sources, result.models[1].sources);
  assert.equal(result.models[0].capabilities, result.models[6].capabilities);
  assert.ok(Object.isFrozen(result.models[0].sources));
});

// ---- real catalogs ---------------------------------------------------------------------------------------------

const MODELS_DEV = 'models-dev-api.json';
const LITELLM = 'litellm-model_prices_and_context_window.json';
const OPENROUTER = 'openrouter-api-v1-models.json';
const OPENROUTER_ALL = 'openrouter-api-v1-models-output_modalities-all.json';
const LLM_DB_SNAPSHOT = 'llm_db-snapshot-2025-11-16.json';

realTest('real models.dev api.json: every model, claude-3-7-sonnet spot values', [MODELS_DEV], () => {
  const json = real<ProviderMap>(MODELS_DEV);
  let expected = 0;
  for (const provider of Object.values(json)) expected += Object.keys(provider.models).length;
  assert.equal(expected, 5258, 'README: 5 258 provider-models');
  assert.equal(Object.keys(json).length, 145, 'README: 145 providers');
  const result = readModelsDev(json, MODELS_DEV);
  checkRecords(result, MODELS_DEV);
  assert.equal(result.models.length, expected);
  assert.equal(result.skipped, 0);
  const sonnet = find(result, 'anthropic', 'claude-3-7-sonnet-20250219');
  assert.equal(sonnet.contextWindow, 200000);
  assert.equal(sonnet.maxOutput, 64000);
  assert.equal(sonnet.inputPricePerMTok, 3);
  assert.equal(sonnet.outputPricePerMTok, 15);
  assert.equal(sonnet.cacheReadPricePerMTok, 0.3);
  assert.equal(sonnet.cacheWritePricePerMTok, 3.75);
  assert.equal(sonnet.status, 'deprecated');
  assert.equal(sonnet.deprecated, true);
  assert.equal(sonnet.name, 'Claude Sonnet 3.7');
  assert.equal(sonnet.knowledgeCutoff, '2024-10-31');
  assert.equal(sonnet.releaseDate, '2025-02-19');
  assert.ok(sonnet.capabilities?.includes('reasoning'));
  assert.ok(sonnet.capabilities?.includes('tool_call'));
  assert.deepEqual(sonnet.modalities, { input: ['text', 'image', 'pdf'], output: ['text'] });
});

realTest('real LiteLLM file: every model, gpt-4o per-token → per-1M, prefixed keys', [LITELLM], () => {
  const json = real<Record<string, LiteLlmEntry | undefined>>(LITELLM);
  let expected = 0;
  for (const [key, value] of Object.entries(json)) {
    if (key !== 'sample_spec' && value && typeof value === 'object' && typeof value.litellm_provider === 'string')
      expected++;
  }
  assert.equal(expected, 2982, 'README: 2 982 models');
  assert.equal(Object.keys(json).length, 2984, 'README: 2 984 keys');
  const result = readLiteLlm(json, LITELLM);
  checkRecords(result, LITELLM);
  assert.equal(result.models.length, expected);
  assert.equal(result.skipped, 2, 'sample_spec + fallback_generalizations');
  // The README says 124 `litellm_provider`s; the file has 122 (123 counting sample_spec's description).
  const providers = new Set(
    Object.entries(json)
      .filter(([k, v]) => k !== 'sample_spec' && v?.litellm_provider)
      .map(([, v]) => v?.litellm_provider),
  );
  assert.equal(providers.size, 122);
  assert.deepEqual(new Set(result.models.map(m => m.provider)), providers);
  assert.equal(json['gpt-4o']?.input_cost_per_token, 2.5e-6);
  const gpt4o = find(result, 'openai', 'gpt-4o');
  assert.equal(gpt4o.inputPricePerMTok, 2.5);
  assert.equal(gpt4o.outputPricePerMTok, 10);
  assert.equal(gpt4o.cacheReadPricePerMTok, 1.25);
  assert.equal(gpt4o.maxInput, json['gpt-4o']?.max_input_tokens, "LiteLLM's input limit, as the input limit");
  assert.equal(gpt4o.contextWindow, undefined, 'LiteLLM gives no context window');
  assert.equal(gpt4o.maxOutput, 16384);
  assert.ok(gpt4o.capabilities?.includes('tool_call'));
  assert.ok(gpt4o.capabilities?.includes('vision'));
  const azure = find(result, 'azure', 'gpt-4o');
  assert.equal(azure.inputPricePerMTok, 2.5);
  const routed = find(result, 'openrouter', 'openai/gpt-4o');
  assert.equal(routed.inputPricePerMTok, 2.5);
  assert.equal(
    find(result, 'openrouter', 'openrouter/auto').maxInput,
    json['openrouter/openrouter/auto']?.max_input_tokens,
  );
  // Every record comes from its key: stripped of its route exactly when the key starts with one, the provider or
  // the provider's name before a dash (`fireworks_ai/…` of `fireworks_ai-embedding-models`).
  for (const m of result.models) {
    const routes = m.provider.split('-').map((_, i, parts) => parts.slice(0, i + 1).join('-'));
    const routed = routes.some(route => json[`${route}/${m.id}`]?.litellm_provider === m.provider);
    const unrouted = json[m.id]?.litellm_provider === m.provider && !routes.some(r => m.id.startsWith(`${r}/`));
    assert.ok(routed || unrouted, m.id);
  }
  assert.equal(
    find(result, 'fireworks_ai-embedding-models', 'WhereIsAI/UAE-Large-V1').provider,
    'fireworks_ai-embedding-models',
  );
  const gemini = result.models.filter(m => m.provider === 'gemini');
  assert.ok(gemini.length > 0 && gemini.every(m => !m.id.startsWith('gemini/')));
});

for (const file of [OPENROUTER, OPENROUTER_ALL]) {
  realTest(`real OpenRouter ${file}: every model, string prices per 1M`, [file], () => {
    const json = real<OpenRouterFile>(file);
    const result = readOpenRouter(json, file);
    checkRecords(result, file);
    assert.equal(json.data.length, file === OPENROUTER ? 364 : 457, 'README model count');
    assert.equal(result.models.length, json.data.length);
    assert.equal(result.skipped, 0);
    assert.ok(result.models.every(m => m.provider === 'openrouter'));
    const gpt4o = find(result, 'openrouter', 'openai/gpt-4o');
    assert.equal(json.data.find(m => m.id === 'openai/gpt-4o')?.pricing.prompt, '0.0000025');
    assert.equal(gpt4o.inputPricePerMTok, 2.5);
    assert.equal(gpt4o.outputPricePerMTok, 10);
    assert.equal(gpt4o.contextWindow, 128000);
    assert.equal(gpt4o.maxOutput, 16384);
    assert.deepEqual(
      gpt4o.capabilities?.filter(c => ['structured_output', 'tool_call', 'vision'].includes(c)),
      ['structured_output', 'tool_call', 'vision'],
    );
    const auto = find(result, 'openrouter', 'openrouter/auto');
    assert.equal(auto.inputPricePerMTok, undefined, 'variable-priced router ("-1")');
  });
}

realTest('real ReqLLM priv/models_dev/*.json: every model of every file', ['req_llm-models_dev'], () => {
  const files = realDir('req_llm-models_dev');
  assert.equal(files.length, 63, 'README: 63 files');
  let total = 0;
  for (const file of files) {
    const json = real<{ models: unknown[] }>(file);
    const result = readReqLlm(json, file);
    checkRecords(result, file);
    assert.equal(result.models.length, json.models.length, file);
    assert.equal(result.skipped, 0, file);
    total += result.models.length;
  }
  assert.equal(total, 1116, 'README: 1 116 model entries');
  const anthropic = readReqLlm(real('req_llm-models_dev/anthropic.json'), 'anthropic.json');
  const haiku = find(anthropic, 'anthropic', 'claude-3-5-haiku-20241022');
  assert.equal(haiku.inputPricePerMTok, 0.8);
  assert.equal(haiku.outputPricePerMTok, 4);
  assert.equal(haiku.cacheReadPricePerMTok, 0.08);
  assert.equal(haiku.contextWindow, 200000);
  assert.equal(haiku.maxOutput, 8192);
  assert.equal(haiku.knowledgeCutoff, '2024-07-31');
  assert.ok(haiku.capabilities?.includes('tool_call'));
});

realTest(
  'real llm_db providers/*.json: every model of every provider file, aliases, lifecycle',
  ['llm_db-providers'],
  () => {
    const files = realDir('llm_db-providers');
    assert.equal(files.length, 104, 'README: 104 provider files');
    let total = 0;
    const all: ModelRecord[] = [];
    for (const file of files) {
      const json = real<{ models: Record<string, unknown> }>(file);
      const result = readLlmDb(json, file);
      checkRecords(result, file);
      assert.equal(result.models.length, Object.keys(json.models).length, file);
      assert.equal(result.skipped, 0, file);
      total += result.models.length;
      all.push(...result.models);
    }
    assert.equal(total, 3491, 'README: 3 491 models');
    const anthropic = readLlmDb(real('llm_db-providers/anthropic.json'), 'anthropic.json');
    const haiku = find(anthropic, 'anthropic', 'claude-3-5-haiku-20241022');
    assert.deepEqual(haiku.aliases, ['claude-3-5-haiku-latest', 'claude-3.5-haiku', 'claude-3.5-haiku-20241022']);
    assert.equal(haiku.inputPricePerMTok, 0.8);
    assert.equal(haiku.contextWindow, 200000);
    assert.ok(haiku.capabilities?.includes('tool_call'));
    assert.ok(haiku.capabilities?.includes('streaming'));
    const sonnet = find(anthropic, 'anthropic', 'claude-3-7-sonnet-20250219');
    assert.equal(sonnet.deprecated, true);
    assert.equal(sonnet.status, 'deprecated');
    assert.equal(sonnet.deprecationDate, '2025-02-19');
    assert.equal(sonnet.replacement, 'claude-sonnet-4-5-20250929');
    assert.ok(
      all.some(m => m.aliases?.some(a => a.startsWith('global.anthropic.'))),
      'provider_model_id kept as an alias',
    );
  },
);

realTest('real llm_db snapshot.json: every model of every provider', [LLM_DB_SNAPSHOT], () => {
  const json = real<{ providers: ProviderMap }>(LLM_DB_SNAPSHOT);
  let expected = 0;
  for (const provider of Object.values(json.providers)) expected += Object.keys(provider.models).length;
  assert.equal(expected, 1295, 'README: 1 295 models');
  assert.equal(Object.keys(json.providers).length, 102, 'README: 102 providers');
  const result = readLlmDb(json, LLM_DB_SNAPSHOT);
  checkRecords(result, LLM_DB_SNAPSHOT);
  assert.equal(result.models.length, expected);
  assert.equal(result.skipped, 0);
  const haiku = find(result, 'anthropic', 'claude-3-5-haiku-20241022');
  assert.deepEqual(haiku.aliases, ['claude-3-5-haiku-latest', 'claude-3.5-haiku', 'claude-3.5-haiku-20241022']);
  assert.equal(haiku.outputPricePerMTok, 4);
  assert.equal(haiku.maxOutput, 8192);
});
