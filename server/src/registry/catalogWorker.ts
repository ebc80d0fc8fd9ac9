// The worker thread behind catalogParser.ts (bundled as server/dist/catalogWorker.js): parses one catalog text into
// its compact table and posts it back, the table's typed arrays transferred. Its heap, with the parsed JSON, goes away
// when the server terminates it.
import { parentPort } from 'node:worker_threads';
import { transferList } from '../catalog/catalogTable';
import { parseCatalog } from '../catalog/parseCatalog';
import type { ParseReply, ParseRequest } from './catalogParser';

parentPort?.once('message', (request: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { parsed: parseCatalog(request.text, request.format, request.sourceName, request.contentType) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply, 'parsed' in reply ? transferList(reply.parsed.table) : []);
});
