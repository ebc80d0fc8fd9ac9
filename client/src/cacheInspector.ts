// The cache inspector behind "Model Registry: Inspect Cache": one webview panel showing inspectorHtml.ts's page. It
// follows every `modelRegistry/cacheChanged` (then asks for the full snapshot, with the models per provider), asks
// the server again when opened (hit and miss counters move without a notification), and re-renders its relative
// times while visible. No scripts; the only link it allows runs
// Refresh Cache.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type CacheSnapshot, InspectCacheRequest } from '../../shared/protocol';
import { REFRESH_CACHE_COMMAND } from './commands/refreshCache';
import { inspectorHtml } from './inspectorHtml';

const VIEW_TYPE = 'modelRegistry.cacheInspector';
const TITLE = 'Model Registry Cache';
/** "3 minutes ago" stays true to the minute. */
const RETELL_TIMES_MS = 30_000;

interface OpenPanel {
  panel: vscode.WebviewPanel;
  /** One per panel: an unchanged page is then the same HTML, which VS Code does not reload. */
  nonce: string;
  snapshot: CacheSnapshot;
}

export class CacheInspector implements vscode.Disposable {
  private open: OpenPanel | undefined;

  constructor(private readonly client: LanguageClient) {}

  /** Opens the inspector, or brings it forward, with the server's current snapshot. */
  async show(): Promise<void> {
    const snapshot = await this.client.sendRequest(InspectCacheRequest);
    if (this.open) {
      this.open.snapshot = snapshot;
      this.open.panel.reveal();
    } else {
      this.open = this.createPanel(snapshot);
    }
    this.render();
  }

  /**
   * A new snapshot from the server: an open inspector shows it at once, then the full one (notifications leave out
   * the models per provider, which only `inspectCache` answers with).
   */
  update(snapshot: CacheSnapshot): void {
    if (!this.open) return;
    this.open.snapshot = { ...snapshot, providerModels: snapshot.providerModels ?? this.open.snapshot.providerModels };
    this.render();
    void this.client.sendRequest(InspectCacheRequest).then(
      full => {
        if (!this.open || full.generation < this.open.snapshot.generation) return;
        this.open.snapshot = full;
        this.render();
      },
      () => undefined, // the server went away: the notified snapshot stays
    );
  }

  private createPanel(snapshot: CacheSnapshot): OpenPanel {
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, TITLE, vscode.ViewColumn.Active, {
      enableScripts: false,
      enableCommandUris: [REFRESH_CACHE_COMMAND],
      enableFindWidget: true,
      localResourceRoots: [],
    });
    const timer = setInterval(() => this.render(), RETELL_TIMES_MS);
    let visible = panel.visible;
    const listeners = [
      { dispose: () => clearInterval(timer) },
      // Brought back into view: the times and any snapshot that came meanwhile. Focus changes alone change nothing.
      panel.onDidChangeViewState(() => {
        if (panel.visible && !visible) this.render();
        visible = panel.visible;
      }),
      panel.onDidDispose(() => {
        listeners.forEach(listener => listener.dispose());
        this.open = undefined;
      }),
    ];
    return { panel, nonce: randomBytes(16).toString('base64'), snapshot };
  }

  private render(): void {
    if (!this.open?.panel.visible) return;
    const { panel, snapshot, nonce } = this.open;
    panel.webview.html = inspectorHtml(snapshot, {
      now: new Date(),
      nonce,
      refreshLink: `command:${REFRESH_CACHE_COMMAND}`,
    });
  }

  dispose(): void {
    this.open?.panel.dispose();
  }
}
