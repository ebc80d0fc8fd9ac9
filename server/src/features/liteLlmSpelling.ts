// How LiteLLM is offered a model with no provider typed (`completion(model="…")`, a proxy's `litellm_params.model`):
// the IDs LiteLLM routes itself bare (`gpt-4o`, `claude-…`), every other with its route (`xai/grok-4.7`,
// `fireworks_ai/nomic-ai/…`), and none it would send to a provider that does not serve it.
import type { ModelIndex } from '../catalog/modelIndex';
import { LITELLM_BARE_IDS } from '../catalog/providerNames';
import { dialectNames, dialectProvider, dialectProviderName } from './modelReading';

/**
 * How LiteLLM reads a row's ID written bare: as its own provider's; as the ID of a provider no loaded catalog lists,
 * whose model the row mirrors (the AI Gateway's `voyage/voyage-4`, Voyage's `voyage-4`); or as another listed
 * provider's, whose own row answers for it where it serves the model at all (the AI Gateway's
 * `anthropic/claude-opus-5.5-fast`, which Anthropic does not serve).
 */
function bareReading(index: ModelIndex, row: number): 'own' | 'mirror' | 'wrong' {
  const id = index.id(row);
  const slash = id.indexOf('/');
  if (slash <= 0) return 'own';
  const named = dialectProvider('litellm', id.slice(0, slash));
  if (named === undefined || named === index.provider(row)) return 'own';
  return index.providerSlice(named).length === 0 ? 'mirror' : 'wrong';
}

/** Whether LiteLLM can be offered the row: a provider it names, and an ID it would not send elsewhere. */
export function offeredToLiteLlm(index: ModelIndex, row: number): boolean {
  return dialectNames('litellm', index.provider(row)) && bareReading(index, row) !== 'wrong';
}

/** The row as LiteLLM takes it: bare where LiteLLM finds the provider itself or the ID names it, else with its route. */
export function liteLlmLabel(index: ModelIndex, row: number): string {
  const id = index.id(row);
  const provider = index.provider(row);
  if (bareReading(index, row) === 'mirror') return id;
  if (Object.hasOwn(LITELLM_BARE_IDS, provider) && LITELLM_BARE_IDS[provider].test(id)) return id;
  return `${dialectProviderName('litellm', provider)}/${id}`;
}
