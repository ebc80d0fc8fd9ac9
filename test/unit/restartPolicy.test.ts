// The restart limit and the crash count the log and the status bar tell (client/src/restartPolicy.ts), with a fake
// clock. The decision itself is vscode-languageclient's default error handler's; the end-to-end suite drives it
// through client/src/crashRecovery.ts (test/e2e/suite/serverCrash.test.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CrashHistory, DEFAULT_RESTART_LIMIT, describeRestartLimit } from '../../client/src/restartPolicy';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

function historyAt(start = Date.UTC(2025, 0, 1)) {
  const clock = { now: start };
  return { clock, history: new CrashHistory(DEFAULT_RESTART_LIMIT, () => clock.now) };
}

describe('restart limit and crash history', () => {
  test('the default is 5 restarts within 3 minutes', () => {
    assert.deepEqual(DEFAULT_RESTART_LIMIT, { maxRestarts: 5, windowMs: 3 * MINUTE });
    assert.equal(describeRestartLimit(DEFAULT_RESTART_LIMIT), '5 restarts within 3 minutes');
  });

  test('counts 5 restarted crashes in a row, then the 6th that is not restarted', () => {
    const { clock, history } = historyAt();
    const records = [];
    for (let i = 0; i < 6; i++) {
      records.push(history.crashed(i < 5));
      clock.now += 10 * SECOND;
    }
    assert.deepEqual(
      records.map(r => [r.crashes, r.restart, r.restartsInWindow]),
      [
        [1, true, 1],
        [2, true, 2],
        [3, true, 3],
        [4, true, 4],
        [5, true, 5],
        [6, false, 5],
      ],
    );
    assert.equal(records[5].at.getTime(), Date.UTC(2025, 0, 1) + 50 * SECOND);
    assert.deepEqual(records[5].limit, DEFAULT_RESTART_LIMIT);
  });

  test('restarts older than the window no longer count: one crash a minute stays at most 4 in the window', () => {
    const { clock, history } = historyAt();
    for (let i = 1; i <= 20; i++) {
      const record = history.crashed(true);
      assert.equal(record.crashes, i);
      assert.ok(record.restartsInWindow <= 4, `at most 4 restarts within 3 minutes: ${record.restartsInWindow}`);
      clock.now += MINUTE;
    }
  });

  test('the window slides, inclusively as vscode-languageclient counts it', () => {
    const { clock, history } = historyAt();
    for (let i = 0; i < 5; i++) history.crashed(true); // five restarts at t = 0
    clock.now += 3 * MINUTE;
    assert.equal(history.crashed(true).restartsInWindow, 6, 'exactly 3 minutes old: still within the window');
    clock.now += 1;
    const record = history.crashed(true);
    assert.deepEqual([record.restartsInWindow, record.crashes], [2, 7]);
  });
});
