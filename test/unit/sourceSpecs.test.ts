import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { ModelIndex } from '../../server/src/catalog/modelIndex';
import { CatalogSources } from '../../server/src/registry/catalogSources';
import { sourceSpecs } from '../../server/src/registry/sourceSpecs';
import { defaultSettings, parseSettings } from '../../server/src/utils/settings';
import { sourceFileMatcher } from '../../server/src/registry/sourceWatching';

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-specs-'));
after(() => fs.rmSync(workspace, { recursive: true, force: true }));

/** A port nothing listens on: one the system just handed out and took back (fetch refuses port 1 outright). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

function write(relative: string, value: unknown): string {
  const file = path.join(workspace, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
}

write('model_registry.json', { models: [{ id: 'acme:rocket-1', deprecated: true }] });
write('deps/req_llm/priv/models_dev/anthropic.json', {
  provider: { id: 'anthropic', name: 'Anthropic' },
  models: [
    { id: 'claude-3-7-sonnet-20250219', limit: { context: 200000, output: 64000 }, cost: { input: 3, output: 15 } },
  ],
});
write('deps/llm_db/priv/llm_db/providers/mistral.json', {
  id: 'mistral',
  name: 'Mistral',
  models: { 'mistral-large-latest': { id: 'mistral-large-latest' } },
});
write('.venv/lib/python3.12/site-packages/litellm/model_prices_and_context_window_backup.json', {
  'sample_spec': { litellm_provider: 'one of …' },
  'gpt-4o': { litellm_provider: 'openai', input_cost_per_token: 2.5e-6, max_input_tokens: 128000 },
});
const bundledFile = write('bundle/bundled.json', {
  openai: {
    id: 'openai',
    name: 'OpenAI',
    models: { 'gpt-4o': { id: 'gpt-4o', limit: { context: 1 }, cost: { input: 1, output: 1 } } },
  },
});
const bundled = { bundled: [{ file: bundledFile, name: 'bundled: test', dataDate: '2026-09-30' }], online: false };
const folders = [{ path: workspace, name: 'ws' }];

describe('default sources', () => {
  test('project registry, then dependency catalogs, then the bundled catalog; absent ones are left out', async () => {
    const specs = sourceSpecs(defaultSettings(), folders, bundled);
    const result = await new CatalogSources().load(specs, 300_000);
    assert.deepEqual(
      result.sources.map(s => [s.source, s.format, s.models, s.status]),
      [
        ['model_registry.json', 'registry', 1, 'ok'],
        ['deps/req_llm/priv/models_dev/*.json', 'req_llm', 1, 'ok'],
        ['deps/llm_db/priv/llm_db/providers/*.json', 'llm_db', 1, 'ok'],
        ['<virtualenv>/site-packages/litellm/model_prices_and_context_window_backup.json', 'litellm', 1, 'ok'],
        ['bundled: test', 'models.dev', 1, 'ok'],
      ],
    );
    const index = new ModelIndex(result.catalogs);
    const gpt4o = index.recordOf('openai', 'gpt-4o');
    assert.equal(gpt4o?.inputPricePerMTok, 2.5, 'the virtualenv LiteLLM catalog comes before the bundled one');
    // LiteLLM's `max_input_tokens` is an input limit: it does not replace a context window another catalog gives.
    assert.deepEqual([gpt4o?.maxInput, gpt4o?.contextWindow], [128000, 1]);
    assert.deepEqual(gpt4o?.sources, ['LiteLLM', 'bundled: test'], 'short source names, no paths');
    assert.equal(index.recordOf('anthropic', 'claude-3-7-sonnet-20250219')?.inputPricePerMTok, 3);
  });

  test('each default layer is turned off by its own setting; the online catalog only where it may be used', () => {
    const layers = (raw: unknown, online = false) =>
      sourceSpecs(parseSettings(raw), folders, { ...bundled, online }).map(s => s.layer);
    assert.deepEqual(layers({}), [
      'workspace',
      'dependencies',
      'dependencies',
      'dependencies',
      'dependencies',
      'bundled',
    ]);
    assert.deepEqual(layers({}, true), [
      'workspace',
      'dependencies',
      'dependencies',
      'dependencies',
      'dependencies',
      'online',
      'bundled',
    ]);
    assert.deepEqual(layers({ bundledCatalog: false }), [
      'workspace',
      'dependencies',
      'dependencies',
      'dependencies',
      'dependencies',
    ]);
    assert.deepEqual(layers({ discoverCatalogs: false }), ['workspace', 'bundled']);
    assert.deepEqual(layers({ onlineCatalog: false }, true), layers({}));
    const online = sourceSpecs(defaultSettings(), folders, { ...bundled, online: true }).find(
      s => s.layer === 'online',
    );
    assert.deepEqual(
      [online?.url, online?.background, online?.ttlSeconds],
      ['https://models.dev/api.json', true, 86400],
    );
  });

  test('configured sources add to the defaults, after model_registry.json; relative paths are per workspace folder; a missing file is an error', async () => {
    const deadUrl = `http://127.0.0.1:${await closedPort()}/api.json`;
    const settings = parseSettings({
      sources: ['deps/req_llm/priv/models_dev/*.json', { path: 'missing.json', format: 'litellm' }, deadUrl],
    });
    const result = await new CatalogSources().load(sourceSpecs(settings, folders, bundled), 300_000);
    assert.deepEqual(
      result.sources.map(s => [s.source, s.layer, s.status, s.models]),
      [
        ['model_registry.json', 'workspace', 'ok', 1],
        ['deps/req_llm/priv/models_dev/*.json', 'sources', 'ok', 1],
        ['missing.json', 'sources', 'error', 0],
        [deadUrl, 'sources', 'error', 0],
        ['deps/req_llm/priv/models_dev/*.json', 'dependencies', 'ok', 1],
        ['deps/llm_db/priv/llm_db/providers/*.json', 'dependencies', 'ok', 1],
        ['<virtualenv>/site-packages/litellm/model_prices_and_context_window_backup.json', 'dependencies', 'ok', 1],
        ['bundled: test', 'bundled', 'ok', 1],
      ],
    );
    assert.equal(result.sources[2].error, 'file not found');
    assert.equal(result.sources[3].error, 'connection refused');
  });

  test("every source has a data date: the manifest's for the bundled catalog, else the file's", async () => {
    const result = await new CatalogSources().load(sourceSpecs(defaultSettings(), folders, bundled), 300_000);
    const dates = Object.fromEntries(result.sources.map(s => [s.source, s.dataDate]));
    assert.equal(dates['bundled: test'], '2026-09-30');
    const mtime = new Date(fs.statSync(path.join(workspace, 'model_registry.json')).mtimeMs).toISOString();
    assert.equal(dates['model_registry.json'], mtime);
  });

  test('a URL marked untrusted is listed as an error and never fetched', async () => {
    // What the VS Code client sends in an untrusted workspace whose settings name a URL (client/src/workspaceTrust.ts);
    // the port is closed, so a fetch would say "connection refused".
    const untrusted = { url: 'http://127.0.0.1:1/api.json', untrusted: true };
    const result = await new CatalogSources().load(
      sourceSpecs(parseSettings({ sources: [untrusted] }), folders, bundled),
      300_000,
    );
    assert.deepEqual(
      result.sources.map(s => [s.source, s.status]),
      [
        ['model_registry.json', 'ok'],
        ['http://127.0.0.1:1/api.json', 'error'],
        ['deps/req_llm/priv/models_dev/*.json', 'ok'],
        ['deps/llm_db/priv/llm_db/providers/*.json', 'ok'],
        ['<virtualenv>/site-packages/litellm/model_prices_and_context_window_backup.json', 'ok'],
        ['bundled: test', 'ok'],
      ],
    );
    assert.equal(
      result.sources[1].error,
      'not fetched: URL sources from workspace settings are ignored while the workspace is not trusted',
    );
  });

  test('the watcher matcher knows source files, including new files matching a glob', () => {
    const isSourceFile = sourceFileMatcher(sourceSpecs(defaultSettings(), folders, bundled));
    assert.ok(isSourceFile(path.join(workspace, 'model_registry.json')));
    assert.ok(isSourceFile(path.join(workspace, 'deps/req_llm/priv/models_dev/new_provider.json')));
    assert.ok(!isSourceFile(path.join(workspace, 'test/support/registry_helpers.ex')));
    assert.ok(!isSourceFile(path.join(workspace, 'sub/model_registry.json')));
  });
});

describe('settings', () => {
  test('defaults are the SPEC ones', () => {
    const s = defaultSettings();
    assert.deepEqual(s.cache, { maxEntries: 10000, maxSizeMB: 64, ttlSeconds: 300 });
    assert.equal(s.completion.maxItems, 100);
    assert.equal(s.bundledCatalog, true);
    assert.deepEqual(s.sources, []);
  });

  test('numbers are clamped to their bounds with a note, non-numbers fall back to defaults', () => {
    const notes: string[] = [];
    const note = (message: string) => notes.push(message);
    assert.equal(parseSettings({ cache: { ttlSeconds: 5 } }, note).cache.ttlSeconds, 30);
    assert.equal(parseSettings({ cache: { ttlSeconds: 99999 } }, note).cache.ttlSeconds, 3600);
    assert.equal(parseSettings({ cache: { ttlSeconds: 'soon' } }, note).cache.ttlSeconds, 300);
    assert.equal(parseSettings({ cache: { maxEntries: -4 } }, note).cache.maxEntries, 1);
    assert.equal(parseSettings(null, note).cache.maxSizeMB, 64);
    assert.deepEqual(notes, [
      'modelRegistry.cache.ttlSeconds is 5; using 30 (allowed: whole numbers from 30 to 3600)',
      'modelRegistry.cache.ttlSeconds is 99999; using 3600 (allowed: whole numbers from 30 to 3600)',
      'modelRegistry.cache.ttlSeconds must be a number; using 300',
      'modelRegistry.cache.maxEntries is -4; using 1 (allowed: whole numbers from 1 to 100000)',
    ]);
  });

  test('dotted keys (a CLI config file) and nested objects (VS Code) read the same', () => {
    assert.deepEqual(parseSettings({ 'cache.maxEntries': 5, 'completion.maxItems': 7 }).cache.maxEntries, 5);
    assert.deepEqual(parseSettings({ cache: { maxEntries: 5 } }).cache.maxEntries, 5);
  });

  test('sources: strings, objects, formats and per-source TTL; junk items are dropped', () => {
    const s = parseSettings({
      sources: [
        'a.json',
        'https://x/y.json',
        { path: 'b.json', format: 'litellm', ttlSeconds: 10 },
        { format: 'bogus', url: 'http://z' },
        42,
        {},
      ],
    });
    assert.deepEqual(s.sources, [
      { path: 'a.json', format: 'auto' },
      { url: 'https://x/y.json', format: 'auto' },
      { path: 'b.json', format: 'litellm', ttlSeconds: 30 },
      { url: 'http://z', format: 'auto' },
    ]);
  });
});
