// URL sources against the faults of issue 10, with real servers on 127.0.0.1: a 304 with no copy to keep, bodies that
// are compressed or binary, a server that does not speak HTTP, TLS against a plain port, slow redirects under one
// deadline, many dead URLs loaded at once, and a fetch whose request cannot even be built. Always: the load ends,
// the error says what happened in plain words (never raw bytes or control characters), and last good data stays.
import assert from 'node:assert/strict';
import * as net from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { ModelIndex } from '../../server/src/catalog/modelIndex';
import { idsOf } from '../helpers/indexIds';
import { CatalogSources, nodeFileSystem } from '../../server/src/registry/catalogSources';
import { ModelRegistry } from '../../server/src/registry/modelRegistry';
import type { SourceSpec } from '../../server/src/registry/sourceSpecs';
import { DEFAULT_FETCH, fetchCatalogText } from '../../server/src/registry/urlFetch';
import { UrlSources } from '../../server/src/registry/urlSources';
import { eventually, settlesWithin } from '../helpers/boundedWait';
import { CatalogServer } from '../helpers/catalogServer';

const CACHE = { maxEntries: 1000, maxSizeMB: 8, ttlSeconds: 300 };
const HANG_BOUND_MS = 15_000;
/** Whether `text` has a control character (C0, DEL, C1) in it. */
const hasControlCharacters = (text: string): boolean =>
  [...text].some(c => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f));
const catalog = (...ids: string[]) => ({
  acme: { id: 'acme', name: 'Acme', models: Object.fromEntries(ids.map(id => [id, { id }])) },
});
const ids = (index: ModelIndex) => idsOf(index, 'acme');
const urlSpec = (url: string, name = 'remote'): SourceSpec => ({ name, layer: 'sources', format: 'auto', url });

function registryFor(specs: SourceSpec[], timeoutMs = 2000) {
  const urls: UrlSources = new UrlSources({
    fetchOptions: { timeoutMs },
    onBackgroundUpdate: () => registry.sourcesUpdated(),
  });
  const registry: ModelRegistry = new ModelRegistry(CACHE, {
    sources: new CatalogSources(nodeFileSystem, Date.now, urls),
  });
  registry.configure(specs, CACHE);
  return registry;
}

/** Refreshes and returns the snapshot, failing clearly if the refresh never answers. */
const refreshed = (registry: ModelRegistry, signal?: AbortSignal) =>
  settlesWithin(registry.refresh(signal), HANG_BOUND_MS, 'the refresh');

describe('URL sources: what the server answers', () => {
  const server = new CatalogServer();
  before(() => server.start());
  after(() => server.stop());
  beforeEach(() => {
    server.mode = 'ok';
    server.catalog = catalog('rocket-1', 'rocket-2');
    server.requests = [];
  });

  test('a 304 with no copy to keep is an error, after one unconditional refetch', async () => {
    server.mode = 'notModified';
    const registry = registryFor([urlSpec(server.url)]);
    const [source] = (await refreshed(registry)).sources;
    assert.equal(source.status, 'error');
    assert.equal(source.models, 0);
    assert.match(source.error ?? '', /HTTP 304 Not Modified.*no copy/);
    assert.equal(server.requests.length, 2, 'asked once more, unconditionally');
    assert.ok(
      server.requests.every(r => r.ifNoneMatch === undefined),
      'no validators sent',
    );

    server.mode = 'ok';
    const [fixed] = (await refreshed(registry)).sources;
    assert.equal(fixed.status, 'ok');
    assert.equal(fixed.models, 2);
  });

  const garbled: [string, 'gzipped' | 'binary', RegExp][] = [
    ['a gzip body without Content-Encoding', 'gzipped', /gzip-compressed data, not JSON/],
    ['a binary body', 'binary', /binary data, not JSON/],
  ];
  for (const [what, mode, message] of garbled) {
    test(`${what}: said in plain words, no raw bytes; last good data stays`, async () => {
      const registry = registryFor([urlSpec(server.url)]);
      await registry.ready();
      server.mode = mode;
      const snapshot = await refreshed(registry);
      const [source] = snapshot.sources;
      assert.equal(source.status, 'stale');
      assert.equal(snapshot.models, 2);
      assert.match(source.error ?? '', message);
      assert.ok(!hasControlCharacters(source.error ?? ''), `no control characters in ${source.error}`);
      assert.doesNotMatch(source.error ?? '', /\ufffd/, 'no replacement characters from undecodable bytes');
    });
  }

  test('a body sent with Content-Encoding: gzip is decoded', async () => {
    server.mode = 'gzipEncoded';
    server.catalog = catalog('rocket-3');
    const registry = registryFor([urlSpec(server.url)]);
    const [source] = (await refreshed(registry)).sources;
    assert.equal(source.status, 'ok');
    assert.deepEqual(
      registry.cache.get('ids', () => ids(registry.models)),
      ['rocket-3'],
    );
  });

  test('credentials in the URL go as Basic authorization, to that origin only', async () => {
    server.mode = 'redirectOnce';
    const withCredentials = server.url.replace('http://', 'http://reader:p%40ss@');
    const registry = registryFor([urlSpec(withCredentials)]);
    const [source] = (await refreshed(registry)).sources;
    assert.equal(source.status, 'ok');
    const basic = `Basic ${Buffer.from('reader:p@ss').toString('base64')}`;
    assert.deepEqual(
      server.requests.map(r => r.authorization),
      [basic, basic],
      'the redirect stayed on the same origin',
    );
  });

  test('a port fetch refuses is named', async () => {
    const registry = registryFor([urlSpec('http://127.0.0.1:6667/catalog.json')]);
    const [source] = (await refreshed(registry)).sources;
    assert.equal(source.error, 'port 6667 is one fetch refuses (browsers block it)');
  });

  test('TLS to a plain-HTTP port: "the server did not speak TLS", not OpenSSL text', async () => {
    const registry = registryFor([urlSpec(server.url.replace('http:', 'https:'))]);
    const [source] = (await refreshed(registry)).sources;
    assert.equal(source.status, 'error');
    assert.equal(source.error, 'the server did not speak TLS (is the URL http://?)');
  });

  test('one deadline covers every redirect: slow hops cannot add up past it', async () => {
    server.mode = 'slowRedirects';
    server.hopDelayMs = 300; // each hop well within the 1 s deadline, the six of them far beyond it
    const registry = registryFor([urlSpec(server.url)], 1000);
    const [source] = (await refreshed(registry)).sources;
    assert.equal(source.status, 'error');
    assert.match(source.error ?? '', /no complete answer within 1 s/);
  });

  test('URL sources load at the same time; the results stay in the order of the settings', async () => {
    server.mode = 'hang';
    const names = ['first', 'second', 'third', 'fourth', 'fifth'];
    const registry = registryFor(
      names.map((name, i) => urlSpec(`${server.url}?source=${i}`, name)),
      60_000,
    );
    const cancel = new AbortController();
    const refresh = refreshed(registry, cancel.signal);
    await eventually(
      () => server.hanging === names.length,
      HANG_BOUND_MS,
      `all ${names.length} requests open at once (${server.hanging} are): sources are loaded one after another`,
    ).finally(() => cancel.abort());
    const snapshot = await refresh;
    assert.deepEqual(
      snapshot.sources.map(s => s.source),
      names,
    );
    for (const source of snapshot.sources) assert.match(source.error ?? '', /cancelled/);
  });
});

describe('URL sources: servers that do not speak HTTP', () => {
  const garbage = net.createServer(socket => {
    socket.on('error', () => undefined);
    socket.end(Buffer.from('\u0000\u001b[2J\u0007\r\n\u00ff\u00fe garbage', 'latin1'), () => socket.destroy());
  });
  before(() => new Promise<void>(resolve => garbage.listen(0, '127.0.0.1', resolve)));
  after(() => new Promise<void>(resolve => garbage.close(() => resolve())));

  test('a server answering garbage: said in plain words, no raw bytes', async () => {
    const port = (garbage.address() as net.AddressInfo).port;
    const registry = registryFor([urlSpec(`http://127.0.0.1:${port}/catalog.json`)]);
    const [source] = (await refreshed(registry)).sources;
    assert.equal(source.status, 'error');
    assert.match(source.error ?? '', /the server did not answer in HTTP/);
    assert.ok(!hasControlCharacters(source.error ?? ''), `no control characters in ${source.error}`);
  });
});

describe('the fetch deadline', () => {
  const server = new CatalogServer();
  before(() => server.start());
  after(() => server.stop());

  test('validators that are not plausible header values are never sent, and no timer outlives the fetch', async () => {
    server.catalog = catalog('rocket-1');
    const uncaught: unknown[] = [];
    const record = (error: unknown): number => uncaught.push(error);
    process.on('uncaughtException', record);
    try {
      const timeoutMs = 100;
      const result = await settlesWithin(
        fetchCatalogText(server.url, {
          ...DEFAULT_FETCH,
          timeoutMs,
          validators: { etag: '"abc"\r\nx-injected: 1', lastModified: 'x'.repeat(100_000) },
        }).catch((error: unknown) => error),
        HANG_BOUND_MS,
        'the fetch',
      );
      assert.equal((result as { kind?: string }).kind, 'fetched', `the fetch failed: ${String(result)}`);
      assert.deepEqual(server.requests, [{ path: '/catalog.json' }], 'sent without the implausible validators');
      // Long enough for a timer left armed to fire: it must find nothing to do.
      await new Promise(resolve => setTimeout(resolve, 3 * timeoutMs));
      assert.deepEqual(uncaught, []);
    } finally {
      process.off('uncaughtException', record);
    }
  });
});
