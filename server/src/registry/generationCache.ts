// The registry cache of SPEC §5: an lru-cache bounded by entries and bytes, whose entries expire after the TTL and
// carry the generation they were made in. The generation starts at 1 and goes up by one on every `bump()`; an
// entry of an older generation is never served. It knows nothing of catalogs: ModelQueries owns the keys.
import { LRUCache } from 'lru-cache';
import type { CacheStats } from '../../../shared/protocol';

export interface CacheBounds {
  maxEntries: number;
  maxSizeMB: number;
  ttlSeconds: number;
}

export interface GenerationCacheOptions {
  /** Milliseconds; injected by tests to move time. */
  now?: () => number;
}

interface Entry {
  generation: number;
  value: unknown;
  size: number;
}

/** Passed to every get: lru-cache otherwise allocates a default options object per call on this hot path. */
const GET_OPTIONS: LRUCache.GetOptions<string, Entry, unknown> = {};

export class GenerationCache {
  private generationCounter = 1;
  private bounds: CacheBounds;
  private lru: LRUCache<string, Entry>;
  private hits = 0;
  private misses = 0;
  private evictions = 0;
  private readonly now: () => number;

  constructor(bounds: CacheBounds, options: GenerationCacheOptions = {}) {
    this.now = options.now ?? Date.now;
    this.bounds = { ...bounds };
    this.lru = this.create(this.bounds);
  }

  get generation(): number {
    return this.generationCounter;
  }

  get ttlSeconds(): number {
    return this.bounds.ttlSeconds;
  }

  /**
   * The value for `key`, computed on a miss. `sizeOf` tells what the value adds to memory when it mostly refers to
   * data held elsewhere (the index's records and strings).
   */
  get<T>(key: string, compute: () => T, sizeOf: (value: T) => number = estimateBytes): T {
    const entry = this.lru.get(key, GET_OPTIONS);
    if (entry && entry.generation === this.generationCounter) {
      this.hits++;
      return entry.value as T;
    }
    this.misses++;
    const value = compute();
    this.lru.set(key, { generation: this.generationCounter, value, size: key.length * 2 + sizeOf(value) });
    return value;
  }

  /** A new generation: every entry made before is dropped and never served. */
  bump(): void {
    this.generationCounter++;
    this.lru.clear();
  }

  /**
   * Applies new bounds; true when they differ from the current ones. The new cache is built before anything is
   * replaced, so bounds lru-cache rejects throw here and leave the old ones in force.
   */
  setBounds(bounds: CacheBounds): boolean {
    if (sameBounds(bounds, this.bounds)) return false;
    const next = this.create(bounds);
    this.bounds = { ...bounds };
    this.lru = next;
    return true;
  }

  stats(): CacheStats {
    const lookups = this.hits + this.misses;
    return {
      generation: this.generationCounter,
      entries: this.lru.size,
      maxEntries: this.bounds.maxEntries,
      sizeBytes: this.lru.calculatedSize,
      maxSizeBytes: maxSizeBytes(this.bounds),
      ttlSeconds: this.bounds.ttlSeconds,
      hits: this.hits,
      misses: this.misses,
      evictions: this.evictions,
      hitRate: lookups === 0 ? 0 : this.hits / lookups,
    };
  }

  private create(bounds: CacheBounds): LRUCache<string, Entry> {
    return new LRUCache<string, Entry>({
      max: bounds.maxEntries,
      maxSize: maxSizeBytes(bounds),
      // An entry bigger than the whole cache is not stored (lru-cache refuses it); it is simply recomputed.
      sizeCalculation: entry => Math.max(1, entry.size),
      ttl: bounds.ttlSeconds * 1000,
      perf: { now: this.now },
      // Read the clock on every check rather than a value cached for a millisecond: exact with an injected clock.
      ttlResolution: 0,
      dispose: (_value, _key, reason) => {
        if (reason === 'evict') this.evictions++;
      },
    });
  }
}

function maxSizeBytes(bounds: CacheBounds): number {
  return Math.floor(bounds.maxSizeMB * 1024 * 1024);
}

function sameBounds(a: CacheBounds, b: CacheBounds): boolean {
  return a.maxEntries === b.maxEntries && a.maxSizeMB === b.maxSizeMB && a.ttlSeconds === b.ttlSeconds;
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
