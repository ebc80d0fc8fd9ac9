import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ModelIndex } from '../../server/src/catalog/modelIndex';
import type { ModelRecord } from '../../server/src/catalog/modelRecord';

const rec = (provider: string, id: string, extra: Partial<ModelRecord> = {}, source = 'a'): ModelRecord => ({
  provider,
  id,
  sources: [source],
  ...extra,
});

describe('merging sources', () => {
  const first = [
    rec('anthropic', 'claude-3-7-sonnet-20250219', { contextWindow: 200000, inputPricePerMTok: 3 }, 'models.dev'),
  ];
  const second = [
    rec(
      'anthropic',
      'claude-3-7-sonnet-20250219',
      { contextWindow: 128000, outputPricePerMTok: 15, name: 'Claude 3.7 Sonnet' },
      'litellm',
    ),
    rec('openai', 'gpt-4o', {}, 'litellm'),
  ];
  const index = new ModelIndex([first, second]);

  test('a model in two catalogs is one record listing both sources', () => {
    const record = index.get('anthropic', 'claude-3-7-sonnet-20250219');
    assert.deepEqual(record?.sources, ['models.dev', 'litellm']);
    assert.equal(index.models, 2);
  });

  test('the earlier source wins on conflicts and the later one fills gaps', () => {
    const record = index.get('anthropic', 'claude-3-7-sonnet-20250219');
    assert.equal(record?.contextWindow, 200000);
    assert.equal(record?.inputPricePerMTok, 3);
    assert.equal(record?.outputPricePerMTok, 15);
    assert.equal(record?.name, 'Claude 3.7 Sonnet');
  });

  test('the input records are not modified, so a reload can merge them again', () => {
    assert.deepEqual(first[0].sources, ['models.dev']);
    assert.equal(first[0].outputPricePerMTok, undefined);
  });

  test('provider spellings merge: amazon_bedrock and amazon-bedrock are one provider', () => {
    const merged = new ModelIndex([
      [rec('amazon_bedrock', 'm', {}, 'llm_db')],
      [rec('amazon-bedrock', 'm', { contextWindow: 5 }, 'models.dev')],
    ]);
    assert.equal(merged.models, 1);
    assert.equal(merged.get('amazon-bedrock', 'm')?.contextWindow, 5);
    assert.equal(merged.providerCount, 1);
  });
});

describe('resolving every spelling', () => {
  const index = new ModelIndex([
    [
      rec('anthropic', 'claude-3-7-sonnet-20250219'),
      rec('openai', 'gpt-4o'),
      rec('openai', 'gpt-4o-mini'),
      rec('openrouter', 'openai/gpt-4o'),
      rec('amazon-bedrock', 'anthropic.claude-3-5-sonnet-20240620-v1:0'),
      rec('llm', 'claude-3-5-haiku-20241022', { aliases: ['claude-3-5-haiku-latest'] }),
    ],
  ]);
  const resolve = (text: string) => index.resolve(text).map(r => `${r.provider}|${r.id}`);

  test('provider:model', () =>
    assert.deepEqual(resolve('anthropic:claude-3-7-sonnet-20250219'), ['anthropic|claude-3-7-sonnet-20250219']));
  test('provider:model with another spelling of the provider', () => {
    assert.deepEqual(resolve('amazon_bedrock:anthropic.claude-3-5-sonnet-20240620-v1:0'), [
      'amazon-bedrock|anthropic.claude-3-5-sonnet-20240620-v1:0',
    ]);
  });
  test('provider/model, and the OpenRouter ID that is also a bare ID', () => {
    assert.deepEqual(resolve('openai/gpt-4o'), ['openai|gpt-4o', 'openrouter|openai/gpt-4o']);
    assert.deepEqual(resolve('openrouter/openai/gpt-4o'), ['openrouter|openai/gpt-4o']);
  });
  test('model@provider', () => assert.deepEqual(resolve('gpt-4o-mini@openai'), ['openai|gpt-4o-mini']));
  test('bare ID', () => assert.deepEqual(resolve('gpt-4o'), ['openai|gpt-4o']));
  test('a bare ID containing a colon whose prefix is not a provider', () => {
    assert.deepEqual(resolve('anthropic.claude-3-5-sonnet-20240620-v1:0'), [
      'amazon-bedrock|anthropic.claude-3-5-sonnet-20240620-v1:0',
    ]);
  });
  test('aliases resolve to their model', () => {
    assert.deepEqual(resolve('llm:claude-3-5-haiku-latest'), ['llm|claude-3-5-haiku-20241022']);
    assert.deepEqual(resolve('claude-3-5-haiku-latest'), ['llm|claude-3-5-haiku-20241022']);
  });
  test('strings that are not model IDs resolve to nothing', () => {
    for (const text of ['hello:world', '10:30', 'https://example.com/a', 'openai:', 'gpt-5-does-not-exist', '']) {
      assert.deepEqual(resolve(text), [], text);
    }
  });
});

describe('prefix queries', () => {
  const index = new ModelIndex([
    [
      rec('openai', 'gpt-4o'),
      rec('openai', 'gpt-4o-mini'),
      rec('openai', 'o1'),
      rec('openai', 'gpt-4.1'),
      rec('azure', 'gpt-4o'),
      rec('anthropic', 'claude-3-7-sonnet-20250219'),
    ],
  ]);

  test('per provider, sorted, limited', () => {
    assert.deepEqual(index.idsWithPrefix('openai', 'gpt-4'), ['gpt-4.1', 'gpt-4o', 'gpt-4o-mini']);
    assert.deepEqual(index.idsWithPrefix('openai', 'gpt-4o', 1), ['gpt-4o']);
    assert.deepEqual(index.idsWithPrefix('OpenAI', ''), ['gpt-4.1', 'gpt-4o', 'gpt-4o-mini', 'o1']);
    assert.deepEqual(index.idsWithPrefix('nobody', 'g'), []);
  });

  test('bare IDs across providers, each once', () => {
    assert.deepEqual(index.idsWithPrefix(undefined, 'gpt-4o'), ['gpt-4o', 'gpt-4o-mini']);
    assert.deepEqual(index.idsWithPrefix(undefined, 'zzz'), []);
  });

  test('providers and counts', () => {
    assert.deepEqual(index.providers(), ['anthropic', 'azure', 'openai']);
    assert.equal(index.models, 6);
    assert.equal(index.withBareId('gpt-4o').length, 2);
  });
});
