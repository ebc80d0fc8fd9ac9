// A child process leading its own process group, so that stopping it also stops everything it started.
// code-server is the reason: killing its PID leaves out/node/entry.js, the extension host (which waits 3 h for a
// reconnect), the pty host and our language server running. `detached: true` is setsid(); the group id is the PID.
import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const live = new Set<ProcessGroup>();

// Last resort when the runner exits without stopping a group (an uncaught error, process.exit in a handler).
process.on('exit', () => {
  for (const group of live) group.killNow();
});

export class ProcessGroup {
  readonly child: ChildProcess;
  /** Set when the leader exited; the rest of the group may still be running. */
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;

  constructor(command: string, args: readonly string[], options: Omit<SpawnOptions, 'detached'>) {
    this.child = spawn(command, args, { ...options, detached: true });
    this.child.on('exit', (code, signal) => {
      this.exit = { code, signal };
    });
    live.add(this);
  }

  private get pgid(): number | undefined {
    return this.child.pid;
  }

  alive(): boolean {
    if (this.pgid === undefined) return false;
    try {
      process.kill(-this.pgid, 0);
      return true;
    } catch {
      return false;
    }
  }

  /** SIGTERM to the whole group, up to `graceMs` for it to go, then SIGKILL. */
  async stop(graceMs = 5000): Promise<void> {
    live.delete(this);
    if (!this.alive()) return;
    this.signal('SIGTERM');
    for (const deadline = Date.now() + graceMs; this.alive() && Date.now() < deadline;) await sleep(100);
    if (this.alive()) this.signal('SIGKILL');
  }

  killNow(): void {
    this.signal('SIGKILL');
  }

  private signal(signal: NodeJS.Signals): void {
    if (this.pgid === undefined) return;
    try {
      process.kill(-this.pgid, signal);
    } catch {
      // the group is already gone
    }
  }
}
