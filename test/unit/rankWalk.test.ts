// Prefix matches in rank order (server/src/catalog/modelSearch.ts): a few are ordered; many are found by walking the
// precomputed rank order, which gives up and orders them after all when they rank late. Whichever way a search
// takes, its rows are those of ordering every match: checked against a brute-force ordering, in both scopes. And the
// range of sorted rows a prefix starts (ModelIndex.prefixPlaces), against a brute-force filter.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tableOf } from '../../server/src/catalog/catalogTable';
import { ModelIndex } from '../../server/src/catalog/modelIndex';
import type { ModelRecord } from '../../server/src/catalog/modelRecord';
import { completeRows, type SearchScope } from '../../server/src/catalog/modelSearch';
import { seededRandom } from '../helpers/seededRandom';

/** IDs without separators, so that none is a variant or snapshot of another (which would reorder the rows). */
const id = (family: string, n: number): string => `${family}${String(n).padStart(5, '0')}`;
const day = (n: number, year: number): string =>
  `${year}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;

function buildIndex(): ModelIndex {
  const records: ModelRecord[] = [];
  const add = (provider: string, model: string, releaseDate: string): void => {
    records.push({ provider, id: model, releaseDate, sources: [] });
  };
  // Many matches among the newest models: the walk meets them early.
  for (let n = 0; n < 5000; n++) add('alpha', id('early', n), day(n, 2025));
  // Newer still, at another provider: a walk within alpha's offerings must pass them by.
  for (let n = 0; n < 3000; n++) add('gamma', id('earlyg', n), day(n, 2026));
  // Many matches among the oldest: the walk passes every newer row first, and gives up.
  for (let n = 0; n < 5000; n++) add('alpha', id('late', n), day(n, 2001));
  for (let n = 0; n < 6000; n++) add('beta', id('other', n), day(n, 2020));
  // Another provider's listings of some of the same models: one row per model in a bare search.
  for (let n = 0; n < 5000; n += 7) add('beta', id('early', n), day(n, 2025));
  for (let n = 0; n < 5000; n += 3) add('beta', id('late', n), day(n, 2001));
  return new ModelIndex([{ table: tableOf(records), source: { label: 'test' } }], '2026-12-05');
}

/** Every match of the scope, ordered by rank, callable, one row per model: what the search must give. */
function ordered(index: ModelIndex, scope: SearchScope, prefix: string, limit: number): number[] {
  const rank = scope.provider === undefined ? index.bareRank : index.providerRank;
  const matches: number[] = [];
  for (let row = 0; row < index.size; row++)
    if (
      index.folded[row].startsWith(prefix) &&
      index.callable[row] === 1 &&
      (scope.provider === undefined || index.provider(row) === scope.provider)
    )
      matches.push(row);
  matches.sort((a, b) => rank[a] - rank[b]);
  const models = new Set<number>();
  const rows: number[] = [];
  for (const row of matches) {
    if (models.has(index.modelOf[row])) continue;
    models.add(index.modelOf[row]);
    rows.push(row);
  }
  return rows.slice(0, limit);
}

describe('prefix matches in rank order', () => {
  const index = buildIndex();
  const cases: [SearchScope, string][] = [
    [{}, 'early'],
    [{}, 'late'],
    [{}, 'e'],
    [{}, 'l'],
    [{}, 'early001'],
    [{ provider: 'alpha' }, 'late'],
    [{ provider: 'alpha' }, 'early'],
    [{ provider: 'beta' }, 'late'],
    [{ provider: 'beta' }, 'o'],
  ];

  test('walked, walked then ordered, or ordered: the rows of ordering every match', () => {
    for (const [scope, prefix] of cases)
      for (const limit of [1, 10, 100]) {
        const found = completeRows(index, scope, prefix, limit);
        const expected = ordered(index, scope, prefix, limit + 1);
        assert.deepEqual(found.rows, expected.slice(0, limit), `${scope.provider ?? 'bare'} "${prefix}" ${limit}`);
        assert.equal(found.cut, expected.length > limit);
      }
  });

  test('the newest first: a family released this year before one of 2001', () => {
    const rows = completeRows(index, {}, '', 5).rows.map(row => index.id(row));
    assert.ok(
      rows.every(name => name.startsWith('earlyg')),
      rows.join(', '),
    );
  });
});

describe('the sorted rows a prefix starts', () => {
  const index = buildIndex();
  const random = seededRandom(11);
  const ids = Array.from({ length: 200 }, () => index.folded[Math.floor(random() * index.size)]);
  const prefixes = [
    ...['', 'e', 'early', 'early0', 'early00001', 'early000010', 'earlyg02999', 'late04', 'other05999', 'a', 'zzz'],
    // A whole ID, an ID and one more character, and random cuts: ranges of one row, none, and from a few to thousands.
    ...ids.flatMap(id => [id, `${id}0`, id.slice(0, 1 + Math.floor(random() * id.length))]),
  ];
  const scopes: [string, Uint32Array][] = [
    ['every provider', index.sortedRows],
    ...['alpha', 'beta', 'gamma'].map((provider): [string, Uint32Array] => [provider, index.providerSlice(provider)]),
  ];

  test('exactly the rows whose folded ID starts with the prefix, wherever they are in the array', () => {
    for (const [name, sorted] of scopes)
      for (const prefix of prefixes) {
        const { from, to } = index.prefixPlaces(sorted, prefix);
        const expected = [...sorted].filter(row => index.folded[row].startsWith(prefix));
        assert.deepEqual([...sorted.subarray(from, to)], expected, `${name} "${prefix}"`);
        // Where none starts with it, the place it would sort at: every ID before it is lower, every one after higher.
        if (from === to) {
          assert.ok(from === 0 || index.folded[sorted[from - 1]] < prefix, `${name} "${prefix}" before`);
          assert.ok(from === sorted.length || index.folded[sorted[from]] > prefix, `${name} "${prefix}" after`);
        }
      }
  });
});
