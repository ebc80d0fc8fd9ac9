// The searches' model → place table (server/src/catalog/placeTable.ts): it answers as a Map would, across resets,
// growth and colliding keys, and a reset empties it without clearing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PlaceTable } from '../../server/src/catalog/placeTable';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

describe('PlaceTable', () => {
  test('answers as a Map over many searches of random sizes, keys and updates', () => {
    const table = new PlaceTable();
    const next = random(7);
    for (let search = 0; search < 300; search++) {
      const count = 1 + Math.floor(next() * (search % 50 === 0 ? 1500 : 120));
      table.reset(count);
      const expected = new Map<number, number>();
      // Keys from a small range collide often; some are set twice (a picker's reorder does).
      const range = search % 3 === 0 ? 4 * count : 200_000;
      while (expected.size < count) {
        const key = Math.floor(next() * range);
        const place = Math.floor(next() * 1000);
        table.set(key, place);
        expected.set(key, place);
      }
      for (const [key, place] of expected) assert.equal(table.get(key), place, `search ${search}, key ${key}`);
      for (let probe = 0; probe < 200; probe++) {
        const key = Math.floor(next() * range * 2);
        assert.equal(table.get(key), expected.get(key) ?? -1, `search ${search}, absent key ${key}`);
      }
    }
  });

  test('a reset empties it, whatever it held', () => {
    const table = new PlaceTable();
    table.reset(10);
    for (let key = 0; key < 10; key++) table.set(key, key + 1);
    table.reset(10);
    for (let key = 0; key < 10; key++) assert.equal(table.get(key), -1);
    table.set(3, 9);
    assert.equal(table.get(3), 9);
  });
});
