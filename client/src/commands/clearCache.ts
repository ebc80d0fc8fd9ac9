// Model Registry: Clear Cache. Drops every cached answer, without a question: nothing is lost.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type CacheSnapshot, ClearCacheRequest } from '../../../shared/protocol';

export const CLEAR_CACHE_COMMAND = 'modelRegistry.clearCache';

/** Returns the snapshot after clearing; the catalogs are read again on next use. */
export async function clearCache(client: LanguageClient): Promise<CacheSnapshot> {
  const snapshot = await client.sendRequest(ClearCacheRequest);
  void vscode.window.showInformationMessage(
    'Model Registry: cache cleared; the catalogs are read again when next needed.',
  );
  return snapshot;
}
