// What happens when the language server's process dies: vscode-languageclient's own error handler decides (it
// survives a few connection errors in a row, and restarts a crashed server unless it crashed too often, see
// restartPolicy.ts); this wrapper logs every crash in the output channel, tells the status bar and the API, and says
// how to start the server again once it is given up on. Plugged in as the client's `errorHandler`: `closed()` is
// called whenever the connection ends without the client having asked for it (`stop()` skips it): a crash.
import * as vscode from 'vscode';
import {
  CloseAction,
  State,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClient,
  type Message,
} from 'vscode-languageclient/node';
import type { ServerStatus } from './api';
import { CrashHistory, DEFAULT_RESTART_LIMIT, describeRestartLimit, type CrashRecord } from './restartPolicy';

export class CrashRecovery implements ErrorHandler, vscode.Disposable {
  private readonly crashed = new vscode.EventEmitter<CrashRecord>();
  /** Fires after each crash, once it is decided whether the server restarts. */
  readonly onDidCrash = this.crashed.event;
  private readonly history = new CrashHistory(DEFAULT_RESTART_LIMIT);
  private last: CrashRecord | undefined;
  private library: ErrorHandler | undefined;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /**
   * Hands the decisions to vscode-languageclient's default handler. The client makes it, and the client takes this
   * handler in its options: so this comes after the client is constructed, before it starts.
   */
  decideWith(client: LanguageClient): void {
    this.library = client.createDefaultErrorHandler(DEFAULT_RESTART_LIMIT.maxRestarts);
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

  error(
    error: Error,
    message: Message | undefined,
    count: number | undefined,
  ): ErrorHandlerResult | Promise<ErrorHandlerResult> {
    return this.decider().error(error, message, count);
  }

  async closed(): Promise<CloseHandlerResult> {
    const decision = await this.decider().closed();
    const crash = this.history.crashed(decision.action === CloseAction.Restart);
    this.last = crash;
    const limit = describeRestartLimit(crash.limit);
    const what = `The language server stopped unexpectedly (crash ${crash.crashes} since start-up)`;
    this.log.error(
      crash.restart
        ? `${what}; restarting it (restart ${crash.restartsInWindow} of at most ${limit}).`
        : `${what} after ${limit}; it is not restarted again.`,
    );
    this.crashed.fire(crash);
    // `handled`: the status bar says it; vscode-languageclient only logs its own "Server will restart" line.
    if (crash.restart) return { ...decision, handled: true };
    // Not `handled`: vscode-languageclient logs this message and shows it as an error notification.
    return {
      ...decision,
      message:
        `The Model Registry language server crashed again after ${limit} and is not restarted any more. ` +
        'Reload the window to start it again.',
    };
  }

  private decider(): ErrorHandler {
    if (!this.library) throw new Error('CrashRecovery.decideWith(client) was not called before the client started');
    return this.library;
  }

  dispose(): void {
    this.crashed.dispose();
  }
}
