// The online catalog layer (SPEC §3, layer 4) over stdio, with models.dev played by a 127.0.0.1 server: it is never
// waited for (a first completion answers from the bundled catalog while the download hangs), it arrives in the
// background, a restart serves it from its copy on disk at once, and revalidates it with a conditional request.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CatalogServer } from '../helpers/catalogServer';
import { cursor } from '../helpers/cursor';
import { LspSession, SERVER } from '../helpers/lspSession';

const missingBuild = fs.existsSync(SERVER) ? false : `the bundled server is missing (${SERVER}): run npm run build`;

describe('the online catalog', { skip: missingBuild }, () => {
  const server = new CatalogServer();
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-online-'));
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-online-storage-'));
  before(async () => {
    await server.start();
    server.catalog = {
      acme: {
        id: 'acme',
        name: 'Acme',
        models: { 'acme-online-1': { id: 'acme-online-1', limit: { context: 4096 } } },
      },
    };
  });
  after(async () => {
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(storage, { recursive: true, force: true });
  });

  const start = async (): Promise<LspSession> => {
    const session = new LspSession({ onlineCatalog: true }, { MODEL_REGISTRY_ONLINE_CATALOG_URL: server.url });
    await session.initialize(workspace, undefined, { storagePath: storage });
    return session;
  };
  const complete = async (session: LspSession, marked: string) => {
    const { text, position } = cursor(marked);
    const uri = pathToFileURL(path.join(workspace, `q${Math.random()}.py`)).href;
    await session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
    const list = await session.request<{ items: { label: string }[] } | null>('textDocument/completion', {
      textDocument: { uri },
      position,
    });
    return list?.items.map(i => i.label) ?? [];
  };

  test('is never waited for: with the download hanging, the first completion answers from the other layers', async () => {
    server.mode = 'hang';
    const session = await start();
    try {
      const labels = await complete(session, 'model = "gpt-4|"');
      assert.ok(labels.includes('gpt-4o'), labels.join(', '));
      assert.equal(server.hanging, 1, 'the download is still under way');
    } finally {
      await session.close();
    }
  });

  test('arrives in the background and is kept on disk', async () => {
    server.mode = 'ok';
    const session = await start();
    try {
      const snapshot = await session.waitForSnapshot(s =>
        s.sources.some(src => src.layer === 'online' && src.models === 1),
      );
      const online = snapshot.sources.find(src => src.layer === 'online')!;
      assert.equal(online.status, 'ok');
      assert.ok(online.dataDate, 'the data date of a download is when it was fetched');
      assert.deepEqual(await complete(session, 'model = "acme:acme-on|"'), ['acme:acme-online-1']);
    } finally {
      await session.close();
    }
  });

  test('a restart serves the copy on disk offline, then revalidates it with a conditional request', async () => {
    server.mode = 'hang'; // offline: nothing comes back
    const requestsBefore = server.requests.length;
    const session = await start();
    try {
      assert.deepEqual(
        await complete(session, 'model = "acme:acme-on|"'),
        ['acme:acme-online-1'],
        'from the copy on disk',
      );
      for (let i = 0; i < 250 && server.requests.length === requestsBefore; i++)
        await new Promise(r => setTimeout(r, 20));
      const revalidation = server.requests.at(-1);
      assert.ok(revalidation?.ifNoneMatch, 'the revalidation carries the stored ETag');
    } finally {
      await session.close();
    }
  });
});
