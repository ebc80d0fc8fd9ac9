// How LiteLLM is offered a model with no provider typed (`completion(model="…")`, a proxy's `litellm_params.model`):
// the IDs LiteLLM routes itself bare (`gpt-4o`, `claude-…`), every other with its route (`xai/grok-4.7`,
// `fireworks_ai/nomic-ai/…`), and none it would send to a provider that does not serve it.
import type { ModelSlot } from '../callContexts/modelSlots';
import type { ModelIndex } from '../catalog/modelIndex';
import { LITELLM_BARE_IDS } from '../catalog/providerNames';
import { dialectNames, dialectProviderName, readModelText } from './modelReading';

/**
 * How LiteLLM reads a row's ID written bare: as its own provider's; as another provider's whose model it mirrors (the
 * AI Gateway's `voyage/voyage-4` is Voyage's `voyage-4`, right where Voyage lists it or no catalog knows Voyage); or as
 * another provider's ID it is not (the AI Gateway's `anthropic/claude-opus-5.5-fast`, which Anthropic does not serve).
 */
function bareReading(index: ModelIndex, row: number, slot: ModelSlot): 'own' | 'mirror' | 'wrong' {
  const id = index.id(row);
  if (!id.includes('/')) return 'own';
  const read = readModelText(id, slot, index);
  if (read.provider === undefined || read.provider === index.provider(row)) return 'own';
  if (index.providerSlice(read.provider).length === 0) return 'mirror';
  // As written: Anthropic's API takes `claude-sonnet-4-5`, not the AI Gateway's `claude-sonnet-4.5`.
  return index.resolveNamed(read.provider, read.model)?.reading === 'exact' ? 'mirror' : 'wrong';
}

/** Whether LiteLLM can be offered the row: a provider it names, and an ID it would not send elsewhere. */
export function offeredToLiteLlm(index: ModelIndex, row: number, slot: ModelSlot): boolean {
  return dialectNames('litellm', index.provider(row)) && bareReading(index, row, slot) !== 'wrong';
}

/** The row as LiteLLM takes it: bare where LiteLLM finds the provider itself or the ID names it, else with its route. */
export function liteLlmLabel(index: ModelIndex, row: number, slot: ModelSlot): string {
  const id = index.id(row);
  const provider = index.provider(row);
  if (bareReading(index, row, slot) === 'mirror') return id;
  if (Object.hasOwn(LITELLM_BARE_IDS, provider) && LITELLM_BARE_IDS[provider].test(id)) return id;
  return `${dialectProviderName('litellm', provider)}/${id}`;
}
