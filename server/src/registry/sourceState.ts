// What the loaders keep per file or URL, and the parsing and error wording they share.
import { readCatalog } from '../catalog/detectFormat';
import type { CatalogFormat, ModelRecord } from '../catalog/modelRecord';
import type { SourceSpec } from './sourceSpecs';

export interface GoodRead {
  format: CatalogFormat;
  models: ModelRecord[];
  /** ISO 8601 time the data was read (a file) or fetched (a URL). */
  loadedAt: string;
  /** The data's own date: the catalog's, else the file's modification or the server's Last-Modified, else `loadedAt`. */
  dataDate: string;
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
 * Parses and reads catalog text; throws an Error whose message says what is wrong with it. `modifiedAt` is when the
 * file or the server says the text last changed, for the data date of a catalog that does not carry its own.
 */
export function parseCatalogText(
  text: string,
  spec: SourceSpec,
  loadedAt: string,
  options: { contentType?: string; modifiedAt?: string } = {},
): GoodRead {
  const { contentType } = options;
  if (/^\s*$/.test(text)) throw new Error('the file is empty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const servedAs = contentType && !/json/i.test(contentType) ? `; served as ${contentType}` : '';
    throw new Error(`invalid JSON (${error instanceof Error ? error.message : String(error)}${servedAs})`);
  }
  const result = readCatalog(json, spec.format, spec.name);
  const dataDate = spec.dataDate ?? result.dataDate ?? options.modifiedAt ?? loadedAt;
  return { format: result.format, models: result.models, loadedAt, dataDate };
}

const ERRNO_MESSAGES: Record<string, string> = {
  ENOENT: 'file not found',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a catalog file',
};

export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && ERRNO_MESSAGES[code]) return ERRNO_MESSAGES[code];
  return error instanceof Error ? error.message : String(error);
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
