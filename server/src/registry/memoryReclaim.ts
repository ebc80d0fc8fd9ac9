// Gives memory back after the registry cache has turned over. Cache entries live long enough to reach V8's old
// generation, and V8 collects that generation only once the heap has grown well past its live size — with a large
// catalog index that lets resident memory climb by hundreds of MB between collections during long sessions.
// A full collection once the cache has replaced all its entries keeps memory flat at a negligible cost.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

const MIN_INTERVAL_MS = 10_000;

/** A function to call when the cache has turned over; a no-op where V8 will not hand out `gc`. */
export function memoryReclaimer(now: () => number = Date.now): () => void {
  let collect: (() => void) | undefined;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    if (typeof gc === 'function') collect = gc as () => void;
  } catch {
    collect = undefined;
  }
  let last = -Infinity;
  let scheduled = false;
  return () => {
    if (!collect || scheduled || now() - last < MIN_INTERVAL_MS) return;
    scheduled = true;
    // After the current request has been answered, not in its way.
    setTimeout(() => {
      scheduled = false;
      last = now();
      collect!();
    }, 0);
  };
}
