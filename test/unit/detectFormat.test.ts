// Catalog format detection and readCatalog's dispatch and error messages, on the fixtures and the real catalogs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectFormat, readCatalog } from '../../server/src/catalog/detectFormat';
import type { CatalogFormat } from '../../server/src/catalog/modelRecord';
import { CATALOG_FORMATS } from '../../server/src/catalog/modelRecord';

const FIXTURES = path.resolve(__dirname, '../fixtures/catalogs');
const CATALOGS = path.resolve(__dirname, '../../../shared/catalogs');

function load(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const FIXTURE_FORMATS: [string, CatalogFormat][] = [
  ['models-dev.json', 'models.dev'],
  ['litellm.json', 'litellm'],
  ['openrouter.json', 'openrouter'],
  ['req-llm.json', 'req_llm'],
  ['llm-db-provider.json', 'llm_db'],
  ['llm-db-snapshot.json', 'llm_db'],
  ['model_registry.json', 'registry'],
];

test('detectFormat and readCatalog(auto) on every fixture', () => {
  for (const [file, format] of FIXTURE_FORMATS) {
    const json = load(path.join(FIXTURES, file));
    assert.equal(detectFormat(json), format, file);
    const auto = readCatalog(json, 'auto', file);
    assert.equal(auto.format, format, file);
    assert.ok(auto.models.length > 0, file);
    assert.ok(auto.models.every(m => m.sources[0] === file));
    assert.deepEqual(readCatalog(json, format, file), auto, `${file} read as ${format} = auto`);
  }
});

test('detectFormat: small shapes', () => {
  assert.equal(detectFormat({ data: [{ id: 'a/b', pricing: { prompt: '0', completion: '0' } }] }), 'openrouter');
  assert.equal(detectFormat({ data: [{ id: 'a/b', context_length: 1 }] }), 'openrouter');
  assert.equal(detectFormat({ data: [{ name: 'x' }] }), undefined);
  assert.equal(detectFormat({ provider: { id: 'p' }, models: [] }), 'req_llm');
  assert.equal(detectFormat({ models: [] }), 'registry');
  assert.equal(detectFormat({ models: [{ id: 'x' }] }), 'registry');
  assert.equal(detectFormat({ version: 2, providers: {} }), 'llm_db');
  assert.equal(detectFormat({ id: 'p', models: {} }), 'llm_db');
  assert.equal(detectFormat({ p: { id: 'p', models: {} } }), 'models.dev');
  assert.equal(detectFormat({ sample_spec: { litellm_provider: 'x' } }), 'litellm');
  assert.equal(detectFormat({ 'gpt-4o': { litellm_provider: 'openai' } }), 'litellm');
  // llm_db's manifest.json lists providers in an array: not a catalog.
  assert.equal(detectFormat({ generated_at: 'x', providers: ['a', 'b'] }), undefined);
  for (const json of [[], {}, { foo: 1 }, null, 'x', 42, { models: {} }, { data: 'x' }]) {
    assert.equal(detectFormat(json), undefined, JSON.stringify(json));
  }
});

test('readCatalog: clear errors for unrecognised JSON and format mismatches', () => {
  const expected =
    /^not a recognised catalog: expected models\.dev, LiteLLM, OpenRouter, ReqLLM, llm_db or registry JSON/;
  assert.throws(
    () => readCatalog([], 'auto', 's'),
    (e: Error) => expected.test(e.message) && e.message.includes('empty array'),
  );
  assert.throws(
    () => readCatalog({}, 'auto', 's'),
    (e: Error) => expected.test(e.message) && e.message.includes('empty object'),
  );
  assert.throws(
    () => readCatalog({ foo: 1 }, 'auto', 's'),
    (e: Error) => expected.test(e.message) && e.message.includes('"foo"'),
  );
  assert.throws(
    () => readCatalog(null, 'auto', 's'),
    (e: Error) => expected.test(e.message),
  );

  const modelsDev = load(path.join(FIXTURES, 'models-dev.json'));
  assert.throws(
    () => readCatalog(modelsDev, 'litellm', 's'),
    (e: Error) =>
      e.message ===
      'not a LiteLLM catalog as configured (it looks like a models.dev catalog; set "format" to "models.dev" or "auto")',
  );
  const registry = load(path.join(FIXTURES, 'model_registry.json'));
  assert.throws(
    () => readCatalog(registry, 'openrouter', 's'),
    (e: Error) =>
      /^not an OpenRouter catalog as configured \(it looks like a model registry file; set "format" to "registry" or "auto"\)$/.test(
        e.message,
      ),
  );
  for (const format of CATALOG_FORMATS) {
    assert.throws(
      () => readCatalog({ foo: 1 }, format, 's'),
      /as configured \(found an object with keys "foo"\)/,
      format,
    );
  }
  assert.throws(() => readCatalog({}, 'nonsense' as CatalogFormat, 's'), /unknown catalog format "nonsense"/);
});

// ---- real catalogs ---------------------------------------------------------------------------------------------

const REAL: [string, CatalogFormat | undefined][] = [
  ['models-dev-api.json', 'models.dev'],
  ['litellm-model_prices_and_context_window.json', 'litellm'],
  ['openrouter-api-v1-models.json', 'openrouter'],
  ['openrouter-api-v1-models-output_modalities-all.json', 'openrouter'],
  ['llm_db-snapshot-2025-11-16.json', 'llm_db'],
  // Not catalogs (manifests) or formats not supported (genai-prices is a providers array).
  ['models-dev-api.manifest.json', undefined],
  ['llm_db-providers/_manifest.json', undefined],
  ['genai-prices-data.json', undefined],
];

function realTest(name: string, relative: string, fn: () => void): void {
  const full = path.join(CATALOGS, relative);
  test(name, fs.existsSync(full) ? {} : { skip: `real catalog data not found: ${full}` }, fn);
}

for (const [file, format] of REAL) {
  realTest(`detectFormat on real ${file} → ${format ?? 'none'}`, file, () => {
    assert.equal(detectFormat(load(path.join(CATALOGS, file))), format);
  });
}

for (const [dir, format] of [
  ['req_llm-models_dev', 'req_llm'],
  ['llm_db-providers', 'llm_db'],
] as const) {
  realTest(`detectFormat on every real ${dir}/*.json → ${format}`, dir, () => {
    const files = fs.readdirSync(path.join(CATALOGS, dir)).filter(f => f.endsWith('.json') && f !== '_manifest.json');
    assert.ok(files.length > 0);
    for (const file of files) {
      const json = load(path.join(CATALOGS, dir, file));
      assert.equal(detectFormat(json), format, file);
      assert.equal(readCatalog(json, 'auto', file).format, format, file);
    }
  });
}

realTest(
  'the ReqLLM local override files are not catalogs or read as registry/req_llm without crashing',
  'req_llm-models_local',
  () => {
    for (const file of fs.readdirSync(path.join(CATALOGS, 'req_llm-models_local'))) {
      const json = load(path.join(CATALOGS, 'req_llm-models_local', file));
      const format = detectFormat(json);
      if (format === undefined) assert.throws(() => readCatalog(json, 'auto', file), /not a recognised catalog/);
      else assert.doesNotThrow(() => readCatalog(json, 'auto', file), file);
    }
  },
);
