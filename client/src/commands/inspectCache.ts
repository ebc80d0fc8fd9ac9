// Model Registry: Inspect Cache. Opens the cache inspector (cacheInspector.ts).
import type { CacheInspector } from '../cacheInspector';

export const INSPECT_CACHE_COMMAND = 'modelRegistry.inspectCache';

/** Model Registry: Inspect Cache. Opens (or brings forward, re-read) the cache inspector. */
export function inspectCache(inspector: CacheInspector): Promise<void> {
  return inspector.show();
}
