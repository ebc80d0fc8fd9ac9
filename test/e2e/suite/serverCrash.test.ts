/// <reference types="mocha" />
// Crash recovery, for real: the suite finds the language server's process, kills it with SIGKILL and waits until
// vscode-languageclient, driven by the extension's error handler (client/src/crashRecovery.ts), has started a new
// one that answers. Runs after modelRegistry.test.ts (files run in name order), so the other tests see one server.
// The code-server run then checks the status bar's restart notice through the DOM (../workbenchChecks.ts).
// The restart limit is checked on a client that never starts: killing the real server six times would leave the
// workbench checks without one.
import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { CloseAction, LanguageClient } from 'vscode-languageclient/node';
import type { ModelRegistryApi } from '../../../client/src/api';
import { CrashRecovery } from '../../../client/src/crashRecovery';
import type { CrashRecord } from '../../../client/src/restartPolicy';
import { activateExtension, AGENT, KNOWN_MODEL } from './fixture';
import { hoverText, openFixture, positionOf, waitFor } from './vscodeHelpers';

describe('Model Registry when its language server crashes', () => {
  let api: ModelRegistryApi;

  before(async () => {
    api = await activateExtension();
  });

  it("restarts 5 crashes within 3 minutes and gives up on the 6th, as vscode-languageclient's handler decides", async () => {
    const log = vscode.window.createOutputChannel('Model Registry crash recovery test', { log: true });
    const recovery = new CrashRecovery(log);
    const client = new LanguageClient('modelRegistryCrashTest', 'Crash test', { command: 'false' }, {});
    recovery.decideWith(client);
    const told: CrashRecord[] = [];
    const listening = recovery.onDidCrash(crash => told.push(crash));
    try {
      const decisions = [];
      for (let i = 0; i < 6; i++) decisions.push(await recovery.closed());
      assert.deepStrictEqual(
        decisions.map(d => [d.action, d.handled ?? false]),
        [...Array<[CloseAction, boolean]>(5).fill([CloseAction.Restart, true]), [CloseAction.DoNotRestart, false]],
        'restarted quietly five times (the status bar says it), then stopped with an error notification',
      );
      assert.match(decisions[5].message ?? '', /crashed again after 5 restarts within 3 minutes.*Reload the window/);
      assert.deepStrictEqual(
        told.map(crash => [crash.crashes, crash.restart, crash.restartsInWindow]),
        [
          [1, true, 1],
          [2, true, 2],
          [3, true, 3],
          [4, true, 4],
          [5, true, 5],
          [6, false, 5],
        ],
      );
      const status = recovery.serverStatus(client);
      assert.deepStrictEqual([status.running, status.crashes, status.gaveUp], [false, 6, true]);
    } finally {
      listening.dispose();
      recovery.dispose();
      log.dispose();
    }
  });

  it('restarts the killed server, reports the crash, and hovers work again', async function () {
    this.timeout(60_000);
    const before = await waitFor(
      () => api.serverStatus(),
      s => s.running && s.pid !== undefined,
      'the server to run',
    );
    const pid = before.pid as number;
    assertIsOurServer(pid);

    const killedAt = Date.now();
    process.kill(pid, 'SIGKILL');
    const after = await waitFor(
      () => api.serverStatus(),
      s => s.running && s.crashes === before.crashes + 1,
      'the client to restart the server',
      30_000,
    );
    assert.notStrictEqual(after.pid, pid, 'a new server process');
    assert.strictEqual(after.gaveUp, false);
    assert.ok(
      after.lastCrashAt && Date.parse(after.lastCrashAt) >= killedAt - 1000,
      `the crash time: ${after.lastCrashAt}`,
    );
    await waitFor(
      () => isAlive(pid),
      alive => !alive,
      `the killed process ${pid} to be gone`,
    );

    // The new server loads the catalogs again and answers as the old one did.
    const document = await openFixture(AGENT);
    const position = positionOf(document, KNOWN_MODEL, 'anthropic:claude'.length);
    const hovers = await waitFor(
      async () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position),
      h => /Context window/.test(hoverText(h)),
      'a hover from the restarted server',
    );
    assert.match(hoverText(hovers), /claude-3-7-sonnet-20250219/);
    const snapshot = await api.inspectCache();
    assert.ok(snapshot.models > 1000, `the restarted server has the bundled catalog (${snapshot.models} models)`);
  });
});

/**
 * The PID the API gave is the bundled server, started by this extension host (the suite runs in it), so that the
 * test never kills anything else, e.g. another window's server.
 */
function assertIsOurServer(pid: number): void {
  if (process.platform === 'win32') return; // no ps; the PID comes from vscode-languageclient's own child process
  const [ppid, ...args] = execFileSync('ps', ['-o', 'ppid=,args=', '-p', String(pid)], { encoding: 'utf8' })
    .trim()
    .split(/\s+/);
  assert.strictEqual(Number(ppid), process.pid, `process ${pid} is a child of the extension host`);
  assert.match(args.join(' '), /server[\\/]dist[\\/]server\.js/, `process ${pid} runs the bundled server`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
