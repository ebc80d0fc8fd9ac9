// Catalog text to a catalog table: the check that it is JSON text at all (not compressed, not binary), the parse, the
// format's reader, and the compact table a source keeps. Pure and synchronous, so it runs the same inline and on a
// worker thread (registry/catalogParser.ts decides which).
import { readCatalog } from './detectFormat';
import { type CatalogTable, tableOf } from './catalogTable';
import type { CatalogFormat, ProviderFacts } from './modelRecord';

export interface ParsedCatalog {
  format: CatalogFormat;
  table: CatalogTable;
  /** The catalog's own date, when the file says it. */
  dataDate?: string;
  providers?: ProviderFacts;
}

/** Throws an Error whose message says, in plain words, what is wrong with the text. */
export function parseCatalog(
  text: string,
  format: CatalogFormat | 'auto',
  sourceName: string,
  contentType?: string,
): ParsedCatalog {
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
  const result = readCatalog(json, format, sourceName);
  const parsed: ParsedCatalog = { format: result.format, table: tableOf(result.models) };
  if (result.dataDate !== undefined) parsed.dataDate = result.dataDate;
  if (result.providers) parsed.providers = result.providers;
  return parsed;
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
export function isUnprintable(code: number): boolean {
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
