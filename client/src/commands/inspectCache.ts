import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CacheSnapshot, InspectCacheRequest } from '../../../server/src/protocol';

export const INSPECTOR_URI = vscode.Uri.parse('model-registry:/cache-inspector.md');

/** The read-only inspector document, fed by `modelRegistry/inspectCache` and refreshed on `cacheChanged`. */
export class CacheInspector implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  async provideTextDocumentContent(): Promise<string> {
    return renderSnapshot(await this.client.sendRequest<CacheSnapshot>(InspectCacheRequest.method));
  }

  update(): void {
    this.changed.fire(INSPECTOR_URI);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Model Registry: Inspect Cache. */
export async function inspectCache(): Promise<void> {
  const document = await vscode.workspace.openTextDocument(INSPECTOR_URI);
  await vscode.window.showTextDocument(document, { preview: false });
}

export function renderSnapshot(s: CacheSnapshot): string {
  const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
  const lines = [
    '# Model Registry cache',
    '',
    `- Generation: ${s.generation}`,
    `- Entries: ${s.entries} of ${s.maxEntries} (${mb(s.sizeBytes)} of ${mb(s.maxSizeBytes)}), TTL ${s.ttlSeconds} s`,
    `- Hit rate: ${(s.hitRate * 100).toFixed(1)} % (${s.hits} hits, ${s.misses} misses), ${s.evictions} evictions`,
    `- Models: ${s.models} from ${s.providers} providers`,
    `- Last refresh: ${s.lastRefresh ?? 'never'}`,
    '',
    '## Sources',
    '',
    '| source | format | models | status | loaded at | error |',
    '|---|---|---|---|---|---|',
    ...s.sources.map(src => `| ${cell(src.source)} | ${cell(src.format)} | ${src.models} | ${src.status} | ${src.loadedAt ?? '—'} | ${cell(src.error ?? '')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
