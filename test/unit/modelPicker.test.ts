// The models Insert Model ID… offers (server/src/features/modelPicker.ts), over a small catalog: completion's ranking
// (one row per model, current before deprecated, newer before older), the provider the string names first, the
// spelling the call at the cursor expects, and what the client replaces or inserts.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pickModels } from '../../server/src/features/modelPicker';
import { CatalogSources } from '../../server/src/registry/catalogSources';
import { ModelRegistry } from '../../server/src/registry/modelRegistry';
import { scanText } from '../../server/src/strings/scanDocument';
import type { ModelPickerResult } from '../../shared/protocol';
import { cursor } from '../helpers/cursor';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';

const TODAY = '2026-11-21';
const CACHE = { maxEntries: 1000, maxSizeMB: 8, ttlSeconds: 300 };
let registry: ModelRegistry;

before(async () => {
  const fs = new MemoryFileSystem();
  fs.writeJson('/ws/catalog.json', {
    anthropic: {
      id: 'anthropic',
      name: 'Anthropic',
      models: {
        'claude-3-7-sonnet-20250219': {
          id: 'claude-3-7-sonnet-20250219',
          name: 'Claude Sonnet 3.7',
          status: 'deprecated',
          release_date: '2025-02-19',
          limit: { context: 200000, output: 64000 },
          cost: { input: 3, output: 15 },
        },
        'claude-sonnet-4-5': {
          id: 'claude-sonnet-4-5',
          name: 'Claude Sonnet 4.5',
          release_date: '2025-09-29',
          limit: { context: 200000 },
          cost: { input: 3, output: 15 },
        },
        'claude-haiku-4-5': { id: 'claude-haiku-4-5', name: 'Claude Haiku 4.5', release_date: '2025-10-15' },
      },
    },
    openai: { id: 'openai', models: { 'gpt-4o': { id: 'gpt-4o', release_date: '2024-05-13' } } },
    acme: { id: 'acme', models: { 'gpt-4o': { id: 'gpt-4o' }, 'rocket-1': { id: 'rocket-1' } } },
  });
  registry = new ModelRegistry(CACHE, { sources: new CatalogSources(fs) });
  registry.configure(
    [{ name: 'catalog.json', layer: 'sources', format: 'auto', files: { cwd: '/ws', patterns: ['catalog.json'] } }],
    CACHE,
  );
  await registry.ready();
});

function pick(languageId: string, marked: string): ModelPickerResult {
  const { text, position } = cursor(marked);
  return pickModels(TextDocument.create(`file:///test.${languageId}`, languageId, 1, text), position, {
    queries: registry.queries,
    lexicalMap: scanText(text, languageId)!,
    today: TODAY,
  });
}

const ids = (result: ModelPickerResult): string[] => result.items.map(i => i.insertText);

describe('Insert Model ID… candidates', () => {
  test('every model once (the creator offering a shared ID), current before deprecated, newer before older', () => {
    const { items } = pick('python', 'model = |');
    assert.deepEqual(
      items.map(i => [i.provider, i.id, i.deprecated]),
      [
        ['anthropic', 'claude-haiku-4-5', false],
        ['anthropic', 'claude-sonnet-4-5', false],
        ['openai', 'gpt-4o', false],
        ['acme', 'rocket-1', false],
        ['anthropic', 'claude-3-7-sonnet-20250219', true],
      ],
    );
    assert.deepEqual(
      items.find(i => i.id === 'claude-3-7-sonnet-20250219'),
      {
        insertText: 'claude-3-7-sonnet-20250219',
        id: 'claude-3-7-sonnet-20250219',
        provider: 'anthropic',
        providerName: 'Anthropic',
        name: 'Claude Sonnet 3.7',
        contextWindow: 200000,
        inputPrice: 3,
        outputPrice: 15,
        releaseDate: '2025-02-19',
        deprecated: true,
      },
    );
  });

  test('outside a string: inserted at the cursor, quoted as the language quotes, spelled as it usually is', () => {
    const python = pick('python', 'model = |');
    assert.equal(python.quote, '"');
    assert.equal(python.replace, undefined);
    assert.equal(ids(python)[0], 'claude-haiku-4-5');
    assert.equal(pick('yaml', 'model: |').quote, '');
    // ReqLLM's `provider:model` in Elixir.
    assert.deepEqual(ids(pick('elixir', '@model |')).slice(0, 3), [
      'anthropic:claude-haiku-4-5',
      'anthropic:claude-sonnet-4-5',
      'openai:gpt-4o',
    ]);
  });

  test("inside a string: its content replaced; spelled for the call; the string's provider first", () => {
    const reqllm = pick('elixir', 'ReqLLM.generate_text("anthropic:claude-3|-7-sonnet-20250219", "hi")');
    assert.deepEqual(reqllm.replace, { start: { line: 0, character: 22 }, end: { line: 0, character: 58 } });
    assert.equal(reqllm.quote, undefined);
    assert.deepEqual(ids(reqllm).slice(0, 3), [
      'anthropic:claude-haiku-4-5',
      'anthropic:claude-sonnet-4-5',
      'anthropic:claude-3-7-sonnet-20250219',
    ]);
    // LiteLLM spells `provider/model`.
    assert.deepEqual(ids(pick('python', 'completion(model="|")')).slice(0, 3), [
      'anthropic/claude-haiku-4-5',
      'anthropic/claude-sonnet-4-5',
      'openai/gpt-4o',
    ]);
    // A module attribute named for a model, spelled as the string spells it.
    assert.deepEqual(ids(pick('elixir', '@model "anthropic:claude-nonexistent|-9"')).slice(0, 2), [
      'anthropic:claude-haiku-4-5',
      'anthropic:claude-sonnet-4-5',
    ]);
    assert.deepEqual(ids(pick('python', 'model = "openai/g|"')).slice(0, 2), [
      'openai/gpt-4o',
      'anthropic/claude-haiku-4-5',
    ]);
    // A bare ID's provider first, still bare.
    const bare = pick('typescript', 'const model = "rocket|-1";');
    assert.equal(bare.items[0].provider, 'acme');
    assert.equal(ids(bare)[0], 'rocket-1');
  });

  test("in a call that implies the provider (AI SDK's openai(…)): only that provider's models, bare", () => {
    const result = pick('typescript', 'generateText({ model: openai("|") })');
    assert.deepEqual(ids(result), ['gpt-4o']);
    assert.deepEqual(result.replace, { start: { line: 0, character: 30 }, end: { line: 0, character: 30 } });
  });
});
