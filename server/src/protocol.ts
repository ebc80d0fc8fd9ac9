// Every custom message between client and server, declared once and imported by both (SPEC §5).
// Method names only, no library types: client and server depend on different vscode-jsonrpc majors.

export interface SourceStatus {
  source: string;
  format: string;
  models: number;
  /** ISO 8601 time of the last good load, or null when it never loaded. */
  loadedAt: string | null;
  status: 'ok' | 'stale' | 'error';
  error?: string;
}

export interface CacheSnapshot {
  generation: number;
  entries: number;
  maxEntries: number;
  sizeBytes: number;
  maxSizeBytes: number;
  ttlSeconds: number;
  hits: number;
  misses: number;
  evictions: number;
  /** hits / (hits + misses), 0..1. */
  hitRate: number;
  models: number;
  providers: number;
  /** ISO 8601 time the last reload finished, or null before the first. */
  lastRefresh: string | null;
  sources: SourceStatus[];
}

/** Client → server, no params: reloads every source, bumps the generation, answers once the reload finished. */
export const RefreshCacheRequest = { method: 'modelRegistry/refreshCache' } as const;
/** Client → server, no params: the current snapshot. */
export const InspectCacheRequest = { method: 'modelRegistry/inspectCache' } as const;
/** Client → server, no params: drops every entry and bumps the generation; the next request reloads. */
export const ClearCacheRequest = { method: 'modelRegistry/clearCache' } as const;
/** Server → client: the snapshot after every generation change and reload. */
export const CacheChangedNotification = { method: 'modelRegistry/cacheChanged' } as const;
