// The four spellings of a model ID in code (SPEC §4): `provider:model` (ReqLLM / Jido), `provider/model` (LiteLLM,
// OpenRouter, gateways), `model@provider` (ReqLLM) and a bare `model`. What the user typed decides how
// completions and suggestions are spelled, so `anthropic:` is answered with `anthropic:…` IDs.
import { languageById } from '../../../shared/languages';
import type { ModelIndex } from './modelIndex';

export type Separator = ':' | '/' | '@';

export interface TypedModelId {
  /** The provider exactly as typed, when the text starts (or, for `@`, ends) with a known provider. */
  provider?: string;
  separator?: Separator;
  /** The model part typed so far (for `@`, the text before it). */
  model: string;
  /** For `model@prov…`: the provider prefix typed after `@`. */
  providerPrefix?: string;
}

/**
 * Reads typed text (a whole literal, or the part before the cursor). A provider prefix counts only when it is a
 * known provider, so a model ID that itself contains `:` or `/` (`anthropic.claude-…-v1:0`, `openai/gpt-4o` on
 * OpenRouter) stays a bare ID.
 */
export function readTyped(text: string, index: ModelIndex): TypedModelId {
  const colon = text.indexOf(':');
  const slash = text.indexOf('/');
  // The earlier separator is the provider's: `openrouter/openai/gpt-4o`, `amazon_bedrock:anthropic.x-v1:0`.
  const candidates: [number, Separator][] = [];
  if (colon > 0) candidates.push([colon, ':']);
  if (slash > 0) candidates.push([slash, '/']);
  candidates.sort((a, b) => a[0] - b[0]);
  for (const [at, separator] of candidates) {
    const provider = text.slice(0, at);
    if (index.isProvider(provider)) return { provider, separator, model: text.slice(at + 1) };
  }
  const at = text.lastIndexOf('@');
  if (at > 0) {
    const after = text.slice(at + 1);
    if (index.isProvider(after)) return { provider: after, separator: '@', model: text.slice(0, at) };
    if (index.withBareId(text.slice(0, at)).length > 0)
      return { separator: '@', model: text.slice(0, at), providerPrefix: after };
  }
  return { model: text };
}

/** A model ID spelled the way the user spells its provider. */
export function spell(provider: string | undefined, separator: Separator | undefined, id: string): string {
  if (provider === undefined || separator === undefined) return id;
  return separator === '@' ? `${id}@${provider}` : `${provider}${separator}${id}`;
}

/** The separator a language's ecosystem puts between provider and model when the user has not typed one yet. */
export function defaultSeparator(languageId: string): Separator {
  return languageById(languageId)?.separator ?? '/';
}
