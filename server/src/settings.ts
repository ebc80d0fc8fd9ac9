// The `modelRegistry.*` settings (SPEC §3–§5), with defaults and clamping, from whatever the client sends.
import type { CatalogFormat } from './catalog/modelRecord';
import { CATALOG_FORMATS } from './catalog/modelRecord';
import { isObject } from './catalog/readers/fields';

export { isObject };

export interface SourceSetting {
  /** A path (relative to the workspace folder or absolute) or a glob. */
  path?: string;
  url?: string;
  format: CatalogFormat | 'auto';
  ttlSeconds?: number;
  /**
   * Set by the VS Code client on URL items that come from workspace settings while the workspace is not trusted:
   * the server lists them and does not fetch them.
   */
  untrusted?: boolean;
}

export interface RealRegistryCallRule {
  call: string;
  through?: string[];
  message?: string;
}

export interface Settings {
  sources: SourceSetting[];
  bundledCatalog: boolean;
  cache: { maxEntries: number; maxSizeMB: number; ttlSeconds: number };
  completion: { maxItems: number };
  testFiles: string[];
  realRegistryCalls: RealRegistryCallRule[];
}

export const TTL_MIN_SECONDS = 30;
export const TTL_MAX_SECONDS = 3600;

export const DEFAULT_TEST_FILES = [
  'test/**/*_test.exs', 'test_*.py', '*_test.py', 'tests/**/*.py', '*.test.*', '*.spec.*', '__tests__/**',
];

export function defaultSettings(): Settings {
  return {
    sources: [],
    bundledCatalog: true,
    cache: { maxEntries: 10000, maxSizeMB: 64, ttlSeconds: 300 },
    completion: { maxItems: 100 },
    testFiles: [...DEFAULT_TEST_FILES],
    realRegistryCalls: [],
  };
}

/**
 * Reads the `modelRegistry` section as a client sends it (nested objects, as VS Code does, or dotted keys, as
 * a CLI config file may have). Invalid values fall back to defaults rather than failing: settings are user input.
 */
export function parseSettings(raw: unknown): Settings {
  const s = defaultSettings();
  const section = expandDottedKeys(isObject(raw) ? raw : {});
  if (Array.isArray(section.sources)) s.sources = section.sources.flatMap(parseSource);
  if (typeof section.bundledCatalog === 'boolean') s.bundledCatalog = section.bundledCatalog;
  const cache = isObject(section.cache) ? section.cache : {};
  s.cache.maxEntries = positiveInt(cache.maxEntries) ?? s.cache.maxEntries;
  s.cache.maxSizeMB = positiveNumber(cache.maxSizeMB) ?? s.cache.maxSizeMB;
  s.cache.ttlSeconds = clampTtl(cache.ttlSeconds) ?? s.cache.ttlSeconds;
  const completion = isObject(section.completion) ? section.completion : {};
  s.completion.maxItems = positiveInt(completion.maxItems) ?? s.completion.maxItems;
  if (Array.isArray(section.testFiles)) s.testFiles = section.testFiles.filter((g): g is string => typeof g === 'string');
  if (Array.isArray(section.realRegistryCalls)) s.realRegistryCalls = section.realRegistryCalls.flatMap(parseRule);
  return s;
}

function parseSource(item: unknown): SourceSetting[] {
  if (typeof item === 'string') {
    const text = item.trim();
    if (!text) return [];
    return [/^https?:\/\//i.test(text) ? { url: text, format: 'auto' } : { path: text, format: 'auto' }];
  }
  if (!isObject(item)) return [];
  const format: SourceSetting['format'] = typeof item.format === 'string' && (CATALOG_FORMATS as readonly string[]).includes(item.format)
    ? (item.format as CatalogFormat) : 'auto';
  const ttlSeconds = clampTtl(item.ttlSeconds);
  const base: SourceSetting = ttlSeconds === undefined ? { format } : { format, ttlSeconds };
  if (typeof item.url === 'string' && item.url.trim()) {
    return [{ ...base, url: item.url.trim(), ...(item.untrusted === true ? { untrusted: true } : {}) }];
  }
  if (typeof item.path === 'string' && item.path.trim()) return [{ ...base, path: item.path.trim() }];
  return [];
}

function parseRule(item: unknown): RealRegistryCallRule[] {
  if (!isObject(item) || typeof item.call !== 'string' || !item.call.trim()) return [];
  const rule: RealRegistryCallRule = { call: item.call.trim() };
  if (Array.isArray(item.through)) rule.through = item.through.filter((t): t is string => typeof t === 'string');
  if (typeof item.message === 'string') rule.message = item.message;
  return [rule];
}

function clampTtl(value: unknown): number | undefined {
  const n = positiveNumber(value);
  return n === undefined ? undefined : Math.min(TTL_MAX_SECONDS, Math.max(TTL_MIN_SECONDS, n));
}

function positiveNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

function positiveInt(value: unknown): number | undefined {
  const n = positiveNumber(value);
  return n === undefined ? undefined : Math.max(1, Math.floor(n));
}

/** `{ "cache.ttlSeconds": 60 }` → `{ cache: { ttlSeconds: 60 } }`; nested input passes through. */
function expandDottedKeys(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    const parts = key.split('.');
    let target = out;
    for (const part of parts.slice(0, -1)) {
      if (!isObject(target[part])) target[part] = {};
      target = target[part] as Record<string, unknown>;
    }
    const last = parts[parts.length - 1];
    target[last] = isObject(value) && isObject(target[last]) ? { ...(target[last] as object), ...value } : value;
  }
  return out;
}
