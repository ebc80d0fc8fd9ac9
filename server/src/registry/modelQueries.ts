// Every question the language features ask of the loaded catalogs, answered through the generation cache. This is
// the one place that knows the cache's keys and how much memory each answer takes; features never see the LRU.
import { distance } from 'fastest-levenshtein';
import type { ModelIndex } from '../catalog/modelIndex';
import type { ModelRecord } from '../catalog/modelRecord';
import { spell, type TypedModelId } from '../catalog/modelSpelling';
import type { GenerationCache } from './generationCache';

/**
 * The answer to one typed text of a completion request, in rank order. It holds only references to the index's own
 * strings, so a full cache stays small; labels are spelled per request from the typed provider and separator.
 */
export interface Candidates {
  /** Canonical provider IDs offered as `provider:` to keep typing from. */
  providers: string[];
  /** For `gpt-4o@op…`: the providers of that model, offered as `gpt-4o@provider`. */
  atProviders: string[];
  /** Model IDs: prefix matches, then from `fuzzyFrom` on, fuzzy ones. */
  ids: string[];
  fuzzyFrom: number;
  cut: boolean;
}

/** Candidates ranked per unknown ID: enough to find the closest, few enough for thousands of literals. */
const SUGGESTION_POOL = 12;
const FUZZY_POOL = 6;
const SEP = '\u0000';

export class ModelQueries {
  constructor(
    private readonly index: () => ModelIndex,
    private readonly cache: GenerationCache,
  ) {}

  /** The loaded index, for look-ups that need no cache (a record by provider and ID, provider names). */
  get models(): ModelIndex {
    return this.index();
  }

  /** Every model a string names, best reading first. */
  resolve(text: string): readonly ModelRecord[] {
    // The records belong to the index; the entry itself is only an array of references.
    return this.cache.get(
      `resolve${SEP}${text}`,
      () => this.index().resolve(text),
      records => 16 + records.length * 8,
    );
  }

  /** The completion candidates for what was typed, at most `limit` of them (`cut` when there were more). */
  completions(typed: TypedModelId, limit: number): Candidates {
    const key = ['completion', typed.provider, typed.separator, typed.model, typed.providerPrefix, limit].join(SEP);
    return this.cache.get(key, () => findCandidates(this.index(), typed, limit), candidatesSize);
  }

  /** The `count` known IDs closest to an unknown one, spelled like it. */
  suggestions(content: string, typed: TypedModelId, count: number): string[] {
    return this.cache.get(`suggest${SEP}${count}${SEP}${content}`, () => closestIds(this.index(), typed, count));
  }
}

function findCandidates(index: ModelIndex, typed: TypedModelId, limit: number): Candidates {
  const candidates: Candidates = { providers: [], atProviders: [], ids: [], fuzzyFrom: 0, cut: false };
  let room = limit + 1; // one more than fits tells that the list was cut
  const { provider, separator, model } = typed;
  if (separator === '@' && provider === undefined) {
    // `gpt-4o@op…`: the providers that have this model.
    for (const record of index.withBareId(model)) {
      if (room === 0) break;
      if (!record.provider.startsWith(typed.providerPrefix ?? '')) continue;
      candidates.atProviders.push(record.provider);
      room--;
    }
  } else {
    // A typed provider name most likely leads to `provider:`; its bare-ID namesakes follow.
    if (provider === undefined && model) {
      const lower = model.toLowerCase();
      for (const p of index.providers()) {
        if (room === 0) break;
        if (!p.startsWith(lower)) continue;
        candidates.providers.push(p);
        room--;
      }
    }
    const seen = new Set<string>();
    for (const id of index.idsWithPrefix(provider, model, room)) seen.add(id);
    candidates.fuzzyFrom = seen.size;
    const fuzzyWorthIt = provider !== undefined ? model.length > 0 : model.length >= 2;
    if (seen.size < room && fuzzyWorthIt)
      for (const id of index.idsMatching(provider, model, room)) if (seen.size < room) seen.add(id);
    candidates.ids = [...seen];
    room -= seen.size;
  }
  candidates.cut = room <= 0;
  if (candidates.cut) trimLast(candidates);
  return candidates;
}

/** Drops the one candidate past the limit (it only showed that there were more). */
function trimLast(candidates: Candidates): void {
  if (candidates.ids.length) candidates.ids.pop();
  else if (candidates.atProviders.length) candidates.atProviders.pop();
  else candidates.providers.pop();
}

/** The entry's own memory: three arrays of references to strings the index already holds. */
function candidatesSize(candidates: Candidates): number {
  return 64 + 8 * (candidates.providers.length + candidates.atProviders.length + candidates.ids.length);
}

/**
 * The closest known IDs, spelled like the typed text: the longest shared beginning first (a typo's tail matters
 * less than the family it starts with), then edit distance. Candidates are prefix and fuzzy matches.
 */
function closestIds(index: ModelIndex, typed: TypedModelId, count: number): string[] {
  const { provider, separator, model } = typed;
  // Ranked by shared beginning first, so the best candidates are the sorted neighbours of the typed ID; the
  // fuzzy search adds the ones a typo near the start would hide.
  const pool = new Set(index.idsAround(provider, model, SUGGESTION_POOL));
  const longestShared = Math.max(0, ...Array.from(pool, id => sharedPrefixLength(model, id)));
  if (longestShared * 2 < model.length) for (const id of index.idsMatching(provider, model, FUZZY_POOL)) pool.add(id);
  return [...pool]
    .map(id => ({ id, shared: sharedPrefixLength(model, id), edits: distance(model, id) }))
    .sort((a, b) => b.shared - a.shared || a.edits - b.edits || (a.id < b.id ? -1 : 1))
    .slice(0, count)
    .map(({ id }) => spell(provider, separator, id));
}

function sharedPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
