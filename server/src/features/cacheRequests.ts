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

/** The snapshot with the models of each provider, for the inspector. */
export function inspectCache(registry: ModelRegistry): CacheSnapshot {
  const index = registry.models;
  const providerModels = index
    .providers()
    .map(provider => ({
      provider,
      name: index.providerDisplayName(provider),
      models: index.providerSlice(provider).length,
    }))
    .sort((a, b) => b.models - a.models || a.provider.localeCompare(b.provider));
  return { ...registry.snapshot(), providerModels };
}

export function clearCache(registry: ModelRegistry): CacheSnapshot {
  return registry.clear();
}
