import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type CacheSnapshot, RefreshCacheRequest } from '../../../shared/protocol';

export const REFRESH_CACHE_COMMAND = 'modelRegistry.refreshCache';

/**
 * Model Registry: Refresh Cache. Reloads every source inside a progress notification, then reports the result
 * (a warning naming each failed source). Returns the snapshot after the reload.
 */
export async function refreshCache(client: LanguageClient): Promise<CacheSnapshot> {
  const snapshot = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Model Registry: refreshing the model catalogs…' },
    () => client.sendRequest(RefreshCacheRequest),
  );
  const failed = snapshot.sources.filter(s => s.status !== 'ok');
  const summary = `${snapshot.models.toLocaleString('en-US')} models from ${snapshot.sources.length} sources (generation ${snapshot.generation})`;
  if (failed.length === 0) {
    void vscode.window.showInformationMessage(`Model Registry: refreshed, ${summary}.`);
  } else {
    const details = failed.map(s => `${s.source}: ${s.error ?? s.status}`).join('; ');
    void vscode.window.showWarningMessage(
      `Model Registry: refreshed, ${summary}; ${failed.length} failed — ${details}`,
    );
  }
  return snapshot;
}
