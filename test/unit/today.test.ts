// Today's date as the server and the CLI read deprecation dates against (server/src/catalog/today.ts): remembered for
// the day, and a new one as soon as the UTC day changes, in either direction (a clock set back).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { utcToday } from '../../server/src/catalog/today';

test('the UTC date of the moment, changing at midnight UTC', () => {
  assert.equal(utcToday(Date.UTC(2026, 11, 4, 23, 59, 59, 999)), '2026-12-04');
  assert.equal(utcToday(Date.UTC(2026, 11, 5, 0, 0, 0, 0)), '2026-12-05');
  assert.equal(utcToday(Date.UTC(2026, 11, 5, 13, 30)), '2026-12-05');
  assert.equal(utcToday(Date.UTC(2026, 11, 4, 12)), '2026-12-04');
  assert.equal(utcToday(Date.UTC(1999, 11, 31, 23, 59)), '1999-12-31');
});

test('without an argument, the date of now', () => {
  const before = new Date().toISOString().slice(0, 10);
  const today = utcToday();
  const after = new Date().toISOString().slice(0, 10);
  assert.ok(today === before || today === after, today);
});
