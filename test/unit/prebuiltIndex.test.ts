// The index of the bundled catalogs built at build time (server/src/registry/prebuiltIndex.ts, scripts/build.mjs):
// read back, it is the index built from the catalogs, on any date (which models are retired is decided when it is
// read); it is used only for exactly the catalogs it was built from, and a damaged or outdated file is not used.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { after, describe, test } from 'node:test';
import type { CatalogInput } from '../../server/src/catalog/indexBuild';
import { ModelIndex } from '../../server/src/catalog/modelIndex';
import { parseCatalog } from '../../server/src/catalog/parseCatalog';
import { loadBundledCatalogs } from '../../server/src/registry/bundledCatalogs';
import { PREBUILT_INDEX_VERSION, readPrebuiltIndex, writePrebuiltIndex } from '../../server/src/registry/prebuiltIndex';

const DIST = path.resolve(__dirname, '../../server/dist/catalogs');
const skip = fs.existsSync(path.join(DIST, 'manifest.json')) ? false : `${DIST} is missing: run npm run build`;
const TODAY = new Date().toISOString().slice(0, 10);

/** The index as a load would hold it once the server warmed it up (its letter triples built). */
function warm(index: ModelIndex): ModelIndex {
  void index.trigrams;
  return index;
}

describe('the prebuilt index of the bundled catalogs', { skip }, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-index-'));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  /** The bundled catalogs, loaded as the server loads them when they are its only catalogs. */
  const loaded = skip
    ? Promise.resolve([])
    : loadBundledCatalogs(DIST, { error: message => assert.fail(message) }).then(r => r.catalogs);

  test('is the index built from them, today and on a later date', async () => {
    const catalogs = await loaded;
    const core = readPrebuiltIndex(catalogs);
    assert.ok(core, 'the bundled catalogs have their prebuilt index');
    for (const date of [TODAY, '2099-12-31']) {
      assert.deepEqual(new ModelIndex(core, date), warm(new ModelIndex(catalogs, date)), `as of ${date}`);
    }
  });

  test('is used for exactly those catalogs, from an undamaged file of its version', async () => {
    const catalogs = await loaded;
    const file = catalogs[0].prebuilt!.index!;
    const extra: CatalogInput = {
      table: parseCatalog('{"gpt-x": {"litellm_provider": "openai"}}', 'litellm', 'extra').table,
      source: { label: 'LiteLLM' },
    };
    assert.equal(readPrebuiltIndex([extra, ...catalogs]), undefined, 'with another catalog');
    assert.equal(readPrebuiltIndex(catalogs.slice(1)), undefined, 'without one of them');
    assert.equal(readPrebuiltIndex([...catalogs].reverse()), undefined, 'in another order');
    const relabelled = catalogs.map((c, i) =>
      i === 0 ? { ...c, source: { ...c.source, dataDate: '2020-01-01' } } : c,
    );
    assert.equal(readPrebuiltIndex(relabelled), undefined, 'another data date');
    const otherText = catalogs.map((c, i) =>
      i === 0 ? { ...c, prebuilt: { ...c.prebuilt!, sha256: '0'.repeat(64) } } : c,
    );
    assert.equal(readPrebuiltIndex(otherText), undefined, 'a table of another text');
    const at = (index: string): CatalogInput[] => catalogs.map(c => ({ ...c, prebuilt: { ...c.prebuilt!, index } }));
    const damaged = path.join(tmp, 'damaged.table');
    fs.writeFileSync(damaged, fs.readFileSync(file).subarray(0, 100_000));
    assert.equal(readPrebuiltIndex(at(damaged)), undefined, 'cut short');
    const older = path.join(tmp, 'older.table');
    const content = v8.deserialize(fs.readFileSync(file)) as { version: number };
    fs.writeFileSync(older, v8.serialize({ ...content, version: PREBUILT_INDEX_VERSION - 1 }));
    assert.equal(readPrebuiltIndex(at(older)), undefined, 'another version');
    assert.equal(readPrebuiltIndex(at(path.join(tmp, 'none'))), undefined, 'missing');
    assert.ok(readPrebuiltIndex(at(file)), 'the file itself, named so');
  });

  test('a model is retired as of the date the index is read on, not the date it was built', () => {
    const file = path.join(tmp, 'dated.table');
    const text = JSON.stringify({ 'gpt-x-0601': { litellm_provider: 'openai', deprecation_date: '2026-06-01' } });
    const catalogs: CatalogInput[] = [
      {
        table: parseCatalog(text, 'litellm', 'dated').table,
        source: { label: 'LiteLLM', keepsRetired: true },
        prebuilt: { sha256: 'a'.repeat(64), index: file },
      },
    ];
    writePrebuiltIndex(file, catalogs, new ModelIndex(catalogs, '2026-01-01'));
    const core = readPrebuiltIndex(catalogs);
    assert.ok(core);
    const row = new ModelIndex(core, '2026-01-01').resolve('gpt-x-0601')!.row;
    assert.equal(new ModelIndex(core, '2026-01-01').retired[row], 0, 'before its deprecation date');
    assert.equal(new ModelIndex(readPrebuiltIndex(catalogs)!, '2026-12-01').retired[row], 1, 'after it');
    assert.deepEqual(
      new ModelIndex(readPrebuiltIndex(catalogs)!, '2026-12-01'),
      warm(new ModelIndex(catalogs, '2026-12-01')),
    );
  });
});
