// When a crashed language server is restarted (client/src/restartPolicy.ts): at most 5 restarts within a sliding
// 3-minute window, with a fake clock.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_RESTART_LIMIT, describeRestartLimit, RestartPolicy } from '../../client/src/restartPolicy';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

function policyAt(start = Date.UTC(2025, 0, 1)) {
  const clock = { now: start };
  return { clock, policy: new RestartPolicy(DEFAULT_RESTART_LIMIT, () => clock.now) };
}

describe('restart policy', () => {
  test('the default is 5 restarts within 3 minutes', () => {
    assert.deepEqual(DEFAULT_RESTART_LIMIT, { maxRestarts: 5, windowMs: 3 * MINUTE });
    assert.equal(describeRestartLimit(DEFAULT_RESTART_LIMIT), '5 restarts within 3 minutes');
  });

  test('restarts 5 crashes in a row, gives up on the 6th within the window', () => {
    const { clock, policy } = policyAt();
    const decisions = [];
    for (let i = 0; i < 6; i++) {
      decisions.push(policy.crashed());
      clock.now += 10 * SECOND;
    }
    assert.deepEqual(
      decisions.map(d => [d.crashes, d.restart, d.restartsInWindow]),
      [
        [1, true, 1],
        [2, true, 2],
        [3, true, 3],
        [4, true, 4],
        [5, true, 5],
        [6, false, 5],
      ],
    );
    assert.equal(decisions[5].at.getTime(), Date.UTC(2025, 0, 1) + 50 * SECOND);
    assert.deepEqual(decisions[5].limit, DEFAULT_RESTART_LIMIT);
  });

  test('restarts older than the window no longer count: one crash a minute is always survived', () => {
    const { clock, policy } = policyAt();
    for (let i = 1; i <= 20; i++) {
      const decision = policy.crashed();
      assert.ok(decision.restart, `crash ${i} is restarted`);
      assert.ok(decision.restartsInWindow <= 3, `at most 3 restarts within 3 minutes: ${decision.restartsInWindow}`);
      clock.now += MINUTE;
    }
  });

  test('the window slides: once the oldest restart is 3 minutes old, the next crash restarts again', () => {
    const { clock, policy } = policyAt();
    for (let i = 0; i < 5; i++) policy.crashed(); // five restarts at t = 0
    clock.now += 3 * MINUTE - 1;
    assert.equal(policy.crashed().restart, false, 'still within 3 minutes of all five');
    clock.now += 1;
    const decision = policy.crashed();
    assert.deepEqual([decision.restart, decision.restartsInWindow, decision.crashes], [true, 1, 7]);
  });

  test('a custom limit', () => {
    const clock = { now: 0 };
    const policy = new RestartPolicy({ maxRestarts: 1, windowMs: SECOND }, () => clock.now);
    assert.equal(policy.crashed().restart, true);
    assert.equal(policy.crashed().restart, false);
    clock.now = SECOND;
    assert.equal(policy.crashed().restart, true);
  });
});
