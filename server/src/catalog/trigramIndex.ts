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

/** Calls `visit` once for each distinct triple of a squashed text, allocating nothing. */
function forEachTriple(text: string, visit: (triple: number) => void): void {
  for (let i = 0; i + 2 < text.length; i++) {
    const triple = tripleAt(text, i);
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = tripleAt(text, j) === triple;
    if (!seen) visit(triple);
  }
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
   * Rows sharing at least `minShared` triples with `squashed` (and accepted by `accept`), most shared first, at most
   * `limit`. `minShared` defaults to half the query's triples.
   */
  candidates(
    squashed: string,
    limit: number,
    accept: (row: number) => boolean = () => true,
    minShared?: number,
  ): number[] {
    const triples = triplesOf(squashed);
    if (triples.length === 0) return [];
    const threshold = minShared ?? Math.max(1, Math.ceil(triples.length / 2));
    const touched: number[] = [];
    for (const t of triples) {
      for (let i = this.offsets[t]; i < this.offsets[t + 1]; i++) {
        const row = this.rows[i];
        if (this.counts[row]++ === 0) touched.push(row);
      }
    }
    const found: [number, number][] = [];
    for (const row of touched) {
      const count = this.counts[row];
      this.counts[row] = 0;
      if (count >= threshold && accept(row)) found.push([row, count]);
    }
    found.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return found.slice(0, limit).map(([row]) => row);
  }
}
