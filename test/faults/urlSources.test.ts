// URL and file sources under faults, against a real HTTP server on 127.0.0.1 and the real file system. Always: the
// registry keeps the last good data, reports the source's status and error, and never serves an older generation.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { ModelIndex } from '../../server/src/catalog/modelIndex';
import { idsOf } from '../helpers/indexIds';
import { CatalogSources, nodeFileSystem } from '../../server/src/registry/catalogSources';
import { DiskCache } from '../../server/src/registry/diskCache';
import { ModelRegistry } from '../../server/src/registry/modelRegistry';
import type { SourceSpec } from '../../server/src/registry/sourceSpecs';
import { DEFAULT_FETCH } from '../../server/src/registry/urlFetch';
import { UrlSources } from '../../server/src/registry/urlSources';
import { CatalogServer, type ServerMode } from '../helpers/catalogServer';

const CACHE = { maxEntries: 1000, maxSizeMB: 8, ttlSeconds: 300 };
const catalog = (...ids: string[]) => ({
  acme: { id: 'acme', name: 'Acme', models: Object.fromEntries(ids.map(id => [id, { id }])) },
});
const ids = (index: ModelIndex) => idsOf(index, 'acme');

function registryFor(spec: SourceSpec, options: { diskDir?: string; timeoutMs?: number } = {}) {
  const urls: UrlSources = new UrlSources({
    disk: options.diskDir ? new DiskCache(options.diskDir) : undefined,
    fetchOptions: { timeoutMs: options.timeoutMs ?? 2000 },
    onBackgroundUpdate: () => registry.sourcesUpdated(),
  });
  const registry: ModelRegistry = new ModelRegistry(CACHE, {
    sources: new CatalogSources(nodeFileSystem, Date.now, urls),
  });
  registry.configure([spec], CACHE);
  return registry;
}

describe('URL sources under faults', () => {
  const server = new CatalogServer();
  let registry: ModelRegistry;
  before(() => server.start());
  after(() => server.stop());
  /** A registry with good data from the server; only the `slow` case needs a short timeout (it is what it tests). */
  async function loadGood(timeoutMs = 30_000): Promise<void> {
    server.mode = 'ok';
    server.catalog = catalog('rocket-1', 'rocket-2');
    registry = registryFor({ name: 'remote', layer: 'sources', format: 'auto', url: server.url }, { timeoutMs });
    await registry.ready();
    assert.deepEqual(
      registry.cache.get('ids', () => ids(registry.models)),
      ['rocket-1', 'rocket-2'],
    );
  }
  beforeEach(() => loadGood());

  const faults: [ServerMode, RegExp][] = [
    ['slow', /no complete answer within 0.5 s/],
    ['error500', /HTTP 500 Internal Server Error/],
    ['notFound', /HTTP 404 Not Found/],
    ['resetMidBody', /connection was (reset|closed before the body was complete)|ended after|aborted|mid-body/],
    ['truncatedJson', /invalid JSON/],
    ['huge', /passed the 50 MB limit; download stopped/],
    ['html', /invalid JSON .*served as text\/html/],
    ['redirectLoop', /redirect loop/],
    ['redirectToFile', /refused to follow a redirect to file:/],
    ['tooManyRedirects', /more than 5 redirects/],
  ];
  for (const [mode, error] of faults) {
    test(`${mode}: keeps the last good models and reports the error`, async () => {
      if (mode === 'slow') await loadGood(500);
      server.mode = mode;
      const generation = registry.generation;
      const snapshot = await registry.refresh();
      assert.equal(snapshot.generation, generation + 1);
      assert.equal(snapshot.models, 2);
      assert.deepEqual(
        registry.cache.get('ids', () => ids(registry.models)),
        ['rocket-1', 'rocket-2'],
      );
      const [source] = snapshot.sources;
      assert.equal(source.status, 'stale');
      assert.match(source.error ?? '', error);
    });
  }

  test('the size cap is 50 MB and the timeout 10 s by default, at most 5 redirects', () => {
    assert.deepEqual(DEFAULT_FETCH, { timeoutMs: 10_000, maxBytes: 50 * 1024 * 1024, maxRedirects: 5 });
  });

  test('a redirect to another http path is followed', async () => {
    server.mode = 'redirectOnce';
    server.catalog = catalog('rocket-3');
    const snapshot = await registry.refresh();
    assert.equal(snapshot.sources[0].status, 'ok');
    assert.deepEqual(
      registry.cache.get('ids', () => ids(registry.models)),
      ['rocket-3'],
    );
  });

  test('a 304 round trip: the conditional request keeps the data and counts as fresh', async () => {
    const before = registry.snapshot().sources[0].loadedAt;
    server.requests = [];
    const snapshot = await registry.refresh();
    assert.equal(server.requests.length, 1);
    assert.ok(server.requests[0].ifNoneMatch, 'If-None-Match was sent');
    assert.equal(snapshot.sources[0].status, 'ok');
    assert.equal(snapshot.sources[0].loadedAt, before, 'the body was not fetched again');
    assert.deepEqual(
      registry.cache.get('ids', () => ids(registry.models)),
      ['rocket-1', 'rocket-2'],
    );
  });

  test('a cancelled refresh stops the download and keeps the data', async () => {
    server.mode = 'slow';
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 50);
    const snapshot = await registry.refresh(cancel.signal);
    assert.equal(snapshot.models, 2);
    assert.match(snapshot.sources[0].error ?? '', /cancelled/);
  });
});

describe('the persistent copy of URL sources', () => {
  const server = new CatalogServer();
  const diskDir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-disk-'));
  before(() => server.start());
  after(async () => {
    await server.stop();
    fs.rmSync(diskDir, { recursive: true, force: true });
  });

  test('a restart works offline at once from the copy on disk, then revalidates in the background', async () => {
    server.catalog = catalog('rocket-1');
    const first = registryFor({ name: 'remote', layer: 'sources', format: 'auto', url: server.url }, { diskDir });
    await first.ready();
    assert.deepEqual(
      first.cache.get('ids', () => ids(first.models)),
      ['rocket-1'],
    );

    server.mode = 'hang'; // the network is now useless: it never answers
    const second = registryFor({ name: 'remote', layer: 'sources', format: 'auto', url: server.url }, { diskDir });
    await second.ready();
    // Served from disk: the revalidation it started in the background is still waiting for the network (had the
    // load waited for it, the request would have timed out and closed by now).
    for (let i = 0; i < 250 && server.hanging === 0; i++) await new Promise(r => setTimeout(r, 20));
    assert.equal(server.hanging, 1, 'the background revalidation is still open');
    assert.deepEqual(
      second.cache.get('ids', () => ids(second.models)),
      ['rocket-1'],
    );

    server.mode = 'ok';
    server.catalog = catalog('rocket-1', 'rocket-2');
    const third = registryFor({ name: 'remote', layer: 'sources', format: 'auto', url: server.url }, { diskDir });
    await third.ready();
    assert.deepEqual(
      third.cache.get('ids', () => ids(third.models)),
      ['rocket-1'],
      'the disk copy first',
    );
    const deadline = Date.now() + 5000;
    while (third.cache.get('ids', () => ids(third.models)).length < 2 && Date.now() < deadline)
      await new Promise(r => setTimeout(r, 20));
    assert.deepEqual(
      third.cache.get('ids', () => ids(third.models)),
      ['rocket-1', 'rocket-2'],
      'then the background revalidation',
    );
    assert.equal(third.generation, 2, 'the change found in the background bumped the generation once');
  });

  test('a corrupt or partial file on disk is detected by its checksum and ignored', async () => {
    for (const file of fs.readdirSync(diskDir).filter(f => f.endsWith('.body'))) {
      const full = path.join(diskDir, file);
      fs.writeFileSync(full, fs.readFileSync(full, 'utf8').slice(0, 10));
    }
    server.mode = 'error500';
    const registry = registryFor({ name: 'remote', layer: 'sources', format: 'auto', url: server.url }, { diskDir });
    await registry.ready();
    const [source] = registry.snapshot().sources;
    assert.equal(source.status, 'error', 'no copy to fall back on');
    assert.equal(source.models, 0);
  });

  test('writes are atomic: no temporary files are left behind', () => {
    assert.deepEqual(
      fs.readdirSync(diskDir).filter(f => f.endsWith('.tmp')),
      [],
    );
  });
});

describe('file sources under faults (real file system)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-files-'));
  const file = path.join(dir, 'catalog.json');
  let registry: ModelRegistry;
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    fs.rmSync(file, { recursive: true, force: true });
    fs.writeFileSync(file, JSON.stringify(catalog('rocket-1', 'rocket-2')));
    registry = registryFor({
      name: 'catalog.json',
      layer: 'sources',
      format: 'auto',
      files: { cwd: dir, patterns: ['catalog.json'] },
    });
    await registry.ready();
  });

  const isRoot = process.getuid?.() === 0;
  const faults: [string, () => void, RegExp, string | false][] = [
    ['replaced by malformed JSON', () => fs.writeFileSync(file, '{"acme": {"models": {'), /invalid JSON/, false],
    ['deleted', () => fs.rmSync(file), /file not found/, false],
    [
      'replaced with a directory',
      () => {
        fs.rmSync(file);
        fs.mkdirSync(file);
      },
      /directory/,
      false,
    ],
    [
      'made unreadable',
      () => fs.chmodSync(file, 0o000),
      /permission denied/,
      isRoot
        ? 'running as root, which reads any file whatever its mode (the unreadable case is covered with an injected file system in test/unit/modelRegistry.test.ts)'
        : false,
    ],
  ];
  for (const [what, breakIt, error, skip] of faults) {
    test(`a file source ${what}: last good data stays, the error is reported`, { skip }, async () => {
      breakIt();
      registry.filesChanged([file]);
      await registry.ready();
      const snapshot = registry.snapshot();
      assert.equal(snapshot.models, 2);
      assert.equal(snapshot.sources[0].status, 'stale');
      assert.match(snapshot.sources[0].error ?? '', error);
      assert.deepEqual(
        registry.cache.get('ids', () => ids(registry.models)),
        ['rocket-1', 'rocket-2'],
      );
    });
  }
});
