// models.dev `api.json`: `{ providerId: { id, name, models: { modelId: {…} } } }`, prices in USD per 1M tokens.
import type { CatalogReadResult, CatalogReader, ModelRecord, ProviderFacts } from '../modelRecord';
import { isObject, modelsDevDraft, sourceList, str, toRecord } from './fields';

/** True when at least one top-level value is a provider object with a `models` object. */
export function isModelsDevCatalog(json: unknown): boolean {
  if (!isObject(json)) return false;
  for (const key in json) {
    const provider = json[key];
    if (isObject(provider) && isObject(provider.models)) return true;
  }
  return false;
}

export const readModelsDev: CatalogReader = (json: unknown, source: string): CatalogReadResult => {
  if (!isModelsDevCatalog(json)) {
    throw new Error('not a models.dev catalog: expected { "<provider>": { "id", "name", "models": { … } } }');
  }
  const root = json as Record<string, unknown>;
  const sources = sourceList(source);
  const models: ModelRecord[] = [];
  const providers: ProviderFacts = { names: {}, ownSdk: [] };
  let skipped = 0;
  for (const providerKey in root) {
    const p = root[providerKey];
    if (!isObject(p) || !isObject(p.models)) {
      skipped++;
      continue;
    }
    const provider = str(p.id) ?? providerKey;
    const name = str(p.name);
    if (name !== undefined) providers.names[provider] = name;
    const sdk = str(p.npm);
    if (sdk !== undefined && sdk !== GENERIC_SDK) providers.ownSdk.push(provider);
    const entries = p.models;
    for (const key in entries) {
      const m = entries[key];
      if (!isObject(m)) {
        skipped++;
        continue;
      }
      // In an object map the key is the model ID; `id` repeats it in every real file.
      const id = str(m.id) ?? key;
      models.push(toRecord(id, provider, sources, modelsDevDraft(m)));
    }
  }
  return { format: 'models.dev', models, skipped, providers };
};

/** The AI SDK package for any OpenAI-compatible endpoint: what models.dev names for services without their own. */
const GENERIC_SDK = '@ai-sdk/openai-compatible';
