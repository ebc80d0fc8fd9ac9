// The registry cache over a real stdio connection to the bundled server: the three custom requests, the
// cacheChanged notification, generation steps, settings and file changes, and survival of bad input.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CacheSnapshot } from '../../shared/protocol';
import { LspSession, SERVER } from '../helpers/lspSession';

const missingBuild = fs.existsSync(SERVER) ? false : `the bundled server is missing (${SERVER}): run npm run build`;

describe('registry cache over stdio', { skip: missingBuild }, () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-protocol-'));
  const registryFile = path.join(workspace, 'model_registry.json');
  let session: LspSession;
  let loaded: CacheSnapshot;

  before(async () => {
    fs.writeFileSync(
      registryFile,
      JSON.stringify({ models: [{ id: 'acme:rocket-1' }, { id: 'acme:rocket-2', deprecated: true }] }),
    );
    session = new LspSession({});
    await session.initialize(workspace);
    loaded = await session.waitForSnapshot(s => s.models > 0 && s.lastRefresh !== null);
  });
  after(async () => {
    assert.equal(await session.close(), 0, 'the server exits cleanly on shutdown + exit');
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  test('inspectCache answers a full CacheSnapshot of the first load: generation 1, bundled catalog and the project registry', async () => {
    const s = await session.request<CacheSnapshot>('modelRegistry/inspectCache');
    assert.deepEqual(
      Object.keys(s).sort(),
      [
        'entries',
        'evictions',
        'generation',
        'hitRate',
        'hits',
        'lastRefresh',
        'maxEntries',
        'maxSizeBytes',
        'misses',
        'models',
        'providerModels',
        'providers',
        'sizeBytes',
        'sources',
        'ttlSeconds',
      ].sort(),
    );
    assert.equal(s.generation, 1);
    assert.equal(loaded.generation, 1);
    assert.deepEqual([s.maxEntries, s.maxSizeBytes, s.ttlSeconds], [10000, 64 * 1024 * 1024, 300]);
    assert.ok(s.models >= 1000, `bundled catalog has at least 1,000 models (got ${s.models})`);
    assert.ok(s.providers >= 50, `providers: ${s.providers}`);
    assert.ok(s.hitRate >= 0 && s.hitRate <= 1);
    assert.ok(!Number.isNaN(Date.parse(s.lastRefresh ?? '')));
    // Models per provider (the inspector's list): one row per provider, most first, the project's two under acme.
    const perProvider = s.providerModels ?? [];
    assert.equal(perProvider.length, s.providers);
    assert.deepEqual(
      perProvider.find(p => p.provider === 'acme'),
      { provider: 'acme', name: 'acme', models: 2 },
    );
    assert.ok(
      perProvider.every((p, i) => i === 0 || perProvider[i - 1].models >= p.models),
      'most models first',
    );
    assert.equal(loaded.providerModels, undefined, 'not in every notification');
    const byName = new Map(s.sources.map(src => [src.source, src]));
    assert.deepEqual(byName.get('model_registry.json'), {
      ...byName.get('model_registry.json'),
      format: 'registry',
      models: 2,
      status: 'ok',
    });
    const bundled = s.sources.filter(src => src.layer === 'bundled');
    assert.deepEqual(
      bundled.map(src => [src.source, src.status]),
      [
        ['models.dev', 'ok'],
        ['models.dev (delisted)', 'ok'],
      ],
    );
    assert.ok(
      bundled.every(src => /^\d{4}-\d{2}-\d{2}$/.test(src.dataDate ?? '')),
      'the manifest gives each its data date',
    );
    assert.ok(bundled.reduce((n, src) => n + src.models, 0) >= 5000);
  });

  test('the server asked to watch the source files', () => {
    const watchers = session.registrations.filter(r => r.method === 'workspace/didChangeWatchedFiles');
    const patterns = JSON.stringify(watchers.map(w => w.registerOptions));
    assert.match(patterns, /model_registry\.json/);
    assert.match(patterns, /deps\/req_llm\/priv\/models_dev/);
    assert.doesNotMatch(patterns, /models-dev\.json/, 'bundled catalogs are not watched');
  });

  test('refresh, clear and inspect step the generation by one each', async () => {
    const start = (await session.request<CacheSnapshot>('modelRegistry/inspectCache')).generation;
    const refreshed = await session.request<CacheSnapshot>('modelRegistry/refreshCache');
    assert.equal(refreshed.generation, start + 1);
    assert.equal(refreshed.models, loaded.models, 'refresh answers after the reload finished');
    const cleared = await session.request<CacheSnapshot>('modelRegistry/clearCache');
    assert.equal(cleared.generation, start + 2);
    assert.equal(cleared.entries, 0);
    assert.equal(cleared.sizeBytes, 0);
    const inspected = await session.request<CacheSnapshot>('modelRegistry/inspectCache');
    assert.equal(inspected.generation, start + 2, 'inspecting changes nothing');
    await session.waitForSnapshot(s => s.generation === start + 2, 5000);
  });

  test('a settings change that touches the cache bumps the generation and applies the new bounds', async () => {
    const before = (await session.request<CacheSnapshot>('modelRegistry/inspectCache')).generation;
    session.settings = { cache: { ttlSeconds: 60, maxEntries: 500 } };
    await session.notify('workspace/didChangeConfiguration', { settings: null });
    const s = await session.waitForSnapshot(x => x.ttlSeconds === 60);
    assert.equal(s.generation, before + 1);
    assert.equal(s.maxEntries, 500);
  });

  test('a watched source file turned malformed keeps the last good models and reports the error', async () => {
    // Answered once a reload has finished: no read of the file is under way while it is rewritten below (a read
    // between the write's truncation and its data would find the file empty).
    const before = await session.request<CacheSnapshot>('modelRegistry/refreshCache');
    fs.writeFileSync(registryFile, '{"models": [ {"id": "acme:rocket-1"}, ');
    await session.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(registryFile).href, type: 2 }],
    });
    const s = await session.waitForSnapshot(x =>
      x.sources.some(src => src.source === 'model_registry.json' && src.status === 'stale'),
    );
    assert.equal(s.generation, before.generation + 1);
    assert.equal(s.models, before.models);
    const source = s.sources.find(src => src.source === 'model_registry.json')!;
    assert.equal(source.models, 2);
    assert.match(source.error ?? '', /invalid JSON/);

    fs.writeFileSync(registryFile, JSON.stringify({ models: [{ id: 'acme:rocket-3' }] }));
    await session.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(registryFile).href, type: 2 }],
    });
    const fixed = await session.waitForSnapshot(x =>
      x.sources.some(src => src.source === 'model_registry.json' && src.status === 'ok' && src.models === 1),
    );
    assert.equal(fixed.generation, before.generation + 2);
  });

  test('a change of an unrelated file does not bump the generation', async () => {
    const before = (await session.request<CacheSnapshot>('modelRegistry/inspectCache')).generation;
    await session.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(path.join(workspace, 'lib/app.ex')).href, type: 2 }],
    });
    const after = await session.request<CacheSnapshot>('modelRegistry/inspectCache');
    assert.equal(after.generation, before);
  });

  test('bad requests are answered with errors and the server keeps serving', async () => {
    await assert.rejects(session.request('modelRegistry/noSuchRequest'), /Unhandled method|not found/i);
    await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'not a uri', type: 9 }, null] });
    await session.notify('workspace/didChangeWatchedFiles', null);
    await session.notify('workspace/didChangeConfiguration', 'garbage');
    const s = await session.request<CacheSnapshot>('modelRegistry/inspectCache');
    assert.ok(s.models > 0);
  });
});
