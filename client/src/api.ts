// What `activate` returns: `vscode.extensions.getExtension('model-registry.model-registry').activate()` gives
// other extensions (and the end-to-end tests) the cache snapshot and the server's health without going through the UI.
import type { CacheSnapshot } from '../../shared/protocol';

export interface ModelRegistryApi {
  /** `modelRegistry/inspectCache`: the current snapshot of the server's registry cache. */
  inspectCache(): Promise<CacheSnapshot>;
  /** The language server process and its crashes since the extension started. */
  serverStatus(): ServerStatus;
}

export interface ServerStatus {
  /** The client is connected and the server answered `initialize`. */
  running: boolean;
  /** The server's process id while it runs. */
  pid: number | undefined;
  /** Times the server process died without being asked to stop. */
  crashes: number;
  /** The last of them, ISO 8601. */
  lastCrashAt: string | null;
  /** Crashed more often than it is restarted: it stays stopped until the window reloads. */
  gaveUp: boolean;
}
