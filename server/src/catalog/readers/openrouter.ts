// OpenRouter `GET /api/v1/models`: `{ data: [ { id, name, context_length, pricing: { prompt, completion,
// input_cache_read?, input_cache_write? }, architecture: { input_modalities, output_modalities },
// top_provider: { max_completion_tokens }, supported_parameters, created, knowledge_cutoff, expiration_date } ] }`.
// Prices are strings in USD per token; "-1" marks variable-priced routers (unknown).
import type { CatalogReadResult, CatalogReader, ModelRecord } from '../modelRecord';
import {
  CAP,
  count,
  date,
  dateFromUnixSeconds,
  isObject,
  modalities,
  modalityCapabilities,
  perTokenToPerMTok,
  sourceList,
  str,
  toRecord,
} from './fields';
import type { Draft } from './fields';

const PROVIDER = 'openrouter';

/** `data` array whose entries have an `id` and `pricing` / `context_length` (an empty `data` array counts). */
export function isOpenRouterCatalog(json: unknown): boolean {
  if (!isObject(json) || !Array.isArray(json.data)) return false;
  if (json.data.length === 0) return true;
  for (const e of json.data) {
    if (isObject(e) && typeof e.id === 'string' && (isObject(e.pricing) || 'context_length' in e)) return true;
  }
  return false;
}

export const readOpenRouter: CatalogReader = (json: unknown, source: string): CatalogReadResult => {
  if (!isOpenRouterCatalog(json)) {
    throw new Error('not an OpenRouter catalog: expected { "data": [ { "id", "context_length", "pricing", … } ] }');
  }
  const data = (json as { data: unknown[] }).data;
  const sources = sourceList(source);
  const models: ModelRecord[] = [];
  let skipped = 0;
  for (const m of data) {
    const id = isObject(m) ? str(m.id) : undefined;
    if (id === undefined) {
      skipped++;
      continue;
    }
    models.push(toRecord(id, PROVIDER, sources, draft(m as Record<string, unknown>)));
  }
  return { format: 'openrouter', models, skipped };
};

function draft(m: Record<string, unknown>): Draft {
  const d: Draft = { caps: 0 };
  d.name = str(m.name);
  const top = isObject(m.top_provider) ? m.top_provider : undefined;
  d.contextWindow = count(m.context_length) ?? count(top?.context_length);
  d.maxOutput = count(top?.max_completion_tokens);
  const pricing = m.pricing;
  if (isObject(pricing)) {
    // perTokenToPerMTok drops negatives, so "-1" stays unknown.
    d.inputPricePerMTok = perTokenToPerMTok(pricing.prompt);
    d.outputPricePerMTok = perTokenToPerMTok(pricing.completion);
    d.cacheReadPricePerMTok = perTokenToPerMTok(pricing.input_cache_read);
    d.cacheWritePricePerMTok = perTokenToPerMTok(pricing.input_cache_write);
  }
  const arch = m.architecture;
  if (isObject(arch)) d.modalities = modalities(arch.input_modalities, arch.output_modalities);
  let caps = modalityCapabilities(d.modalities);
  const params = m.supported_parameters;
  if (Array.isArray(params)) {
    for (const p of params) {
      if (p === 'tools') caps |= CAP.tool_call;
      else if (p === 'reasoning') caps |= CAP.reasoning;
      else if (p === 'structured_outputs') caps |= CAP.structured_output;
      else if (p === 'temperature') caps |= CAP.temperature;
      else if (p === 'web_search_options') caps |= CAP.web_search;
    }
  }
  if (isObject(m.reasoning)) caps |= CAP.reasoning;
  d.caps = caps;
  d.knowledgeCutoff = date(m.knowledge_cutoff);
  d.releaseDate = dateFromUnixSeconds(m.created);
  d.deprecationDate = date(m.expiration_date);
  return d;
}
