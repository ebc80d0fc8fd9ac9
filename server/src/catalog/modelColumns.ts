// The merged models of the index, one row per provider offering, stored by column: numbers in typed arrays, strings
// as references to the catalogs' own (interned where they repeat), rare fields in sparse maps. At 100,000 models
// this is a fraction of the memory of one object per model (issue 11: the product exists because registries bloated
// memory). `record(row)` builds the object view a hover or a completion item needs, on demand.
import type { LifecycleClaim, ModelRecord } from './modelRecord';

const NUMBER_FIELDS = [
  'contextWindow',
  'maxInput',
  'maxOutput',
  'inputPricePerMTok',
  'outputPricePerMTok',
  'cacheReadPricePerMTok',
  'cacheWritePricePerMTok',
  'inputPriceAbove200kPerMTok',
  'outputPriceAbove200kPerMTok',
] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

const STRING_FIELDS = [
  'name',
  'family',
  'knowledgeCutoff',
  'releaseDate',
  'status',
  'deprecationDate',
  'replacement',
] as const;
type StringField = (typeof STRING_FIELDS)[number];

/** Flag bits: whether a boolean field is known, and its value. */
const DEPRECATED_KNOWN = 1;
const DEPRECATED = 2;
const OPEN_WEIGHTS_KNOWN = 4;
const OPEN_WEIGHTS = 8;

/** A source as rows refer to it. */
export interface SourceRef {
  /** Short name for hovers: `models.dev`, `LiteLLM`, `model_registry.json`. */
  label: string;
  dataDate?: string;
}

export class ModelColumns {
  private capacity: number;
  size = 0;
  readonly providerNames: string[] = [];
  private readonly providerIndex = new Map<string, number>();
  private provider: Uint16Array;
  readonly ids: string[] = [];
  private numbers: Float64Array[];
  private readonly strings: Record<StringField, (string | undefined)[]>;
  private flags: Uint8Array;
  private capabilities: Int32Array;
  private modalities: Int32Array;
  private sources: Int32Array;
  private readonly interned = new Map<string, string>();
  private readonly capabilityLists: string[][] = [];
  private readonly capabilityListIndex = new Map<string, number>();
  private readonly modalityPairs: { input: string[]; output: string[] }[] = [];
  private readonly modalityPairIndex = new Map<string, number>();
  private readonly sourceLists: number[][] = [];
  private readonly sourceListIndex = new Map<string, number>();
  readonly sourceRefs: SourceRef[] = [];
  private readonly aliases = new Map<number, string[]>();
  private readonly claims = new Map<number, LifecycleClaim[]>();

  constructor(capacity = 1024) {
    this.capacity = Math.max(16, capacity);
    this.provider = new Uint16Array(this.capacity);
    this.numbers = NUMBER_FIELDS.map(() => new Float64Array(this.capacity).fill(NaN));
    this.strings = Object.fromEntries(STRING_FIELDS.map(f => [f, []])) as unknown as Record<
      StringField,
      (string | undefined)[]
    >;
    this.flags = new Uint8Array(this.capacity);
    this.capabilities = new Int32Array(this.capacity).fill(-1);
    this.modalities = new Int32Array(this.capacity).fill(-1);
    this.sources = new Int32Array(this.capacity).fill(-1);
  }

  /** A new row for `provider`'s `id`, empty but for those; returns its number. */
  addRow(provider: string, id: string): number {
    if (this.size === this.capacity) this.grow();
    const row = this.size++;
    let p = this.providerIndex.get(provider);
    if (p === undefined) {
      p = this.providerNames.length;
      this.providerNames.push(provider);
      this.providerIndex.set(provider, p);
    }
    this.provider[row] = p;
    this.ids.push(id);
    for (const field of STRING_FIELDS) this.strings[field].push(undefined);
    return row;
  }

  providerOf(row: number): string {
    return this.providerNames[this.provider[row]];
  }

  providerIndexOf(row: number): number {
    return this.provider[row];
  }

  /** Index of a provider in `providerNames`, or -1. */
  providerNumber(provider: string): number {
    return this.providerIndex.get(provider) ?? -1;
  }

  number(row: number, field: NumberField): number | undefined {
    const value = this.numbers[NUMBER_FIELDS.indexOf(field)][row];
    return Number.isNaN(value) ? undefined : value;
  }

  string(row: number, field: StringField): string | undefined {
    return this.strings[field][row];
  }

  deprecatedFlag(row: number): boolean | undefined {
    const flags = this.flags[row];
    return flags & DEPRECATED_KNOWN ? (flags & DEPRECATED) !== 0 : undefined;
  }

  lifecycleClaims(row: number): readonly LifecycleClaim[] {
    return this.claims.get(row) ?? [];
  }

  /**
   * Fills the row's missing fields from `record` (an earlier merge wins on every field it has), unions capabilities
   * and aliases, adds the source, and keeps the record's lifecycle claim with its source.
   */
  mergeInto(row: number, record: ModelRecord, source: number): void {
    NUMBER_FIELDS.forEach((field, i) => {
      const value = record[field];
      if (value !== undefined && Number.isNaN(this.numbers[i][row])) this.numbers[i][row] = value;
    });
    for (const field of STRING_FIELDS) {
      const value = record[field];
      if (value !== undefined && this.strings[field][row] === undefined) this.strings[field][row] = this.intern(value);
    }
    let flags = this.flags[row];
    if (record.deprecated !== undefined && !(flags & DEPRECATED_KNOWN))
      flags |= DEPRECATED_KNOWN | (record.deprecated ? DEPRECATED : 0);
    if (record.openWeights !== undefined && !(flags & OPEN_WEIGHTS_KNOWN)) {
      flags |= OPEN_WEIGHTS_KNOWN | (record.openWeights ? OPEN_WEIGHTS : 0);
    }
    this.flags[row] = flags;
    if (record.capabilities?.length)
      this.capabilities[row] = this.capabilityListOf(record.capabilities, this.capabilities[row]);
    if (record.modalities && this.modalities[row] < 0) this.modalities[row] = this.modalityPairOf(record.modalities);
    if (record.aliases?.length)
      this.aliases.set(row, [...new Set([...(this.aliases.get(row) ?? []), ...record.aliases])]);
    this.sources[row] = this.sourceListWith(this.sources[row], source);
    const claim = lifecycleClaim(record, this.sourceRefs[source]);
    if (claim) this.claims.set(row, [...(this.claims.get(row) ?? []), claim]);
  }

  /** Registers a source; rows refer to it by the number returned. */
  addSource(ref: SourceRef): number {
    this.sourceRefs.push(ref);
    return this.sourceRefs.length - 1;
  }

  sourcesOf(row: number): readonly SourceRef[] {
    const list = this.sources[row];
    return list < 0 ? [] : this.sourceLists[list].map(s => this.sourceRefs[s]);
  }

  aliasesOf(row: number): readonly string[] {
    return this.aliases.get(row) ?? [];
  }

  /** The row as a record, built on demand (hovers, completion details). */
  record(row: number): ModelRecord {
    const record: ModelRecord = {
      id: this.ids[row],
      provider: this.providerOf(row),
      sources: this.sourcesOf(row).map(s => s.label),
    };
    for (const field of STRING_FIELDS) {
      const value = this.strings[field][row];
      if (value !== undefined) record[field] = value;
    }
    for (const field of NUMBER_FIELDS) {
      const value = this.number(row, field);
      if (value !== undefined) record[field] = value;
    }
    const deprecated = this.deprecatedFlag(row);
    if (deprecated !== undefined) record.deprecated = deprecated;
    const flags = this.flags[row];
    if (flags & OPEN_WEIGHTS_KNOWN) record.openWeights = (flags & OPEN_WEIGHTS) !== 0;
    if (this.capabilities[row] >= 0) record.capabilities = this.capabilityLists[this.capabilities[row]];
    if (this.modalities[row] >= 0) record.modalities = this.modalityPairs[this.modalities[row]];
    const aliases = this.aliases.get(row);
    if (aliases) record.aliases = aliases;
    return record;
  }

  private intern(value: string): string {
    const known = this.interned.get(value);
    if (known !== undefined) return known;
    if (value.length <= 32) this.interned.set(value, value); // dates, statuses, families repeat; names rarely do
    return value;
  }

  private capabilityListOf(capabilities: readonly string[], current: number): number {
    const merged =
      current < 0 ? [...capabilities] : [...new Set([...this.capabilityLists[current], ...capabilities])].sort();
    const key = merged.join(',');
    let index = this.capabilityListIndex.get(key);
    if (index === undefined) {
      index = this.capabilityLists.length;
      this.capabilityLists.push(Object.freeze(merged) as string[]);
      this.capabilityListIndex.set(key, index);
    }
    return index;
  }

  private modalityPairOf(modalities: { input: string[]; output: string[] }): number {
    const key = `${modalities.input.join(',')}>${modalities.output.join(',')}`;
    let index = this.modalityPairIndex.get(key);
    if (index === undefined) {
      index = this.modalityPairs.length;
      this.modalityPairs.push(Object.freeze({ input: [...modalities.input], output: [...modalities.output] }));
      this.modalityPairIndex.set(key, index);
    }
    return index;
  }

  private sourceListWith(current: number, source: number): number {
    const list =
      current < 0
        ? [source]
        : this.sourceLists[current].includes(source)
          ? this.sourceLists[current]
          : [...this.sourceLists[current], source];
    const key = list.join(',');
    let index = this.sourceListIndex.get(key);
    if (index === undefined) {
      index = this.sourceLists.length;
      this.sourceLists.push(list);
      this.sourceListIndex.set(key, index);
    }
    return index;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const grown = <T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(array: T, fill?: number): T => {
      const next = new (array.constructor as new (length: number) => T)(capacity);
      if (fill !== undefined) next.fill(fill);
      next.set(array);
      return next;
    };
    this.provider = grown(this.provider);
    this.numbers = this.numbers.map(column => grown(column, NaN));
    this.flags = grown(this.flags);
    this.capabilities = grown(this.capabilities, -1);
    this.modalities = grown(this.modalities, -1);
    this.sources = grown(this.sources, -1);
    this.capacity = capacity;
  }
}

/** What a record says about its lifecycle, if anything, attributed to its source. */
function lifecycleClaim(record: ModelRecord, source: SourceRef): LifecycleClaim | undefined {
  const { status, deprecated, deprecationDate, replacement } = record;
  const saysSomething =
    deprecated !== undefined || deprecationDate !== undefined || (status !== undefined && status !== 'active');
  if (!saysSomething) return undefined;
  const claim: LifecycleClaim = { source: source.label };
  if (source.dataDate !== undefined) claim.dataDate = source.dataDate;
  if (status !== undefined) claim.status = status;
  if (deprecated !== undefined) claim.deprecated = deprecated;
  if (deprecationDate !== undefined) claim.deprecationDate = deprecationDate;
  if (replacement !== undefined) claim.replacement = replacement;
  return claim;
}
