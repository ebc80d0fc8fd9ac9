// One failure report for every command: logged in the output channel and shown as an error notification.
import * as vscode from 'vscode';

/**
 * Wraps a command handler so that a failure (the server is not running, a request failed) is logged and shown,
 * rather than lost in the extension host's log. The handler's result is passed through for programmatic callers.
 */
export function reportErrors<A extends unknown[], R>(
  title: string,
  log: vscode.LogOutputChannel,
  handler: (...args: A) => Promise<R>,
): (...args: A) => Promise<R | undefined> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.error(`${title} failed: ${message}`);
      void vscode.window.showErrorMessage(`Model Registry: ${title} failed: ${message}`);
      return undefined;
    }
  };
}
