// Drives the bundled server (server/dist/server.js) over a real stdio connection, as an editor would.
import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-jsonrpc/node';
import type { CacheSnapshot } from '../../shared/protocol';

/** Two levels below the package root, both here (test/helpers) and bundled into the benchmark (bench/.data). */
export const SERVER = path.resolve(__dirname, '../../server/dist/server.js');

export interface Registration {
  id: string;
  method: string;
  registerOptions?: unknown;
}

export class LspSession {
  readonly connection: rpc.MessageConnection;
  readonly snapshots: CacheSnapshot[] = [];
  readonly logs: string[] = [];
  readonly registrations: Registration[] = [];
  /** The answer to `workspace/configuration` waits for this: a test can play a client slow to send its settings. */
  settingsReady: Promise<void> = Promise.resolve();
  private readonly process: ChildProcess;
  private readonly waiters: (() => void)[] = [];

  /**
   * `settings` answers `workspace/configuration` for the `modelRegistry` section; change it and notify to reconfigure.
   * The online catalog is off unless a test turns it on: tests never reach the internet.
   */
  /** `server`: the bundle to run (the benchmarks also drive a minimal reference server). */
  constructor(
    public settings: Record<string, unknown> = {},
    env: Record<string, string> = {},
    server = SERVER,
  ) {
    this.process = spawn(process.execPath, [server, '--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    });
    this.connection = rpc.createMessageConnection(
      new rpc.StreamMessageReader(this.process.stdout!),
      new rpc.StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onRequest('workspace/configuration', async (params: { items: { section?: string }[] }) => {
      await this.settingsReady;
      return params.items.map(item =>
        item.section === 'modelRegistry' ? { onlineCatalog: false, ...this.settings } : null,
      );
    });
    this.connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onNotification('modelRegistry/cacheChanged', (snapshot: CacheSnapshot) => {
      this.snapshots.push(snapshot);
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (message: { message: string }) => {
      this.logs.push(message.message);
      this.wake();
    });
    this.connection.listen();
  }

  /** The server's process ID, to read its memory from /proc. */
  get pid(): number | undefined {
    return this.process.pid;
  }

  async initialize(
    rootPath: string,
    capabilities: Record<string, unknown> = DEFAULT_CAPABILITIES,
    initializationOptions?: unknown,
  ): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: null, // a made-up PID would make the server's watchdog exit
      rootUri: pathToFileURL(rootPath).href,
      workspaceFolders: [{ uri: pathToFileURL(rootPath).href, name: path.basename(rootPath) }],
      capabilities,
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  request<T>(method: string, params?: unknown): Promise<T> {
    return params === undefined
      ? this.connection.sendRequest<T>(method)
      : this.connection.sendRequest<T>(method, params);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Resolves with the first `cacheChanged` snapshot (from now on, or already received) that satisfies `predicate`. */
  async waitForSnapshot(
    predicate: (s: CacheSnapshot) => boolean,
    timeoutMs = 10_000,
    since = 0,
  ): Promise<CacheSnapshot> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.snapshots.slice(since).find(predicate);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(
          `no matching cacheChanged within ${timeoutMs} ms; last: ${JSON.stringify(this.snapshots.at(-1))}`,
        );
      await new Promise<void>(resolve => {
        const timer = setTimeout(resolve, 100);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async close(): Promise<number | null> {
    const exited = new Promise<number | null>(resolve =>
      this.process.exitCode !== null
        ? resolve(this.process.exitCode)
        : this.process.once('exit', code => resolve(code)),
    );
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // already gone: the exit code below tells
    }
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<null>(resolve => (timer = setTimeout(() => resolve(null), 3000)));
    const code = await Promise.race([exited, gaveUp]);
    clearTimeout(timer); // a pending timer would keep the test process alive for 3 s after every session
    this.connection.dispose();
    this.process.kill();
    return code;
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}

export const DEFAULT_CAPABILITIES = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    workspaceFolders: true,
  },
};
