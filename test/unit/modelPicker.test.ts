// The models Insert Model ID… offers (server/src/features/modelPicker.ts), over a small catalog: the ranking, the
// spelling taken from the string at the cursor or the language, and what the client replaces or inserts.
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

describe('Insert Model ID… candidates', () => {
  test('every model, grouped by provider: model makers first, current before deprecated, newer before older', () => {
    const { items } = pick('python', 'model = |');
    assert.deepEqual(
      items.map(i => [i.providerName, i.id, i.deprecated]),
      [
        ['OpenAI', 'gpt-4o', false],
        ['Anthropic', 'claude-haiku-4-5', false],
        ['Anthropic', 'claude-sonnet-4-5', false],
        ['Anthropic', 'claude-3-7-sonnet-20250219', true],
        ['acme', 'gpt-4o', false],
        ['acme', 'rocket-1', false],
      ],
    );
    const sonnet = items.find(i => i.id === 'claude-3-7-sonnet-20250219');
    assert.deepEqual(sonnet, {
      insertText: 'anthropic/claude-3-7-sonnet-20250219',
      id: 'claude-3-7-sonnet-20250219',
      provider: 'anthropic',
      providerName: 'Anthropic',
      name: 'Claude Sonnet 3.7',
      contextWindow: 200000,
      inputPrice: 3,
      outputPrice: 15,
      releaseDate: '2025-02-19',
      deprecated: true,
    });
  });

  test('outside a string: inserted at the cursor in double quotes, spelled as the language does', () => {
    const python = pick('python', 'model = |');
    assert.equal(python.quote, '"');
    assert.equal(python.replace, undefined);
    assert.equal(python.items[0].insertText, 'openai/gpt-4o');
    assert.equal(pick('elixir', '@model |').items[0].insertText, 'openai:gpt-4o');
  });

  test('inside a string: its content is replaced, spelled like it, its provider first', () => {
    const result = pick('elixir', '@model "anthropic:claude-3|-7-sonnet-20250219"');
    assert.deepEqual(result.replace, { start: { line: 0, character: 8 }, end: { line: 0, character: 44 } });
    assert.equal(result.quote, undefined);
    assert.deepEqual(
      result.items.slice(0, 3).map(i => i.insertText),
      ['anthropic:claude-haiku-4-5', 'anthropic:claude-sonnet-4-5', 'anthropic:claude-3-7-sonnet-20250219'],
    );
    assert.equal(pick('python', 'm = "openai/|"').items[0].insertText, 'openai/gpt-4o');
    assert.equal(pick('python', 'm = "anthropic:|"').items[0].insertText, 'anthropic:claude-haiku-4-5');
  });

  test('a bare ID stays bare and puts its provider first; an empty string is spelled as the language does', () => {
    const bare = pick('typescript', 'const model = "rocket|-1";');
    assert.deepEqual(
      bare.items.slice(0, 2).map(i => i.insertText),
      ['gpt-4o', 'rocket-1'],
      "acme's models first, bare",
    );
    assert.equal(bare.items[0].provider, 'acme');
    const empty = pick('typescript', 'const model = "|";');
    assert.deepEqual(empty.replace, { start: { line: 0, character: 15 }, end: { line: 0, character: 15 } });
    assert.equal(empty.items[0].insertText, 'openai/gpt-4o');
  });
});
