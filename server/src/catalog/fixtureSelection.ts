// Which of a provider's models a stub fixture holds (issue 13, `model-registry fixture`): a few current models that
// between them span the provider's capabilities, context sizes and price tiers, the newest preferred. Pure and
// deterministic: the same index (and date) gives the same rows, so a regenerated fixture only changes with the data.
//
// Candidates are the provider's callable rows that are not deprecated or retired, one row per model: a dated
// snapshot gives way to the undated ID it is a version of (`gpt-4o-2024-08-06` → `gpt-4o`), a `-latest` alias to the
// version it follows. Stable chat models with a context window and prices come first; previews, `-latest` aliases,
// embeddings, image or audio generators and models without prices fill in only when there are too few. Rows are then
// picked greedily: each pick is the candidate that adds the most not yet covered facets (a price tier, a context-size
// bucket, a capability, the lack of a key capability, a model family), ties going to the newer release, then to the
// smaller ID.
import { dateNumber } from './indexBuild';
import { isVersionOf, latestAliasBase } from './identity';
import type { ModelIndex } from './modelIndex';
import type { ModelRecord } from './modelRecord';

/** Weights of the facets a pick may add: tiers and sizes matter most, then the capabilities tests branch on. */
const WEIGHTS = { tier: 3, keyCapability: 2, family: 2, capability: 1, lacks: 1 } as const;
const KEY_CAPABILITIES = ['tool_call', 'reasoning', 'vision'] as const;
const OTHER_CAPABILITIES = ['structured_output', 'pdf_input', 'audio_input', 'audio_output', 'web_search'] as const;
const BUCKETS = ['low', 'mid', 'high'] as const;
const UNSTABLE = /(?:^|[-_.:/])(?:preview|exp|experimental|beta|alpha)(?:$|[-_.:\d])/;
const VERSION_SUFFIX = /^(.+)-(?:\d{3,8}|\d{4}-\d{2}-\d{2})$/;

interface Candidate {
  row: number;
  /** A chat model with a context window and prices, released as stable. */
  preferred: boolean;
  released: number;
  facets: Map<string, number>;
}

/**
 * Up to `count` rows of `provider` (its canonical ID) for a stub fixture, sorted by folded ID; fewer when the
 * provider has fewer current models, none when it has none.
 */
export function selectFixtureRows(index: ModelIndex, provider: string, count: number, today: string): number[] {
  const candidates = currentModels(index, provider, today).map(row => describe(index, row));
  const preferred = candidates.filter(c => c.preferred);
  addTierFacets(index, candidates, preferred.length > 0 ? preferred : candidates);
  const picked: Candidate[] = [];
  const covered = new Set<string>();
  for (const pool of [preferred, candidates.filter(c => !c.preferred)]) {
    const left = [...pool];
    while (picked.length < count && left.length > 0) {
      let best = 0;
      for (let i = 1; i < left.length; i++) if (better(index, left[i], left[best], covered)) best = i;
      const [pick] = left.splice(best, 1);
      picked.push(pick);
      for (const facet of pick.facets.keys()) covered.add(facet);
    }
  }
  return picked.map(c => c.row).sort((a, b) => compareIds(index, a, b));
}

/**
 * The provider's callable, current rows, one per model (see the file comment), in folded-ID order. A row only a stub
 * fixture lists (one loaded as a catalog too) is none: a fixture is no evidence that a model exists.
 */
export function currentModels(index: ModelIndex, provider: string, today: string): number[] {
  const current = [...index.providerSlice(provider)].filter(
    row =>
      index.callable[row] === 1 &&
      !index.lifecycle(row, today).retired &&
      index.columns.sourcesOf(row).some(source => !source.fixture),
  );
  const byFolded = new Map(current.map(row => [index.folded[row], row]));
  const kept = current.filter(row => {
    const folded = index.folded[row];
    const target = latestAliasBase(folded) === undefined ? undefined : index.aliasTarget(row);
    if (target !== undefined && byFolded.get(index.folded[target]) === target) return false;
    const base = VERSION_SUFFIX.exec(folded)?.[1];
    return base === undefined || !isVersionOf(folded, base) || !byFolded.has(base);
  });
  // Two spellings of one model at one provider (`…:free` at OpenRouter): the shorter ID stands for it.
  const byModel = new Map<number, number>();
  for (const row of kept) {
    const model = index.modelOf[row];
    const seen = byModel.get(model);
    if (seen === undefined || index.folded[row].length < index.folded[seen].length) byModel.set(model, row);
  }
  return kept.filter(row => byModel.get(index.modelOf[row]) === row);
}

function describe(index: ModelIndex, row: number): Candidate {
  const record = index.record(row);
  const capabilities = new Set(record.capabilities ?? []);
  if (record.modalities?.input.includes('image')) capabilities.add('vision');
  const facets = new Map<string, number>();
  for (const capability of KEY_CAPABILITIES) {
    if (capabilities.has(capability)) facets.set(`has:${capability}`, WEIGHTS.keyCapability);
    else facets.set(`lacks:${capability}`, WEIGHTS.lacks);
  }
  for (const capability of OTHER_CAPABILITIES)
    if (capabilities.has(capability)) facets.set(`has:${capability}`, WEIGHTS.capability);
  if (record.family !== undefined) facets.set(`family:${record.family}`, WEIGHTS.family);
  return { row, preferred: isStableChatModel(record), released: dateNumber(record.releaseDate), facets };
}

/**
 * Text in and only text out (when the catalog says), not an embedding model, with a context window and both prices,
 * and a stable, pinned ID (no preview, no `-latest` alias).
 */
function isStableChatModel(record: ModelRecord): boolean {
  const { modalities } = record;
  if (modalities && (!modalities.input.includes('text') || modalities.output.some(m => m !== 'text'))) return false;
  if (record.capabilities?.includes('embeddings') || /embed/i.test(record.id)) return false;
  const id = record.id.toLowerCase();
  if (UNSTABLE.test(id) || id.endsWith('-latest') || (record.status !== undefined && record.status !== 'active'))
    return false;
  return (
    record.contextWindow !== undefined &&
    record.inputPricePerMTok !== undefined &&
    record.outputPricePerMTok !== undefined &&
    record.outputPricePerMTok > 0
  );
}

/**
 * Price tiers (input + output price per 1M tokens) and context-size buckets: thirds of the log scale between the
 * smallest and largest value among `scale` (the stable chat models, when there are any: an embedding model's tiny
 * context must not make every chat model "high"), so a tier means the same however many models crowd one end.
 */
function addTierFacets(index: ModelIndex, candidates: readonly Candidate[], scale: readonly Candidate[]): void {
  const price = (row: number): number | undefined => {
    const input = index.columns.number(row, 'inputPricePerMTok');
    const output = index.columns.number(row, 'outputPricePerMTok');
    return input === undefined || output === undefined ? undefined : input + output;
  };
  const context = (row: number): number | undefined => index.columns.number(row, 'contextWindow');
  for (const [name, value] of [
    ['price', price],
    ['context', context],
  ] as const) {
    const values = scale.map(c => value(c.row)).filter((v): v is number => v !== undefined && v > 0);
    const low = Math.log(Math.min(...values));
    const span = Math.log(Math.max(...values)) - low;
    for (const candidate of candidates) {
      const v = value(candidate.row);
      if (v === undefined) continue;
      const third =
        v <= 0 || !(span >= 0)
          ? 0
          : span === 0
            ? 1
            : Math.max(0, Math.min(2, Math.floor((3 * (Math.log(v) - low)) / span)));
      candidate.facets.set(`${name}:${BUCKETS[third]}`, WEIGHTS.tier);
    }
  }
}

/** Whether `a` is the better next pick than `b`: more uncovered facet weight, then newer, then the smaller ID. */
function better(index: ModelIndex, a: Candidate, b: Candidate, covered: ReadonlySet<string>): boolean {
  const gain = (c: Candidate): number => {
    let sum = 0;
    for (const [facet, weight] of c.facets) if (!covered.has(facet)) sum += weight;
    return sum;
  };
  const ga = gain(a);
  const gb = gain(b);
  if (ga !== gb) return ga > gb;
  if (a.released !== b.released) return a.released > b.released;
  return compareIds(index, a.row, b.row) < 0;
}

function compareIds(index: ModelIndex, a: number, b: number): number {
  const fa = index.folded[a];
  const fb = index.folded[b];
  if (fa !== fb) return fa < fb ? -1 : 1;
  return index.id(a) < index.id(b) ? -1 : index.id(a) > index.id(b) ? 1 : 0;
}
