// One index over every loaded catalog: merges records of the same model, answers every spelling of SPEC §4
// (`provider:model`, `provider/model`, `model@provider`, bare) and prefix queries by binary search.
import fuzzysort, { type Snapshot } from 'fuzzysort';
import type { ModelRecord } from './modelRecord';
import { canonicalProvider } from './providers';

const SEP = '\u0000';
/** fuzzysort score below which a match is noise (1 is exact, 0.5 good). */
const FUZZY_THRESHOLD = 0.3;
const FUZZY_SEARCHES_PER_RENEWAL = 1000;

export class ModelIndex {
  /** canonical provider + SEP + id (or alias) → record. */
  private readonly byKey = new Map<string, ModelRecord>();
  /** bare id (or alias) → the record, or the records of every provider that has it, earliest source first. */
  private readonly byBareId = new Map<string, ModelRecord | ModelRecord[]>();
  /** canonical provider → its model IDs, sorted, for prefix queries. */
  private readonly sortedIdsByProvider = new Map<string, string[]>();
  private readonly sortedBareIds: string[] = [];
  /** Fuzzy-search snapshots of the ID lists, made on first use. */
  private readonly fuzzySnapshots = new Map<string | undefined, Snapshot>();
  private fuzzySearches = 0;
  readonly models: number;

  /** `catalogs` in precedence order: on a conflicting field the earlier catalog wins; sources are concatenated. */
  constructor(catalogs: Iterable<readonly ModelRecord[]>) {
    const canonical = new Map<string, string>();
    const keyOf = (record: ModelRecord): string => {
      let provider = canonical.get(record.provider);
      if (provider === undefined) canonical.set(record.provider, (provider = canonicalProvider(record.provider)));
      return provider + SEP + record.id;
    };
    for (const records of catalogs) {
      for (const record of records) {
        const key = keyOf(record);
        const earlier = this.byKey.get(key);
        this.byKey.set(key, earlier ? mergeRecords(earlier, record) : record);
      }
    }
    this.models = this.byKey.size;
    const withAliases: [string, ModelRecord][] = [];
    for (const [key, record] of this.byKey) {
      const provider = key.slice(0, key.indexOf(SEP));
      const ids = this.sortedIdsByProvider.get(provider);
      if (ids) ids.push(record.id);
      else this.sortedIdsByProvider.set(provider, [record.id]);
      if (!this.byBareId.has(record.id)) this.sortedBareIds.push(record.id);
      this.addBareId(record.id, record);
      if (record.aliases) withAliases.push([provider, record]);
    }
    // Aliases answer lookups but never shadow a real ID, and are not offered as completions.
    for (const [provider, record] of withAliases) {
      for (const alias of record.aliases!) {
        const aliasKey = provider + SEP + alias;
        if (this.byKey.has(aliasKey)) continue;
        this.byKey.set(aliasKey, record);
        this.addBareId(alias, record);
      }
    }
    // Default sort compares UTF-16 code units, as `<` and `lowerBound` do.
    for (const ids of this.sortedIdsByProvider.values()) ids.sort();
    this.sortedBareIds.sort();
  }

  get providerCount(): number {
    return this.sortedIdsByProvider.size;
  }

  isProvider(provider: string): boolean {
    return this.sortedIdsByProvider.has(canonicalProvider(provider));
  }

  /** The model `id` of `provider` (any spelling of the provider; aliases of the model count). */
  get(provider: string, id: string): ModelRecord | undefined {
    return this.byKey.get(canonicalProvider(provider) + SEP + id);
  }

  /** Every provider's model with this bare ID or alias. */
  withBareId(id: string): readonly ModelRecord[] {
    const found = this.byBareId.get(id);
    return found === undefined ? [] : Array.isArray(found) ? found : [found];
  }

  /**
   * The models a string names, best reading first. A provider prefix counts only when it is a known provider,
   * so `anthropic.claude-3-5-sonnet-20240620-v1:0` and OpenRouter's `openai/gpt-4o` still resolve as bare IDs.
   */
  resolve(text: string): ModelRecord[] {
    const found: ModelRecord[] = [];
    const add = (record: ModelRecord | undefined): void => {
      if (record && !found.includes(record)) found.push(record);
    };
    const colon = text.indexOf(':');
    if (colon > 0 && this.isProvider(text.slice(0, colon))) add(this.get(text.slice(0, colon), text.slice(colon + 1)));
    const at = text.lastIndexOf('@');
    if (at > 0 && this.isProvider(text.slice(at + 1))) add(this.get(text.slice(at + 1), text.slice(0, at)));
    const slash = text.indexOf('/');
    if (slash > 0 && this.isProvider(text.slice(0, slash))) add(this.get(text.slice(0, slash), text.slice(slash + 1)));
    for (const record of this.withBareId(text)) add(record);
    return found;
  }

  /** Model IDs starting with `prefix`, in sorted order: of one provider, or bare IDs of all providers. */
  idsWithPrefix(provider: string | undefined, prefix: string, limit = Infinity): string[] {
    const ids = provider === undefined ? this.sortedBareIds : this.sortedIdsByProvider.get(canonicalProvider(provider));
    if (!ids) return [];
    const out: string[] = [];
    for (let i = lowerBound(ids, prefix); i < ids.length && out.length < limit && ids[i].startsWith(prefix); i++) {
      out.push(ids[i]);
    }
    return out;
  }

  /**
   * The `count` model IDs next to where `text` would sort: in sorted order these are the IDs sharing the longest
   * beginning with it, the natural candidates for "did you mean".
   */
  idsAround(provider: string | undefined, text: string, count: number): string[] {
    const ids = provider === undefined ? this.sortedBareIds : this.sortedIdsByProvider.get(canonicalProvider(provider));
    if (!ids) return [];
    const at = lowerBound(ids, text);
    const start = Math.max(0, Math.min(at - (count >> 1), ids.length - count));
    return ids.slice(start, start + count);
  }

  /** Model IDs that fuzzily match `query` (of one provider, or bare IDs of all), best first. */
  idsMatching(provider: string | undefined, query: string, limit: number): string[] {
    const scope = provider === undefined ? undefined : canonicalProvider(provider);
    const ids = scope === undefined ? this.sortedBareIds : this.sortedIdsByProvider.get(scope);
    if (!ids || !query) return [];
    // A snapshot prepares each ID it comes across and keeps it: renewed now and then, the snapshots' memory stays
    // bounded however many different queries a long session sends.
    if (++this.fuzzySearches % FUZZY_SEARCHES_PER_RENEWAL === 0) this.fuzzySnapshots.clear();
    let snapshot = this.fuzzySnapshots.get(scope);
    if (!snapshot) this.fuzzySnapshots.set(scope, (snapshot = fuzzysort.snapshot(ids)));
    return fuzzysort.go(query, snapshot, { limit, threshold: FUZZY_THRESHOLD }).map(result => result.target);
  }

  /** Canonical provider IDs, sorted. */
  providers(): string[] {
    return [...this.sortedIdsByProvider.keys()].sort();
  }

  private addBareId(id: string, record: ModelRecord): void {
    const found = this.byBareId.get(id);
    if (found === undefined) this.byBareId.set(id, record);
    else if (Array.isArray(found)) found.push(record);
    else this.byBareId.set(id, [found, record]);
  }
}

/** Field-wise merge: the earlier record's defined fields win; the later one fills gaps and adds its sources. */
export function mergeRecords(earlier: ModelRecord, later: ModelRecord): ModelRecord {
  const merged: ModelRecord = { ...later, ...stripUndefined(earlier) };
  merged.sources = [...earlier.sources, ...later.sources.filter(s => !earlier.sources.includes(s))];
  if (earlier.aliases && later.aliases) merged.aliases = [...new Set([...earlier.aliases, ...later.aliases])];
  return merged;
}

function stripUndefined(record: ModelRecord): Partial<ModelRecord> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined) out[k] = v;
  return out;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
