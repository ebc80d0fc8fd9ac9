// LiteLLM `model_prices_and_context_window.json`: `{ "<model key>": { litellm_provider, max_input_tokens,
// max_output_tokens, input_cost_per_token, …, supports_* } }`. Prices in USD per token (converted to per 1M here).
// `sample_spec` documents the schema and is not a model; the real file also has `fallback_generalizations`.
import type { CatalogReadResult, CatalogReader, ModelRecord } from '../modelRecord';
import {
  CAP,
  count,
  date,
  isObject,
  modalities,
  modalityCapabilities,
  perTokenToPerMTok,
  sourceList,
  str,
  strings,
  toRecord,
} from './fields';
import type { Draft } from './fields';

const SAMPLE_SPEC = 'sample_spec';

/** What a model of each `mode` takes and gives, for the rows that list no modalities (`whisper-1`, `dall-e-3`). */
const MODE_MODALITIES: Readonly<Record<string, { input: string[]; output: string[] }>> = {
  audio_transcription: { input: ['audio'], output: ['text'] },
  audio_speech: { input: ['text'], output: ['audio'] },
  image_generation: { input: ['text'], output: ['image'] },
  image_edit: { input: ['text', 'image'], output: ['image'] },
  video_generation: { input: ['text'], output: ['video'] },
};

/** A `sample_spec` key or at least one value with a `litellm_provider` string. */
export function isLiteLlmCatalog(json: unknown): boolean {
  if (!isObject(json)) return false;
  if (isObject(json[SAMPLE_SPEC])) return true;
  for (const key in json) {
    const entry = json[key];
    if (isObject(entry) && typeof entry.litellm_provider === 'string') return true;
  }
  return false;
}

export const readLiteLlm: CatalogReader = (json: unknown, source: string): CatalogReadResult => {
  if (!isLiteLlmCatalog(json)) {
    throw new Error('not a LiteLLM catalog: expected { "<model>": { "litellm_provider", "input_cost_per_token", … } }');
  }
  const root = json as Record<string, unknown>;
  const sources = sourceList(source);
  const models: ModelRecord[] = [];
  let skipped = 0;
  for (const key in root) {
    const e = root[key];
    const provider = isObject(e) ? str(e.litellm_provider) : undefined;
    if (key === SAMPLE_SPEC || key === '' || provider === undefined) {
      skipped++;
      continue;
    }
    const m = e as Record<string, unknown>;
    // The key's first segment is LiteLLM's route to the provider, not part of the provider's ID: `openrouter/openai/
    // gpt-4o` (provider `openrouter`) is `openai/gpt-4o`, `vertex_ai/claude-…` (`vertex_ai-anthropic_models`) is
    // `claude-…`, `fireworks_ai/nomic-ai/…` (`fireworks_ai-embedding-models`) is `nomic-ai/…`.
    const slash = key.indexOf('/');
    const route = key.slice(0, Math.max(slash, 0));
    const routed = slash > 0 && slash < key.length - 1 && (provider === route || provider.startsWith(`${route}-`));
    const id = routed ? key.slice(slash + 1) : key;
    models.push(toRecord(id, provider, sources, draft(m)));
  }
  return { format: 'litellm', models, skipped };
};

/** `input_cost_per_token_above_272k_tokens`: the long-prompt tier, in thousands of tokens (the lowest, if several). */
const TIER_PRICE = /^(?:input|output)_cost_per_token_above_(\d+)k_tokens$/;

function longPromptTier(m: Record<string, unknown>): number | undefined {
  let tier: number | undefined;
  for (const key of Object.keys(m)) {
    const thousands = TIER_PRICE.exec(key)?.[1];
    if (thousands !== undefined && (tier === undefined || Number(thousands) < tier)) tier = Number(thousands);
  }
  return tier;
}

function draft(m: Record<string, unknown>): Draft {
  const d: Draft = { caps: 0 };
  d.aliases = strings(m.aliases);
  // An input limit, not the context window (`gpt-5`: 272K of 400K); the index takes it as the window where no catalog
  // gives one (ModelColumns.seal).
  d.maxInput = count(m.max_input_tokens);
  d.maxOutput = count(m.max_output_tokens);
  // `max_tokens` is legacy: max_output_tokens when the provider gives one, else max_input_tokens.
  if (d.maxInput === undefined && m.max_output_tokens === undefined) d.maxInput = count(m.max_tokens);
  d.inputPricePerMTok = perTokenToPerMTok(m.input_cost_per_token);
  d.outputPricePerMTok = perTokenToPerMTok(m.output_cost_per_token);
  d.cacheReadPricePerMTok = perTokenToPerMTok(m.cache_read_input_token_cost);
  d.cacheWritePricePerMTok = perTokenToPerMTok(m.cache_creation_input_token_cost);
  const tier = longPromptTier(m);
  if (tier !== undefined) {
    d.priceTierTokens = tier * 1000;
    d.inputPriceAbove200kPerMTok = perTokenToPerMTok(m[`input_cost_per_token_above_${tier}k_tokens`]);
    d.outputPriceAbove200kPerMTok = perTokenToPerMTok(m[`output_cost_per_token_above_${tier}k_tokens`]);
  }
  d.modalities =
    modalities(m.supported_modalities, m.supported_output_modalities) ??
    (typeof m.mode === 'string' && Object.hasOwn(MODE_MODALITIES, m.mode) ? MODE_MODALITIES[m.mode] : undefined);
  let caps = modalityCapabilities(d.modalities);
  if (m.supports_function_calling === true) caps |= CAP.tool_call;
  if (m.supports_vision === true) caps |= CAP.vision;
  if (m.supports_reasoning === true) caps |= CAP.reasoning;
  if (m.supports_response_schema === true || m.supports_native_structured_output === true)
    caps |= CAP.structured_output;
  if (m.supports_prompt_caching === true) caps |= CAP.prompt_caching;
  if (m.supports_web_search === true) caps |= CAP.web_search;
  if (m.supports_audio_input === true) caps |= CAP.audio_input;
  if (m.supports_audio_output === true) caps |= CAP.audio_output;
  if (m.supports_pdf_input === true) caps |= CAP.pdf_input;
  if (m.supports_native_streaming === true) caps |= CAP.streaming;
  if (m.mode === 'embedding') caps |= CAP.embeddings;
  d.caps = caps;
  d.deprecationDate = date(m.deprecation_date);
  return d;
}
