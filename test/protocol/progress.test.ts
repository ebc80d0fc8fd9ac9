// Loads that take longer than a moment report window/workDoneProgress; a refresh can be cancelled and the server
// keeps its data. Over a real stdio connection, with a slow catalog server on 127.0.0.1.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CacheSnapshot } from '../../shared/protocol';
import { CatalogServer } from '../helpers/catalogServer';
import { DEFAULT_CAPABILITIES, LspSession, SERVER } from '../helpers/lspSession';

const skip = fs.existsSync(SERVER) ? false : `the bundled server is missing (${SERVER}): run npm run build`;

describe('load progress and cancellation over stdio', { skip }, () => {
  const server = new CatalogServer();
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-progress-'));
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-storage-'));
  const progress: { kind: string; message?: string }[] = [];
  let session: LspSession;

  before(async () => {
    await server.start();
    server.catalog = {
      acme: {
        id: 'acme',
        models: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`m-${i}`, { id: `m-${i}` }])),
      },
    };
    server.mode = 'trickle';
    session = new LspSession({ sources: [server.url], bundledCatalog: false, discoverCatalogs: false });
    session.connection.onRequest('window/workDoneProgress/create', () => null);
    session.connection.onNotification('$/progress', (p: { value: { kind: string; message?: string } }) => {
      progress.push(p.value);
    });
    await session.initialize(
      workspace,
      { ...DEFAULT_CAPABILITIES, window: { workDoneProgress: true } },
      { storagePath: storage },
    );
    await session.waitForSnapshot(s => s.models === 2000, 20_000);
  });
  after(async () => {
    await session.close();
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(storage, { recursive: true, force: true });
  });

  test('a slow first load reports begin, reports and end', async () => {
    for (let i = 0; i < 100 && !progress.some(p => p.kind === 'end'); i++) await new Promise(r => setTimeout(r, 20));
    assert.equal(progress[0]?.kind, 'begin');
    assert.ok(
      progress.some(p => p.kind === 'report' && /\d+ of \d+ sources.*MB downloaded/.test(p.message ?? '')),
      JSON.stringify(progress),
    );
    assert.equal(progress.at(-1)?.kind, 'end');
  });

  test('the fetched copy was written to the storage folder the client named', () => {
    const files = fs.readdirSync(path.join(storage, 'url-cache'));
    assert.ok(files.some(f => f.endsWith('.body')) && files.some(f => f.endsWith('.json')), files.join(', '));
  });

  test('a cancelled refresh answers RequestCancelled and keeps the data', async () => {
    const before = await session.request<CacheSnapshot>('modelRegistry/inspectCache');
    const { CancellationTokenSource } = await import('vscode-jsonrpc/node');
    const source = new CancellationTokenSource();
    const refresh = session.connection.sendRequest('modelRegistry/refreshCache', source.token);
    setTimeout(() => source.cancel(), 200);
    await assert.rejects(refresh, /cancelled/i);
    const after = await session.request<CacheSnapshot>('modelRegistry/inspectCache');
    assert.equal(after.models, before.models);
    assert.equal(after.generation, before.generation + 1);
    assert.match(after.sources[0].error ?? '', /cancelled/);
  });
});
