// Runs a server as shipped (the npm package's `model-registry-server`, the .vsix's server.js) over stdio, as an
// editor without workspace/configuration would: initialize with the settings as initializationOptions, wait until
// it holds the bundled catalog (over 1,000 models), shut down, and require exit code 0. Returns the last snapshot.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-jsonrpc/node';
import { InspectCacheRequest, type CacheSnapshot } from '../../shared/protocol';

export async function bundledCatalogSnapshot(
  command: string,
  args: readonly string[],
  options: { folder: string; settings: Record<string, unknown>; env?: NodeJS.ProcessEnv; waitMs: number },
): Promise<CacheSnapshot> {
  const server = spawn(command, [...args, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env });
  let stderr = '';
  server.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>(resolve => server.on('exit', code => resolve(code)));
  const connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(server.stdout),
    new rpc.StreamMessageWriter(server.stdin),
  );
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.onRequest(() => null);
  connection.listen();
  try {
    const workspace = pathToFileURL(options.folder).href;
    const init = await connection.sendRequest<{ serverInfo?: { name: string } }>('initialize', {
      processId: process.pid,
      rootUri: workspace,
      capabilities: {},
      workspaceFolders: [{ uri: workspace, name: 'workspace' }],
      initializationOptions: { settings: options.settings },
    });
    assert.equal(init.serverInfo?.name, 'model-registry');
    await connection.sendNotification('initialized', {});
    let snapshot = await connection.sendRequest(InspectCacheRequest);
    for (
      const deadline = Date.now() + options.waitMs;
      snapshot.models <= 1000;
      await new Promise(r => setTimeout(r, 100))
    ) {
      assert.ok(Date.now() < deadline, `the bundled catalog did not load (${snapshot.models} models): ${stderr}`);
      snapshot = await connection.sendRequest(InspectCacheRequest);
    }
    await connection.sendRequest('shutdown', null);
    await connection.sendNotification('exit', null);
    assert.equal(await exited, 0, stderr);
    return snapshot;
  } finally {
    connection.dispose();
    if (server.exitCode === null) server.kill('SIGKILL');
  }
}
