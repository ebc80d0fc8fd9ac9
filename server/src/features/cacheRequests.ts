// The three cache requests of SPEC §5 (`modelRegistry/refreshCache`, `inspectCache`, `clearCache`).
import type { CacheSnapshot } from '../../../shared/protocol';
import type { ModelRegistry } from '../registry/modelRegistry';
import type { Logger } from '../utils/runSafe';

/** Reloads every source (cancelling aborts its downloads and keeps the data) and logs each source that failed. */
export async function refreshCache(registry: ModelRegistry, signal: AbortSignal, log: Logger): Promise<CacheSnapshot> {
  const snapshot = await registry.refresh(signal);
  for (const source of snapshot.sources.filter(s => s.status !== 'ok')) {
    log.error(`Catalog source ${source.source}: ${source.error ?? source.status}`);
  }
  return snapshot;
}

export function inspectCache(registry: ModelRegistry): CacheSnapshot {
  return registry.snapshot();
}

export function clearCache(registry: ModelRegistry): CacheSnapshot {
  return registry.clear();
}
