// Run by scripts/build.mjs after it copied the bundled catalog: parses each catalog of the manifest once, with the
// server's own parser, and stores its table next to it (server/src/registry/prebuiltTables.ts reads them back).
//   node <bundle of this file> server/dist/catalogs
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { parseCatalog } from '../server/src/catalog/parseCatalog';
import { prebuiltTableName } from '../server/src/registry/bundledCatalogs';
import { PREBUILT_TABLE_VERSION, type PrebuiltTableFile, sha256Hex } from '../server/src/registry/prebuiltTables';

const dir = process.argv[2];
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
  file: string;
  name: string;
  format: string;
  sha256?: string;
}[];
for (const entry of manifest) {
  const text = fs.readFileSync(path.join(dir, entry.file), 'utf8');
  const sha256 = sha256Hex(text);
  if (entry.sha256 !== sha256) throw new Error(`${entry.file}: its SHA-256 is not the manifest's (${entry.sha256})`);
  const parsed = parseCatalog(text, 'models.dev', entry.name);
  const file: PrebuiltTableFile = { version: PREBUILT_TABLE_VERSION, sha256, parsed };
  fs.writeFileSync(path.join(dir, prebuiltTableName(entry.file)), v8.serialize(file));
}
