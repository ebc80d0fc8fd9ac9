// The context keys `contributes.menus` in package.json reads: `modelRegistry.serverReady` (the command palette
// offers the commands only while the language server runs) and `modelRegistry.languages` (Insert Model ID… is
// offered in editors of the supported languages, `editorLangId in modelRegistry.languages`, from the one table in
// shared/languages.ts rather than a copy in package.json).
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_IDS } from '../../shared/languages';

export const SERVER_READY_CONTEXT_KEY = 'modelRegistry.serverReady';
export const LANGUAGES_CONTEXT_KEY = 'modelRegistry.languages';

/** Keeps the server key in step with the client's state, including restarts after a server crash. */
export function trackServerReady(client: LanguageClient): vscode.Disposable {
  const set = (ready: boolean) => vscode.commands.executeCommand('setContext', SERVER_READY_CONTEXT_KEY, ready);
  void set(client.state === State.Running);
  return client.onDidChangeState(event => void set(event.newState === State.Running));
}

export function setSupportedLanguages(): void {
  void vscode.commands.executeCommand('setContext', LANGUAGES_CONTEXT_KEY, LANGUAGE_IDS);
}
