import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type CacheSnapshot, ClearCacheRequest } from '../../../shared/protocol';

export const CLEAR_CACHE_COMMAND = 'modelRegistry.clearCache';
const CONFIRM = 'Clear Cache';

/** Arguments a keybinding or another extension may pass: `{ "confirm": false }` clears without asking. */
export interface ClearCacheOptions {
  confirm?: boolean;
}

/**
 * Model Registry: Clear Cache. After confirmation, drops every entry; the next request reloads the catalogs.
 * Returns the snapshot after clearing, or undefined when the user cancelled.
 */
export async function clearCache(client: LanguageClient, options?: unknown): Promise<CacheSnapshot | undefined> {
  if (!isUnconfirmed(options)) {
    const answer = await vscode.window.showWarningMessage(
      'Clear the model registry cache?',
      { modal: true, detail: 'Every cached entry is dropped and the catalogs are reloaded on next use.' },
      CONFIRM,
    );
    if (answer !== CONFIRM) return undefined;
  }
  const snapshot = await client.sendRequest(ClearCacheRequest);
  void vscode.window.showInformationMessage(`Model Registry: cache cleared (generation ${snapshot.generation}).`);
  return snapshot;
}

// From the command palette the argument is undefined; only an explicit `{ confirm: false }` skips the question.
function isUnconfirmed(options: unknown): boolean {
  return typeof options === 'object' && options !== null && (options as ClearCacheOptions).confirm === false;
}
