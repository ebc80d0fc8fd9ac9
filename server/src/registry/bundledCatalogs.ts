// The catalogs shipped next to the server and CLI bundles (`catalogs/manifest.json`), for the default sources.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BundledCatalog } from './sourceSpecs';

export function readBundledManifest(dir: string, log: { error(message: string): void }): BundledCatalog[] {
  const manifest = path.join(dir, 'manifest.json');
  try {
    const entries = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
      file: string;
      name: string;
      dataDate?: string;
    }[];
    return entries.map(e => ({
      file: path.join(dir, e.file),
      name: e.name,
      ...(e.dataDate ? { dataDate: e.dataDate } : {}),
    }));
  } catch (error) {
    log.error(`The bundled catalog is missing (${manifest}): ${String(error)}`);
    return [];
  }
}
