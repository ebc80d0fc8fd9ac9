// Soak (issue 6): 100,000 completion and hover requests with distinct prefixes against the 100k-model catalog over
// stdio. Prints the server's resident memory after the first 10,000 and after all 100,000 requests, and again after
// a pause such as a user makes (target: growth ≤ 10 %), and checks that the cache never holds more entries than its
// bound.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CacheSnapshot } from '../shared/protocol';
import { LspSession } from '../test/helpers/lspSession';

const REQUESTS = 100_000;
const CHECKPOINT = 10_000;
const MAX_ENTRIES = 10_000;
/** Longer than the server's idle threshold (2 s), so that its idle collection has run. */
const IDLE_PAUSE_MS = 4000;

function residentMB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/** Distinct `provider:model-prefix` strings: every model ID cut at a few lengths, until there are enough. */
function distinctPrefixes(catalogFile: string, count: number): string[] {
  const catalog = JSON.parse(fs.readFileSync(catalogFile, 'utf8')) as Record<
    string,
    { models: Record<string, unknown> }
  >;
  const prefixes = new Set<string>();
  for (const cut of [0, 3, 6]) {
    for (const [provider, { models }] of Object.entries(catalog)) {
      for (const id of Object.keys(models)) {
        prefixes.add(`${provider}:${id.slice(0, Math.max(1, id.length - cut))}`);
        if (prefixes.size >= count) return [...prefixes];
      }
    }
  }
  return [...prefixes];
}

export async function soakBenchmark(catalogFile: string): Promise<void> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-soak-'));
  const session = new LspSession({
    sources: [catalogFile],
    bundledCatalog: false,
    discoverCatalogs: false,
    cache: { maxEntries: MAX_ENTRIES },
  });
  try {
    await session.initialize(workspace);
    await session.waitForSnapshot(s => s.models > 0, 120_000);
    const uri = pathToFileURL(path.join(workspace, 'soak.ex')).href;
    const prefixes = distinctPrefixes(catalogFile, REQUESTS);
    let version = 1;
    let maxEntriesSeen = 0;
    let rssAtCheckpoint = NaN;
    const trace: number[] = [];
    const started = Date.now();
    for (let i = 0; i < REQUESTS; i++) {
      const text = `ReqLLM.generate_text("${prefixes[i % prefixes.length]}", "hi")`;
      await session.notify(
        version === 1 ? 'textDocument/didOpen' : 'textDocument/didChange',
        version === 1
          ? { textDocument: { uri, languageId: 'elixir', version, text } }
          : { textDocument: { uri, version }, contentChanges: [{ text }] },
      );
      version++;
      const position = { line: 0, character: text.indexOf('",') - 1 };
      await session.request(i % 2 === 0 ? 'textDocument/completion' : 'textDocument/hover', {
        textDocument: { uri },
        position,
      });
      if ((i + 1) % 1000 === 0) {
        maxEntriesSeen = Math.max(
          maxEntriesSeen,
          (await session.request<CacheSnapshot>('modelRegistry/inspectCache')).entries,
        );
      }
      if (i + 1 === CHECKPOINT) rssAtCheckpoint = residentMB(session.pid!);
      if ((i + 1) % CHECKPOINT === 0) trace.push(residentMB(session.pid!));
    }
    const rssAtEnd = residentMB(session.pid!);
    const growth = (100 * (rssAtEnd - rssAtCheckpoint)) / rssAtCheckpoint;
    // A user stops typing now and then; the server collects when idle (server/src/utils/garbageCollection.ts).
    await new Promise(resolve => setTimeout(resolve, IDLE_PAUSE_MS));
    const rssAfterPause = residentMB(session.pid!);
    const snapshot = await session.request<CacheSnapshot>('modelRegistry/inspectCache');
    console.log(
      `\n## Soak: ${REQUESTS.toLocaleString('en')} completion/hover requests with distinct prefixes, 100k-model catalog, over stdio\n`,
    );
    console.log(
      `| server RSS after 10,000 | after 100,000 | growth | after ${IDLE_PAUSE_MS / 1000} s idle | most cache entries seen | bound | hit rate | evictions | wall time |`,
    );
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    console.log(
      `| ${rssAtCheckpoint.toFixed(0)} MB | ${rssAtEnd.toFixed(0)} MB | ${growth.toFixed(1)} % | ${rssAfterPause.toFixed(0)} MB (${((100 * (rssAfterPause - rssAtCheckpoint)) / rssAtCheckpoint).toFixed(1)} %) | ${maxEntriesSeen} | ${snapshot.maxEntries} | ${(snapshot.hitRate * 100).toFixed(1)} % | ${snapshot.evictions} | ${((Date.now() - started) / 1000).toFixed(0)} s |`,
    );
    console.log(
      `\nServer RSS every ${CHECKPOINT.toLocaleString('en')} requests (MB): ${trace.map(mb => mb.toFixed(0)).join(', ')}`,
    );
    if (maxEntriesSeen > snapshot.maxEntries) console.log('**FAILED: the cache held more entries than its bound**');
  } finally {
    await session.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}
