// `npm run bench`: load + index time and resident memory per real catalog and for a seeded 100k-model catalog,
// the cost of a registry cache hit next to a plain Map lookup, string scanning, completion in the server's code and
// a large document's diagnostics, memory and tail latency over stdio next to a minimal server, a soak, answer
// quality on realistic code, and the CLI's registry-call lint. Bundled with esbuild like the server, so it measures
// the code that ships. Prints Markdown tables (docs/benchmarks.md records them with the command).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ModelRegistry } from '../server/src/registry/modelRegistry';
import { CatalogSources } from '../server/src/registry/catalogSources';
import { completionBenchmark } from './completion';
import { memoryLatencyBenchmark, memoryLatencyTable } from './memoryLatency';
import { modelSlotsBenchmark } from './modelSlots';
import { qualityBenchmark } from './quality';
import { registryCallsBenchmark } from './registryCalls';
import { scanBenchmark } from './scanStrings';
import { soakBenchmark } from './soak';
import { treeSitterComparison } from './treeSitter';
import { syntheticCatalog } from './syntheticCatalog';

// Run from the package root (npm run bench), as a bundle in bench/.data.
const ROOT = process.cwd();
const SHARED = path.resolve(ROOT, '../shared/catalogs');
const DATA = path.join(ROOT, 'bench/.data');
const RUNS = 3;

interface LoadFigures {
  models?: number;
  records?: number;
  status?: string;
  error?: string;
  loadMs?: number;
  indexMs?: number;
  rssBefore: number;
  rssAfter: number;
}

function loadInChild(cwd?: string, pattern?: string): LoadFigures {
  const args = ['--expose-gc', path.join(DATA, 'loadCatalog.js'), ...(cwd && pattern ? [cwd, pattern] : [])];
  return JSON.parse(
    execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 }),
  ) as LoadFigures;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(0);

function catalogs(): { name: string; cwd: string; pattern: string }[] {
  const list: { name: string; cwd: string; pattern: string }[] = [];
  if (fs.existsSync(SHARED)) {
    list.push(
      { name: 'models.dev api.json', cwd: SHARED, pattern: 'models-dev-api.json' },
      {
        name: 'LiteLLM model_prices_and_context_window.json',
        cwd: SHARED,
        pattern: 'litellm-model_prices_and_context_window.json',
      },
      { name: 'OpenRouter /api/v1/models', cwd: SHARED, pattern: 'openrouter-api-v1-models.json' },
      {
        name: 'OpenRouter ?output_modalities=all',
        cwd: SHARED,
        pattern: 'openrouter-api-v1-models-output_modalities-all.json',
      },
      { name: 'ReqLLM priv/models_dev/*.json (63 files)', cwd: SHARED, pattern: 'req_llm-models_dev/*.json' },
      { name: 'llm_db providers/*.json (104 files)', cwd: SHARED, pattern: 'llm_db-providers/[!_]*.json' },
      { name: 'llm_db snapshot.json', cwd: SHARED, pattern: 'llm_db-snapshot-2025-11-16.json' },
    );
  } else {
    console.log(`(real catalogs skipped: ${SHARED} not found)`);
  }
  const bundled = path.join(ROOT, 'server/dist/catalogs');
  list.push({
    name: 'bundled: models.dev (current + retired)',
    cwd: bundled,
    pattern: 'models-dev{,-retired}.json',
  });
  const synthetic = syntheticFile();
  list.push({
    name: `synthetic 100k models (seeded, ${mb(fs.statSync(synthetic).size)} MB)`,
    cwd: DATA,
    pattern: 'synthetic-100k.json',
  });
  return list;
}

/** The seeded 100k-model catalog, written once into bench/.data. */
function syntheticFile(): string {
  fs.mkdirSync(DATA, { recursive: true });
  const synthetic = path.join(DATA, 'synthetic-100k.json');
  if (!fs.existsSync(synthetic)) fs.writeFileSync(synthetic, JSON.stringify(syntheticCatalog(100_000)));
  return synthetic;
}

function loadTable(): void {
  const baseline = median(Array.from({ length: RUNS }, () => loadInChild().rssAfter));
  console.log(
    `\n## Load + index (median of ${RUNS} runs, each in a fresh process; baseline RSS of an empty process: ${mb(baseline)} MB)\n`,
  );
  console.log(
    '| catalog | models read | distinct models | load (read+parse+normalise) ms | index ms | total ms | RSS MB | RSS over baseline MB |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const c of catalogs()) {
    const runs = Array.from({ length: RUNS }, () => loadInChild(c.cwd, c.pattern));
    const [first] = runs;
    if (first.status !== 'ok') console.log(`(${c.name}: ${first.status} ${first.error ?? ''})`);
    const load = median(runs.map(r => r.loadMs ?? 0));
    const index = median(runs.map(r => r.indexMs ?? 0));
    const total = median(runs.map(r => (r.loadMs ?? 0) + (r.indexMs ?? 0)));
    const rss = median(runs.map(r => r.rssAfter));
    console.log(
      `| ${c.name} | ${first.records} | ${first.models} | ${load.toFixed(0)} | ${index.toFixed(0)} | ${total.toFixed(0)} | ${mb(rss)} | ${mb(rss - baseline)} |`,
    );
  }
}

async function cacheHitTable(): Promise<void> {
  const registry = new ModelRegistry(
    { maxEntries: 10000, maxSizeMB: 64, ttlSeconds: 3600 },
    { sources: new CatalogSources() },
  );
  registry.configure(
    [
      {
        name: 'synthetic',
        layer: 'sources',
        format: 'models.dev',
        files: { cwd: DATA, patterns: ['synthetic-100k.json'] },
      },
    ],
    { maxEntries: 10000, maxSizeMB: 64, ttlSeconds: 3600 },
  );
  await registry.ready();
  const keys = Array.from({ length: 1000 }, (_, i) => `provider-${(i % 200).toString(36)}:${i}`);
  for (const key of keys) registry.cache.get(key, () => registry.models.resolve(key));
  const map = new Map(keys.map(key => [key, [] as unknown]));
  const iterations = 2_000_000;
  const time = (fn: (key: string) => unknown): number => {
    let sink = 0;
    for (let i = 0; i < 200_000; i++) sink += fn(keys[i % keys.length]) ? 1 : 0; // warm-up
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) sink += fn(keys[i % keys.length]) ? 1 : 0;
    const ns = Number(process.hrtime.bigint() - start) / iterations;
    if (sink < 0) console.log(sink);
    return ns;
  };
  const results: [string, number][] = [];
  for (let round = 0; round < 3; round++) {
    results.push(['Map.get (floor)', time(key => map.get(key))]);
    results.push([
      'registry cache hit (lru-cache + generation check + stats)',
      time(key =>
        registry.cache.get(key, () => {
          throw new Error('miss');
        }),
      ),
    ]);
  }
  const floor = median(results.filter(r => r[0].startsWith('Map')).map(r => r[1]));
  const hit = median(results.filter(r => r[0].startsWith('registry')).map(r => r[1]));
  const snapshot = registry.snapshot();
  console.log(
    `\n## Cache get on hit (${iterations.toLocaleString('en')} gets over ${keys.length} keys, median of 3 rounds, 100k-model index loaded)\n`,
  );
  console.log('| operation | ns per get | ratio to floor |');
  console.log('|---|---:|---:|');
  console.log(`| Map.get (floor) | ${floor.toFixed(1)} | 1.0× |`);
  console.log(`| registry cache hit | ${hit.toFixed(1)} | ${(hit / floor).toFixed(1)}× |`);
  console.log(
    `\n(cache after the run: ${snapshot.entries} entries, ${snapshot.hits.toLocaleString('en')} hits, ${snapshot.misses} misses, hit rate ${(snapshot.hitRate * 100).toFixed(2)} %)`,
  );
}

/** Each section by name: `npm run bench -- memory quality` runs those alone (in this order); none named, all. */
const SECTIONS: Record<string, () => void | Promise<void>> = {
  'load': loadTable,
  'cache': cacheHitTable,
  'scan': scanBenchmark,
  'slots': modelSlotsBenchmark,
  'tree-sitter': treeSitterComparison,
  'completion': () => {
    const modelsDev = path.join(SHARED, 'models-dev-api.json');
    return completionBenchmark([
      ...(fs.existsSync(modelsDev) ? [{ name: 'models.dev (5,258 models)', file: modelsDev }] : []),
      { name: 'synthetic 100k models', file: syntheticFile() },
    ]);
  },
  'memory': async () =>
    console.log(memoryLatencyTable(await memoryLatencyBenchmark(syntheticFile(), path.join(DATA, 'minimalServer.js')))),
  'soak': () => soakBenchmark(syntheticFile()),
  'quality': qualityBenchmark,
  'lint': () => registryCallsBenchmark(ROOT, DATA),
};

async function main(): Promise<void> {
  const named = process.argv.slice(2);
  const unknown = named.filter(name => !Object.hasOwn(SECTIONS, name));
  if (unknown.length > 0) {
    console.error(`unknown section ${unknown.join(', ')}: choose from ${Object.keys(SECTIONS).join(', ')}`);
    process.exit(2);
  }
  console.log(`# model-registry benchmark — node ${process.version}, ${new Date().toISOString()}`);
  for (const name of named.length > 0 ? named : Object.keys(SECTIONS)) await SECTIONS[name]();
}

void main();
