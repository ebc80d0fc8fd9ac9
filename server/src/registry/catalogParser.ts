// Where catalog text is parsed. A large catalog (the bundled one is 5 MB, a LiteLLM file 1.6 MB, a hostile one up to
// the 256 MB limit) is parsed on a worker thread: the server keeps answering meanwhile, and the whole heap the JSON
// parse needed (several times the text) goes away with the worker instead of staying in the server's heap for good.
// Only the compact table comes back, its typed arrays transferred. Small texts, and code run without the bundles
// (tests under tsx), parse inline.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CatalogFormat } from '../catalog/modelRecord';
import { parseCatalog, type ParsedCatalog } from '../catalog/parseCatalog';
import { afterWorkerStart } from '../utils/garbageCollection';

/** Below this, a worker costs more than it saves. */
const WORKER_THRESHOLD_CHARACTERS = 512 * 1024;
/** The bundled worker, next to the server and CLI bundles. */
const WORKER_BUNDLE = path.join(__dirname, 'catalogWorker.js');

/** What the worker is sent, and what it answers. */
export interface ParseRequest {
  text: string;
  format: CatalogFormat | 'auto';
  sourceName: string;
  contentType?: string;
}
export type ParseReply = { parsed: ParsedCatalog } | { error: string };

let workerAvailable: boolean | undefined;

export function parseCatalogOffThread(
  text: string,
  format: CatalogFormat | 'auto',
  sourceName: string,
  contentType?: string,
): Promise<ParsedCatalog> {
  workerAvailable ??= fs.existsSync(WORKER_BUNDLE);
  if (text.length < WORKER_THRESHOLD_CHARACTERS || !workerAvailable) {
    return new Promise(resolve => resolve(parseCatalog(text, format, sourceName, contentType)));
  }
  return new Promise<ParsedCatalog>((resolve, reject) => {
    const worker = new Worker(WORKER_BUNDLE);
    worker.once('online', afterWorkerStart);
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.once('message', (reply: ParseReply) =>
      settle(() => ('parsed' in reply ? resolve(reply.parsed) : reject(new Error(reply.error)))),
    );
    // A catalog that exhausts the worker's memory fails its source, never the server.
    worker.once('error', error =>
      settle(() => reject(new Error(`the catalog could not be parsed (${error.message})`))),
    );
    worker.once('exit', code => settle(() => reject(new Error(`the catalog parser stopped (exit code ${code})`))));
    const request: ParseRequest = { text, format, sourceName, ...(contentType ? { contentType } : {}) };
    worker.postMessage(request);
  });
}
