// Giving memory back without ever stalling a request. V8 lets the old generation grow well past what is live before
// it collects, and the server leaves garbage there at two moments: rebuilding the index from whole catalogs (tens of
// MB of intermediate strings and arrays), and serving requests (bookkeeping of the protocol library and answers that
// outlive a scavenge: about half a kilobyte a request, 50 MB over 100,000). So one full collection runs shortly after
// each reload, and one when the server has been idle a moment after its heap grew by a good share since the last
// collection: the pause lands while nobody waits for an answer. Where V8 will not hand out `gc`, nothing happens.
// And the young generation is kept at 2 MB, the old one let grow by two fifths between collections (keepHeapSmall).
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

const AFTER_RELOAD_MS = 200;
/** Quiet this long counts as idle (a user reading, not typing). */
const IDLE_MS = 2000;
/** Collect when idle once the heap grew this much over what the last collection left… */
const GROWTH = 0.25;
/** …and by at least this many bytes (a small heap growing by a quarter is not worth a collection). */
const MIN_GROWTH_BYTES = 8 * 1024 * 1024;

/**
 * Holds V8's young generation at 2 MB (both semi-spaces: what V8 reports as the new space's size), and lets the old
 * one grow by two fifths between collections (KEEP_HEAP_SMALL). Left alone, the young generation doubles, up to
 * 32 MB, whenever enough has survived scavenges, which building the index from a catalog makes happen at once (nearly
 * everything allocated then lives), and at a module's start-up (the server's bundle grew it to 8 MB before its own
 * code ran, see heapFirst.ts); it never shrinks back. At 2 MB a completion at 100k models waits for a scavenge about
 * once in 15, for 0.16 ms; at 8 MB once in 60, for 0.46 ms, with 6 MB more resident (`npm run bench -- memory`). So it
 * is grown once, to 2 MB, and then not at all (V8 may still give it back to 1 MB at a full collection when the CPU is
 * starved and allocation looks slow). V8 reads these flags at each growth, so setting them first thing (and again
 * after a worker thread starts) is enough, whatever flags the server had.
 */
export function keepHeapSmall(): void {
  youngGenerationKept = true;
  growYoungGenerationTo(YOUNG_GENERATION_BYTES);
  setHeapFlags();
}

/** Node puts V8's flags back as the process started with when a worker thread starts: call from its 'online'. */
export function afterWorkerStart(): void {
  if (youngGenerationKept) setHeapFlags();
}

function setHeapFlags(): void {
  for (const flag of KEEP_HEAP_SMALL) v8.setFlagsFromString(flag);
}

const YOUNG_GENERATION_BYTES = 2 * 1024 * 1024;
/**
 * The young generation no larger; and the old one collected once it grew by two fifths over what the last collection
 * left. Left to choose, V8 let it grow by a third or more while requests kept coming (answers that outlived two
 * scavenges, promoted): 100,000 completions over stdio took a 100k-model server from 154 to 204 MB before a
 * collection, against 155 to 160 MB held so (`npm run bench -- soak`). A fifth held it flatter (155 MB) but marked
 * so often that completion p50 rose by a tenth.
 */
const KEEP_HEAP_SMALL = ['--semi-space-growth-factor=1', '--heap-growing-percent=40'];
let youngGenerationKept = false;

function youngGenerationBytes(): number {
  return v8.getHeapSpaceStatistics().find(space => space.space_name === 'new_space')?.space_size ?? Infinity;
}

/**
 * V8 grows the young generation at a scavenge once more than its size has survived since it last grew: objects are
 * kept alive, about 270 KB at a time, until it has. Node 20 grows it after three such steps; after 32 (8 MB) a V8 that
 * grows otherwise is left as it is.
 */
function growYoungGenerationTo(bytes: number): void {
  if (youngGenerationBytes() >= bytes) return;
  v8.setFlagsFromString('--semi-space-growth-factor=2');
  const kept: number[][] = [];
  for (let step = 0; step < 32 && youngGenerationBytes() < bytes; step++)
    for (let i = 0; i < 512; i++) kept.push(new Array<number>(64).fill(step));
}

let gc: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const found: unknown = vm.runInNewContext('gc');
      gc = typeof found === 'function' ? (found as () => void) : null;
    } catch {
      gc = null;
    }
  }
  return gc;
}

let heapAfterCollection = 0;

function collect(): void {
  const run = collector();
  if (!run) return;
  run();
  heapAfterCollection = v8.getHeapStatistics().used_heap_size;
}

let afterReload: NodeJS.Timeout | undefined;

/** One collection shortly after the index was rebuilt. */
export function collectAfterReload(): void {
  if (afterReload || !collector()) return;
  afterReload = setTimeout(() => {
    afterReload = undefined;
    collect();
  }, AFTER_RELOAD_MS);
  afterReload.unref();
}

/** Collects when the server has been idle a moment after its heap grew; `touch()` on every message. */
export class IdleCollection {
  private lastActivity = Date.now();
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.timer = setInterval(() => this.check(), IDLE_MS / 2);
    this.timer.unref();
  }

  touch(): void {
    this.lastActivity = Date.now();
  }

  dispose(): void {
    clearInterval(this.timer);
  }

  private check(): void {
    if (Date.now() - this.lastActivity < IDLE_MS) return;
    const used = v8.getHeapStatistics().used_heap_size;
    if (used - heapAfterCollection < Math.max(MIN_GROWTH_BYTES, heapAfterCollection * GROWTH)) return;
    collect();
  }
}
