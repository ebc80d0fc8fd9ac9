// Restarts the language server when its process dies, within the bounds of a RestartPolicy, logs every crash in the
// output channel and tells the rest of the extension (status bar, API) what happened. Plugged into
// vscode-languageclient as its `errorHandler`: `closed()` is called whenever the connection to the server ends
// without the client having asked for it (`stop()` skips it), which is exactly a crash.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  State,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClient,
} from 'vscode-languageclient/node';
import type { ServerStatus } from './api';
import { describeRestartLimit, RestartPolicy, type CrashRecord } from './restartPolicy';

/** vscode-languageclient's default: a few read/write errors in a row are survived, more shut the server down. */
const CONNECTION_ERRORS_TOLERATED = 3;

export class CrashRecovery implements ErrorHandler, vscode.Disposable {
  private readonly crashed = new vscode.EventEmitter<CrashRecord>();
  /** Fires after each crash, once it is decided whether the server restarts. */
  readonly onDidCrash = this.crashed.event;
  private last: CrashRecord | undefined;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly policy = new RestartPolicy(),
  ) {}

  /** The latest crash, if the server crashed since the extension started. */
  get lastCrash(): CrashRecord | undefined {
    return this.last;
  }

  /** For the extension's API: is the server up, under which process, and how often did it crash. */
  serverStatus(client: LanguageClient): ServerStatus {
    const crash = this.last;
    return {
      running: client.state === State.Running,
      pid: client.serverProcess?.pid,
      crashes: crash?.crashes ?? 0,
      lastCrashAt: crash?.at.toISOString() ?? null,
      gaveUp: crash !== undefined && !crash.restart,
    };
  }

  // The count resets whenever a message gets through, so only a connection that keeps failing is given up on.
  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    return {
      action: count !== undefined && count <= CONNECTION_ERRORS_TOLERATED ? ErrorAction.Continue : ErrorAction.Shutdown,
    };
  }

  closed(): CloseHandlerResult {
    const crash = this.policy.crashed();
    this.last = crash;
    const limit = describeRestartLimit(crash.limit);
    const what = `The language server stopped unexpectedly (crash ${crash.crashes} since start-up)`;
    this.log.error(
      crash.restart
        ? `${what}; restarting it (restart ${crash.restartsInWindow} of at most ${limit}).`
        : `${what} after ${limit}; it is not restarted again.`,
    );
    this.crashed.fire(crash);
    if (crash.restart) {
      // `handled`: the status bar says it; vscode-languageclient only logs its own "Server will restart" line.
      return { action: CloseAction.Restart, handled: true };
    }
    // Not `handled`: vscode-languageclient logs this message and shows it as an error notification.
    return {
      action: CloseAction.DoNotRestart,
      message:
        `The Model Registry language server crashed again after ${limit} and is not restarted any more. ` +
        'Reload the window to start it again.',
    };
  }

  dispose(): void {
    this.crashed.dispose();
  }
}
