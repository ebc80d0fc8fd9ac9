// Catalogs spell one provider several ways (`amazon_bedrock`, `amazon-bedrock`, LiteLLM's `bedrock`).
// Records are merged and looked up under one canonical key so every spelling finds the same model.

/** Catalog-specific provider names that mean a provider models.dev names differently. */
const ALIASES: Readonly<Record<string, string>> = {
  'gemini': 'google',
  'vertex-ai': 'google-vertex',
  'vertex-ai-language-models': 'google-vertex',
  'vertex-ai-anthropic-models': 'google-vertex-anthropic',
  'bedrock': 'amazon-bedrock',
  'bedrock-converse': 'amazon-bedrock',
  'together-ai': 'togetherai',
  'fireworks': 'fireworks-ai',
  'mistralai': 'mistral',
  'cohere-chat': 'cohere',
  'text-completion-openai': 'openai',
};

/** Recent answers, bounded: lookups run for every string literal, and strings in code are unbounded. */
const remembered = new Map<string, string>();
const REMEMBER_AT_MOST = 4096;

/** `Amazon_Bedrock` → `amazon-bedrock`; LiteLLM `gemini` → `google`. */
export function canonicalProvider(provider: string): string {
  let canonical = remembered.get(provider);
  if (canonical === undefined) {
    const folded = provider.toLowerCase().replace(/_/g, '-');
    canonical = Object.hasOwn(ALIASES, folded) ? ALIASES[folded] : folded;
    if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
    remembered.set(provider, canonical);
  }
  return canonical;
}
