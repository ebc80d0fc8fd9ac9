// The bundled catalog's tables, parsed at build time (scripts/build.mjs) and stored with `v8.serialize` next to the
// catalog files: reading one takes milliseconds where parsing the 5 MB of JSON takes a few hundred, which every
// server start and every `model-registry check --models` would pay. A table is used only for the exact text it was
// built from (its SHA-256 is in the manifest) and only when it reads back whole; otherwise the text is parsed.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import type { ParsedCatalog } from '../catalog/parseCatalog';
import type { PrebuiltTable } from './sourceSpecs';

/** Bumped whenever CatalogTable or ParsedCatalog changes shape: older tables are then ignored. */
export const PREBUILT_TABLE_VERSION = 4;

export interface PrebuiltTableFile {
  version: number;
  sha256: string;
  parsed: ParsedCatalog;
}

/** Of a text's UTF-8 bytes, or of the bytes themselves (the same digest for the bytes of a UTF-8 file). */
export function sha256Hex(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The table built from `content`, or undefined (another text, a missing or damaged file: parse it instead). */
export function readPrebuiltTable(prebuilt: PrebuiltTable, content: string | Uint8Array): ParsedCatalog | undefined {
  if (sha256Hex(content) !== prebuilt.sha256) return undefined;
  try {
    const file = v8.deserialize(fs.readFileSync(prebuilt.table)) as Partial<PrebuiltTableFile>;
    if (file.version !== PREBUILT_TABLE_VERSION || file.sha256 !== prebuilt.sha256 || !file.parsed?.table)
      return undefined;
    return file.parsed;
  } catch {
    return undefined;
  }
}
