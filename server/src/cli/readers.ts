// Large runs read their files on reader threads while this thread analyses: reading 20,000 files costs about as
// much as analysing the few that mention a registry, so the two overlap. A reader is a few lines of plain
// JavaScript (no bundle to load, nothing to warm up): it reads its share of the files, drops those the one-regex
// pre-check rules out, and posts the rest in batches.
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';

/** Below this many files, a reader thread costs more than it saves. */
const FILES_PER_READER = 2000;
const MAX_READERS = 3;

export type ReadResult = { index: number; text: string } | { index: number; error: string };

type ReaderMessage = { results: ReadResult[]; read: number } | { done: true };

/** What a reader keeps: texts that may call (RuleSet.mayCall, as data) or hold U+FFFD (bytes that are not UTF-8). */
export interface ReaderFilter {
  gate: string;
  needles: string[][];
}

const READER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const gate = new RegExp(workerData.filter.gate + '|\\uFFFD');
const needles = workerData.filter.needles;
const worthChecking = text => gate.test(text) && (text.includes('\\uFFFD') || needles.some(all => all.every(n => text.includes(n))));
let results = [];
let read = 0;
for (const [index, file] of workerData.files) {
  read++;
  try {
    const text = readFileSync(file, 'utf8');
    if (worthChecking(text)) results.push({ index, text });
  } catch (error) {
    results.push({ index, error: error.code || String(error) });
  }
  if (results.length >= 32 || read % 500 === 0) {
    parentPort.postMessage({ results, read });
    results = [];
  }
}
parentPort.postMessage({ results, read });
parentPort.postMessage({ done: true });
`;

/** How many reader threads a run of `files` files uses; `MODEL_REGISTRY_READERS` overrides it (tests, benchmarks). */
export function readerCount(files: number): number {
  const forced = Number(process.env.MODEL_REGISTRY_READERS);
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, MAX_READERS);
  if (files < FILES_PER_READER) return 0;
  return Math.max(1, Math.min(os.availableParallelism() - 1, Math.floor(files / FILES_PER_READER), MAX_READERS));
}

/**
 * Reads `files` on `readers` threads, keeping the texts `filter` lets through (and every error). `onResults` gets
 * them as they arrive, in no particular order (each carries its file's index); `onRead` the count read so far.
 */
export async function readInThreads(files: readonly string[], filter: ReaderFilter, readers: number,
  onResults: (results: ReadResult[]) => void, onRead: (count: number) => void): Promise<void> {
  const share = Math.ceil(files.length / readers);
  const counts = new Array<number>(readers).fill(0);
  await Promise.all(Array.from({ length: readers }, (_, r) => new Promise<void>((resolve, reject) => {
    const slice = files.slice(r * share, (r + 1) * share).map((file, i) => [r * share + i, file] as const);
    const worker = new Worker(READER, { eval: true, workerData: { files: slice, filter } });
    worker.on('message', (message: ReaderMessage) => {
      if ('done' in message) {
        resolve();
        return;
      }
      counts[r] = message.read;
      onResults(message.results);
      onRead(counts.reduce((a, b) => a + b, 0));
    });
    worker.on('error', reject);
    worker.on('exit', code => reject(new Error(`a reader thread exited with code ${code} before it finished`)));
  })));
}
