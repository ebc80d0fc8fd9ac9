// A cache snapshot in the user's words (client/src/catalogSummary.ts): the Refresh Cache notification and the one
// log line per load.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadLogLine, modelsFromCatalogs, refreshedMessage } from '../../client/src/catalogSummary';
import type { CacheSnapshot, SourceStatus } from '../../shared/protocol';

function source(name: string, models: number, dataDate: string | null, extra: Partial<SourceStatus> = {}) {
  const status: SourceStatus = { source: name, format: 'models.dev', models, loadedAt: null, status: 'ok', dataDate };
  return { ...status, ...extra };
}

function snapshot(sources: SourceStatus[], lastRefresh: string | null = '2026-12-05T10:00:00.000Z'): CacheSnapshot {
  return {
    generation: 7,
    entries: 0,
    maxEntries: 10_000,
    sizeBytes: 0,
    maxSizeBytes: 64 << 20,
    ttlSeconds: 300,
    hits: 0,
    misses: 0,
    evictions: 0,
    hitRate: 0,
    models: 9652,
    providers: 229,
    lastRefresh,
    sources,
  };
}

const healthy = snapshot([
  source('model_registry.json', 1, '2026-12-04T09:30:00.000Z', { format: 'registry' }),
  source('models.dev (online)', 8400, '2026-12-05'),
  source('models.dev', 8337, '2026-09-30'),
  source('models.dev (retired)', 1314, '2026-09-30'),
]);
const offline = snapshot(
  [
    source('model_registry.json', 1, '2026-12-04T09:30:00.000Z', { format: 'registry' }),
    source('models.dev (online)', 0, null, { status: 'error', error: 'host not found (offline?)' }),
    source('models.dev', 8337, '2026-09-30'),
    source('broken.json', 12, '2026-11-01', { status: 'stale', error: 'invalid JSON (Unexpected end)' }),
  ],
  '2026-12-05T10:05:00.000Z',
);

describe('catalog summary', () => {
  test('models from the catalogs that gave some, in plain numbers', () => {
    assert.equal(modelsFromCatalogs(healthy), '9,652 models from 4 catalogs');
    assert.equal(modelsFromCatalogs(offline), '9,652 models from 3 catalogs', 'the failed one gave none');
  });

  test('Refresh Cache says what was loaded, and each problem; never the generation', () => {
    assert.deepEqual(refreshedMessage(healthy), { text: 'Reloaded 9,652 models from 4 catalogs.', warn: false });
    const { text, warn } = refreshedMessage(offline);
    assert.equal(warn, true);
    assert.equal(
      text,
      'Reloaded 9,652 models from 3 catalogs; 2 catalogs had a problem: models.dev (online): host not found ' +
        '(offline?); broken.json: invalid JSON (Unexpected end) (its last good data is used).',
    );
    assert.doesNotMatch(text, /generation/i);
  });

  test('one log line per load, with every catalog and its data date', () => {
    assert.deepEqual(loadLogLine(healthy, undefined), {
      text:
        'Loaded 9,652 models from 4 catalogs (model_registry.json 2026-12-04, models.dev (online) 2026-12-05, ' +
        'models.dev 2026-09-30, models.dev (retired) 2026-09-30)',
      warn: false,
    });
    assert.deepEqual(loadLogLine(offline, healthy), {
      text:
        'Loaded 9,652 models from 3 catalogs (model_registry.json 2026-12-04, models.dev 2026-09-30, ' +
        'broken.json 2026-11-01); models.dev (online): host not found (offline?); ' +
        'broken.json: invalid JSON (Unexpected end) (its last good data is used)',
      warn: true,
    });
  });

  test('no line for a snapshot that is not a new load: the same load again, a clear, none yet', () => {
    assert.equal(loadLogLine({ ...healthy, generation: 8, entries: 0 }, healthy), undefined);
    assert.equal(loadLogLine(snapshot([], null), undefined), undefined);
  });
});
