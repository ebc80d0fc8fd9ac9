import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CacheSnapshot, RefreshCacheRequest } from '../../../server/src/protocol';

/** Model Registry: Refresh Cache — reloads every source inside a progress notification and reports the result. */
export async function refreshCache(client: LanguageClient): Promise<void> {
  const snapshot = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Model Registry: refreshing catalogs…' },
    () => client.sendRequest<CacheSnapshot>(RefreshCacheRequest.method),
  );
  const failed = snapshot.sources.filter(s => s.status !== 'ok');
  const summary = `${snapshot.models.toLocaleString()} models from ${snapshot.sources.length} sources (generation ${snapshot.generation})`;
  if (failed.length === 0) {
    void vscode.window.showInformationMessage(`Model Registry: ${summary}.`);
  } else {
    const details = failed.map(s => `${s.source}: ${s.error ?? s.status}`).join('; ');
    void vscode.window.showWarningMessage(`Model Registry: ${summary}; ${failed.length} failed — ${details}`);
  }
}
