// Child process of bench/run.ts: loads one source through the real loader and index, prints JSON figures.
// Run alone per catalog so its resident memory is that catalog's, not the sum of everything before it.
import { ModelIndex } from '../server/src/catalog/modelIndex';
import { CatalogSources } from '../server/src/registry/catalogSources';

async function main(): Promise<void> {
  const [cwd, pattern] = process.argv.slice(2);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  if (!pattern) {
    process.stdout.write(JSON.stringify({ rssBefore, rssAfter: rssBefore }));
    return;
  }
  const start = process.hrtime.bigint();
  const result = await new CatalogSources().load(
    [{ name: 'bench', layer: 'sources', format: 'auto', files: { cwd, patterns: [pattern] } }],
    300_000,
  );
  const loaded = process.hrtime.bigint();
  const index = new ModelIndex(result.catalogs);
  const indexed = process.hrtime.bigint();
  global.gc?.();
  const rssAfter = process.memoryUsage().rss;
  const [source] = result.sources;
  process.stdout.write(
    JSON.stringify({
      models: index.size,
      records: source?.models ?? 0,
      status: source?.status,
      error: source?.error,
      loadMs: Number(loaded - start) / 1e6,
      indexMs: Number(indexed - loaded) / 1e6,
      rssBefore,
      rssAfter,
    }),
  );
}

void main();
