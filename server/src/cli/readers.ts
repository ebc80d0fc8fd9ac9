// Large runs read their files on reader threads while this thread analyses: reading 20,000 files costs about as
// much as analysing the few that mention a registry, so the two overlap. A reader (readerThread.ts) is a bundle of
// its own, server/dist/cliReader.js, holding only the file reading: it reads its share of the files, drops those the
// one-regex pre-check rules out, and posts the rest in batches. Readers are started while the walk is still going,
// as soon as it has found enough files: a thread takes ~40 ms to start, time the walk then hides.
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReaderFilter, ReaderMessage, ReaderWork, ReadResult } from './readerProtocol';

export type { ReaderFilter, ReadResult } from './readerProtocol';

/** Below this many files, a reader thread costs more than it saves. */
const FILES_PER_READER = 2000;
const MAX_READERS = 3;
/** The reader bundle, next to the CLI's (scripts/build.mjs). */
const READER_BUNDLE = 'cliReader.js';

/**
 * How many reader threads a run of `files` files uses; `forced` (the variable `MODEL_REGISTRY_READERS`) overrides it
 * (tests, benchmarks).
 */
function readerCount(files: number, forced: number): number {
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, MAX_READERS);
  if (files < FILES_PER_READER) return 0;
  return Math.max(1, Math.min(os.availableParallelism() - 1, Math.floor(files / FILES_PER_READER), MAX_READERS));
}

interface Reader {
  worker: Worker;
  /** Rejects when the thread fails or exits (listened to from the start: it may happen before it is given work). */
  failed: Promise<never>;
}

/** Reader threads, started ahead of the file list; those a run does not use are stopped when it reads. */
export class Readers {
  private readonly started: Reader[] = [];

  private readonly forced: number;

  /** `forced`: the value of `MODEL_REGISTRY_READERS`, if set. */
  constructor(forced: string | undefined) {
    this.forced = Number(forced);
  }

  /** Starts the threads a run of at least `files` files will use (the walk calls this as it finds them). */
  expect(files: number): void {
    for (let n = readerCount(files, this.forced); this.started.length < n;) {
      const worker = new Worker(path.join(__dirname, READER_BUNDLE));
      worker.unref(); // an idle reader (a run that stopped on an error) must not keep the process alive
      const failed = new Promise<never>((_, reject) => {
        worker.on('error', reject);
        worker.on('exit', code => reject(new Error(`a reader thread exited with code ${code} before it finished`)));
      });
      failed.catch(() => undefined); // only a reader given work is waited on
      this.started.push({ worker, failed });
    }
  }

  /**
   * Reads `files` on the threads a run of that size uses, keeping the texts `filter` lets through (and every
   * error); false when it uses none, for this thread to read them. `onResults` gets them as they arrive, in no
   * particular order (each carries its file's index); `onRead` the count read so far.
   */
  async read(
    files: readonly string[],
    filter: ReaderFilter,
    onResults: (results: ReadResult[]) => void,
    onRead: (count: number) => void,
  ): Promise<boolean> {
    this.expect(files.length);
    const readers = this.started.splice(0, readerCount(files.length, this.forced));
    for (const unused of this.started.splice(0)) void unused.worker.terminate();
    if (readers.length === 0) return false;
    const share = Math.ceil(files.length / readers.length);
    const counts = new Array<number>(readers.length).fill(0);
    await Promise.all(
      readers.map(({ worker, failed }, r) =>
        Promise.race([
          failed,
          new Promise<void>(resolve => {
            worker.on('message', (message: ReaderMessage) => {
              if ('done' in message) {
                resolve();
                return;
              }
              counts[r] = message.read;
              onResults(message.results);
              onRead(counts.reduce((a, b) => a + b, 0));
            });
            worker.ref();
            const work: ReaderWork = { files: files.slice(r * share, (r + 1) * share), first: r * share, filter };
            worker.postMessage(work);
          }),
        ]),
      ),
    );
    return true;
  }
}
