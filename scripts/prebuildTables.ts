// Run by scripts/build.mjs after it copied the bundled catalog: parses each catalog of the manifest once, with the
// server's own parser, and stores its table next to it (server/src/registry/prebuiltTables.ts reads them back); then
// loads them as the server does when they are its only catalogs, and stores that index (prebuiltIndex.ts).
//   node <bundle of this file> server/dist/catalogs
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { parseCatalog } from '../server/src/catalog/parseCatalog';
import { ModelIndex } from '../server/src/catalog/modelIndex';
import { loadBundledCatalogs, PREBUILT_INDEX_NAME, prebuiltTableName } from '../server/src/registry/bundledCatalogs';
import { writePrebuiltIndex } from '../server/src/registry/prebuiltIndex';
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

void (async () => {
  const index = path.join(dir, PREBUILT_INDEX_NAME);
  fs.rmSync(index, { force: true });
  const { catalogs, sources } = await loadBundledCatalogs(dir, { error: message => console.error(message) });
  const failed = sources.find(s => s.status !== 'ok');
  if (failed) throw new Error(`${failed.source}: ${failed.error ?? failed.status}`);
  writePrebuiltIndex(index, catalogs, new ModelIndex(catalogs));
})();
