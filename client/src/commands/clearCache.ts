import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type CacheSnapshot, ClearCacheRequest } from '../../../shared/protocol';

export const CLEAR_CACHE_COMMAND = 'modelRegistry.clearCache';

/**
 * Model Registry: Clear Cache. Drops every cached answer at once (nothing is lost: the catalogs are read again on
 * next use, so it asks no question); returns the snapshot after clearing.
 */
export async function clearCache(client: LanguageClient): Promise<CacheSnapshot> {
  const snapshot = await client.sendRequest(ClearCacheRequest);
  void vscode.window.showInformationMessage(
    'Model Registry: cache cleared; the catalogs are read again when next needed.',
  );
  return snapshot;
}
