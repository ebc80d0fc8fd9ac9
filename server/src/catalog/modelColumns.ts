// The merged models of the index, one row per provider offering, in the column layout of catalogTable.ts: numbers in
// one typed array, string fields as references into one table of distinct strings, rare fields in sparse maps. At
// 100,000 models this is a fraction of the memory of one object per model (issue 11: the product exists because
// registries bloated memory). Rows are filled by merging catalog tables field by field, earlier catalogs first;
// `record(row)` builds the object a hover or a completion item needs, on demand.
import {
  type CatalogTable,
  DEPRECATED,
  DEPRECATED_KNOWN,
  intern,
  NUMBER_FIELDS,
  type NumberField,
  OPEN_WEIGHTS,
  OPEN_WEIGHTS_KNOWN,
  STRING_FIELDS,
  type StringField,
  tableString,
} from './catalogTable';
import type { LifecycleClaim, ModelRecord } from './modelRecord';

const NUMBERS = NUMBER_FIELDS.length;
const STRINGS = STRING_FIELDS.length;
const INPUT_PRICE = NUMBER_FIELDS.indexOf('inputPricePerMTok');
const TIER_FIELDS: ReadonlySet<number> = new Set(
  (['inputPriceAbove200kPerMTok', 'outputPriceAbove200kPerMTok', 'priceTierTokens'] as const).map(field =>
    NUMBER_FIELDS.indexOf(field),
  ),
);
const STATUS = STRING_FIELDS.indexOf('status');
const DEPRECATION_DATE = STRING_FIELDS.indexOf('deprecationDate');
const REPLACEMENT = STRING_FIELDS.indexOf('replacement');
const LIFECYCLE_STRINGS: ReadonlySet<number> = new Set([STATUS, DEPRECATION_DATE, REPLACEMENT]);

/** A source as rows refer to it. */
export interface SourceRef {
  /** Short name for hovers: `models.dev`, `LiteLLM`, `model_registry.json`. */
  label: string;
  dataDate?: string;
  /** A stub fixture `model-registry fixture` wrote: loaded like any catalog, but its word makes no model current. */
  fixture?: boolean;
  /** Records of models a catalog no longer lists (the bundled `models.dev (delisted)`). */
  delisted?: boolean;
  /** A price table that keeps models after their retirement (LiteLLM's): its listing a model says nothing of whether
   *  the model is still offered. */
  keepsRetired?: boolean;
}

export class ModelColumns {
  size = 0;
  readonly providerNames: string[] = [];
  private readonly providerIndex = new Map<string, number>();
  private readonly provider: Uint16Array;
  readonly ids: string[] = [];
  private readonly numbers: Float64Array;
  private readonly stringTable: string[] = [];
  private readonly strings: Int32Array;
  private readonly flags: Uint8Array;
  private readonly capabilities: Int32Array;
  private readonly modalities: Int32Array;
  private readonly sources: Int32Array;
  private readonly capabilityLists: string[][] = [];
  private readonly modalityPairs: { input: string[]; output: string[] }[] = [];
  private readonly sourceLists: number[][] = [];
  readonly sourceRefs: SourceRef[] = [];
  private readonly aliases = new Map<number, string[]>();
  private readonly claims = new Map<number, LifecycleClaim[]>();
  /** Lookup tables of the merge; dropped by `seal()` once every catalog is in. */
  private building: {
    strings: Map<string, number>;
    /** Per catalog table, its string references mapped to ours (-1: not yet), so each distinct string is looked up once. */
    stringRefs: Map<CatalogTable, Int32Array>;
    /** The same for its capability lists (as a row's first) and modality pairs. */
    listRefs: Map<CatalogTable, { capabilities: Int32Array; modalities: Int32Array }>;
    capabilities: Map<string, number>;
    modalities: Map<string, number>;
    sourceLists: Map<string, number>;
  } | null = {
    strings: new Map(),
    stringRefs: new Map(),
    listRefs: new Map(),
    capabilities: new Map(),
    modalities: new Map(),
    sourceLists: new Map(),
  };

  /** `capacity`: the most rows there can be (the catalogs' rows added up). */
  constructor(capacity: number) {
    this.provider = new Uint16Array(capacity);
    this.numbers = new Float64Array(capacity * NUMBERS).fill(NaN);
    this.strings = new Int32Array(capacity * STRINGS).fill(-1);
    this.flags = new Uint8Array(capacity);
    this.capabilities = new Int32Array(capacity).fill(-1);
    this.modalities = new Int32Array(capacity).fill(-1);
    this.sources = new Int32Array(capacity).fill(-1);
  }

  /** The provider's number, registered if new (providers are numbered in the order they are first named). */
  addProvider(provider: string): number {
    let p = this.providerIndex.get(provider);
    if (p === undefined) {
      p = this.providerNames.length;
      this.providerNames.push(provider);
      this.providerIndex.set(provider, p);
    }
    return p;
  }

  /** A new row for `provider`'s `id`, empty but for those; returns its number. */
  addRow(provider: string, id: string): number {
    const row = this.size++;
    this.provider[row] = this.addProvider(provider);
    this.ids.push(id);
    return row;
  }

  /** Registers a source; rows refer to it by the number returned. */
  addSource(ref: SourceRef): number {
    this.sourceRefs.push(ref);
    return this.sourceRefs.length - 1;
  }

  /**
   * Fills the row's missing fields from row `from` of `table` (an earlier merge wins on every field it has), unions
   * capabilities and aliases, adds the source, and keeps what the source says of the lifecycle as a claim.
   */
  mergeInto(
    row: number,
    table: CatalogTable,
    from: number,
    source: number,
    aliases: readonly string[] | undefined,
  ): void {
    const build = this.building!;
    // A long-prompt tier prices the base it goes with: taken only from a catalog whose base price the row has (an
    // earlier catalog's $1 base with a later one's $0.4 "over 272K" would read as a discount no one offers).
    const ours = this.numbers[row * NUMBERS + INPUT_PRICE];
    const tierFits = Number.isNaN(ours) || ours === table.numbers[from * NUMBERS + INPUT_PRICE];
    for (let f = 0; f < NUMBERS; f++) {
      const value = table.numbers[from * NUMBERS + f];
      if (Number.isNaN(value) || !Number.isNaN(this.numbers[row * NUMBERS + f])) continue;
      if (tierFits || !TIER_FIELDS.has(f)) this.numbers[row * NUMBERS + f] = value;
    }
    // A catalog of records no longer listed speaks of a row no other catalog lists: where an earlier one lists it as
    // offered (a user's OpenRouter file), its delisting is not the row's lifecycle (SPEC §3: the earlier layer wins).
    // A price table's listing is no such word: LiteLLM keeps `claude-3-haiku-20240307` after Anthropic retired it.
    const stale = this.sourceRefs[source].delisted === true && this.listedAsOffered(row);
    let refs = build.stringRefs.get(table);
    if (!refs) build.stringRefs.set(table, (refs = new Int32Array(table.stringTable.length).fill(-1)));
    for (let f = 0; f < STRINGS; f++) {
      const ref = table.strings[from * STRINGS + f];
      if (ref < 0 || this.strings[row * STRINGS + f] >= 0 || (stale && LIFECYCLE_STRINGS.has(f))) continue;
      if (refs[ref] < 0) refs[ref] = intern(build.strings, this.stringTable, table.stringTable[ref]);
      this.strings[row * STRINGS + f] = refs[ref];
    }
    const theirs = table.flags[from];
    let flags = this.flags[row];
    if (theirs & DEPRECATED_KNOWN && !(flags & DEPRECATED_KNOWN) && !stale)
      flags |= theirs & (DEPRECATED_KNOWN | DEPRECATED);
    if (theirs & OPEN_WEIGHTS_KNOWN && !(flags & OPEN_WEIGHTS_KNOWN))
      flags |= theirs & (OPEN_WEIGHTS_KNOWN | OPEN_WEIGHTS);
    this.flags[row] = flags;
    let lists = build.listRefs.get(table);
    if (!lists) {
      lists = {
        capabilities: new Int32Array(table.capabilityLists.length).fill(-1),
        modalities: new Int32Array(table.modalityPairs.length).fill(-1),
      };
      build.listRefs.set(table, lists);
    }
    const capabilities = table.capabilities[from];
    if (capabilities >= 0) {
      const current = this.capabilities[row];
      if (current >= 0) this.capabilities[row] = this.capabilityListOf(table.capabilityLists[capabilities], current);
      else {
        if (lists.capabilities[capabilities] < 0)
          lists.capabilities[capabilities] = this.capabilityListOf(table.capabilityLists[capabilities], -1);
        this.capabilities[row] = lists.capabilities[capabilities];
      }
    }
    const modalities = table.modalities[from];
    if (modalities >= 0 && this.modalities[row] < 0) {
      if (lists.modalities[modalities] < 0)
        lists.modalities[modalities] = this.modalityPairOf(table.modalityPairs[modalities]);
      this.modalities[row] = lists.modalities[modalities];
    }
    if (aliases?.length) this.aliases.set(row, [...new Set([...(this.aliases.get(row) ?? []), ...aliases])]);
    this.sources[row] = this.sourceListWith(this.sources[row], source);
    const claim = stale ? undefined : lifecycleClaim(table, from, this.sourceRefs[source]);
    if (claim) this.claims.set(row, [...(this.claims.get(row) ?? []), claim]);
  }

  /**
   * Every catalog is merged: the lookup tables of the merge are no longer needed. A model no catalog gives a context
   * window for takes its input limit as one (LiteLLM gives only `max_input_tokens`, which for `gpt-5` is 272K of a
   * 400K window: it fills the window only where no catalog knows better).
   */
  seal(): void {
    this.building = null;
    const window = NUMBER_FIELDS.indexOf('contextWindow');
    const input = NUMBER_FIELDS.indexOf('maxInput');
    for (let row = 0; row < this.size; row++)
      if (Number.isNaN(this.numbers[row * NUMBERS + window]))
        this.numbers[row * NUMBERS + window] = this.numbers[row * NUMBERS + input];
  }

  /** Whether a catalog lists the row as a model it offers, not merely as a price it keeps (while merging: a catalog
   *  merged so far). */
  listedAsOffered(row: number): boolean {
    const list = this.sources[row];
    return list >= 0 && this.sourceLists[list].some(source => this.sourceRefs[source].keepsRetired !== true);
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
    const value = this.numbers[row * NUMBERS + NUMBER_FIELDS.indexOf(field)];
    return Number.isNaN(value) ? undefined : value;
  }

  string(row: number, field: StringField): string | undefined {
    const ref = this.strings[row * STRINGS + STRING_FIELDS.indexOf(field)];
    return ref < 0 ? undefined : this.stringTable[ref];
  }

  /** Whether the row's catalog says its weights are open (anyone may serve the model). */
  openWeights(row: number): boolean {
    return (this.flags[row] & OPEN_WEIGHTS) !== 0;
  }

  deprecatedFlag(row: number): boolean | undefined {
    const flags = this.flags[row];
    return flags & DEPRECATED_KNOWN ? (flags & DEPRECATED) !== 0 : undefined;
  }

  lifecycleClaims(row: number): readonly LifecycleClaim[] {
    return this.claims.get(row) ?? [];
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
    STRING_FIELDS.forEach((field, f) => {
      const ref = this.strings[row * STRINGS + f];
      if (ref >= 0) record[field] = this.stringTable[ref];
    });
    NUMBER_FIELDS.forEach((field, f) => {
      const value = this.numbers[row * NUMBERS + f];
      if (!Number.isNaN(value)) record[field] = value;
    });
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

  private capabilityListOf(capabilities: readonly string[], current: number): number {
    const merged =
      current < 0 ? [...capabilities] : [...new Set([...this.capabilityLists[current], ...capabilities])].sort();
    const key = merged.join(',');
    let index = this.building!.capabilities.get(key);
    if (index === undefined) {
      index = this.capabilityLists.length;
      this.capabilityLists.push(Object.freeze(merged) as string[]);
      this.building!.capabilities.set(key, index);
    }
    return index;
  }

  /** Whether the row's model takes and answers text: false only when the catalogs list its modalities without text. */
  chatsInText(row: number): boolean {
    if (this.modalities[row] < 0) return true;
    const { input, output } = this.modalityPairs[this.modalities[row]];
    return (input.length === 0 || input.includes('text')) && output.includes('text');
  }

  /** Whether a catalog gives the row `capability` (LiteLLM's `mode: "embedding"` is `embeddings`). */
  hasCapability(row: number, capability: string): boolean {
    return this.capabilities[row] >= 0 && this.capabilityLists[this.capabilities[row]].includes(capability);
  }

  /** Whether the catalogs list the row's model as taking (`input`) or answering (`output`) in `modality`. */
  hasModality(row: number, side: 'input' | 'output', modality: string): boolean {
    return this.modalities[row] >= 0 && this.modalityPairs[this.modalities[row]][side].includes(modality);
  }

  private modalityPairOf(modalities: { input: string[]; output: string[] }): number {
    const key = `${modalities.input.join(',')}>${modalities.output.join(',')}`;
    let index = this.building!.modalities.get(key);
    if (index === undefined) {
      index = this.modalityPairs.length;
      this.modalityPairs.push(Object.freeze({ input: [...modalities.input], output: [...modalities.output] }));
      this.building!.modalities.set(key, index);
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
    let index = this.building!.sourceLists.get(key);
    if (index === undefined) {
      index = this.sourceLists.length;
      this.sourceLists.push(list);
      this.building!.sourceLists.set(key, index);
    }
    return index;
  }
}

/** What a catalog row says about its lifecycle, if anything, attributed to its source. */
function lifecycleClaim(table: CatalogTable, row: number, source: SourceRef): LifecycleClaim | undefined {
  const status = tableString(table, row, STATUS);
  const deprecationDate = tableString(table, row, DEPRECATION_DATE);
  const replacement = tableString(table, row, REPLACEMENT);
  const flags = table.flags[row];
  const deprecated = flags & DEPRECATED_KNOWN ? (flags & DEPRECATED) !== 0 : undefined;
  const saysSomething =
    deprecated !== undefined || deprecationDate !== undefined || (status !== undefined && status !== 'active');
  if (!saysSomething) return undefined;
  const claim: LifecycleClaim = { source: source.label };
  if (source.dataDate !== undefined) claim.dataDate = source.dataDate;
  if (source.delisted) claim.delisted = true;
  if (status !== undefined) claim.status = status;
  if (deprecated !== undefined) claim.deprecated = deprecated;
  if (deprecationDate !== undefined) claim.deprecationDate = deprecationDate;
  if (replacement !== undefined) claim.replacement = replacement;
  return claim;
}
