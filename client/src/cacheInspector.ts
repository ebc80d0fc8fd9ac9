// The read-only virtual document behind "Model Registry: Inspect Cache". VS Code asks for its text when it is
// opened and again whenever `update()` fires, e.g. on every `modelRegistry/cacheChanged`.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { InspectCacheRequest } from '../../shared/protocol';
import { renderSnapshot } from './renderSnapshot';

export const INSPECTOR_SCHEME = 'model-registry';

export class CacheInspector implements vscode.TextDocumentContentProvider, vscode.Disposable {
  /** `.md`, so the document opens in Markdown mode; a content provider's documents are read-only. */
  readonly uri = vscode.Uri.from({ scheme: INSPECTOR_SCHEME, path: '/Model Registry Cache.md' });
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  /** Always asks the server: hit and miss counters move without a `cacheChanged` notification. */
  async provideTextDocumentContent(): Promise<string> {
    return renderSnapshot(await this.client.sendRequest(InspectCacheRequest));
  }

  update(): void {
    this.changed.fire(this.uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
