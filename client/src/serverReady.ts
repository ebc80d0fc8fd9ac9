// The `modelRegistry.serverReady` context key: the command palette offers the cache commands only while the
// language server runs (see `contributes.menus.commandPalette` in package.json).
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';

export const SERVER_READY_CONTEXT_KEY = 'modelRegistry.serverReady';

/** Keeps the context key in step with the client's state, including restarts after a server crash. */
export function trackServerReady(client: LanguageClient): vscode.Disposable {
  const set = (ready: boolean) => vscode.commands.executeCommand('setContext', SERVER_READY_CONTEXT_KEY, ready);
  void set(client.state === State.Running);
  return client.onDidChangeState(event => void set(event.newState === State.Running));
}
