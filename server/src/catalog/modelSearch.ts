// The searches of completion and "did you mean" (SPEC §4 Completion, Diagnostics), over the arrays ModelIndex
// builds. One ranking serves both: prefix matches before fuzzy ones; an exact match first; current before deprecated
// or retired; for bare IDs the creator's offering before resellers'; newer before older; one row per model; never a
// price-table key. Costs: a binary search and a partial heap sort for ordinary prefixes; a walk of the precomputed rank order
// for very common ones (an empty string lists a provider's current models); the trigram index for fuzzy matches and
// typos, only when the prefix search finds nothing.
import { foldId, squashId } from './identity';
import type { ModelIndex } from './modelIndex';

/** Where to search: one provider's offerings, or all of them (a bare ID). */
export interface SearchScope {
  /** Canonical provider ID. */
  provider?: string;
}

export interface CompletionRows {
  /** Rows in rank order: prefix matches, then from `fuzzyFrom` on, fuzzy ones. */
  rows: number[];
  fuzzyFrom: number;
  /** More rows matched than `limit`. */
  cut: boolean;
}

/**
 * Above this many prefix matches, walking the rank order beats ordering the matches (at 100,000 models: about 25 µs
 * to order 2,000 matches, 60 µs for 10,000; a walk costs the limit times the inverse of the matches' share, 160 µs
 * at 2,000 matches, and is cheap only when the matches are a large share of the models).
 */
const SCAN_LIMIT = 16_384;
const FUZZY_CANDIDATES = 400;

export function completeRows(index: ModelIndex, scope: SearchScope, typed: string, limit: number): CompletionRows {
  const folded = foldId(typed);
  const sorted = scope.provider === undefined ? index.sortedRows : index.providerSlice(scope.provider);
  const range = index.prefixRange(sorted, folded);
  const rank = scope.provider === undefined ? index.bareRank : index.providerRank;
  const picked = new Picker(index, limit);
  // An exact match first, whatever its rank.
  for (const row of range) {
    if (index.folded[row] !== folded) break;
    picked.offer(row);
  }
  if (range.length <= SCAN_LIMIT) {
    forEachInRankOrder(range, rank, row => picked.offer(row));
  } else {
    const order = scope.provider === undefined ? index.bareOrder : index.providerOrder;
    const inScope = (row: number): boolean => scope.provider === undefined || index.provider(row) === scope.provider;
    for (const row of order) if (inScope(row) && index.folded[row].startsWith(folded) && !picked.offer(row)) break;
  }
  // A model before its variants and snapshots (`gemini-2.5-flash` before `-lite`, `gpt-4.1-nano` before `-2025-04-14`).
  picked.rows.splice(0, picked.rows.length, ...basesFirst(index, picked.rows));
  const fuzzyFrom = picked.rows.length;
  if (fuzzyFrom === 0 && folded.length >= 2) {
    for (const row of fuzzyRows(index, scope, folded, rank)) if (!picked.offer(row)) break;
  }
  return { rows: picked.rows.slice(0, limit), fuzzyFrom: Math.min(fuzzyFrom, limit), cut: picked.rows.length > limit };
}

/**
 * Known rows closest to a text that names none (a likely typo), best first: fewest edits (case folded, `.` and `-`
 * alike, separators counted), then the ranking above. At most `limit`, none further than `maxEdits`.
 */
export function similarRows(
  index: ModelIndex,
  scope: SearchScope,
  typed: string,
  limit: number,
  maxEdits: number,
): number[] {
  const folded = foldId(typed);
  const rank = scope.provider === undefined ? index.bareRank : index.providerRank;
  const candidates = index.trigrams.candidates(
    squashId(folded),
    FUZZY_CANDIDATES,
    row => inScope(index, scope, row),
    1,
  );
  const scored: [number, number][] = [];
  for (const row of candidates) {
    const edits = editDistance(folded, index.folded[row], maxEdits);
    if (edits <= maxEdits) scored.push([row, edits]);
  }
  scored.sort((a, b) => a[1] - b[1] || rank[a[0]] - rank[b[0]]);
  const picked = new Picker(index, limit);
  for (const [row] of scored) if (!picked.offer(row)) break;
  return picked.rows.slice(0, limit);
}

/** How many edits a typo of this length may have: none for very short IDs, then about one per eight characters. */
export function typoBudget(text: string): number {
  const length = text.length;
  return length <= 4 ? 0 : length <= 8 ? 1 : length <= 16 ? 2 : 3;
}

/** `rows` with each row another one is a variant of moved just before it (the rank order otherwise kept). */
function basesFirst(index: ModelIndex, rows: readonly number[]): number[] {
  const rowOfModel = new Map(rows.map(row => [index.modelOf[row], row]));
  const out: number[] = [];
  const placed = new Set<number>();
  const place = (row: number): void => {
    if (placed.has(row)) return;
    placed.add(row);
    const base = rowOfModel.get(index.baseModelOf[row]);
    if (base !== undefined) place(base);
    out.push(row);
  };
  rows.forEach(place);
  return out;
}

/** Room for the rows `forEachInRankOrder` orders (a heap reused by every search: a search never yields). */
const heap = new Uint32Array(SCAN_LIMIT);

/**
 * Calls `visit` with `rows` in rank order until it returns false. A heap rather than a sort: only the first hundred
 * or so rows of up to `SCAN_LIMIT` are ever read, and heapifying is linear.
 */
function forEachInRankOrder(rows: ArrayLike<number>, rank: Uint32Array, visit: (row: number) => boolean): void {
  let size = rows.length;
  for (let i = 0; i < size; i++) heap[i] = rows[i];
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(i, size, rank);
  while (size > 0) {
    const top = heap[0];
    heap[0] = heap[--size];
    siftDown(0, size, rank);
    if (!visit(top)) return;
  }
}

function siftDown(at: number, size: number, rank: Uint32Array): void {
  const row = heap[at];
  let i = at;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && rank[heap[child + 1]] < rank[heap[child]]) child++;
    if (rank[heap[child]] >= rank[row]) break;
    heap[i] = heap[child];
    i = child;
  }
  heap[i] = row;
}

/** Rows whose ID holds the typed text's letters in order (contiguous ones first), by rank. */
function fuzzyRows(index: ModelIndex, scope: SearchScope, folded: string, rank: Uint32Array): number[] {
  const candidates = index.trigrams.candidates(squashId(folded), FUZZY_CANDIDATES, row => inScope(index, scope, row));
  const substring: number[] = [];
  const subsequence: number[] = [];
  for (const row of candidates) {
    const id = index.folded[row];
    if (id.includes(folded)) substring.push(row);
    else if (isSubsequence(folded, id)) subsequence.push(row);
  }
  const byRank = (a: number, b: number): number => rank[a] - rank[b];
  return [...substring.sort(byRank), ...subsequence.sort(byRank)];
}

function inScope(index: ModelIndex, scope: SearchScope, row: number): boolean {
  return index.callable[row] === 1 && (scope.provider === undefined || index.provider(row) === scope.provider);
}

/** Collects rows in the order offered: callable ones, one per model, until one more than `limit` (to tell a cut). */
class Picker {
  readonly rows: number[] = [];
  private readonly models = new Set<number>();

  constructor(
    private readonly index: ModelIndex,
    private readonly limit: number,
  ) {}

  /** False once full. */
  offer(row: number): boolean {
    if (this.rows.length > this.limit) return false;
    if (this.index.callable[row] === 0) return true;
    const model = this.index.modelOf[row];
    if (this.models.has(model)) return true;
    this.models.add(model);
    this.rows.push(row);
    return this.rows.length <= this.limit;
  }
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; i < needle.length && j < haystack.length; j++)
    if (needle.charCodeAt(i) === haystack.charCodeAt(j)) i++;
  return i === needle.length;
}

/**
 * Edits between two strings, a swap of neighbours counting as one (optimal string alignment: `mnii` is one edit from
 * `mini`). Stops early, returning `max + 1`, once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2 = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1);
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        d = Math.min(d, previous2[j - 2] + 1);
      }
      current[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}
