// The catalogs shipped next to the server and CLI bundles (`catalogs/manifest.json`), for the default sources.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultSettings } from '../utils/settings';
import { CatalogSources, type LoadResult } from './catalogSources';
import { type BundledCatalog, sourceSpecs } from './sourceSpecs';

/** Where scripts/build.mjs puts a bundled catalog's table, parsed at build time: `models-dev.json.table`. */
export function prebuiltTableName(file: string): string {
  return `${file}.table`;
}

/** Where it puts the index of the bundled catalogs, built at build time (prebuiltIndex.ts). */
export const PREBUILT_INDEX_NAME = 'bundled-index.table';

export function readBundledManifest(dir: string, log: { error(message: string): void }): BundledCatalog[] {
  const manifest = path.join(dir, 'manifest.json');
  try {
    const entries = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
      file: string;
      name: string;
      dataDate?: string;
      sha256?: string;
      delisted?: boolean;
    }[];
    const index = path.join(dir, PREBUILT_INDEX_NAME);
    const withIndex = fs.existsSync(index) ? { index } : {};
    return entries.map(e => {
      const table = path.join(dir, prebuiltTableName(e.file));
      return {
        file: path.join(dir, e.file),
        name: e.name,
        ...(e.dataDate ? { dataDate: e.dataDate } : {}),
        ...(e.delisted === true ? { delisted: true } : {}),
        ...(e.sha256 && fs.existsSync(table) ? { prebuilt: { table, sha256: e.sha256, ...withIndex } } : {}),
      };
    });
  } catch (error) {
    log.error(`The bundled catalog is missing (${manifest}): ${String(error)}`);
    return [];
  }
}

/**
 * The bundled catalogs of `dir`, loaded as the server loads them when they are its only catalogs (no workspace,
 * dependency or online layer): what the prebuilt index is built from (scripts/prebuildTables.ts).
 */
export function loadBundledCatalogs(dir: string, log: { error(message: string): void }): Promise<LoadResult> {
  const settings = { ...defaultSettings(), discoverCatalogs: false, onlineCatalog: false };
  return new CatalogSources().load(
    sourceSpecs(settings, [], { bundled: readBundledManifest(dir, log), online: false }),
    0,
  );
}
