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
  /** Display names of the providers the catalog names. */
  providerNames?: Record<string, string>;
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
  const notText = notJsonText(text);
  if (notText) throw new Error(`the content is ${notText}, not JSON`);
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text);
  } catch (error) {
    const servedAs = contentType && !/json/i.test(contentType) ? `; served as ${contentType}` : '';
    throw new Error(`invalid JSON (${error instanceof Error ? error.message : String(error)}${servedAs})`);
  }
  const result = readCatalog(json, spec.format, spec.name);
  const dataDate = spec.dataDate ?? result.dataDate ?? options.modifiedAt ?? loadedAt;
  const good: GoodRead = { format: result.format, models: result.models, loadedAt, dataDate };
  if (result.providerNames) good.providerNames = result.providerNames;
  return good;
}

const BYTE_ORDER_MARK = 0xfeff;

/** Leading bytes of compressed data, as they read once decoded as UTF-8 (an invalid byte becomes U+FFFD). */
const COMPRESSED: [prefix: string, what: string][] = [
  ['\x1f\ufffd', 'gzip-compressed data'],
  ['PK\x03\x04', 'a zip archive'],
  ['(\ufffd/\ufffd', 'zstd-compressed data'],
  ['BZh', 'bzip2-compressed data'],
  ['\ufffd7zXZ', 'xz-compressed data'],
];
const SAMPLE_CHARACTERS = 1024;

/** What the text is when it is plainly not JSON text (compressed, UTF-16, binary); undefined when it may be. */
function notJsonText(text: string): string | undefined {
  for (const [prefix, what] of COMPRESSED) if (text.startsWith(prefix)) return what;
  const sample = text.slice(0, SAMPLE_CHARACTERS);
  if (looksLikeUtf16(sample)) return 'UTF-16 text (catalogs are UTF-8)';
  let unprintable = 0;
  for (const char of sample) if (isUnprintable(char.codePointAt(0)!) && !'\t\n\r'.includes(char)) unprintable++;
  return sample.includes('\0') || unprintable > sample.length / 10 ? 'binary data' : undefined;
}

/** ASCII in UTF-16 read as UTF-8: every other character a NUL (after a byte order mark, if any). */
function looksLikeUtf16(sample: string): boolean {
  const start = sample.startsWith('\ufffd\ufffd') ? 2 : 0;
  const nulAt = (i: number): boolean => sample[start + i] === '\0';
  const pairs = [0, 2, 4, 6];
  return pairs.every(i => !nulAt(i) && nulAt(i + 1)) || pairs.every(i => nulAt(i) && !nulAt(i + 1));
}

/** Control characters, bidirectional overrides and the replacement character: never shown raw in a message. */
function isUnprintable(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfffd
  );
}

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
