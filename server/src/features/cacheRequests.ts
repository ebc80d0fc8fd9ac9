// The three cache requests of SPEC §5 (`modelRegistry/refreshCache`, `inspectCache`, `clearCache`).
import type { CancellationToken } from 'vscode-languageserver';
import type { CacheSnapshot } from '../../../shared/protocol';
import type { ModelRegistry } from '../registry/modelRegistry';
import type { Logger } from '../utils/runSafe';

/**
 * Reloads every source once the settings are known (cancelling aborts its downloads and keeps the data) and logs
 * each source that failed.
 */
export async function refreshCache(
  registry: ModelRegistry,
  settings: { ready(): Promise<void> },
  token: CancellationToken,
  log: Logger,
): Promise<CacheSnapshot> {
  await settings.ready();
  const cancel = new AbortController();
  token.onCancellationRequested(() => cancel.abort());
  const snapshot = await registry.refresh(cancel.signal);
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
