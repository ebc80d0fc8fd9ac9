// Times as people read them (client/src/timeWords.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { localDateTime, relativeTime } from '../../client/src/timeWords';

const NOW = new Date(2026, 11, 5, 14, 2, 11); // local time
const before = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

describe('time words', () => {
  test('relative: whole units, counted down as a clock does', () => {
    assert.deepEqual(
      [0, 59, 60, 3 * 60 + 59, 2 * 3600, 26 * 3600, 3 * 86400, 8 * 86400, 45 * 86400, 400 * 86400].map(s =>
        relativeTime(before(s), NOW),
      ),
      [
        'just now',
        'just now',
        '1 minute ago',
        '3 minutes ago',
        '2 hours ago',
        'yesterday',
        '3 days ago',
        'last week',
        'last month',
        'last year',
      ],
    );
    assert.equal(relativeTime(new Date(NOW.getTime() + 5 * 60_000), NOW), 'in 5 minutes', 'a clock running behind');
  });

  test('absolute: local date and time', () => {
    assert.equal(localDateTime(NOW), '2026-12-05 14:02:11');
    assert.equal(localDateTime(new Date(2027, 0, 2, 3, 4, 5)), '2027-01-02 03:04:05');
  });
});
