// The one normalised model record every catalog reader produces. Prices are always USD per 1M tokens.

export type CatalogFormat = 'models.dev' | 'litellm' | 'openrouter' | 'req_llm' | 'llm_db' | 'registry';
export const CATALOG_FORMATS: readonly CatalogFormat[] = [
  'models.dev',
  'litellm',
  'openrouter',
  'req_llm',
  'llm_db',
  'registry',
];

export interface ModelRecord {
  /** Model ID as the provider's API takes it: `claude-3-7-sonnet-20250219`, `openai/gpt-4o` on OpenRouter. */
  id: string;
  /** Provider ID as the catalog spells it: `anthropic`, `amazon_bedrock`, `openrouter`. */
  provider: string;
  name?: string;
  /** Other IDs the same model answers to (llm_db `aliases`, LiteLLM `aliases`). */
  aliases?: string[];
  contextWindow?: number;
  maxOutput?: number;
  inputPricePerMTok?: number;
  outputPricePerMTok?: number;
  cacheReadPricePerMTok?: number;
  cacheWritePricePerMTok?: number;
  /** Sorted, e.g. `reasoning`, `tool_call`, `vision`, `structured_output`, `attachment`. */
  capabilities?: string[];
  modalities?: { input: string[]; output: string[] };
  knowledgeCutoff?: string;
  releaseDate?: string;
  /** Catalog lifecycle word as given: `active`, `beta`, `deprecated`, `retired`… */
  status?: string;
  deprecated?: boolean;
  /** ISO date (YYYY-MM-DD) after which the model is deprecated. */
  deprecationDate?: string;
  replacement?: string;
  /** Names of the sources this record came from, earliest (winning) first. */
  sources: string[];
}

/** What a reader returns: the records it understood and what it had to skip, so nothing is lost silently. */
export interface CatalogReadResult {
  format: CatalogFormat;
  models: ModelRecord[];
  /** Entries that were not model objects (e.g. LiteLLM `sample_spec`) or lacked an ID. */
  skipped: number;
  /** The catalog's own date (ISO 8601), when the file says it (llm_db's `generated_at`). */
  dataDate?: string;
}

export type CatalogReader = (json: unknown, source: string) => CatalogReadResult;
