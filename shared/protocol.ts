// Every custom message between client and server (SPEC §5), declared once with its types and imported by both:
// the client's `sendRequest(RefreshCacheRequest)` and the server's `onRequest(RefreshCacheRequest, …)` check the
// same types, and other editors find every `modelRegistry/…` method in this one file.
import { NotificationType, RequestType0 } from 'vscode-languageserver-protocol';

export interface SourceStatus {
  source: string;
  format: string;
  models: number;
  /** ISO 8601 time of the last good load, or null when it never loaded. */
  loadedAt: string | null;
  status: 'ok' | 'stale' | 'error';
  error?: string;
  /** Which layer of SPEC §3 the source belongs to. */
  layer?: 'workspace' | 'sources' | 'dependencies' | 'online' | 'bundled';
  /** The data's own date (ISO 8601): the catalog's, else when the file changed or the server says it did, else when it was fetched. */
  dataDate?: string | null;
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
export const RefreshCacheRequest = new RequestType0<CacheSnapshot, void>('modelRegistry/refreshCache');
/** Client → server, no params: the current snapshot. */
export const InspectCacheRequest = new RequestType0<CacheSnapshot, void>('modelRegistry/inspectCache');
/** Client → server, no params: drops every entry and bumps the generation; the next request reloads. */
export const ClearCacheRequest = new RequestType0<CacheSnapshot, void>('modelRegistry/clearCache');
/** Server → client: the snapshot after every generation change and reload. */
export const CacheChangedNotification = new NotificationType<CacheSnapshot>('modelRegistry/cacheChanged');
