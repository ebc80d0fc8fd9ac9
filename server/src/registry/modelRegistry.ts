// The registry's reload state machine: which sources to load, when to load them again (first use, refresh, clear,
// a changed source file or setting, the TTL), one reload at a time shared by every caller, and the snapshot of SPEC
// §5. The data it loads is queried through `queries` (ModelQueries), which keeps its answers in the generation cache.
import { ModelIndex } from '../catalog/modelIndex';
import type { CacheSnapshot, SourceStatus } from '../../../shared/protocol';
import { CatalogSources, type LoadProgress, nodeFileSystem } from './catalogSources';
import { DiskCache } from './diskCache';
import { type CacheBounds, GenerationCache } from './generationCache';
import { ModelQueries } from './modelQueries';
import { readPrebuiltIndex } from './prebuiltIndex';
import type { LoadContext } from './sourceState';
import { UrlSources } from './urlSources';
import type { SourceSpec } from './sourceSpecs';

export type CacheSettings = CacheBounds;

export interface ModelRegistryOptions {
  sources?: CatalogSources;
  /** Milliseconds; injected by tests to move time. */
  now?: () => number;
  /** Where URL sources keep their last good copy between runs (none: memory only); may be a getter. */
  diskCacheDir?: string | (() => string);
  /** Hears why the disk cache folder is refused (not the user's own), to log it. */
  onDiskCacheRefused?: (message: string) => void;
  /** Hears how a load advances (sources done, bytes), and `undefined` when it ends. */
  onLoadProgress?: (progress: LoadProgress | undefined) => void;
  /**
   * Hears each index a load builds (not a load that changed nothing). The server builds the index's lazy parts ahead
   * there and collects the load's garbage (languageServer.ts): it lives on with that heap. A CLI run or a test builds
   * only what it uses and exits first; a forced collection would only cost it time.
   */
  onIndexBuilt?: (index: ModelIndex) => void;
}

export class ModelRegistry {
  private index = new ModelIndex([]);
  private readonly onIndexBuilt: ModelRegistryOptions['onIndexBuilt'];
  private statuses: SourceStatus[] = [];
  private specs: readonly SourceSpec[] = [];
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
  /** Signal of the refresh in progress, if any: cancelling it aborts its downloads. */
  private loadContext: LoadContext = {};
  private readonly now: () => number;
  /** The generation cache; its bounds are the `modelRegistry.cache.*` settings. */
  readonly cache: GenerationCache;
  /** Every question the language features ask of the loaded catalogs. */
  readonly queries: ModelQueries;

  constructor(cacheSettings: CacheSettings, options: ModelRegistryOptions = {}) {
    this.now = options.now ?? Date.now;
    this.onLoadProgress = options.onLoadProgress;
    this.onIndexBuilt = options.onIndexBuilt;
    this.sources =
      options.sources ??
      new CatalogSources(
        nodeFileSystem,
        this.now,
        new UrlSources({
          now: this.now,
          disk:
            options.diskCacheDir === undefined
              ? undefined
              : new DiskCache(options.diskCacheDir, options.onDiskCacheRefused),
          onBackgroundUpdate: () => this.sourcesUpdated(),
        }),
      );
    this.cache = new GenerationCache(cacheSettings, { now: this.now });
    this.queries = new ModelQueries(() => this.index, this.cache);
  }

  get generation(): number {
    return this.cache.generation;
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
    const cacheChanged = this.cache.setBounds(cacheSettings);
    if (!specsChanged && !cacheChanged) return;
    this.specs = specs;
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

  /**
   * Whether the catalogs can tell that a model is unknown: they hold models, and no source failed with nothing to show
   * for it (a URL unreachable on first start would make every model it has look unknown). The online catalog is the
   * exception while the bundled one is loaded: it only refreshes that one.
   */
  catalogsComplete(): boolean {
    if (this.index.size === 0) return false;
    const bundledLoaded = this.statuses.some(s => s.layer === 'bundled' && s.models > 0);
    return !this.statuses.some(s => s.status === 'error' && s.models === 0 && !(s.layer === 'online' && bundledLoaded));
  }

  snapshot(): CacheSnapshot {
    return {
      ...this.cache.stats(),
      models: this.index.size,
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
        result = await this.sources.load(this.specs, this.cache.ttlSeconds * 1000, context, this.onLoadProgress);
      } finally {
        this.onLoadProgress?.(undefined);
      }
      this.statuses = result.sources;
      this.lastValidated = this.now();
      this.lastRefresh = new Date(this.lastValidated).toISOString();
      if (result.changed || !this.loadedOnce) {
        this.index = new ModelIndex(readPrebuiltIndex(result.catalogs) ?? result.catalogs);
        this.onIndexBuilt?.(this.index);
        // A change found by TTL revalidation has not bumped the generation yet; an announced one has.
        if (this.loadedOnce && !announced && !this.bumpedSinceLoad) this.bump();
      }
      this.loadedOnce = true;
      this.emit();
    }
  }

  private bump(): void {
    this.cache.bump();
    this.bumpedSinceLoad = true;
    this.emit();
  }

  private emit(): void {
    if (this.listeners.size === 0) return;
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }

  private revalidateAfterMs(): number {
    let seconds = this.cache.ttlSeconds;
    for (const spec of this.specs) if (spec.ttlSeconds !== undefined) seconds = Math.min(seconds, spec.ttlSeconds);
    return seconds * 1000;
  }
}
