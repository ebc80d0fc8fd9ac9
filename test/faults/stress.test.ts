// 100 refreshes interleaved with 10,000 completion requests over stdio, while the catalog file changes before every
// refresh: generation N holds models `gen-N-1` … `gen-N-3` and nothing else. The server must stay up, answer
// everything, and never serve an entry of an older generation: a list answered during refresh N is all of generation
// N − 1 or all of N, never a mix; every list answered after it is exactly generation N's models.
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
const MODELS_PER_GENERATION = 3;
const generationIds = (generation: number): string[] =>
  Array.from({ length: MODELS_PER_GENERATION }, (_, i) => `gen-${generation}-${i + 1}`);
const writeCatalog = (generation: number): void => {
  const models = Object.fromEntries(generationIds(generation).map(id => [id, { id }]));
  fs.writeFileSync(catalogFile, JSON.stringify({ acme: { id: 'acme', models } }));
};
/** The labels a completion of `acme:gen-` offers when generation `generation` is loaded. */
const offered = (generation: number): string[] => generationIds(generation).map(id => `acme:${id}`);
const labels = (list: CompletionList): string[] => list.items.map(item => item.label).sort();
let session: LspSession;

before(async () => {
  if (skip) return;
  writeCatalog(1);
  session = new LspSession({
    sources: [catalogFile],
    bundledCatalog: false,
    discoverCatalogs: false,
  });
  await session.initialize(workspace);
  await session.waitForSnapshot(s => s.models === MODELS_PER_GENERATION);
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
      assert.equal(snapshot.models, MODELS_PER_GENERATION);
      lastGeneration = snapshot.generation;
      for (const list of await Promise.all(during)) {
        assert.ok(
          [offered(round - 1), offered(round)].some(ids => labels(list).join() === ids.join()),
          `round ${round}: ${labels(list).join(', ')}`,
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
        assert.deepEqual(labels(list), offered(round), `after refresh ${round}`);
        answered++;
      }
    }
    assert.equal(answered, COMPLETIONS);
    const final = await session.request<CacheSnapshot>('modelRegistry/inspectCache');
    assert.ok(final.entries <= final.maxEntries);
    assert.equal(final.sources[0].status, 'ok');
  },
);
