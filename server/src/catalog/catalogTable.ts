// One catalog's models stored by column, as plain data: numbers in one Float64Array, the string fields as references
// into one table of distinct strings, flags in bytes. It is what a source keeps as its last good data and what the
// index merges, and it crosses a worker boundary as is (its typed arrays transferred): a large catalog is parsed on a
// worker thread, whose whole heap is given back when it ends, and only this compact form reaches the server.
import type { ModelRecord } from './modelRecord';

export const NUMBER_FIELDS = [
  'contextWindow',
  'maxInput',
  'maxOutput',
  'inputPricePerMTok',
  'outputPricePerMTok',
  'cacheReadPricePerMTok',
  'cacheWritePricePerMTok',
  'inputPriceAbove200kPerMTok',
  'outputPriceAbove200kPerMTok',
  'priceTierTokens',
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export const STRING_FIELDS = [
  'name',
  'family',
  'knowledgeCutoff',
  'releaseDate',
  'status',
  'deprecationDate',
  'replacement',
] as const;
export type StringField = (typeof STRING_FIELDS)[number];

/** Flag bits: whether a boolean field is known, and its value. */
export const DEPRECATED_KNOWN = 1;
export const DEPRECATED = 2;
export const OPEN_WEIGHTS_KNOWN = 4;
export const OPEN_WEIGHTS = 8;

const NUMBERS = NUMBER_FIELDS.length;
const STRINGS = STRING_FIELDS.length;

/** The plain data of a table (structured-clonable; the typed arrays may be transferred). */
export interface CatalogTable {
  size: number;
  /** Provider names as the catalog spells them; `provider[row]` indexes it. */
  providers: string[];
  provider: Uint16Array;
  ids: string[];
  /** `numbers[row * 9 + field]`, NaN when absent. */
  numbers: Float64Array;
  /** Distinct strings of the string fields; `strings[row * 7 + field]` indexes it, -1 when absent. */
  stringTable: string[];
  strings: Int32Array;
  flags: Uint8Array;
  capabilityLists: string[][];
  /** Index into `capabilityLists`, -1 for none. */
  capabilities: Int32Array;
  modalityPairs: { input: string[]; output: string[] }[];
  modalities: Int32Array;
  /** Rows with aliases, sparse. */
  aliases: [number, string[]][];
}

/** Builds a table from records, one at a time, interning whatever repeats. */
export class TableBuilder {
  private readonly providerIndex = new Map<string, number>();
  private readonly stringIndex = new Map<string, number>();
  private readonly capabilityIndex = new Map<string, number>();
  private readonly modalityIndex = new Map<string, number>();
  private readonly table: Omit<
    CatalogTable,
    'provider' | 'numbers' | 'strings' | 'flags' | 'capabilities' | 'modalities'
  >;
  private provider: number[] = [];
  private numbers: number[] = [];
  private strings: number[] = [];
  private flags: number[] = [];
  private capabilities: number[] = [];
  private modalities: number[] = [];

  constructor() {
    this.table = {
      size: 0,
      providers: [],
      ids: [],
      stringTable: [],
      capabilityLists: [],
      modalityPairs: [],
      aliases: [],
    };
  }

  add(record: ModelRecord): void {
    const row = this.table.size++;
    this.provider.push(intern(this.providerIndex, this.table.providers, record.provider));
    this.table.ids.push(record.id);
    for (const field of NUMBER_FIELDS) this.numbers.push(record[field] ?? NaN);
    for (const field of STRING_FIELDS) {
      const value = record[field];
      this.strings.push(value === undefined ? -1 : intern(this.stringIndex, this.table.stringTable, value));
    }
    let flags = 0;
    if (record.deprecated !== undefined) flags |= DEPRECATED_KNOWN | (record.deprecated ? DEPRECATED : 0);
    if (record.openWeights !== undefined) flags |= OPEN_WEIGHTS_KNOWN | (record.openWeights ? OPEN_WEIGHTS : 0);
    this.flags.push(flags);
    this.capabilities.push(record.capabilities?.length ? this.capabilityList(record.capabilities) : -1);
    this.modalities.push(record.modalities ? this.modalityPair(record.modalities) : -1);
    if (record.aliases?.length) this.table.aliases.push([row, record.aliases]);
  }

  finish(): CatalogTable {
    return {
      ...this.table,
      provider: Uint16Array.from(this.provider),
      numbers: Float64Array.from(this.numbers),
      strings: Int32Array.from(this.strings),
      flags: Uint8Array.from(this.flags),
      capabilities: Int32Array.from(this.capabilities),
      modalities: Int32Array.from(this.modalities),
    };
  }

  private capabilityList(capabilities: readonly string[]): number {
    const key = capabilities.join(',');
    let index = this.capabilityIndex.get(key);
    if (index === undefined) {
      index = this.table.capabilityLists.length;
      this.table.capabilityLists.push([...capabilities]);
      this.capabilityIndex.set(key, index);
    }
    return index;
  }

  private modalityPair(modalities: { input: string[]; output: string[] }): number {
    const key = `${modalities.input.join(',')}>${modalities.output.join(',')}`;
    let index = this.modalityIndex.get(key);
    if (index === undefined) {
      index = this.table.modalityPairs.length;
      this.table.modalityPairs.push({ input: [...modalities.input], output: [...modalities.output] });
      this.modalityIndex.set(key, index);
    }
    return index;
  }
}

export function tableOf(records: Iterable<ModelRecord>): CatalogTable {
  const builder = new TableBuilder();
  for (const record of records) builder.add(record);
  return builder.finish();
}

export function tableNumber(table: CatalogTable, row: number, field: number): number | undefined {
  const value = table.numbers[row * NUMBERS + field];
  return Number.isNaN(value) ? undefined : value;
}

export function tableString(table: CatalogTable, row: number, field: number): string | undefined {
  const ref = table.strings[row * STRINGS + field];
  return ref < 0 ? undefined : table.stringTable[ref];
}

/** The typed arrays of a table, for `postMessage(table, transferList(table))`. */
export function transferList(table: CatalogTable): ArrayBuffer[] {
  return [table.provider, table.numbers, table.strings, table.flags, table.capabilities, table.modalities].map(
    a => a.buffer as ArrayBuffer,
  );
}

/** The index of `value` in `list`, appended (and indexed) the first time it is seen. */
export function intern(index: Map<string, number>, list: string[], value: string): number {
  let found = index.get(value);
  if (found === undefined) {
    found = list.length;
    list.push(value);
    index.set(value, found);
  }
  return found;
}
