// A project's own `model_registry.json`: `{ "models": [ { "id", "provider"?, "name"?, "contextWindow"?,
// "maxOutput"?, "inputPricePerMTok"?, "outputPricePerMTok"?, "capabilities"?: string[], "deprecated"?: boolean,
// "replacement"?: string } ] }`, prices in USD per 1M tokens. The other `ModelRecord` fields (`aliases`,
// `cacheReadPricePerMTok`, `cacheWritePricePerMTok`, `modalities`, `knowledgeCutoff`, `releaseDate`, `status`,
// `deprecationDate`) are read too when present, under the same names.
import type { CatalogReadResult, CatalogReader, ModelRecord } from '../modelRecord';
import {
  count,
  date,
  isDeprecatedStatus,
  isObject,
  modalities,
  price,
  sourceList,
  str,
  strings,
  toRecord,
} from './fields';

const DEFAULT_PROVIDER = 'project';
const PROVIDER_PREFIX = /^[A-Za-z][\w.-]*$/;

/** A `models` array without a `provider` object (that would be ReqLLM). */
export function isRegistryCatalog(json: unknown): boolean {
  return isObject(json) && Array.isArray(json.models) && !isObject(json.provider);
}

/**
 * Provider and model ID of a registry entry without `provider`: `openai:gpt-4o` → openai / gpt-4o,
 * `bedrock/anthropic.claude-v2:1` → bedrock / anthropic.claude-v2:1, `my-model` → project / my-model.
 */
export function splitRegistryId(id: string): { provider: string; id: string } {
  const colon = id.indexOf(':');
  if (colon > 0 && colon < id.length - 1 && PROVIDER_PREFIX.test(id.slice(0, colon))) {
    return { provider: id.slice(0, colon), id: id.slice(colon + 1) };
  }
  const slash = id.indexOf('/');
  if (slash > 0 && slash < id.length - 1) return { provider: id.slice(0, slash), id: id.slice(slash + 1) };
  return { provider: DEFAULT_PROVIDER, id };
}

export const readRegistryFile: CatalogReader = (json: unknown, source: string): CatalogReadResult => {
  if (!isRegistryCatalog(json)) {
    throw new Error('not a model registry file: expected { "models": [ { "id", "provider"?, … } ] }');
  }
  const entries = (json as { models: unknown[] }).models;
  const sources = sourceList(source);
  const models: ModelRecord[] = [];
  let skipped = 0;
  for (const m of entries) {
    const rawId = isObject(m) ? str(m.id) : undefined;
    if (rawId === undefined) {
      skipped++;
      continue;
    }
    const e = m as Record<string, unknown>;
    const explicitProvider = str(e.provider);
    const { provider, id } =
      explicitProvider !== undefined ? { provider: explicitProvider, id: rawId } : splitRegistryId(rawId);
    models.push(record(id, provider, sources, e));
  }
  return { format: 'registry', models, skipped };
};

function record(id: string, provider: string, sources: string[], e: Record<string, unknown>): ModelRecord {
  const status = str(e.status);
  const r = toRecord(id, provider, sources, {
    caps: 0,
    name: str(e.name),
    aliases: strings(e.aliases),
    contextWindow: count(e.contextWindow),
    maxOutput: count(e.maxOutput),
    inputPricePerMTok: price(e.inputPricePerMTok),
    outputPricePerMTok: price(e.outputPricePerMTok),
    cacheReadPricePerMTok: price(e.cacheReadPricePerMTok),
    cacheWritePricePerMTok: price(e.cacheWritePricePerMTok),
    modalities: isObject(e.modalities) ? modalities(e.modalities.input, e.modalities.output) : undefined,
    knowledgeCutoff: date(e.knowledgeCutoff),
    releaseDate: date(e.releaseDate),
    status,
    // An explicit `false` is kept: the project's word overrides a catalog that says deprecated.
    deprecated: e.deprecated === true || isDeprecatedStatus(status) ? true : e.deprecated === false ? false : undefined,
    deprecationDate: date(e.deprecationDate),
    replacement: str(e.replacement),
  });
  // A project's own capability words are kept as written (sorted, unique), not limited to the common vocabulary.
  const capabilities = strings(e.capabilities);
  if (capabilities !== undefined) r.capabilities = [...new Set(capabilities)].sort();
  return r;
}
