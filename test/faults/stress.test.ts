// 100 refreshes interleaved with 10,000 completion requests over stdio, while the catalog file changes before every
// refresh. The server must stay up, answer everything, and never serve an entry of an older generation: after the
// refresh that loaded model `gen-N`, every completion of `acme:gen-` offers `gen-N`.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { CompletionList } from 'vscode-languageserver';
import type { CacheSnapshot } from '../../shared/protocol';
import { LspSession, SERVER } from '../helpers/lspSession';

const REFRESHES = 100;
const COMPLETIONS = 10_000;
const skip = fs.existsSync(SERVER) ? false : `the bundled server is missing (${SERVER}): run npm run build`;

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-stress-'));
const catalogFile = path.join(workspace, 'catalog.json');
const writeCatalog = (generation: number): void => {
  const models: Record<string, { id: string }> = {};
  for (let g = 1; g <= generation; g++) models[`gen-${g}`] = { id: `gen-${g}` };
  fs.writeFileSync(catalogFile, JSON.stringify({ acme: { id: 'acme', models } }));
};
let session: LspSession;

before(async () => {
  if (skip) return;
  writeCatalog(1);
  session = new LspSession({
    sources: [catalogFile],
    bundledCatalog: false,
    discoverCatalogs: false,
    completion: { maxItems: 500 },
  });
  await session.initialize(workspace);
  await session.waitForSnapshot(s => s.models === 1);
});
after(async () => {
  if (!skip) assert.equal(await session.close(), 0, 'the server is still alive and exits cleanly');
  fs.rmSync(workspace, { recursive: true, force: true });
});

test(
  `${REFRESHES} refreshes interleaved with ${COMPLETIONS.toLocaleString('en')} completions`,
  { skip, timeout: 240_000 },
  async () => {
    const uri = pathToFileURL(path.join(workspace, 'stress.ex')).href;
    await session.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'elixir', version: 1, text: 'x = "acme:gen-"' },
    });
    const perRefresh = COMPLETIONS / REFRESHES;
    let lastGeneration = (await session.request<CacheSnapshot>('modelRegistry/inspectCache')).generation;
    let answered = 0;
    for (let round = 2; round <= REFRESHES + 1; round++) {
      writeCatalog(round);
      // Completions in flight while the refresh runs: they may see the old or the new data, but never break.
      const during = Array.from({ length: perRefresh / 2 }, () =>
        session.request<CompletionList>('textDocument/completion', {
          textDocument: { uri },
          position: { line: 0, character: 14 },
        }),
      );
      const snapshot = await session.request<CacheSnapshot>('modelRegistry/refreshCache');
      assert.equal(snapshot.generation, lastGeneration + 1, 'one refresh, one generation');
      assert.equal(snapshot.models, round);
      lastGeneration = snapshot.generation;
      for (const list of await Promise.all(during)) {
        assert.ok(
          list.items.length === round - 1 || list.items.length === round,
          `${list.items.length} items in round ${round}`,
        );
        answered++;
      }
      // After the refresh answered, nothing from before it may be served.
      const afterRefresh = await Promise.all(
        Array.from({ length: perRefresh / 2 }, () =>
          session.request<CompletionList>('textDocument/completion', {
            textDocument: { uri },
            position: { line: 0, character: 14 },
          }),
        ),
      );
      for (const list of afterRefresh) {
        assert.ok(
          list.items.some(item => item.label === `acme:gen-${round}`),
          `gen-${round} offered after refresh ${round}`,
        );
        answered++;
      }
    }
    assert.equal(answered, COMPLETIONS);
    const final = await session.request<CacheSnapshot>('modelRegistry/inspectCache');
    assert.ok(final.entries <= final.maxEntries);
    assert.equal(final.sources[0].status, 'ok');
  },
);
