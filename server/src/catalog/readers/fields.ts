// Small helpers shared by the catalog readers: value coercion, unit conversion, dates, capabilities, and the one
// function that reads a models.dev-shaped model object (models.dev itself, ReqLLM and llm_db all use that shape).
import { isObject } from '../../../../shared/json';
import type { ModelRecord } from '../modelRecord';

export type JsonObject = Record<string, unknown>;

export { isObject };

/** A non-empty string, else undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A decimal number as catalogs write one in a string (`"0.0000025"`, `"2.5e-6"`): not `"0x10"`, `"Infinity"`, `""`. */
const DECIMAL = /^\s*\+?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/** A finite, non-negative number from a number or a decimal string; anything else → undefined. */
export function num(value: unknown): number | undefined {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && DECIMAL.test(value)) n = Number(value);
  else return undefined;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** More tokens than any model takes (the largest windows are ~10M): a value past it is a catalog's mistake. */
const MAX_TOKENS = 1e9;
/**
 * Five times the dearest model's price per 1M tokens (o1-pro's output, $600): past it, a unit mistake of the
 * catalog's (LiteLLM's `wandb/…` rows carry per-1K prices as per-token ones: $71,000 per 1M for Llama 3.3 70B).
 */
const MAX_PRICE_PER_MTOK = 3000;

/** A token count (context window, max output): a number > 0 and plausible; 0 and negatives mean "unknown". */
export function count(value: unknown): number | undefined {
  const n = num(value);
  return n !== undefined && n > 0 && n <= MAX_TOKENS ? n : undefined;
}

/**
 * A USD-per-1M price without float noise: catalogs that converted units themselves carry some (models.dev
 * `0.8299999999999998`, llm_db `0.049999999999999996`), and so does our own per-token conversion (2.5e-6 × 1e6 =
 * 2.4999999999999996). Rounds to 12 decimals: k / 1e12 with k an exact integer is the double nearest the decimal,
 * i.e. the one `0.83` parses to. ~20× faster than `Number(n.toPrecision(12))`, which is used above 9,000 where
 * k would pass 2^53.
 */
function denoise(n: number): number {
  return n < 9000 ? Math.round(n * 1e12) / 1e12 : Number(n.toPrecision(12));
}

/** A price already in USD per 1M tokens (number or numeric string), denoised. */
export function price(value: unknown): number | undefined {
  const n = num(value);
  return n === undefined || n > MAX_PRICE_PER_MTOK ? undefined : denoise(n);
}

/** A USD-per-token price (number or string) as USD per 1M tokens, denoised: 2.5e-6 → 2.5. */
export function perTokenToPerMTok(value: unknown): number | undefined {
  const n = num(value);
  return n === undefined ? undefined : price(n * 1e6);
}

/** The non-empty strings of an array, or undefined when there are none. Returns the array itself when it is clean. */
export function strings(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  let clean = true;
  for (const item of value) {
    if (typeof item !== 'string' || item === '') {
      clean = false;
      break;
    }
  }
  if (clean) return value as string[];
  const out = value.filter((item): item is string => typeof item === 'string' && item !== '');
  return out.length > 0 ? out : undefined;
}

const DATE = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?=$|[T ])/;

/** `YYYY-MM-DD` or `YYYY-MM` as given (a timestamp is cut to its date); anything else → undefined. */
export function date(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE.exec(value);
  if (!match) return undefined;
  return match[0].length === value.length ? value : match[0];
}

/** Unix seconds → `YYYY-MM-DD` (UTC). */
export function dateFromUnixSeconds(value: unknown): string | undefined {
  const seconds = num(value);
  if (seconds === undefined || seconds === 0) return undefined;
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

// ---- capabilities ----------------------------------------------------------------------------------------------

/** The common capability vocabulary, in sorted order (bit i of a mask = CAPABILITIES[i]). */
export const CAPABILITIES = [
  'attachment',
  'audio_input',
  'audio_output',
  'embeddings',
  'pdf_input',
  'prompt_caching',
  'reasoning',
  'streaming',
  'structured_output',
  'temperature',
  'tool_call',
  'vision',
  'web_search',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** Capability bit flags; readers OR them into a mask and `capabilityList` turns the mask into the sorted list. */
export const CAP: Readonly<Record<Capability, number>> = Object.fromEntries(
  CAPABILITIES.map((name, i) => [name, 1 << i]),
) as Record<Capability, number>;

const capabilityListCache = new Map<number, string[]>();

/**
 * The sorted capability names of a mask, or undefined when empty. Lists are shared between records with the same
 * capabilities (frozen, so treat them as read-only) to keep 100k records lean.
 */
export function capabilityList(mask: number): string[] | undefined {
  if (mask === 0) return undefined;
  let list = capabilityListCache.get(mask);
  if (!list) {
    list = [];
    for (let i = 0; i < CAPABILITIES.length; i++) if (mask & (1 << i)) list.push(CAPABILITIES[i]);
    Object.freeze(list);
    capabilityListCache.set(mask, list);
  }
  return list;
}

/** Capabilities implied by modalities: image in → vision, audio in/out, pdf in, embedding(s) out. */
export function modalityCapabilities(modalities: { input: string[]; output: string[] } | undefined): number {
  if (!modalities) return 0;
  let mask = 0;
  for (const m of modalities.input) {
    if (m === 'image') mask |= CAP.vision;
    else if (m === 'audio') mask |= CAP.audio_input;
    else if (m === 'pdf') mask |= CAP.pdf_input;
  }
  for (const m of modalities.output) {
    if (m === 'audio') mask |= CAP.audio_output;
    else if (m === 'embedding' || m === 'embeddings') mask |= CAP.embeddings;
  }
  return mask;
}

/** `{ input, output }` when either side is a string array (the missing side is `[]`), else undefined. */
export function modalities(input: unknown, output: unknown): { input: string[]; output: string[] } | undefined {
  const i = strings(input);
  const o = strings(output);
  if (!i && !o) return undefined;
  return { input: i ?? [], output: o ?? [] };
}

// ---- building records ------------------------------------------------------------------------------------------

/**
 * Everything a reader gathers about a model before it becomes a `ModelRecord` (undefined fields are dropped):
 * the record's own fields, with capabilities as a bit mask (`CAP`) until the end.
 */
export type Draft = Omit<ModelRecord, 'id' | 'provider' | 'sources' | 'capabilities'> & { caps: number };

/** Lifecycle words that mean the model should no longer be used. */
export function isDeprecatedStatus(status: string | undefined): boolean {
  return status === 'deprecated' || status === 'retired';
}

/**
 * The record for a draft, with no undefined-valued keys. `sources` may be shared between the records of one read
 * (it is frozen by the readers), so treat it as read-only.
 */
export function toRecord(id: string, provider: string, sources: string[], d: Draft): ModelRecord {
  const r: ModelRecord = { id, provider, sources };
  if (d.name !== undefined) r.name = d.name;
  if (d.aliases !== undefined) r.aliases = d.aliases;
  if (d.contextWindow !== undefined) r.contextWindow = d.contextWindow;
  if (d.maxInput !== undefined) r.maxInput = d.maxInput;
  if (d.maxOutput !== undefined) r.maxOutput = d.maxOutput;
  if (d.inputPricePerMTok !== undefined) r.inputPricePerMTok = d.inputPricePerMTok;
  if (d.outputPricePerMTok !== undefined) r.outputPricePerMTok = d.outputPricePerMTok;
  if (d.cacheReadPricePerMTok !== undefined) r.cacheReadPricePerMTok = d.cacheReadPricePerMTok;
  if (d.cacheWritePricePerMTok !== undefined) r.cacheWritePricePerMTok = d.cacheWritePricePerMTok;
  if (d.inputPriceAbove200kPerMTok !== undefined) r.inputPriceAbove200kPerMTok = d.inputPriceAbove200kPerMTok;
  if (d.outputPriceAbove200kPerMTok !== undefined) r.outputPriceAbove200kPerMTok = d.outputPriceAbove200kPerMTok;
  if (d.priceTierTokens !== undefined) r.priceTierTokens = d.priceTierTokens;
  const capabilities = capabilityList(d.caps);
  if (capabilities !== undefined) r.capabilities = capabilities;
  if (d.modalities !== undefined) r.modalities = d.modalities;
  if (d.knowledgeCutoff !== undefined) r.knowledgeCutoff = d.knowledgeCutoff;
  if (d.releaseDate !== undefined) r.releaseDate = d.releaseDate;
  if (d.family !== undefined) r.family = d.family;
  if (d.openWeights !== undefined) r.openWeights = d.openWeights;
  if (d.status !== undefined) r.status = d.status;
  if (d.deprecated !== undefined) r.deprecated = d.deprecated;
  if (d.deprecationDate !== undefined) r.deprecationDate = d.deprecationDate;
  if (d.replacement !== undefined) r.replacement = d.replacement;
  return r;
}

/** The one `sources` array every record of one read shares. */
export function sourceList(source: string): string[] {
  return Object.freeze([source]) as string[];
}

/**
 * Reads a models.dev-shaped model object (models.dev `api.json`, ReqLLM `priv/models_dev`, llm_db — which calls its
 * limits `limits`): name, `cost` (USD per 1M), `limit`/`limits`, `modalities`, the boolean flags `reasoning`,
 * `tool_call`, `attachment`, `temperature`, `structured_output`, `knowledge`, `release_date`, `status` (ReqLLM's
 * `alpha`/`beta` booleans count as that status).
 */
export function modelsDevDraft(m: JsonObject): Draft {
  const d: Draft = { caps: 0 };
  d.name = str(m.name);
  const cost = m.cost;
  if (isObject(cost)) {
    d.inputPricePerMTok = price(cost.input);
    d.outputPricePerMTok = price(cost.output);
    d.cacheReadPricePerMTok = price(cost.cache_read);
    d.cacheWritePricePerMTok = price(cost.cache_write);
    // The context tier where one is given (its size may be 272,000, or 200,001 for "above 200,000"); else the
    // older `context_over_200k`.
    const tier = Array.isArray(cost.tiers)
      ? cost.tiers.find(t => isObject(t) && isObject(t.tier) && t.tier.type === 'context')
      : undefined;
    const above = isObject(tier) ? tier : cost.context_over_200k;
    if (isObject(above)) {
      d.inputPriceAbove200kPerMTok = price(above.input);
      d.outputPriceAbove200kPerMTok = price(above.output);
      const size = isObject(above.tier) ? count(above.tier.size) : undefined;
      if (size !== undefined) d.priceTierTokens = size % 1000 === 1 ? size - 1 : size;
    }
  }
  const limit = isObject(m.limit) ? m.limit : m.limits;
  if (isObject(limit)) {
    d.contextWindow = count(limit.context);
    d.maxInput = count(limit.input);
    d.maxOutput = count(limit.output);
  }
  const mods = m.modalities;
  if (isObject(mods)) d.modalities = modalities(mods.input, mods.output);
  let caps = modalityCapabilities(d.modalities);
  if (m.reasoning === true) caps |= CAP.reasoning;
  if (m.tool_call === true) caps |= CAP.tool_call;
  if (m.attachment === true) caps |= CAP.attachment;
  if (m.temperature === true) caps |= CAP.temperature;
  if (m.structured_output === true) caps |= CAP.structured_output;
  d.caps = caps;
  d.knowledgeCutoff = date(m.knowledge);
  d.releaseDate = date(m.release_date);
  d.family = str(m.family);
  if (typeof m.open_weights === 'boolean') d.openWeights = m.open_weights;
  const status = str(m.status) ?? (m.alpha === true ? 'alpha' : m.beta === true ? 'beta' : undefined);
  if (status !== undefined) {
    d.status = status;
    if (isDeprecatedStatus(status)) d.deprecated = true;
  }
  return d;
}

/** A human-readable hint of what a top-level JSON value is, for error messages. */
export function describeJson(json: unknown): string {
  if (Array.isArray(json)) return json.length === 0 ? 'an empty array' : 'an array';
  if (json === null) return 'null';
  if (!isObject(json)) return `a ${typeof json}`;
  const keys = Object.keys(json);
  if (keys.length === 0) return 'an empty object';
  const shown = keys
    .slice(0, 3)
    .map(k => JSON.stringify(k))
    .join(', ');
  return `an object with keys ${shown}${keys.length > 3 ? ', …' : ''}`;
}
