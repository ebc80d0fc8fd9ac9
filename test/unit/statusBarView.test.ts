// What the status bar item shows (client/src/statusBarView.ts): the model count, failed sources, a restart after a
// crash, a server that is restarting or has stopped, and what a click opens.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_RESTART_LIMIT, type CrashRecord } from '../../client/src/restartPolicy';
import { statusBarView } from '../../client/src/statusBarView';
import type { CacheSnapshot } from '../../shared/protocol';

function snapshot(sources: CacheSnapshot['sources']): CacheSnapshot {
  return {
    generation: 1,
    entries: 0,
    maxEntries: 10_000,
    sizeBytes: 0,
    maxSizeBytes: 64 << 20,
    ttlSeconds: 300,
    hits: 0,
    misses: 0,
    evictions: 0,
    hitRate: 0,
    models: 8123,
    providers: 90,
    lastRefresh: null,
    sources,
  };
}

const source = (name: string, status: 'ok' | 'error' = 'ok') => ({
  source: name,
  format: 'auto',
  models: 1,
  loadedAt: null,
  status,
});
const healthy = snapshot([source('model_registry.json'), source('bundled: models.dev')]);
const crashAt = new Date(2025, 0, 1, 14, 2, 11); // local time, as the tooltip shows it

function crash(crashes: number, restart: boolean): CrashRecord {
  return { at: crashAt, crashes, restart, restartsInWindow: Math.min(crashes, 5), limit: DEFAULT_RESTART_LIMIT };
}

describe('status bar', () => {
  test('loading, then the model count; a click opens the inspector', () => {
    assert.deepEqual(statusBarView({ server: 'starting' }), {
      text: '$(sync~spin) Model Registry',
      tooltip: 'Model Registry: loading the model catalogs…',
      look: 'normal',
      click: 'inspector',
    });
    assert.deepEqual(statusBarView({ server: 'running', snapshot: healthy }), {
      text: '$(database) 8,123 models',
      tooltip: 'Model Registry: 8,123 models from 2 sources. Click to inspect the cache.',
      look: 'normal',
      click: 'inspector',
    });
  });

  test('a failed source: warning look, named in the tooltip', () => {
    const view = statusBarView({
      server: 'running',
      snapshot: snapshot([source('model_registry.json'), source('broken.json', 'error')]),
    });
    assert.equal(view.text, '$(warning) 8,123 models');
    assert.equal(view.look, 'warning');
    assert.match(view.tooltip, /1 of 2 sources failed \(broken\.json\)/);
  });

  test('while a crashed server restarts: a spinner, and a click opens the output', () => {
    const view = statusBarView({ server: 'restarting', snapshot: healthy, lastCrash: crash(1, true) });
    assert.equal(view.text, '$(sync~spin) Model Registry restarting');
    assert.equal(view.look, 'warning');
    assert.equal(view.click, 'output');
    assert.match(
      view.tooltip,
      /crashed at 14:02:11 and is being restarted \(restart 1 of at most 5 restarts within 3 minutes\)/,
    );
  });

  test('restarted after a crash: says so until the user clicks it; the tooltip keeps the count and time', () => {
    const view = statusBarView({ server: 'running', snapshot: healthy, lastCrash: crash(2, true) });
    assert.equal(view.text, '$(warning) 8,123 models · restarted');
    assert.equal(view.look, 'warning');
    assert.equal(view.click, 'inspector');
    assert.equal(
      view.tooltip,
      'Model Registry: the language server was restarted after 2 crashes, the last at 14:02:11. ' +
        '8,123 models from 2 sources. Click to inspect the cache.',
    );

    const seen = statusBarView({ server: 'running', snapshot: healthy, lastCrash: crash(2, true), crashSeen: true });
    assert.equal(seen.text, '$(database) 8,123 models');
    assert.equal(seen.look, 'normal');
    assert.match(seen.tooltip, /restarted after 2 crashes, the last at 14:02:11/);
  });

  test('restarted, before the new server sent its first snapshot', () => {
    const view = statusBarView({ server: 'running', lastCrash: crash(1, true) });
    assert.equal(view.text, '$(warning) Model Registry restarted after a crash');
    assert.match(view.tooltip, /restarted after a crash, the last at 14:02:11/);
  });

  test('gave up after too many crashes: error look, says why, a click opens the output', () => {
    const view = statusBarView({ server: 'stopped', snapshot: healthy, lastCrash: crash(6, false) });
    assert.equal(view.text, '$(error) Model Registry');
    assert.equal(view.look, 'error');
    assert.equal(view.click, 'output');
    assert.equal(
      view.tooltip,
      'Model Registry: the language server crashed 6 times (the last at 14:02:11, after 5 restarts within ' +
        '3 minutes) and is not restarted any more; reload the window to start it again. Click to see the "Model Registry" output.',
    );
  });

  test('stopped without a crash (it failed to start)', () => {
    const view = statusBarView({ server: 'stopped' });
    assert.deepEqual([view.text, view.look, view.click], ['$(error) Model Registry', 'error', 'output']);
    assert.match(view.tooltip, /the language server is not running/);
  });
});
