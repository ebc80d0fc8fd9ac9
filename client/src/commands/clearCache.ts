import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CacheSnapshot, ClearCacheRequest } from '../../../server/src/protocol';

/** Model Registry: Clear Cache — after confirmation, drops every entry; the next request reloads the catalogs. */
export async function clearCache(client: LanguageClient): Promise<void> {
  const answer = await vscode.window.showWarningMessage(
    'Clear the model registry cache? Every entry is dropped and the catalogs are reloaded on next use.',
    { modal: true },
    'Clear Cache',
  );
  if (answer !== 'Clear Cache') return;
  const snapshot = await client.sendRequest<CacheSnapshot>(ClearCacheRequest.method);
  void vscode.window.showInformationMessage(`Model Registry: cache cleared (generation ${snapshot.generation}).`);
}
