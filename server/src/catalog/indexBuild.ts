// How ModelIndex is built, step by step, into flat arrays: the merge of the catalogs (earlier ones win per field),
// the model identities and their creators, the sorted IDs, the rank orders of the searches, and which model each ID
// is a variant of. Everything here runs once per reload; nothing per request.
import {
  canonicalProvider,
  creatorOf,
  foldId,
  identityKey,
  isPriceTableKey,
  latestAliasBase,
  squashId,
  versionFamily,
} from './identity';
import { FIRST_PARTY_TWINS } from './creators';
import type { CatalogTable } from './catalogTable';
import { ModelColumns, type SourceRef } from './modelColumns';
import type { ProviderFacts } from './modelRecord';
import type { TrigramIndex } from './trigramIndex';

/** One source's models, with where they come from. */
export interface CatalogInput {
  table: CatalogTable;
  source: SourceRef;
  /** What the source says of its providers: display names, SDK packages. */
  providers?: ProviderFacts;
  /** The table was built ahead of time from the text of this digest; with the index built so from the bundled
   *  catalogs, when there is one (registry/prebuiltIndex.ts). */
  prebuilt?: { sha256: string; index?: string };
}

/**
 * What a ModelIndex holds that the date does not change: everything but which rows are retired as of today and the
 * rank orders that put those last. The bundled catalog's is built ahead of time (registry/prebuiltIndex.ts).
 */
export interface IndexCore {
  columns: ModelColumns;
  displayNames: Map<string, string>;
  /** Canonical providers with an SDK package of their own (see `preferredReseller`). */
  ownSdk: Set<string>;
  folded: string[];
  callable: Uint8Array;
  completeness: Uint8Array;
  identities: Identities;
  providerStart: Uint32Array;
  providerRows: Uint32Array;
  aliasRows: Map<string, number[]>;
  baseModelOf: Int32Array;
  trigrams?: TrigramIndex;
}

/** The core's tables merging builds, and the catalogs' order of the rows, for the steps the index takes after them. */
export type MergedTables = Omit<IndexCore, 'aliasRows' | 'baseModelOf' | 'trigrams'> & { mergeOrder: Uint32Array };

/** The catalogs merged (mergeCatalogs), which rows are callable models, their identities and the providers' rows. */
export function mergedTables(catalogs: readonly CatalogInput[]): MergedTables {
  const { columns, displayNames, folded, mergeOrder } = mergeCatalogs(catalogs);
  const ownSdk = new Set(catalogs.flatMap(c => c.providers?.ownSdk ?? []).map(canonicalProvider));
  const callable = new Uint8Array(columns.size);
  for (const row of mergeOrder) callable[row] = isPriceTableKey(columns.ids[row]) ? 0 : 1;
  const completeness = completenessOf(columns);
  const identities = buildIdentities(columns, folded, mergeOrder, (a, b) =>
    preferredReseller(columns, completeness, ownSdk, a, b),
  );
  const { providerStart, providerRows } = buildProviderSlices(columns);
  return {
    columns,
    displayNames,
    ownSdk,
    folded,
    mergeOrder,
    callable,
    completeness,
    identities,
    providerStart,
    providerRows,
  };
}

/**
 * Between two resellers' rows of one model (neither is its creator's): a service with an SDK package of its own before
 * one reached through the generic OpenAI-compatible package (OpenRouter, where the `vendor/model` spellings come from,
 * before Kilo Gateway, which lists them too), then the more complete record, then by provider name.
 */
export function preferredReseller(
  columns: ModelColumns,
  completeness: Uint8Array,
  ownSdk: ReadonlySet<string>,
  a: number,
  b: number,
): boolean {
  const ownA = ownSdk.has(columns.providerOf(a));
  if (ownA !== ownSdk.has(columns.providerOf(b))) return ownA;
  if (completeness[a] !== completeness[b]) return completeness[a] > completeness[b];
  return columns.providerOf(a) < columns.providerOf(b);
}

/** The rows each alias a catalog gives names (by folded alias), in the catalogs' order: the earlier catalog's first. */
export function aliasRowsOf(columns: ModelColumns, mergeOrder: Uint32Array): Map<string, number[]> {
  const aliasRows = new Map<string, number[]>();
  for (const row of mergeOrder) {
    for (const alias of columns.aliasesOf(row)) {
      const folded = foldId(alias);
      const rows = aliasRows.get(folded);
      if (rows) rows.push(row);
      else aliasRows.set(folded, [row]);
    }
  }
  return aliasRows;
}

/** `YYYY-MM-DD` (or `YYYY-MM`) as a sortable number; 0 when absent. */
export function dateNumber(date: string | undefined): number {
  if (!date) return 0;
  return Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + (Number(date.slice(8, 10)) || 0);
}

/**
 * Every catalog merged into one row per provider offering, and the providers' display names. The rows are numbered
 * in the order of their folded IDs (`folded`), so the rows a prefix search finds are neighbours in every column, as
 * they are in the sorted IDs: a completion reads a few runs of memory, not a hundred places across it. `mergeOrder`
 * lists the rows as the catalogs listed them, for the steps whose ties the earlier catalog decides (and for passes
 * over the IDs, which lie in memory in that order).
 */
export function mergeCatalogs(catalogs: readonly CatalogInput[]): {
  columns: ModelColumns;
  displayNames: Map<string, string>;
  folded: string[];
  mergeOrder: Uint32Array;
} {
  const columns = new ModelColumns(catalogs.reduce((n, c) => n + c.table.size, 0));
  const displayNames = new Map<string, string>();
  // First each provider's IDs once, in the catalogs' order: provider → ID → place in that order, keyed by the strings
  // the catalogs already hold, so merging makes no new ones.
  const placeOf = new Map<string, Map<string, number>>();
  const providerAt: string[] = [];
  const idAt: string[] = [];
  const places = catalogs.map(({ table, providers: facts }) => {
    for (const [provider, name] of Object.entries(facts?.names ?? {})) {
      const canonical = canonicalProvider(provider);
      if (!displayNames.has(canonical)) displayNames.set(canonical, name);
    }
    const providers = table.providers.map(canonicalProvider);
    const place = new Uint32Array(table.size);
    for (let from = 0; from < table.size; from++) {
      const provider = providers[table.provider[from]];
      const id = table.ids[from];
      let ids = placeOf.get(provider);
      if (ids === undefined) placeOf.set(provider, (ids = new Map()));
      let at = ids.get(id);
      if (at === undefined) {
        ids.set(id, (at = idAt.length));
        providerAt.push(provider);
        idAt.push(id);
        columns.addProvider(provider);
      }
      place[from] = at;
    }
    return place;
  });
  // Then the rows, in folded-ID order (IDs that fold alike in the catalogs' order), and every catalog merged in.
  const unsorted = idAt.map(foldId);
  const order = Uint32Array.from(unsorted.keys()).sort((a, b) =>
    unsorted[a] < unsorted[b] ? -1 : unsorted[a] > unsorted[b] ? 1 : a - b,
  );
  for (const at of order) columns.addRow(providerAt[at], idAt[at]);
  const rowAt = inverse(order);
  catalogs.forEach(({ table, source: ref }, c) => {
    const source = columns.addSource(ref);
    const aliases = new Map(table.aliases);
    for (let from = 0; from < table.size; from++)
      columns.mergeInto(rowAt[places[c][from]], table, from, source, aliases.get(from));
  });
  columns.seal();
  return { columns, displayNames, folded: Array.from(order, at => unsorted[at]), mergeOrder: rowAt };
}

/** How many of the facts a hover shows each row has (limits, prices, release date, name): a tie-break. */
export function completenessOf(columns: ModelColumns): Uint8Array {
  const scores = new Uint8Array(columns.size);
  for (let row = 0; row < columns.size; row++) {
    let score = 0;
    for (const field of ['contextWindow', 'maxOutput', 'inputPricePerMTok', 'outputPricePerMTok'] as const) {
      if (columns.number(row, field) !== undefined) score++;
    }
    if (columns.string(row, 'releaseDate') !== undefined) score++;
    if (columns.string(row, 'name') !== undefined) score++;
    scores[row] = score;
  }
  return scores;
}

export interface Identities {
  modelOf: Int32Array;
  /** Rows of each model, primary first: `modelRows[modelStart[m] … modelStart[m + 1])`. */
  modelStart: Uint32Array;
  modelRows: Uint32Array;
  creatorRowOf: Int32Array;
  primaryRowOf: Int32Array;
  /** 1 for a row joined to a key the creator lists (its family's newest version, or its respelling: `joinedKeys`). */
  joined: Uint8Array;
}

/** Whether a provider lists a model under its bare ID, or under its own name before it (nvidia's and poolside's
 *  `nvidia/nemotron-…`): how a creator lists its models, unlike a reseller's `vendor/` or a dated respelling. */
function isOwnId(foldedId: string, provider: string, key: string): boolean {
  return (
    foldedId === key || (foldedId.length === provider.length + 1 + key.length && foldedId === `${provider}/${key}`)
  );
}

/**
 * One model per identity key (every provider's spelling of it); its creator's row when the creator lists it under
 * its own ID, and its primary row: the creator's, else the `preferred` reseller's (preferredReseller).
 */
export function buildIdentities(
  columns: ModelColumns,
  folded: readonly string[],
  mergeOrder: Uint32Array,
  preferred: (a: number, b: number) => boolean,
): Identities {
  const n = columns.size;
  // In the catalogs' order, as the IDs lie in memory: in row order each ID read would be a cache miss (100k rows).
  const rowKeys: string[] = new Array<string>(n);
  for (const row of mergeOrder) rowKeys[row] = identityKey(columns.ids[row]);
  const joined = joinedKeys(columns, folded, mergeOrder, rowKeys);
  const modelOf = new Int32Array(n);
  const joinedRows = new Uint8Array(n);
  const modelNumber = new Map<string, number>();
  const keys: string[] = [];
  for (const row of mergeOrder) {
    const target = joined.get(rowKeys[row]);
    if (target !== undefined) joinedRows[row] = 1;
    const key = target ?? rowKeys[row];
    let model = modelNumber.get(key);
    if (model === undefined) {
      model = keys.length;
      keys.push(key);
      modelNumber.set(key, model);
    }
    modelOf[row] = model;
  }
  const models = keys.length;
  const modelStart = new Uint32Array(models + 1);
  for (let row = 0; row < n; row++) modelStart[modelOf[row] + 1]++;
  for (let m = 0; m < models; m++) modelStart[m + 1] += modelStart[m];
  const modelRows = new Uint32Array(n);
  const next = modelStart.slice(0, models);
  for (const row of mergeOrder) modelRows[next[modelOf[row]]++] = row;
  const creatorRowOf = new Int32Array(models).fill(-1);
  const primaryRowOf = new Int32Array(models).fill(-1);
  for (let m = 0; m < models; m++) {
    const creator = creatorOf(keys[m]);
    const twins = creator === undefined ? undefined : FIRST_PARTY_TWINS[creator];
    const rows = modelRows.subarray(modelStart[m], modelStart[m + 1]);
    let best = -1;
    for (const row of rows) {
      // The creator's main service first; its twin in another region where the main one does not list the model.
      const provider = columns.providerOf(row);
      const own = provider === creator || (twins?.includes(provider) === true && creatorRowOf[m] < 0);
      if (creator !== undefined && own && isOwnId(folded[row], provider, keys[m])) creatorRowOf[m] = row;
      if (best < 0 || preferred(row, best)) best = row;
    }
    primaryRowOf[m] = creatorRowOf[m] >= 0 ? creatorRowOf[m] : best;
    const primary = rows.indexOf(primaryRowOf[m]);
    if (primary > 0) [rows[0], rows[primary]] = [rows[primary], rows[0]];
  }
  return { modelOf, modelStart, modelRows, creatorRowOf, primaryRowOf, joined: joinedRows };
}

/**
 * Identity keys joined to a key the creator lists: those that name a family its creator lists only in versions — a
 * reseller's undated `claude-3.7-sonnet` or `claude-3-7-sonnet-latest` — mapped to the family's newest version (the
 * same model: one item, the creator's status, as the API's undated alias is); and a reseller's respelling of a
 * creator's ID with other separators (`claude-opus4-8`).
 */
function joinedKeys(
  columns: ModelColumns,
  folded: readonly string[],
  mergeOrder: Uint32Array,
  rowKeys: readonly string[],
): Map<string, string> {
  const newest = new Map<string, { key: string; date: number }>();
  const listedByCreator = new Set<string>();
  for (const row of mergeOrder) {
    const key = rowKeys[row];
    const provider = columns.providerOf(row);
    if (provider !== creatorOf(key) || !isOwnId(folded[row], provider, key)) continue;
    listedByCreator.add(key);
    const family = versionFamily(key);
    if (family === undefined) continue;
    const date = dateNumber(columns.string(row, 'releaseDate'));
    const best = newest.get(family);
    if (!best || date > best.date || (date === best.date && key > best.key)) newest.set(family, { key, date });
  }
  const joined = new Map<string, string>();
  // A reseller's respelling of a creator's ID with other separators (Cortecs's `claude-opus4-8`): the same model.
  const bySquash = new Map<string, string>();
  for (const key of listedByCreator) bySquash.set(squashId(key), key);
  for (const row of mergeOrder) {
    const key = rowKeys[row];
    if (listedByCreator.has(key) || joined.has(key)) continue;
    const target = newest.get(latestAliasBase(key) ?? key);
    if (target && !listedByCreator.has(latestAliasBase(key) ?? key)) joined.set(key, target.key);
    else {
      const same = bySquash.get(squashId(key));
      if (same !== undefined) joined.set(key, same);
    }
  }
  return joined;
}

/** Each provider's rows, sorted by folded ID as all the rows are. */
export function buildProviderSlices(columns: ModelColumns) {
  const n = columns.size;
  const providers = columns.providerNames.length;
  const providerStart = new Uint32Array(providers + 1);
  for (let row = 0; row < n; row++) providerStart[columns.providerIndexOf(row) + 1]++;
  for (let p = 0; p < providers; p++) providerStart[p + 1] += providerStart[p];
  const providerRows = new Uint32Array(n);
  const fill = providerStart.slice(0, providers);
  for (let row = 0; row < n; row++) providerRows[fill[columns.providerIndexOf(row)]++] = row;
  return { providerStart, providerRows };
}

/**
 * The rank orders of modelSearch.ts: current before retired; for bare IDs the creator's row first; newer before older
 * (a row with no date of its own takes its model's); more complete, then shorter, then alphabetical. Each order and
 * each row's position in it.
 */
export function buildRanks(
  n: number,
  retired: Uint8Array,
  releaseDates: Int32Array,
  identities: Identities,
  completeness: Uint8Array,
  folded: readonly string[],
) {
  const { modelOf, modelStart, modelRows, creatorRowOf, joined } = identities;
  const released = releaseDates.slice();
  // An undated row takes its model's date from another provider's row — not from a family alias joined to the model
  // (`magistral-medium` dates the family's first version, not its newest).
  for (let row = 0; row < n; row++) {
    if (released[row] !== 0) continue;
    for (let i = modelStart[modelOf[row]]; i < modelStart[modelOf[row] + 1] && released[row] === 0; i++)
      if (joined[modelRows[i]] === 0) released[row] = releaseDates[modelRows[i]];
  }
  // Each criterion packed into one exact number (most significant first), the alphabetical position (the row number)
  // breaking ties: two typed-array look-ups per comparison instead of six criteria and a string comparison (100k rows,
  // two sorts).
  const key = new Float64Array(n);
  for (let row = 0; row < n; row++)
    key[row] =
      retired[row] * 2 ** 45 +
      (LATEST_DATE - released[row]) * 2 ** 16 +
      (255 - completeness[row]) * 2 ** 8 +
      Math.min(folded[row].length, 255);
  const order = (): Uint32Array =>
    Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => key[a] - key[b] || a - b);
  const providerOrder = order();
  // For bare IDs the creator's offering comes before resellers', right after the retired flag; and the model's
  // status is its creator's: a reseller still listing a model its creator retired does not bring it back.
  for (let row = 0; row < n; row++) {
    const creatorRow = creatorRowOf[modelOf[row]];
    if (creatorRow !== row) key[row] += 2 ** 44;
    if (creatorRow >= 0) key[row] += (retired[creatorRow] - retired[row]) * 2 ** 45;
  }
  const bareOrder = order();
  return {
    bareOrder,
    bareRank: inverse(bareOrder),
    providerOrder,
    providerRank: inverse(providerOrder),
  };
}

/** Above every `dateNumber`: newer dates give smaller keys. */
const LATEST_DATE = 99_991_231;

/** What follows a model's ID in the ID of a variant or snapshot of it: a word, a date or a long version number. */
const VARIANT_SUFFIX = /^-(?:[a-z]|\d{3,}|\d{2}-\d{4})/;

/**
 * For each row, the model its ID is a variant or snapshot of (`gemini-2.5-flash-lite` → `gemini-2.5-flash`,
 * `gpt-4.1-nano-2025-04-14` → `gpt-4.1-nano`), or -1: one pass over the sorted IDs with a stack of the IDs the
 * current one starts with. A `-latest` alias counts as the base of the versions it follows (`aliasTargets`).
 */
export function buildVariantBases(
  folded: readonly string[],
  modelOf: Int32Array,
  aliasTargets: [number, number][],
  joined: Uint8Array,
): Int32Array {
  const baseModelOf = new Int32Array(folded.length).fill(-1);
  const stack: number[] = [];
  for (let row = 0; row < folded.length; row++) {
    const id = folded[row];
    while (stack.length > 0 && !id.startsWith(folded[stack[stack.length - 1]])) stack.pop();
    for (let i = stack.length - 1; i >= 0; i--) {
      const base = folded[stack[i]];
      // A family alias joined to its newest version is no base of the family's versions.
      if (joined[stack[i]] === 1) continue;
      if (base.length < id.length && VARIANT_SUFFIX.test(id.slice(base.length))) {
        baseModelOf[row] = modelOf[stack[i]];
        break;
      }
    }
    stack.push(row);
  }
  for (const [alias, target] of aliasTargets) baseModelOf[target] = modelOf[alias];
  return baseModelOf;
}

/** Position of each row in `order`. */
function inverse(order: Uint32Array): Uint32Array {
  const positions = new Uint32Array(order.length);
  order.forEach((row, position) => (positions[row] = position));
  return positions;
}
