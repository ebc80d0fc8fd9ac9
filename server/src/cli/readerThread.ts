// A reader thread of a large `model-registry check` run (started by readers.ts from its own bundle,
// server/dist/cliReader.js): reads its share of the files as the main thread would (fileText.ts), drops those the
// one-regex pre-check rules out, and posts the rest, with every file that cannot be read, in batches.
import { parentPort } from 'node:worker_threads';
import { readFileText } from './fileText';
import type { ReaderMessage, ReaderWork, ReadResult } from './readerProtocol';

const BATCH = 32;
const REPORT_EVERY = 500;

parentPort?.once('message', ({ files, first, filter }: ReaderWork) => {
  const gate = new RegExp(filter.gate);
  const worthChecking = (text: string): boolean =>
    gate.test(text) && filter.needles.some(all => all.every(needle => text.includes(needle)));
  const post = (message: ReaderMessage): void => parentPort!.postMessage(message);
  let results: ReadResult[] = [];
  let read = 0;
  for (const file of files) {
    const index = first + read++;
    const outcome = readFileText(file);
    if ('error' in outcome) results.push({ index, error: outcome.error });
    else if (worthChecking(outcome.text)) results.push({ index, text: outcome.text });
    if (results.length >= BATCH || read % REPORT_EVERY === 0) {
      post({ results, read });
      results = [];
    }
  }
  post({ results, read });
  post({ done: true });
});
