// The restart limit of a crashing language server, and each crash counted against it. vscode-languageclient's own
// error handler decides (`createDefaultErrorHandler(maxRestarts)`: a crash is restarted unless it is the
// (maxRestarts + 1)th within its fixed 3-minute window); this module keeps the count the log and the status bar tell
// ("restart 3 of at most 5 restarts within 3 minutes"). No `vscode` import, so it is unit-tested
// (test/unit/restartPolicy.test.ts).

export interface RestartLimit {
  maxRestarts: number;
  windowMs: number;
}

/** 5 restarts within 3 minutes; the 6th crash in that time stops the server for good. The window is the library's. */
export const DEFAULT_RESTART_LIMIT: RestartLimit = { maxRestarts: 5, windowMs: 3 * 60_000 };

/** One crash and what was decided about it. */
export interface CrashRecord {
  at: Date;
  /** Crashes since the extension started, this one included. */
  crashes: number;
  /** Whether the server is restarted after this crash; false means it stays stopped. */
  restart: boolean;
  /** Restarts within the window ending now, this one included when `restart`. */
  restartsInWindow: number;
  limit: RestartLimit;
}

/** "5 restarts within 3 minutes", for the log, the notification and the status bar. */
export function describeRestartLimit({ maxRestarts, windowMs }: RestartLimit): string {
  return `${maxRestarts} restarts within ${windowMs / 60_000} minutes`;
}

export class CrashHistory {
  /** When the restarts within the window happened (ms since the epoch), oldest first. */
  private recentRestarts: number[] = [];
  private crashes = 0;

  constructor(
    readonly limit: RestartLimit = DEFAULT_RESTART_LIMIT,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a crash now, and whether the error handler restarts the server after it. */
  crashed(restart: boolean): CrashRecord {
    const now = this.now();
    this.crashes += 1;
    // Inclusive, as vscode-languageclient counts: a restart exactly 3 minutes ago is still within the window.
    this.recentRestarts = this.recentRestarts.filter(at => now - at <= this.limit.windowMs);
    if (restart) this.recentRestarts.push(now);
    return {
      at: new Date(now),
      crashes: this.crashes,
      restart,
      restartsInWindow: this.recentRestarts.length,
      limit: this.limit,
    };
  }
}
