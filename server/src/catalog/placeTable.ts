// Model → place in a search's list, for the searches of modelSearch.ts. A Map per search cost every completion list
// about 10 KB of garbage (a hundred entries, rehashed as it grows), which set how often the server paused to collect
// it. So one table of typed arrays serves every search, open-addressed, emptied by a new stamp rather than cleared.
// A search runs to its end without yielding, so one table is enough: whoever resets it owns it until the next reset.

/** Knuth's multiplicative hash constant (2^32 / φ): spreads consecutive IDs over the table. */
const GOLDEN = 0x9e3779b1;
const EMPTY = -1;

export class PlaceTable {
  private keys = new Int32Array(0);
  private places = new Int32Array(0);
  private stamps = new Uint32Array(0);
  private stamp = 0;
  private shift = 32;

  /** Empties the table, with room for `count` keys. */
  reset(count: number): void {
    let bits = 6;
    while (1 << bits < 2 * count) bits++;
    if (1 << bits > this.keys.length) {
      this.keys = new Int32Array(1 << bits);
      this.places = new Int32Array(1 << bits);
      this.stamps = new Uint32Array(1 << bits);
      this.shift = 32 - bits;
      this.stamp = 0;
    }
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** The key's place, or -1. */
  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let i = Math.imul(key, GOLDEN) >>> this.shift; this.stamps[i] === this.stamp; i = (i + 1) & mask)
      if (this.keys[i] === key) return this.places[i];
    return EMPTY;
  }

  set(key: number, place: number): void {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, GOLDEN) >>> this.shift;
    while (this.stamps[i] === this.stamp && this.keys[i] !== key) i = (i + 1) & mask;
    this.stamps[i] = this.stamp;
    this.keys[i] = key;
    this.places[i] = place;
  }
}
