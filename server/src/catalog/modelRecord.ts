// The one normalised model record every catalog reader produces, and the view of a merged model the features get
// from the index. Prices are always USD per 1M tokens.

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
  /** Provider ID as the catalog spells it: `anthropic`, `amazon_bedrock`, `openrouter` (the index normalises it). */
  provider: string;
  name?: string;
  /** Model family as the catalog names it (models.dev `family`: `gpt`, `claude-sonnet`). */
  family?: string;
  /** Other IDs the same model answers to (llm_db `aliases`, LiteLLM `aliases`). */
  aliases?: string[];
  contextWindow?: number;
  /** Most input tokens, where the provider limits input apart from the context window. */
  maxInput?: number;
  maxOutput?: number;
  inputPricePerMTok?: number;
  outputPricePerMTok?: number;
  cacheReadPricePerMTok?: number;
  cacheWritePricePerMTok?: number;
  /** Prices for long prompts, where the provider charges more for them: over `priceTierTokens` (200K if not given). */
  inputPriceAbove200kPerMTok?: number;
  outputPriceAbove200kPerMTok?: number;
  /** Where the long-prompt prices start, in tokens (models.dev's context tier: 272,000 for GPT-5.x). */
  priceTierTokens?: number;
  /** Sorted, e.g. `reasoning`, `tool_call`, `vision`, `structured_output`, `attachment`. */
  capabilities?: string[];
  modalities?: { input: string[]; output: string[] };
  knowledgeCutoff?: string;
  releaseDate?: string;
  openWeights?: boolean;
  /** Catalog lifecycle word as given: `active`, `beta`, `deprecated`, `retired`… */
  status?: string;
  deprecated?: boolean;
  /** ISO date (YYYY-MM-DD) after which the model is deprecated. */
  deprecationDate?: string;
  replacement?: string;
  /** Names of the sources this record came from, earliest (winning) first. */
  sources: string[];
}

/** One source's word on a model's lifecycle, kept with the source so hovers and diagnostics can name it. */
export interface LifecycleClaim {
  /** Short source name: `models.dev`, `LiteLLM`, `model_registry.json`. */
  source: string;
  /** The source's data date (ISO 8601), when known. */
  dataDate?: string;
  status?: string;
  deprecated?: boolean;
  deprecationDate?: string;
  replacement?: string;
  /** The claim is a catalog's delisting of the record (its status set to deprecated), not a retirement it states. */
  delisted?: boolean;
}

/** What a reader returns: the records it understood and what it had to skip, so nothing is lost silently. */
export interface CatalogReadResult {
  format: CatalogFormat;
  models: ModelRecord[];
  /** Entries that were not model objects (e.g. LiteLLM `sample_spec`) or lacked an ID. */
  skipped: number;
  /** The catalog's own date (ISO 8601), when the file says it (llm_db's `generated_at`). */
  dataDate?: string;
  providers?: ProviderFacts;
}

/** What a catalog says of the providers themselves (models.dev does). */
export interface ProviderFacts {
  /** Display names (`openai` → `OpenAI`). */
  names: Record<string, string>;
  /** Those with an SDK package of their own (models.dev's `npm`, not the generic OpenAI-compatible one): services in
   *  their own right, where a relay lists another's catalog (see `preferredReseller`, indexBuild.ts). */
  ownSdk: string[];
}

export type CatalogReader = (json: unknown, source: string) => CatalogReadResult;
