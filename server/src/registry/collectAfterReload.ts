// One full garbage collection shortly after the index was rebuilt. Building it from a whole catalog leaves tens of MB
// of garbage behind (the merge's and the reads' intermediate strings and arrays), and V8 would keep those pages for
// minutes; a reload is rare, so one collection when it is over gives the memory back at no cost to a request. Where V8
// will not hand out `gc`, nothing happens.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

const DELAY_MS = 200;
let collect: (() => void) | null | undefined;
let pending: NodeJS.Timeout | undefined;

export function collectAfterReload(): void {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const gc: unknown = vm.runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  if (!collect || pending) return;
  const run = collect;
  pending = setTimeout(() => {
    pending = undefined;
    run();
  }, DELAY_MS);
  pending.unref();
}
