// The messages between a large run's main thread (readers.ts) and its reader threads (readerThread.ts), which are
// separate bundles: this module holds only types, so neither imports the other's code.

/** What a reader keeps: texts that may call (RuleSet.mayCall, as data: the gate's regex source, each rule's needles). */
export interface ReaderFilter {
  gate: string;
  needles: string[][];
}

/** A reader's share of the files, the first being the run's file number `first`. */
export interface ReaderWork {
  files: string[];
  first: number;
  filter: ReaderFilter;
}

/** A file worth checking, or the message saying why it cannot be checked. */
export type ReadResult = { index: number; text: string } | { index: number; error: string };

export type ReaderMessage = { results: ReadResult[]; read: number } | { done: true };
