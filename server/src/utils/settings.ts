// The `modelRegistry.*` settings (SPEC §3–§5). package.json's `contributes.configuration` is their one table: the
// defaults, the numeric bounds and the list limits below are read from it, and the CLI validates `--config` files
// against the same schema (cli/config.ts). Settings are user input, and a workspace's settings are repository
// content: only own properties are read (never `__proto__`, `constructor` or `prototype`), every number is clamped
// to its bounds, every list is capped, and anything unusable falls back to the default with a note saying so.
import manifest from '../../../package.json';
import { isObject } from '../../../shared/json';
import { CATALOG_FORMATS, type CatalogFormat } from '../catalog/modelRecord';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnosticCodes';

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

/** How loud each diagnostic code is (SPEC §4 Control). */
export type SeverityLevel = 'error' | 'warning' | 'information' | 'hint' | 'off';
export const SEVERITY_LEVELS: readonly SeverityLevel[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface ModelCallSetting {
  call: string;
  provider?: string;
  spelling?: 'bare' | 'provider:model' | 'provider/model';
}

export interface Settings {
  sources: SourceSetting[];
  discoverCatalogs: boolean;
  onlineCatalog: boolean;
  bundledCatalog: boolean;
  cache: { maxEntries: number; maxSizeMB: number; ttlSeconds: number };
  completion: { maxItems: number };
  testFiles: string[];
  realRegistryCalls: RealRegistryCallRule[];
  modelCalls: ModelCallSetting[];
  diagnostics: { severity: Record<DiagnosticCode, SeverityLevel>; exclude: string[] };
  knownModels: string[];
}

/** The JSON-schema keywords of `contributes.configuration` this module reads. */
export interface SettingSchema {
  type?: string | string[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  items?: SettingSchema;
  enum?: unknown[];
  properties?: Record<string, SettingSchema>;
  [keyword: string]: unknown;
}

export const SETTINGS_PREFIX = 'modelRegistry.';

/** Every setting's schema, keyed without the prefix (`cache.ttlSeconds`). */
export const SETTING_SCHEMAS: Readonly<Record<string, SettingSchema>> = Object.fromEntries(
  Object.entries(manifest.contributes.configuration.properties as Record<string, SettingSchema>).map(
    ([key, schema]) => [key.slice(SETTINGS_PREFIX.length), schema],
  ),
);

/** Notes about values that were not used as given, for the log. */
export type SettingsNotes = (message: string) => void;

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** `obj[key]` when it is the object's own, safe property. */
export function ownValue(obj: unknown, key: string): unknown {
  return isObject(obj) && !FORBIDDEN_KEYS.has(key) && Object.prototype.hasOwnProperty.call(obj, key)
    ? obj[key]
    : undefined;
}

export function defaultSettings(): Settings {
  return {
    sources: [],
    discoverCatalogs: defaultOf('discoverCatalogs') as boolean,
    onlineCatalog: defaultOf('onlineCatalog') as boolean,
    bundledCatalog: defaultOf('bundledCatalog') as boolean,
    cache: {
      maxEntries: defaultOf('cache.maxEntries') as number,
      maxSizeMB: defaultOf('cache.maxSizeMB') as number,
      ttlSeconds: defaultOf('cache.ttlSeconds') as number,
    },
    completion: { maxItems: defaultOf('completion.maxItems') as number },
    testFiles: [...(defaultOf('testFiles') as string[])],
    realRegistryCalls: [],
    modelCalls: [],
    diagnostics: {
      severity: { ...(defaultOf('diagnostics.severity') as Record<DiagnosticCode, SeverityLevel>) },
      exclude: [],
    },
    knownModels: [],
  };
}

/**
 * Reads the `modelRegistry` section as a client sends it (nested objects, as VS Code does, or dotted keys, as a CLI
 * config file may have). Values that cannot be used are replaced, clamped or cut, each with a note.
 */
export function parseSettings(raw: unknown, note: SettingsNotes = () => undefined): Settings {
  const section = expandDottedKeys(raw);
  const read = (key: string): unknown => key.split('.').reduce<unknown>((obj, part) => ownValue(obj, part), section);
  const s = defaultSettings();
  s.sources = list('sources', read('sources'), note).flatMap(parseSource);
  s.discoverCatalogs = boolean('discoverCatalogs', read('discoverCatalogs'), note);
  s.onlineCatalog = boolean('onlineCatalog', read('onlineCatalog'), note);
  s.bundledCatalog = boolean('bundledCatalog', read('bundledCatalog'), note);
  s.cache.maxEntries = number('cache.maxEntries', read('cache.maxEntries'), note);
  s.cache.maxSizeMB = number('cache.maxSizeMB', read('cache.maxSizeMB'), note);
  s.cache.ttlSeconds = number('cache.ttlSeconds', read('cache.ttlSeconds'), note);
  s.completion.maxItems = number('completion.maxItems', read('completion.maxItems'), note);
  const testFiles = read('testFiles');
  if (testFiles !== undefined) s.testFiles = list('testFiles', testFiles, note).filter(isNonEmptyString);
  s.realRegistryCalls = list('realRegistryCalls', read('realRegistryCalls'), note).flatMap(parseRule);
  s.modelCalls = list('modelCalls', read('modelCalls'), note).flatMap(parseModelCall);
  for (const code of DIAGNOSTIC_CODES) {
    const level = read(`diagnostics.severity.${code}`);
    if (level === undefined) continue;
    if (typeof level === 'string' && (SEVERITY_LEVELS as readonly string[]).includes(level))
      s.diagnostics.severity[code] = level as SeverityLevel;
    else
      note(
        `${SETTINGS_PREFIX}diagnostics.severity.${code} must be one of ${SEVERITY_LEVELS.join(', ')}; using ${s.diagnostics.severity[code]}`,
      );
  }
  s.diagnostics.exclude = list('diagnostics.exclude', read('diagnostics.exclude'), note).filter(isNonEmptyString);
  s.knownModels = list('knownModels', read('knownModels'), note).filter(isNonEmptyString);
  return s;
}

function defaultOf(key: string): unknown {
  return SETTING_SCHEMAS[key].default;
}

function boolean(key: string, value: unknown, note: SettingsNotes): boolean {
  if (typeof value === 'boolean') return value;
  if (value !== undefined) note(`${SETTINGS_PREFIX}${key} must be true or false; using ${String(defaultOf(key))}`);
  return defaultOf(key) as boolean;
}

/** A number within the schema's bounds (an integer when the schema says so); the default when it is none. */
function number(key: string, value: unknown, note: SettingsNotes): number {
  const schema = SETTING_SCHEMAS[key];
  const fallback = schema.default as number;
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    note(`${SETTINGS_PREFIX}${key} must be a number; using ${fallback}`);
    return fallback;
  }
  let n = schema.type === 'integer' ? Math.floor(value) : value;
  if (schema.minimum !== undefined && n < schema.minimum) n = schema.minimum;
  if (schema.maximum !== undefined && n > schema.maximum) n = schema.maximum;
  if (n !== value) note(`${SETTINGS_PREFIX}${key} is ${value}; using ${n} (allowed: ${describeBounds(schema)})`);
  return n;
}

function describeBounds(schema: SettingSchema): string {
  const kind = schema.type === 'integer' ? 'whole numbers' : 'numbers';
  if (schema.minimum !== undefined && schema.maximum !== undefined)
    return `${kind} from ${schema.minimum} to ${schema.maximum}`;
  if (schema.minimum !== undefined) return `${kind} from ${schema.minimum}`;
  return schema.maximum !== undefined ? `${kind} up to ${schema.maximum}` : kind;
}

/** An array cut to the schema's `maxItems`; an empty list when the value is not an array. */
function list(key: string, value: unknown, note: SettingsNotes): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    note(`${SETTINGS_PREFIX}${key} must be a list; ignored`);
    return [];
  }
  const max = SETTING_SCHEMAS[key].maxItems;
  if (max !== undefined && value.length > max) {
    note(`${SETTINGS_PREFIX}${key} has ${value.length} items; only the first ${max} are used`);
    return value.slice(0, max);
  }
  return value;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function parseSource(item: unknown): SourceSetting[] {
  if (typeof item === 'string') {
    const text = item.trim();
    if (!text) return [];
    return [/^https?:\/\//i.test(text) ? { url: text, format: 'auto' } : { path: text, format: 'auto' }];
  }
  if (!isObject(item)) return [];
  const givenFormat = ownValue(item, 'format');
  const format: SourceSetting['format'] =
    typeof givenFormat === 'string' && (CATALOG_FORMATS as readonly string[]).includes(givenFormat)
      ? (givenFormat as CatalogFormat)
      : 'auto';
  const ttlSeconds = sourceTtl(ownValue(item, 'ttlSeconds'));
  const base: SourceSetting = ttlSeconds === undefined ? { format } : { format, ttlSeconds };
  const url = ownValue(item, 'url');
  if (isNonEmptyString(url))
    return [{ ...base, url: url.trim(), ...(ownValue(item, 'untrusted') === true ? { untrusted: true } : {}) }];
  const filePath = ownValue(item, 'path');
  if (isNonEmptyString(filePath)) return [{ ...base, path: filePath.trim() }];
  return [];
}

/** A source's own TTL, within the bounds of `cache.ttlSeconds`. */
function sourceTtl(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return undefined;
  const { minimum = 0, maximum = Infinity } = SETTING_SCHEMAS['cache.ttlSeconds'];
  return Math.min(maximum, Math.max(minimum, value));
}

function parseModelCall(item: unknown): ModelCallSetting[] {
  const call = ownValue(item, 'call');
  if (!isNonEmptyString(call)) return [];
  const entry: ModelCallSetting = { call: call.trim() };
  const provider = ownValue(item, 'provider');
  if (isNonEmptyString(provider)) entry.provider = provider.trim();
  const spelling = ownValue(item, 'spelling');
  if (spelling === 'bare' || spelling === 'provider:model' || spelling === 'provider/model') entry.spelling = spelling;
  return [entry];
}

function parseRule(item: unknown): RealRegistryCallRule[] {
  const call = ownValue(item, 'call');
  if (!isNonEmptyString(call)) return [];
  const rule: RealRegistryCallRule = { call: call.trim() };
  const through = ownValue(item, 'through');
  if (Array.isArray(through)) rule.through = through.filter(isNonEmptyString);
  const message = ownValue(item, 'message');
  if (typeof message === 'string') rule.message = message;
  return [rule];
}

/**
 * `{ "cache.ttlSeconds": 60 }` → `{ cache: { ttlSeconds: 60 } }`; nested input passes through. Builds objects with
 * no prototype and skips forbidden key parts, so no key can reach `Object.prototype`.
 */
export function expandDottedKeys(raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  if (!isObject(raw)) return out;
  for (const key of Object.keys(raw)) {
    const parts = key.split('.');
    if (parts.some(part => FORBIDDEN_KEYS.has(part))) continue;
    let target = out;
    for (const part of parts.slice(0, -1)) {
      if (!isObject(target[part])) target[part] = Object.create(null);
      target = target[part] as Record<string, unknown>;
    }
    const last = parts[parts.length - 1];
    const value = raw[key];
    target[last] = isObject(value) && isObject(target[last]) ? mergeOwn(target[last], value) : value;
  }
  return out;
}

function mergeOwn(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = Object.create(null);
  for (const source of [a, b])
    for (const key of Object.keys(source)) if (!FORBIDDEN_KEYS.has(key)) merged[key] = source[key];
  return merged;
}
