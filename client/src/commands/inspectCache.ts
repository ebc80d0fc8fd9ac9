import * as vscode from 'vscode';
import type { CacheInspector } from '../cacheInspector';

export const INSPECT_CACHE_COMMAND = 'modelRegistry.inspectCache';

/** Model Registry: Inspect Cache. Opens (or brings forward, re-read) the read-only inspector document. */
export async function inspectCache(inspector: CacheInspector): Promise<vscode.TextEditor> {
  inspector.update(); // an already open inspector shows the current counters, not those of when it was opened
  const document = await vscode.workspace.openTextDocument(inspector.uri);
  return vscode.window.showTextDocument(document, { preview: false });
}
