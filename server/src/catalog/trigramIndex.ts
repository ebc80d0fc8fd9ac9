// Which model IDs share letter triples with a text: the candidates for fuzzy completion and for "did you mean".
// Built once per index over each row's squashed ID (letters and digits only, so `gpt4o` meets `gpt-4o`), stored as
// one offsets array over the 36³ possible triples and one array of row numbers: about 4 bytes per triple of every ID,
// no per-ID objects, nothing rebuilt while the server runs.

const ALPHABET = 36;
const TRIPLES = ALPHABET * ALPHABET * ALPHABET;

function code(c: number): number {
  return c >= 97 ? c - 97 : c - 48 + 26; // a–z, then 0–9 (squashed text has nothing else)
}

function tripleAt(text: string, i: number): number {
  return (
    code(text.charCodeAt(i)) * ALPHABET * ALPHABET +
    code(text.charCodeAt(i + 1)) * ALPHABET +
    code(text.charCodeAt(i + 2))
  );
}

/** `seenIn[t] === stamp`: triple `t` was already visited in the text being walked (a fresh stamp per text). */
const seenIn = new Uint32Array(TRIPLES);
let stamp = 0;

/** Calls `visit` once for each distinct triple of a squashed text, allocating nothing. */
function forEachTriple(text: string, visit: (triple: number) => void): void {
  if (++stamp === 0xffffffff) {
    seenIn.fill(0);
    stamp = 1;
  }
  for (let i = 0; i + 2 < text.length; i++) {
    const triple = tripleAt(text, i);
    if (seenIn[triple] === stamp) continue;
    seenIn[triple] = stamp;
    visit(triple);
  }
}

/** How many distinct letter triples a squashed text has. */
export function tripleCount(text: string): number {
  let count = 0;
  forEachTriple(text, () => count++);
  return count;
}

function triplesOf(text: string): number[] {
  const triples: number[] = [];
  forEachTriple(text, triple => triples.push(triple));
  return triples;
}

export class TrigramIndex {
  private readonly offsets = new Uint32Array(TRIPLES + 1);
  private readonly rows: Uint32Array;
  /** Per-row hit counts of the query being answered (reused: answering allocates nothing per row). */
  private readonly counts: Uint16Array;

  /** `keys[row]` is the row's squashed ID. */
  constructor(keys: readonly string[]) {
    // Two passes over the keys (count, then fill) rather than a list of triples per key: nothing per key is kept.
    for (const key of keys) forEachTriple(key, t => this.offsets[t + 1]++);
    for (let t = 0; t < TRIPLES; t++) this.offsets[t + 1] += this.offsets[t];
    this.rows = new Uint32Array(this.offsets[TRIPLES]);
    const fill = this.offsets.slice(0, TRIPLES);
    keys.forEach((key, row) => forEachTriple(key, t => (this.rows[fill[t]++] = row)));
    this.counts = new Uint16Array(keys.length);
  }

  /**
   * Rows sharing at least `minShared` triples with `squashed` (and accepted by `accept`), most shared first, then by
   * `rank` (the search's: of rows sharing as many, the `limit` kept are the best ranked, not the first numbered), at
   * most `limit`. `minShared` defaults to half the query's triples.
   */
  candidates(
    squashed: string,
    limit: number,
    rank: Uint32Array,
    accept: (row: number) => boolean = () => true,
    minShared?: number,
  ): number[] {
    const triples = triplesOf(squashed);
    if (triples.length === 0) return [];
    const threshold = Math.min(triples.length, minShared ?? Math.max(1, Math.ceil(triples.length / 2)));
    // A row sharing `threshold` triples shares one of the `triples.length - threshold + 1` rarest (pigeonhole):
    // only those triples find candidates; the common ones only add to the counts of rows already found, looked up
    // by binary search in their (row-ordered) lists when those are long.
    triples.sort((a, b) => this.size(a) - this.size(b));
    const finders = triples.length - threshold + 1;
    const touched: number[] = [];
    triples.forEach((t, k) => {
      const from = this.offsets[t];
      const to = this.offsets[t + 1];
      if (k < finders) {
        for (let i = from; i < to; i++) if (this.counts[this.rows[i]]++ === 0) touched.push(this.rows[i]);
      } else if (to - from > touched.length * 16) {
        for (const row of touched) if (this.contains(from, to, row)) this.counts[row]++;
      } else {
        for (let i = from; i < to; i++) if (this.counts[this.rows[i]] > 0) this.counts[this.rows[i]]++;
      }
    });
    const found: [number, number][] = [];
    for (const row of touched) {
      const count = this.counts[row];
      this.counts[row] = 0;
      if (count >= threshold && accept(row)) found.push([row, count]);
    }
    found.sort((a, b) => b[1] - a[1] || rank[a[0]] - rank[b[0]]);
    return found.slice(0, limit).map(([row]) => row);
  }

  private size(triple: number): number {
    return this.offsets[triple + 1] - this.offsets[triple];
  }

  /** Whether `row` is in the triple's list `rows[from..to)` (ascending: filled in row order). */
  private contains(from: number, to: number, row: number): boolean {
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.rows[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return lo < to && this.rows[lo] === row;
  }
}
