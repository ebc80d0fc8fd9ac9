// Who made a model (SPEC §4 "Model identity"): the first-party provider whose catalog record is the model's own
// facts, as opposed to resellers, gateways and clouds that offer it too. Data, derived from models.dev (see
// docs/call-contexts.md); `creatorOf` in identity.ts reads it.

/** First-party creators for model identity (SPEC §4): models.dev provider id → prefixes of the model IDs it creates,
 *  lower case, matched case-insensitively against the model part of an ID (after any `creator/`, `provider:` or
 *  Bedrock region prefix such as `us.`); the longest matching prefix wins (`text-embedding-004` → google, not openai;
 *  `llama-3.1-nemotron-…` → nvidia, not llama). Derived from the IDs each first-party provider lists in
 *  models-dev-api.json, plus families the creator retired from its own list but resellers still carry (dall-e,
 *  whisper, text-embedding-ada, claude-2, gemini-1.5, …), and from the bundled catalog for the creators it adds (Meta's
 *  own API, `meta`, for its Muse models; ByteDance's Doubao on `volcengine`; Sakana AI; Ant's Ling and Ring on
 *  `bailing`). Meta's Llama models are served first-party by `llama` (Llama API);
 *  Amazon's by `nova` (Nova API) and, in Bedrock's own spelling, `amazon-bedrock`; Microsoft's Phi/MAI by `azure`;
 *  Z.ai's GLM by `zai` (international) with `zhipuai` as its mainland-China twin. */
export const CREATOR_PROVIDERS: Readonly<Record<string, readonly string[]>> = {
  'openai': [
    'gpt-',
    'chatgpt-',
    'o1',
    'o3',
    'o4',
    'codex-',
    'computer-use-',
    'text-embedding-',
    'dall-e',
    'gpt-image',
    'whisper',
    'tts-',
    'omni-moderation',
    'text-moderation',
    'sora',
    'davinci',
    'babbage',
  ],
  'anthropic': ['claude-'],
  'google': ['gemini-', 'gemma-', 'imagen-', 'veo-', 'text-embedding-00', 'embedding-', 'learnlm-', 'lyria'],
  'xai': ['grok-'],
  'mistral': [
    'mistral-',
    'codestral',
    'pixtral',
    'ministral',
    'magistral',
    'devstral',
    'voxtral',
    'open-mistral',
    'open-mixtral',
    'mixtral-',
    'labs-devstral',
  ],
  'deepseek': ['deepseek-'],
  'cohere': ['command', 'c4ai-', 'aya-', 'embed-', 'rerank-', 'north-'],
  'llama': ['llama-', 'llama3', 'llama4', 'meta-llama-'],
  'alibaba': ['qwen', 'qwq-', 'qvq-'],
  'moonshotai': ['kimi-', 'moonshot-'],
  'zai': ['glm-'],
  'minimax': ['minimax-', 'abab'],
  'xiaomi': ['mimo-'],
  'nova': ['nova-'],
  'amazon-bedrock': ['amazon.nova-', 'amazon.titan-', 'amazon.rerank-'],
  'azure': ['phi-', 'mai-'],
  'perplexity': ['sonar', 'r1-1776'],
  'inception': ['mercury'],
  'upstage': ['solar-'],
  'stepfun': ['step-'],
  'poolside': ['laguna-'],
  'morph': ['morph-'],
  'nvidia': ['nemotron', 'llama-3.1-nemotron', 'llama-nemotron', 'nv-embed'],
  'v0': ['v0-'],
  'sarvam': ['sarvam-'],
  'groq': ['compound'],
  'meta': ['muse-'],
  'volcengine': ['doubao-'],
  'sakana': ['fugu', 'sakana-'],
  'bailing': ['ling-', 'ring-'],
};

/**
 * A creator's second first-party service, in another region (models.dev lists them as providers of their own): its
 * record is the creator's too, where the creator's main service does not list the model (Alibaba's `qwq-32b` is
 * listed by DashScope China only).
 */
export const FIRST_PARTY_TWINS: Readonly<Record<string, readonly string[]>> = {
  alibaba: ['alibaba-cn'],
  zai: ['zhipuai'],
  moonshotai: ['moonshotai-cn'],
  minimax: ['minimax-cn'],
};
