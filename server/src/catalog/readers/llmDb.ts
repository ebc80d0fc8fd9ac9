// llm_db (the registry behind ReqLLM ≥ 1.x), both shapes under the one format name `llm_db`:
// a provider file `priv/llm_db/providers/<p>.json` `{ id, name, …, models: { id: {…} } }` and the packaged
// snapshot `{ version, generated_at?, providers: { id: { …, models: { … } } } }`. Prices in USD per 1M tokens.
// Model objects are models.dev-shaped plus `aliases`, `limits`, a `capabilities` object, `deprecated`, `retired`,
// `lifecycle` and an `extra` bag that keeps models.dev's flags.
import type { CatalogReadResult, CatalogReader, ModelRecord } from '../modelRecord';
import { CAP, date, isDeprecatedStatus, isObject, modelsDevDraft, sourceList, str, strings, toRecord } from './fields';
import type { JsonObject } from './fields';

/** The packaged snapshot: a `providers` object (the llm_db `manifest.json` has a `providers` array instead). */
export function isLlmDbSnapshot(json: unknown): boolean {
  return isObject(json) && isObject(json.providers);
}

/** A provider file: an `id` string and a `models` object. */
export function isLlmDbProviderFile(json: unknown): boolean {
  return isObject(json) && typeof json.id === 'string' && isObject(json.models);
}

export function isLlmDbCatalog(json: unknown): boolean {
  return isLlmDbSnapshot(json) || isLlmDbProviderFile(json);
}

interface Tally {
  models: ModelRecord[];
  skipped: number;
}

export const readLlmDb: CatalogReader = (json: unknown, source: string): CatalogReadResult => {
  const sources = sourceList(source);
  const tally: Tally = { models: [], skipped: 0 };
  if (isLlmDbSnapshot(json)) {
    const providers = (json as { providers: JsonObject }).providers;
    for (const key in providers) {
      const p = providers[key];
      if (!isObject(p) || !(isObject(p.models) || Array.isArray(p.models))) {
        tally.skipped++;
        continue;
      }
      readProvider(str(p.id) ?? key, p.models, sources, tally);
    }
  } else if (isLlmDbProviderFile(json)) {
    const p = json as JsonObject;
    readProvider(p.id as string, p.models as JsonObject, sources, tally);
  } else {
    throw new Error(
      'not an llm_db catalog: expected a provider file { "id", "models": { … } } or a snapshot { "version", "providers": { … } }',
    );
  }
  const result: CatalogReadResult = { format: 'llm_db', models: tally.models, skipped: tally.skipped };
  const generatedAt = isObject(json) ? date(json.generated_at) : undefined;
  if (generatedAt !== undefined) result.dataDate = generatedAt;
  return result;
};

function readProvider(provider: string, entries: JsonObject | unknown[], sources: string[], tally: Tally): void {
  if (Array.isArray(entries)) {
    for (const m of entries) readModel(provider, undefined, m, sources, tally);
  } else {
    for (const key in entries) readModel(provider, key, entries[key], sources, tally);
  }
}

function readModel(provider: string, key: string | undefined, m: unknown, sources: string[], tally: Tally): void {
  if (!isObject(m)) {
    tally.skipped++;
    return;
  }
  const id = str(m.id) ?? key;
  if (id === undefined || id === '') {
    tally.skipped++;
    return;
  }
  const d = modelsDevDraft(m);

  let aliases = strings(m.aliases);
  const apiId = str(m.provider_model_id);
  if (apiId !== undefined && apiId !== id && !aliases?.includes(apiId))
    aliases = aliases ? [...aliases, apiId] : [apiId];
  d.aliases = aliases;

  let caps = d.caps;
  const c = m.capabilities;
  if (isObject(c)) {
    if (isObject(c.tools) && c.tools.enabled === true) caps |= CAP.tool_call;
    if (isObject(c.reasoning) && c.reasoning.enabled === true) caps |= CAP.reasoning;
    if (isObject(c.json) && c.json.schema === true) caps |= CAP.structured_output;
    if (c.embeddings === true || isObject(c.embeddings)) caps |= CAP.embeddings;
    const s = c.streaming;
    if (s === true || (isObject(s) && (s.text === true || s.tool_calls === true))) caps |= CAP.streaming;
  }
  const extra = isObject(m.extra) ? m.extra : undefined;
  if (extra) {
    // models.dev's own flags, kept by llm_db under `extra`.
    if (extra.attachment === true) caps |= CAP.attachment;
    if (extra.temperature === true) caps |= CAP.temperature;
    if (extra.structured_output === true) caps |= CAP.structured_output;
    if (extra.reasoning === true) caps |= CAP.reasoning;
    if (extra.tool_call === true) caps |= CAP.tool_call;
  }
  d.caps = caps;

  const lifecycle = isObject(m.lifecycle) ? m.lifecycle : undefined;
  const status = str(lifecycle?.status) ?? str(extra?.status) ?? d.status;
  if (status !== undefined) d.status = status;
  if (m.deprecated === true || m.retired === true || isDeprecatedStatus(status)) d.deprecated = true;
  if (lifecycle) {
    d.deprecationDate = date(lifecycle.deprecated_at) ?? date(lifecycle.retires_at);
    d.replacement = str(lifecycle.replacement);
  }
  if (d.deprecationDate === undefined && extra) d.deprecationDate = date(extra.expiration_date);

  tally.models.push(toRecord(id, provider, sources, d));
}
