import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ModelIndex } from '../../server/src/catalog/modelIndex';
import { idsOf } from '../helpers/indexIds';
import { CatalogSources } from '../../server/src/registry/catalogSources';
import { type CacheSettings, ModelRegistry } from '../../server/src/registry/modelRegistry';
import type { SourceSpec } from '../../server/src/registry/sourceSpecs';
import { MemoryFileSystem, registryCatalog } from '../helpers/memoryFileSystem';

const CATALOG = '/ws/model_registry.json';
const SPECS: SourceSpec[] = [
  {
    name: 'model_registry.json',
    layer: 'sources',
    format: 'auto',
    files: { cwd: '/ws', patterns: ['model_registry.json'] },
  },
];
const DEFAULT_CACHE: CacheSettings = { maxEntries: 10000, maxSizeMB: 64, ttlSeconds: 300 };

function setup(cache: Partial<CacheSettings> = {}) {
  const fs = new MemoryFileSystem();
  fs.writeJson(CATALOG, registryCatalog('acme:rocket-1', 'acme:rocket-2'));
  let time = 1_000_000;
  const clock = {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
  const registry = new ModelRegistry(
    { ...DEFAULT_CACHE, ...cache },
    { sources: new CatalogSources(fs, clock.now), now: clock.now },
  );
  registry.configure(SPECS, { ...DEFAULT_CACHE, ...cache });
  return { fs, clock, registry };
}

const ids = (index: ModelIndex) => idsOf(index, 'acme');

describe('generation', () => {
  test('starts at 1 and goes up by one on refresh, clear, a changed file and a settings change', async () => {
    const { registry } = setup();
    await registry.ready();
    assert.equal(registry.generation, 1);
    assert.equal((await registry.refresh()).generation, 2);
    assert.equal(registry.clear().generation, 3);
    await registry.ready();
    assert.equal(registry.generation, 3, 'the reload a clear causes does not bump again');
    registry.filesChanged([CATALOG]);
    await registry.ready();
    assert.equal(registry.generation, 4);
    registry.configure(SPECS, { ...DEFAULT_CACHE });
    assert.equal(registry.generation, 4, 'the same settings are no change');
    registry.configure(SPECS, { ...DEFAULT_CACHE, maxEntries: 50 });
    assert.equal(registry.generation, 5);
    registry.configure(
      [...SPECS, { name: 'other', layer: 'sources', format: 'auto', files: { cwd: '/ws', patterns: ['other.json'] } }],
      {
        ...DEFAULT_CACHE,
        maxEntries: 50,
      },
    );
    await registry.ready();
    assert.equal(registry.generation, 6);
  });

  test('no entry of an older generation is served', async () => {
    const { fs, registry } = setup();
    await registry.ready();
    assert.deepEqual(
      registry.cache.get('ids', () => ids(registry.models)),
      ['rocket-1', 'rocket-2'],
    );
    fs.writeJson(CATALOG, registryCatalog('acme:rocket-3'));
    const before = registry.generation;
    await registry.refresh();
    assert.equal(registry.generation, before + 1);
    assert.deepEqual(
      registry.cache.get('ids', () => ids(registry.models)),
      ['rocket-3'],
    );
    registry.clear();
    let computed = false;
    await registry.ready();
    registry.cache.get('ids', () => {
      computed = true;
      return [];
    });
    assert.ok(computed, 'after a clear the value is computed again');
  });

  test('a file change found by TTL revalidation bumps once and serves the new data', async () => {
    const { fs, clock, registry } = setup({ ttlSeconds: 60 });
    await registry.ready();
    fs.writeJson(CATALOG, registryCatalog('acme:rocket-9'));
    clock.advance(59_000);
    await registry.ready();
    assert.deepEqual(
      registry.cache.get('ids', () => ids(registry.models)),
      ['rocket-1', 'rocket-2'],
      'not revalidated before the TTL',
    );
    assert.equal(fs.reads, 1);
    clock.advance(2_000);
    await registry.ready();
    assert.equal(fs.reads, 2, 'mtime/size changed: read again');
    assert.equal(registry.generation, 2);
    assert.deepEqual(
      registry.cache.get('ids', () => ids(registry.models)),
      ['rocket-9'],
    );
    clock.advance(61_000);
    await registry.ready();
    assert.equal(fs.reads, 2, 'unchanged mtime and size: not read again');
    assert.equal(registry.generation, 2);
  });
});

describe('bounds', () => {
  test('by entries: the least recently used are evicted and counted', async () => {
    const { registry } = setup({ maxEntries: 3 });
    await registry.ready();
    for (const key of ['a', 'b', 'c', 'd', 'e']) registry.cache.get(key, () => key);
    const snapshot = registry.snapshot();
    assert.equal(snapshot.entries, 3);
    assert.equal(snapshot.maxEntries, 3);
    assert.equal(snapshot.evictions, 2);
    let recomputed = false;
    registry.cache.get('a', () => {
      recomputed = true;
      return 'a';
    });
    assert.ok(recomputed, 'the oldest entry was the one evicted');
    registry.clear();
    assert.equal(registry.snapshot().entries, 0);
    assert.equal(registry.snapshot().evictions, 3, 'dropping entries on a clear is not an eviction');
  });

  test('by bytes: the calculated size never exceeds the bound', async () => {
    const maxSizeMB = 4096 / (1024 * 1024);
    const { registry } = setup({ maxSizeMB });
    await registry.ready();
    for (let i = 0; i < 50; i++) registry.cache.get(`key-${i}`, () => 'x'.repeat(500));
    const snapshot = registry.snapshot();
    assert.equal(snapshot.maxSizeBytes, 4096);
    assert.ok(snapshot.sizeBytes <= 4096, `${snapshot.sizeBytes} <= 4096`);
    assert.ok(snapshot.sizeBytes > 2048, 'the cache is used up to its bound');
    assert.ok(snapshot.entries < 50 && snapshot.entries >= 3);
    assert.equal(snapshot.evictions, 50 - snapshot.entries);
  });
});

test('TTL with an injected clock: an entry expires after ttlSeconds', async () => {
  const { clock, registry } = setup({ ttlSeconds: 30 });
  await registry.ready();
  let computations = 0;
  const compute = () => ++computations;
  registry.cache.get('k', compute);
  clock.advance(29_999);
  assert.equal(registry.cache.get('k', compute), 1);
  clock.advance(2);
  assert.equal(registry.cache.get('k', compute), 2);
  const { hits, misses, hitRate } = registry.snapshot();
  assert.deepEqual({ hits, misses }, { hits: 1, misses: 2 });
  assert.equal(hitRate, 1 / 3);
});

test('single-flight: concurrent requests during a load share one read of the file', async () => {
  const { fs, registry } = setup();
  fs.readDelayMs = 30;
  const results = await Promise.all(
    Array.from({ length: 20 }, () =>
      registry.ready().then(() => registry.cache.get('ids', () => ids(registry.models))),
    ),
  );
  assert.equal(fs.reads, 1);
  for (const result of results) assert.deepEqual(result, ['rocket-1', 'rocket-2']);
  const refreshes = await Promise.all([registry.refresh(), registry.ready(), registry.ready()]);
  assert.equal(fs.reads, 2, 'a refresh reads once, and requests during it wait for it');
  assert.equal(refreshes[0].generation, 2);
});

test('a file change announced while a load is under way is read by the load after it', async () => {
  const { fs, registry } = setup();
  await registry.ready();
  fs.readDelayMs = 30;
  const inFlight = registry.refresh(); // reads the old content, slowly
  await new Promise(resolve => setTimeout(resolve, 5));
  fs.writeJson(CATALOG, registryCatalog('acme:rocket-7'));
  registry.filesChanged([CATALOG]);
  await inFlight;
  await registry.ready();
  assert.deepEqual(
    registry.cache.get('ids', () => ids(registry.models)),
    ['rocket-7'],
  );
});

describe('keep last good', () => {
  const cases: [string, (fs: MemoryFileSystem) => void, RegExp][] = [
    ['malformed JSON', fs => fs.write(CATALOG, '{"models": [ {"id": "acme:rocket-1"}, '), /invalid JSON/],
    ['an empty file', fs => fs.write(CATALOG, ''), /empty/],
    ['a file that is not a catalog', fs => fs.writeJson(CATALOG, { hello: 'world' }), /not a recognised catalog/i],
    ['a deleted file', fs => fs.remove(CATALOG), /file not found/],
    ['a directory in its place', fs => fs.makeDirectory(CATALOG), /directory/],
    [
      'an unreadable file',
      fs => {
        fs.write(CATALOG, '{}');
        fs.makeUnreadable(CATALOG);
      },
      /permission denied/,
    ],
  ];
  for (const [what, breakIt, error] of cases) {
    test(`${what}: the previous models stay and the source reports the error`, async () => {
      const { fs, registry } = setup();
      await registry.ready();
      breakIt(fs);
      registry.filesChanged([CATALOG]);
      await registry.ready();
      const snapshot = registry.snapshot();
      assert.equal(snapshot.models, 2);
      assert.deepEqual(
        registry.cache.get('ids', () => ids(registry.models)),
        ['rocket-1', 'rocket-2'],
      );
      const [source] = snapshot.sources;
      assert.equal(source.status, 'stale');
      assert.equal(source.models, 2);
      assert.match(source.error ?? '', error);
      fs.writeJson(CATALOG, registryCatalog('acme:rocket-5'));
      await registry.refresh();
      assert.equal(registry.snapshot().sources[0].status, 'ok');
      assert.equal(registry.snapshot().sources[0].error, undefined);
      assert.deepEqual(
        registry.cache.get('ids', () => ids(registry.models)),
        ['rocket-5'],
        'a fixed file loads again',
      );
    });
  }

  test('a source that never loaded reports an error and no models', async () => {
    const { fs, registry } = setup();
    fs.write(CATALOG, '[1, 2');
    await registry.ready();
    const [source] = registry.snapshot().sources;
    assert.equal(source.status, 'error');
    assert.equal(source.models, 0);
    assert.equal(source.loadedAt, null);
    assert.equal(registry.snapshot().models, 0);
  });
});

test('snapshot reports bounds, models, providers and the last refresh', async () => {
  const { registry } = setup({ maxEntries: 7, maxSizeMB: 2, ttlSeconds: 45 });
  assert.equal(registry.snapshot().lastRefresh, null);
  await registry.ready();
  const s = registry.snapshot();
  assert.deepEqual(
    {
      maxEntries: s.maxEntries,
      maxSizeBytes: s.maxSizeBytes,
      ttlSeconds: s.ttlSeconds,
      models: s.models,
      providers: s.providers,
    },
    { maxEntries: 7, maxSizeBytes: 2 * 1024 * 1024, ttlSeconds: 45, models: 2, providers: 1 },
  );
  assert.ok(s.lastRefresh && !Number.isNaN(Date.parse(s.lastRefresh)));
  assert.deepEqual(
    s.sources.map(x => [x.source, x.format, x.models, x.status]),
    [['model_registry.json', 'registry', 2, 'ok']],
  );
});

test('onIndexBuilt hears each index a load builds, not a revalidation that found nothing changed', async () => {
  const fs = new MemoryFileSystem();
  fs.writeJson(CATALOG, registryCatalog('acme:rocket-1'));
  let time = 0;
  const built: ModelIndex[] = [];
  const registry = new ModelRegistry(DEFAULT_CACHE, {
    sources: new CatalogSources(fs, () => time),
    now: () => time,
    onIndexBuilt: index => built.push(index),
  });
  registry.configure(SPECS, DEFAULT_CACHE);
  await registry.ready();
  assert.deepEqual(built, [registry.models]);
  time += DEFAULT_CACHE.ttlSeconds * 1000;
  await registry.ready();
  assert.equal(built.length, 1, 'revalidated after the TTL, unchanged: no index built');
  fs.writeJson(CATALOG, registryCatalog('acme:rocket-2'));
  time += DEFAULT_CACHE.ttlSeconds * 1000;
  await registry.ready();
  assert.equal(built.length, 2);
  assert.equal(built[1], registry.models);
  assert.deepEqual(ids(built[1]), ['rocket-2']);
});

test('cacheChanged listeners hear every generation change', async () => {
  const { registry } = setup();
  const generations: number[] = [];
  registry.onDidChange(s => generations.push(s.generation));
  await registry.ready();
  await registry.refresh();
  registry.clear();
  assert.deepEqual([...new Set(generations)], [1, 2, 3]);
});

test('a LiteLLM source listing a model its creator retired leaves it retired; an OpenRouter listing is an offering', async () => {
  const fs = new MemoryFileSystem();
  fs.writeJson('/ws/prices.json', {
    'claude-3-haiku-20240307': { litellm_provider: 'anthropic', input_cost_per_token: 2.5e-7, mode: 'chat' },
  });
  fs.writeJson('/ws/openrouter.json', { data: [{ id: 'google/gemma-3n-e4b-it', context_length: 32768 }] });
  fs.writeJson('/bundle/delisted.json', {
    anthropic: {
      id: 'anthropic',
      models: { 'claude-3-haiku-20240307': { id: 'claude-3-haiku-20240307', status: 'deprecated' } },
    },
    openrouter: {
      id: 'openrouter',
      models: { 'google/gemma-3n-e4b-it': { id: 'google/gemma-3n-e4b-it', status: 'deprecated' } },
    },
  });
  const registry = new ModelRegistry(DEFAULT_CACHE, { sources: new CatalogSources(fs) });
  const file = (name: string, patterns: string[], layer: SourceSpec['layer'], cwd = '/ws'): SourceSpec => ({
    name,
    layer,
    format: 'auto',
    files: { cwd, patterns },
  });
  registry.configure(
    [
      file('prices', ['prices.json'], 'sources'),
      file('openrouter', ['openrouter.json'], 'sources'),
      { ...file('models.dev (delisted)', ['delisted.json'], 'bundled', '/bundle'), delisted: true },
    ],
    DEFAULT_CACHE,
  );
  await registry.ready();
  const index = registry.queries.models;
  const retired = (provider: string, id: string) => index.lifecycleOf(index.resolveNamed(provider, id)!, '2026-12-05');
  assert.equal(retired('anthropic', 'claude-3-haiku-20240307').retired, true);
  assert.equal(retired('openrouter', 'google/gemma-3n-e4b-it').retired, false);
});
