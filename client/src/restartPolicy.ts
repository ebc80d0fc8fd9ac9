// When a crashed language server is restarted: at most `maxRestarts` restarts within a sliding `windowMs`. A server
// that keeps dying at start-up (a broken build, a catalog that crashes it) must not be restarted for ever, while one
// crash an hour should always be survived. No `vscode` import, so it is unit-tested (test/unit/restartPolicy.test.ts).

export interface RestartLimit {
  maxRestarts: number;
  windowMs: number;
}

/** 5 restarts within 3 minutes; the 6th crash in that time stops the server for good. */
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

export class RestartPolicy {
  /** When the restarts within the window happened (ms since the epoch), oldest first. */
  private recentRestarts: number[] = [];
  private crashes = 0;

  constructor(
    readonly limit: RestartLimit = DEFAULT_RESTART_LIMIT,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a crash now and decides whether to restart. */
  crashed(): CrashRecord {
    const now = this.now();
    this.crashes += 1;
    this.recentRestarts = this.recentRestarts.filter(at => now - at < this.limit.windowMs);
    const restart = this.recentRestarts.length < this.limit.maxRestarts;
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
