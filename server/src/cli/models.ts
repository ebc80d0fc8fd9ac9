// The catalogs behind `model-registry check --models`. Loaded only for that option (`import()` in check.ts): the
// registry brings the catalog readers, the index, lru-cache and the URL fetcher, which a plain check never uses.
import * as path from 'node:path';
import { readBundledManifest } from '../registry/bundledCatalogs';
import { ModelRegistry } from '../registry/modelRegistry';
import { sourceSpecs } from '../registry/sourceSpecs';
import type { Settings } from '../utils/settings';
import type { CheckEnvironment } from './environment';
import { InputError } from './errors';

/**
 * The registry the server would load for this folder (--source replacing the config's sources), except the online
 * catalog unless `online`; a CI run asked to use it waits for it.
 */
export async function loadRegistry(settings: Settings, online: boolean, env: CheckEnvironment): Promise<ModelRegistry> {
  const bundled = readBundledManifest(env.bundledCatalogDir, { error: env.report });
  const folder = { path: env.cwd, name: path.basename(env.cwd) };
  const registry = new ModelRegistry(settings.cache);
  const onlineUrl = env.variables.MODEL_REGISTRY_ONLINE_CATALOG_URL || undefined;
  const specs = sourceSpecs(settings, [folder], { bundled, online, onlineUrl }).map(spec => ({
    ...spec,
    background: false,
  }));
  registry.configure(specs, settings.cache);
  await registry.ready();
  const failed = registry.snapshot().sources.filter(s => s.status === 'error');
  if (failed.length > 0) {
    throw new InputError(
      failed.map(s => `catalog source ${s.source} could not be loaded: ${s.error ?? s.status}`).join('\n'),
    );
  }
  return registry;
}
