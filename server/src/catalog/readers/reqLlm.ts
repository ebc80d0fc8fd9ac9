// ReqLLM `priv/models_dev/<provider>.json`: `{ provider: { id, name, … }, models: [ {…models.dev fields…} ] }`,
// prices in USD per 1M tokens.
import type { CatalogReadResult, CatalogReader, ModelRecord } from '../modelRecord';
import { isObject, modelsDevDraft, sourceList, str, toRecord } from './fields';

/** `models` array next to a `provider` object. */
export function isReqLlmCatalog(json: unknown): boolean {
  return isObject(json) && Array.isArray(json.models) && isObject(json.provider);
}

export const readReqLlm: CatalogReader = (json: unknown, source: string): CatalogReadResult => {
  if (!isReqLlmCatalog(json)) {
    throw new Error('not a ReqLLM catalog: expected { "provider": { "id", … }, "models": [ … ] }');
  }
  const root = json as { provider: Record<string, unknown>; models: unknown[] };
  const fileProvider = str(root.provider.id);
  const sources = sourceList(source);
  const models: ModelRecord[] = [];
  let skipped = 0;
  for (const m of root.models) {
    if (!isObject(m)) {
      skipped++;
      continue;
    }
    const id = str(m.id);
    const provider = fileProvider ?? str(m.provider);
    if (id === undefined || provider === undefined) {
      skipped++;
      continue;
    }
    models.push(toRecord(id, provider, sources, modelsDevDraft(m)));
  }
  return { format: 'req_llm', models, skipped };
};
