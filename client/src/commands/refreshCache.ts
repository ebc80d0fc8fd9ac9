// Model Registry: Refresh Cache. Reloads every catalog and says, in the user's words, what came of it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type CacheSnapshot, RefreshCacheRequest } from '../../../shared/protocol';
import { refreshedMessage } from '../catalogSummary';

export const REFRESH_CACHE_COMMAND = 'modelRegistry.refreshCache';

/**
 * Model Registry: Refresh Cache. Reloads every catalog inside a progress notification, then says what was loaded
 * (a warning naming each catalog that failed, and why). Returns the snapshot after the reload.
 */
export async function refreshCache(client: LanguageClient): Promise<CacheSnapshot> {
  const snapshot = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Model Registry: reloading the model catalogs…' },
    () => client.sendRequest(RefreshCacheRequest),
  );
  const { text, warn } = refreshedMessage(snapshot);
  if (warn) void vscode.window.showWarningMessage(`Model Registry: ${text}`);
  else void vscode.window.showInformationMessage(`Model Registry: ${text}`);
  return snapshot;
}
