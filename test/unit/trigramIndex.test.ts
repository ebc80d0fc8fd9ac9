// The letter-triple index behind fuzzy completion and "did you mean": distinct triples per text, and candidates
// ranked by how many triples they share with the query, checked against a count made here by brute force.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TrigramIndex, tripleCount } from '../../server/src/catalog/trigramIndex';

/** The distinct triples of `text`, by brute force. */
const triples = (text: string): Set<string> =>
  new Set(Array.from({ length: Math.max(0, text.length - 2) }, (_, i) => text.slice(i, i + 3)));

const shared = (a: string, b: string): number => [...triples(a)].filter(t => triples(b).has(t)).length;

describe('TrigramIndex', () => {
  test('each distinct triple counts once, however often and wherever it repeats', () => {
    for (const text of ['', 'ab', 'abc', 'aaaa', 'abcabc', 'gpt4ogpt4o', 'claude37sonnet20250219', 'z9z9z9z9'])
      assert.equal(tripleCount(text), triples(text).size, text);
  });

  test('candidates: rows sharing at least half the query triples, most shared first, then by rank', () => {
    const keys = ['gpt4o', 'gpt4omini', 'gpt4', 'gpt35turbo', 'claude3opus', 'o4mini', 'gpt4o', 'mistrallarge'];
    const index = new TrigramIndex(keys);
    // A rank that is not the row order: the tie-break must read it.
    const rank = Uint32Array.from([5, 3, 7, 1, 0, 6, 2, 4]);
    for (const query of ['gpt4o', 'gpt4omni', 'claudeopus', 'minigpt', 'xyz']) {
      const need = Math.max(1, Math.ceil(triples(query).size / 2));
      const expected = keys
        .map((key, row) => ({ row, count: shared(query, key) }))
        .filter(({ count }) => count >= need)
        .sort((a, b) => b.count - a.count || rank[a.row] - rank[b.row])
        .map(({ row }) => row);
      assert.deepEqual(index.candidates(query, 100, rank), expected, query);
    }
    // Of rows sharing as many triples, the limit keeps the best ranked: the second `gpt4o` (rank 2) before the first.
    assert.deepEqual(index.candidates('gpt4o', 1, rank), [6]);
  });

  test('limit, accept and a given minimum of shared triples', () => {
    const keys = ['gpt4o', 'gpt4omini', 'gpt4', 'gpt4turbo'];
    const index = new TrigramIndex(keys);
    const byRow = Uint32Array.from(keys.keys());
    assert.deepEqual(index.candidates('gpt4o', 2, byRow), [0, 1]);
    assert.deepEqual(
      index.candidates('gpt4o', 10, byRow, row => row !== 0),
      [1, 2, 3],
    );
    assert.deepEqual(index.candidates('gpt4o', 10, byRow, undefined, 3), [0, 1]);
  });
});
