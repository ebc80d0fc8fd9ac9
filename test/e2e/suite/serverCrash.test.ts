/// <reference types="mocha" />
// Crash recovery, for real: the suite finds the language server's process, kills it with SIGKILL and waits until
// vscode-languageclient, driven by the extension's error handler (client/src/crashRecovery.ts), has started a new
// one that answers. Runs after modelRegistry.test.ts (files run in name order), so the other tests see one server.
// The code-server run then checks the status bar's restart notice through the DOM (../workbenchChecks.ts).
import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import type { ModelRegistryApi } from '../../../client/src/api';
import { activateExtension, AGENT, KNOWN_MODEL } from './fixture';
import { hoverText, openFixture, positionOf, waitFor } from './vscodeHelpers';

describe('Model Registry when its language server crashes', () => {
  let api: ModelRegistryApi;

  before(async () => {
    api = await activateExtension();
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
