// The registry cache (SPEC §5): an lru-cache bounded by entries and bytes with a TTL, whose entries carry the
// generation they were made in. The generation starts at 1 and goes up by one on every refresh, clear, change of
// a source file and settings change; an entry of an older generation is never served. Reloads are single-flight.
import { LRUCache } from 'lru-cache';
import { ModelIndex } from '../catalog/modelIndex';
import type { CacheSnapshot, SourceStatus } from '../protocol';
import type { Settings } from '../settings';
import { CatalogSources, LoadProgress, nodeFileSystem } from './catalogSources';
import { DiskCache } from './diskCache';
import type { LoadContext } from './sourceState';
import { UrlSources } from './urlSources';
import type { SourceSpec } from './sourceSpecs';

export type CacheSettings = Settings['cache'];

/** Passed to every get: lru-cache otherwise allocates a default options object per call on this hot path. */
const GET_OPTIONS: LRUCache.GetOptions<string, Entry, unknown> = {};

interface Entry {
  generation: number;
  value: unknown;
  size: number;
}

export interface ModelRegistryOptions {
  sources?: CatalogSources;
  /** Milliseconds; injected by tests to move time. */
  now?: () => number;
  /** Where URL sources keep their last good copy between runs (none: memory only); may be a getter. */
  diskCacheDir?: string | (() => string);
  /** Hears how a load advances (sources done, bytes), and `undefined` when it ends. */
  onLoadProgress?: (progress: LoadProgress | undefined) => void;
  /** Called each time the cache has evicted as many entries as it holds: all its memory is now garbage. */
  onCacheTurnover?: () => void;
}

export class ModelRegistry {
  private generationCounter = 1;
  private index = new ModelIndex([]);
  private statuses: SourceStatus[] = [];
  private specs: readonly SourceSpec[] = [];
  private cacheSettings: CacheSettings;
  private cache: LRUCache<string, Entry>;
  private hits = 0;
  private misses = 0;
  private evictions = 0;
  private lastRefresh: string | null = null;
  private loadedOnce = false;
  /** A reload is wanted (first use, refresh, clear, changed source or settings). */
  private needsLoad = true;
  /** The generation already went up for what the pending reload will pick up. */
  private bumpedSinceLoad = false;
  private lastValidated = -Infinity;
  private inflight: Promise<void> | undefined;
  private readonly listeners = new Set<(snapshot: CacheSnapshot) => void>();
  private readonly sources: CatalogSources;
  private readonly onLoadProgress: ModelRegistryOptions['onLoadProgress'];
  private readonly onCacheTurnover: ModelRegistryOptions['onCacheTurnover'];
  /** Signal of the refresh in progress, if any: cancelling it aborts its downloads. */
  private loadContext: LoadContext = {};
  private readonly now: () => number;

  constructor(cacheSettings: CacheSettings, options: ModelRegistryOptions = {}) {
    this.now = options.now ?? Date.now;
    this.onLoadProgress = options.onLoadProgress;
    this.onCacheTurnover = options.onCacheTurnover;
    this.sources = options.sources ?? new CatalogSources(nodeFileSystem, this.now, new UrlSources({
      now: this.now,
      disk: options.diskCacheDir === undefined ? undefined : new DiskCache(options.diskCacheDir),
      onBackgroundUpdate: () => this.sourcesUpdated(),
    }));
    this.cacheSettings = { ...cacheSettings };
    this.cache = this.createCache();
  }

  get generation(): number {
    return this.generationCounter;
  }

  /** The index as of the last finished load; call `ready()` first to have it current. */
  get models(): ModelIndex {
    return this.index;
  }

  onDidChange(listener: (snapshot: CacheSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies new sources and cache bounds; a real change bumps the generation and reloads. */
  configure(specs: readonly SourceSpec[], cacheSettings: CacheSettings): void {
    const specsChanged = JSON.stringify(specs) !== JSON.stringify(this.specs);
    const cacheChanged = JSON.stringify(cacheSettings) !== JSON.stringify(this.cacheSettings);
    if (!specsChanged && !cacheChanged) return;
    this.specs = specs;
    if (cacheChanged) {
      this.cacheSettings = { ...cacheSettings };
      this.cache = this.createCache();
    }
    if (specsChanged) this.needsLoad = true;
    // Settings arriving before the first load are the starting point, not a change.
    if (this.loadedOnce) this.bump();
  }

  /**
   * Resolves once the data is current: loads on first use and after a refresh/clear/change, revalidates file
   * sources after the TTL. Every caller during a reload shares that one reload.
   */
  ready(): Promise<void> {
    if (this.inflight) return this.inflight;
    if (this.needsLoad || this.now() - this.lastValidated >= this.revalidateAfterMs()) return this.reload();
    return Promise.resolve();
  }

  /**
   * The cached value for `key`, computed from the index on a miss. Synchronous: call after `await ready()`.
   * `sizeOf` tells what the value adds to memory when it mostly refers to records the index already holds.
   */
  cached<T>(key: string, compute: (index: ModelIndex) => T, sizeOf: (value: T) => number = estimateBytes): T {
    const entry = this.cache.get(key, GET_OPTIONS);
    if (entry && entry.generation === this.generationCounter) {
      this.hits++;
      return entry.value as T;
    }
    this.misses++;
    const value = compute(this.index);
    this.cache.set(key, { generation: this.generationCounter, value, size: key.length * 2 + sizeOf(value) });
    return value;
  }

  /** Re-reads every source, then answers with the snapshot. */
  async refresh(signal?: AbortSignal): Promise<CacheSnapshot> {
    this.sources.invalidate();
    this.bump();
    this.loadContext = signal ? { signal } : {};
    await this.reload();
    return this.snapshot();
  }

  /** Drops every entry; the next request reloads every source. */
  clear(): CacheSnapshot {
    this.sources.invalidate();
    this.needsLoad = true;
    this.bump();
    return this.snapshot();
  }

  /** A watched file changed; when it is one of the sources' files (or could be a new one), reload. */
  filesChanged(files: readonly string[]): void {
    if (files.length === 0) return;
    this.sources.invalidate(files);
    this.needsLoad = true;
    this.bump();
  }

  /** A source changed behind the scenes (a URL revalidated in the background): load again to pick it up. */
  sourcesUpdated(): void {
    this.needsLoad = true;
    void this.reload();
  }

  /** Whether `file` is a file of a loaded source. */
  isSourceFile(file: string): boolean {
    return this.sources.has(file);
  }

  snapshot(): CacheSnapshot {
    const lookups = this.hits + this.misses;
    return {
      generation: this.generationCounter,
      entries: this.cache.size,
      maxEntries: this.cacheSettings.maxEntries,
      sizeBytes: this.cache.calculatedSize,
      maxSizeBytes: this.maxSizeBytes(),
      ttlSeconds: this.cacheSettings.ttlSeconds,
      hits: this.hits,
      misses: this.misses,
      evictions: this.evictions,
      hitRate: lookups === 0 ? 0 : this.hits / lookups,
      models: this.index.models,
      providers: this.index.providerCount,
      lastRefresh: this.lastRefresh,
      sources: this.statuses.map(s => ({ ...s })),
    };
  }

  private reload(): Promise<void> {
    this.needsLoad = true;
    this.inflight ??= this.runLoads().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async runLoads(): Promise<void> {
    while (this.needsLoad) {
      this.needsLoad = false;
      const announced = this.bumpedSinceLoad;
      this.bumpedSinceLoad = false;
      const context = this.loadContext;
      this.loadContext = {};
      let result;
      try {
        result = await this.sources.load(this.specs, this.cacheSettings.ttlSeconds * 1000, context, this.onLoadProgress);
      } finally {
        this.onLoadProgress?.(undefined);
      }
      this.statuses = result.sources;
      this.lastValidated = this.now();
      this.lastRefresh = new Date(this.lastValidated).toISOString();
      if (result.changed || !this.loadedOnce) {
        this.index = new ModelIndex(result.catalogs);
        // A change found by TTL revalidation has not bumped the generation yet; an announced one has.
        if (this.loadedOnce && !announced && !this.bumpedSinceLoad) this.bump();
      }
      this.loadedOnce = true;
      this.emit();
    }
  }

  private bump(): void {
    this.generationCounter++;
    this.cache.clear();
    this.bumpedSinceLoad = true;
    this.emit();
  }

  private emit(): void {
    if (this.listeners.size === 0) return;
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }

  private revalidateAfterMs(): number {
    let seconds = this.cacheSettings.ttlSeconds;
    for (const spec of this.specs) if (spec.ttlSeconds !== undefined) seconds = Math.min(seconds, spec.ttlSeconds);
    return seconds * 1000;
  }

  private maxSizeBytes(): number {
    return Math.floor(this.cacheSettings.maxSizeMB * 1024 * 1024);
  }

  private createCache(): LRUCache<string, Entry> {
    return new LRUCache<string, Entry>({
      max: this.cacheSettings.maxEntries,
      maxSize: this.maxSizeBytes(),
      // An entry bigger than the whole cache is not stored (lru-cache refuses it); it is simply recomputed.
      sizeCalculation: entry => Math.max(1, entry.size),
      ttl: this.cacheSettings.ttlSeconds * 1000,
      perf: { now: this.now },
      // Read the clock on every check rather than a value cached for a millisecond: exact with an injected clock.
      ttlResolution: 0,
      dispose: (_value, _key, reason) => {
        if (reason !== 'evict') return;
        this.evictions++;
        if (this.evictions % this.cacheSettings.maxEntries === 0) this.onCacheTurnover?.();
      },
    });
  }
}

/** Approximate heap bytes of a JSON-like value: enough to bound the cache by memory, cheap enough for every miss. */
export function estimateBytes(value: unknown, depth = 0): number {
  if (typeof value === 'string') return 16 + value.length * 2;
  if (typeof value !== 'object' || value === null) return 8;
  if (depth > 8) return 64;
  let bytes = 32;
  if (Array.isArray(value)) {
    for (const item of value) bytes += 8 + estimateBytes(item, depth + 1);
  } else {
    for (const key in value) bytes += 16 + estimateBytes((value as Record<string, unknown>)[key], depth + 1);
  }
  return bytes;
}
