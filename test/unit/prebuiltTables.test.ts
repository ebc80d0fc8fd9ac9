// The bundled catalog's tables parsed at build time (server/src/registry/prebuiltTables.ts, scripts/build.mjs): one
// reads back as exactly what parsing the catalog gives, and is used only for the text it was built from — another
// text, a damaged or outdated table file is parsed instead.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { after, describe, test } from 'node:test';
import { parseCatalog } from '../../server/src/catalog/parseCatalog';
import { readBundledManifest } from '../../server/src/registry/bundledCatalogs';
import { PREBUILT_TABLE_VERSION, readPrebuiltTable, sha256Hex } from '../../server/src/registry/prebuiltTables';

const DIST = path.resolve(__dirname, '../../server/dist/catalogs');
const skip = fs.existsSync(path.join(DIST, 'manifest.json')) ? false : `${DIST} is missing: run npm run build`;

describe('prebuilt tables of the bundled catalog', { skip }, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-tables-'));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const bundled = skip ? [] : readBundledManifest(DIST, { error: message => assert.fail(message) });

  test("every bundled catalog has one, and it is what parsing the file gives, found by the text or the file's bytes", () => {
    assert.ok(bundled.length >= 2);
    for (const catalog of bundled) {
      assert.ok(catalog.prebuilt, `${catalog.file} has a table`);
      const bytes = fs.readFileSync(catalog.file);
      const text = bytes.toString('utf8');
      const parsed = parseCatalog(text, 'models.dev', catalog.name);
      assert.deepEqual(readPrebuiltTable(catalog.prebuilt, text), parsed);
      assert.deepEqual(readPrebuiltTable(catalog.prebuilt, bytes), parsed);
    }
  });

  test('another text, a damaged table or one of another version: not used', () => {
    const [catalog] = bundled;
    const prebuilt = catalog.prebuilt!;
    const text = fs.readFileSync(catalog.file, 'utf8');
    assert.equal(readPrebuiltTable(prebuilt, `${text} `), undefined, 'the text changed');
    assert.equal(readPrebuiltTable(prebuilt, Buffer.from(`${text} `)), undefined, 'the bytes changed');
    const damaged = path.join(tmp, 'damaged.table');
    fs.writeFileSync(damaged, fs.readFileSync(prebuilt.table).subarray(0, 1000));
    assert.equal(readPrebuiltTable({ ...prebuilt, table: damaged }, text), undefined, 'cut short');
    const older = path.join(tmp, 'older.table');
    const file = v8.deserialize(fs.readFileSync(prebuilt.table)) as { version: number };
    fs.writeFileSync(older, v8.serialize({ ...file, version: PREBUILT_TABLE_VERSION - 1 }));
    assert.equal(readPrebuiltTable({ ...prebuilt, table: older }, text), undefined, 'another version');
    assert.equal(readPrebuiltTable({ ...prebuilt, table: path.join(tmp, 'none') }, text), undefined, 'missing');
    assert.equal(sha256Hex(text), prebuilt.sha256);
  });
});
