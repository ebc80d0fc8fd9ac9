// What the loaders keep per file or URL, and the parsing and error wording they share.
import type { CatalogTable } from '../catalog/catalogTable';
import type { CatalogFormat, ProviderFacts } from '../catalog/modelRecord';
import { isUnprintable } from '../catalog/parseCatalog';
import { isFixtureText } from '../fixtures/fixtureFiles';
import { parseCatalogOffThread } from './catalogParser';
import { readPrebuiltTable } from './prebuiltTables';
import type { PrebuiltTable, SourceSpec } from './sourceSpecs';

export interface GoodRead {
  format: CatalogFormat;
  /** The models, in the compact form the index merges. */
  table: CatalogTable;
  /** How many. */
  models: number;
  /** ISO 8601 time the data was read (a file) or fetched (a URL). */
  loadedAt: string;
  /** The data's own date: the catalog's, else the file's modification or the server's Last-Modified, else `loadedAt`. */
  dataDate: string;
  /** What the catalog says of its providers. */
  providers?: ProviderFacts;
  /** A stub fixture `model-registry fixture` wrote: it vouches for no model (fixtures/fixtureFiles.ts). */
  fixture?: boolean;
  /** The table built ahead of time that stood in for parsing the text. */
  prebuilt?: PrebuiltTable;
}

export interface SourceState {
  /** When this file or URL was last checked (ms); within the TTL it is not checked again. */
  checkedAt: number;
  /** The last good read; absent when it never loaded. Kept when a later read fails. */
  good?: GoodRead;
  error?: string;
  /**
   * The loader's invalidation count when the read or fetch behind this state started. An invalidation after it
   * (a refresh, a watched-file event, even one arriving mid-load) makes the next load read again, whatever mtime,
   * size or TTL say.
   */
  epoch: number;
}

export interface LoadContext {
  /** Aborts network transfers (a cancelled refresh). */
  signal?: AbortSignal;
  /** Bytes received so far of the current download, for progress reports. */
  onBytes?: (received: number, total: number | undefined) => void;
}

/**
 * Parses and reads a catalog: text, or a file's bytes, decoded only when there is no prebuilt table for them (the
 * bundled catalog's 5 MB are then hashed, never turned into a string). Parsed on a worker thread when large; rejects
 * with an Error whose message says what is wrong with it. `modifiedAt` is when the file or the server says the text
 * last changed, for the data date of a catalog that does not carry its own.
 */
export async function parseCatalogText(
  content: string | Buffer,
  spec: SourceSpec,
  loadedAt: string,
  options: { contentType?: string; modifiedAt?: string } = {},
): Promise<GoodRead> {
  const prebuilt = spec.prebuilt && readPrebuiltTable(spec.prebuilt, content);
  const parsed =
    prebuilt || (await parseCatalogOffThread(textOf(content), spec.format, spec.name, options.contentType));
  const dataDate = spec.dataDate ?? parsed.dataDate ?? options.modifiedAt ?? loadedAt;
  const good: GoodRead = { format: parsed.format, table: parsed.table, models: parsed.table.size, loadedAt, dataDate };
  if (parsed.providers) good.providers = parsed.providers;
  if (prebuilt) good.prebuilt = spec.prebuilt;
  if (isFixtureText(textOf(content, FIXTURE_MARK_BYTES))) good.fixture = true;
  return good;
}

/** The text of `content`, or of its first `bytes` bytes when it is a file's bytes. */
function textOf(content: string | Buffer, bytes?: number): string {
  return typeof content === 'string' ? content : content.subarray(0, bytes).toString('utf8');
}

/** Bytes enough for the characters isFixtureText reads. */
const FIXTURE_MARK_BYTES = 4 * 512;

const MAX_MESSAGE_LENGTH = 400;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` fit for a status line: unprintable characters escaped (`\u001b`), at most a few hundred characters. */
export function plainText(text: string): string {
  let plain = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    plain += isUnprintable(code) ? (ESCAPES[char] ?? `\\u${code.toString(16).padStart(4, '0')}`) : char;
    if (plain.length > MAX_MESSAGE_LENGTH) return `${plain.slice(0, MAX_MESSAGE_LENGTH)}…`;
  }
  return plain;
}

const ERRNO_MESSAGES: Record<string, string> = {
  ENOENT: 'file not found',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a catalog file',
};

/** What went wrong, in words fit for a status line (never raw bytes or control characters). */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && ERRNO_MESSAGES[code]) return ERRNO_MESSAGES[code];
  return plainText(error instanceof Error ? error.message : String(error));
}

/** `work`'s result, or an Error saying `message` once `ms` have passed first; the timer never outlives the race. */
export async function withDeadline<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** `50 MB`, `300 KB`: sizes in the messages about limits. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
