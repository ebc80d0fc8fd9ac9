// The model IDs an index holds for one provider, sorted: what tests of loading and caching compare.
import type { ModelIndex } from '../../server/src/catalog/modelIndex';

export function idsOf(index: ModelIndex, provider: string): string[] {
  return [...index.providerSlice(provider)].map(row => index.id(row));
}
