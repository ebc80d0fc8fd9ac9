// Which models fit a call's model argument (SPEC §4 "Call contexts"): an embedding call's are embedding models; an
// image, video, speech, transcription or moderation call's, the models that make, hear or judge that medium; a
// language-model call's, the models that take and answer text only. Completion offers the fitting ones first, and
// where a provider's catalogs list none of the call's kind (models.dev lists no embedding model for Bedrock), the
// kind is listed in part: no model of another kind is offered in its place and only near misses are reported.
import type { Medium } from '../callContexts/modelCallTable';
import type { ModelSlot } from '../callContexts/modelSlots';
import { foldId } from '../catalog/identity';
import type { ModelColumns } from '../catalog/modelColumns';
import type { ModelIndex } from '../catalog/modelIndex';

/** Embedding models by name (or by LiteLLM's mode: `voyage-3.5`): the catalogs give them text in and out, like chat
 *  models. */
const EMBEDDING_ID = /embed/;

/** Models of each medium by name, for those the catalogs give no modalities (`whisper-1`, `tts-1`, `dall-e-3`). */
const MEDIUM_ID: Readonly<Record<Medium, RegExp>> = {
  image: /image|dall-e|imagen|flux|stable-diffusion|sdxl/,
  video: /video|veo-|sora|kling|seedance|hailuo/,
  speech: /tts|speech|voice|eleven[-_]/,
  transcription: /whisper|transcri|stt/,
  moderation: /moderation|guard|shield/,
};

/** Models of other kinds by name, which a chat endpoint rejects though the catalogs may give them text in and out:
 *  each medium's, and realtime and audio models, music, reranking. */
const NOT_CHAT_ID = new RegExp(
  [...Object.values(MEDIUM_ID).map(medium => medium.source), 'realtime|audio|lyria|rerank'].join('|'),
);

/**
 * Whether an ID names, by its name, a model of a kind other than chat (`imagen-4.0-generate-001`, `veo-3.1-…`,
 * `whisper-1`, `text-embedding-3-small`, `rerank-v3.5`): the kinds the catalogs list only in part.
 */
export function namesOtherKind(id: string): boolean {
  const folded = foldId(id);
  return NOT_CHAT_ID.test(folded) || EMBEDDING_ID.test(folded);
}

/** The catalogs' modalities of each medium's models: images or video out; audio out from text (not a realtime model,
 * which hears audio too); audio in, answered in text. The catalogs give moderation models no modality of their own. */
const MEDIUM_MODALITIES: Readonly<Record<Medium, (columns: ModelColumns, row: number) => boolean>> = {
  image: (c, row) => c.hasModality(row, 'output', 'image'),
  video: (c, row) => c.hasModality(row, 'output', 'video'),
  speech: (c, row) => c.hasModality(row, 'output', 'audio') && !c.hasModality(row, 'input', 'audio'),
  transcription: (c, row) => c.hasModality(row, 'input', 'audio') && !c.hasModality(row, 'output', 'audio'),
  moderation: () => false,
};

/**
 * Which rows fit a call's argument: not `grok-imagine-video`, `whisper-1`, `gemini-embedding-001`, `gpt-image-1.5`,
 * `gpt-realtime` or `voyage/rerank-3` for a language-model call. Undefined where nothing is preferred (model-named keys;
 * other partly listed kinds).
 */
export function callFits(index: ModelIndex, slot: ModelSlot | undefined): ((row: number) => boolean) | undefined {
  if (slot?.kind !== 'call') return undefined;
  if (slot.embedding)
    return row => EMBEDDING_ID.test(index.folded[row]) || index.columns.hasCapability(row, 'embeddings');
  const { media } = slot;
  if (media) return row => MEDIUM_MODALITIES[media](index.columns, row) || MEDIUM_ID[media].test(index.folded[row]);
  if (slot.typosOnly && !slot.clientUnknown) return undefined;
  const { columns, folded } = index;
  return row =>
    columns.chatsInText(row) &&
    !columns.hasModality(row, 'output', 'image') &&
    !columns.hasModality(row, 'output', 'audio') &&
    !EMBEDDING_ID.test(folded[row]) &&
    !NOT_CHAT_ID.test(folded[row]);
}

/**
 * The rows a call's argument cannot name, ruled out as "did you mean": for a language-model call, models that do not
 * answer in text or are another kind by name (`gemini-2.5-pro-tts`), not the chat models that also make images
 * (`gemini-2.0-flash-001`); for another call, those that do not fit it. Undefined where the kind is a guess.
 */
export function otherKind(index: ModelIndex, slot: ModelSlot | undefined): ((row: number) => boolean) | undefined {
  if (slot?.kindGuessed) return undefined;
  const fits = callFits(index, slot);
  if (fits === undefined || slot?.embedding || slot?.media) return fits && (row => !fits(row));
  const { columns, folded } = index;
  return row => !columns.chatsInText(row) || EMBEDDING_ID.test(folded[row]) || NOT_CHAT_ID.test(folded[row]);
}

/** Per index, per provider and kind: whether any row fits (a provider's slice is read once per index). */
const listed = new WeakMap<ModelIndex, Map<string, boolean>>();

/** Whether `provider`'s catalogs list any model of an embedding or media call's kind (any provider's, when none). */
export function listsCallKind(index: ModelIndex, slot: ModelSlot | undefined, provider: string | undefined): boolean {
  const kind = slot?.embedding ? 'embedding' : slot?.media;
  if (kind === undefined || provider === undefined) return true;
  let known = listed.get(index);
  if (!known) listed.set(index, (known = new Map()));
  const key = `${provider}|${kind}`;
  let found = known.get(key);
  if (found === undefined) {
    const fits = callFits(index, slot);
    found = fits === undefined || index.providerSlice(provider).some(row => fits(row));
    known.set(key, found);
  }
  return found;
}
