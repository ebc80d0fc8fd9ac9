// Activates the extension: starts the bundled language server and registers the three cache commands.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { CacheChangedNotification, CacheSnapshot } from '../../server/src/protocol';
import { clearCache } from './commands/clearCache';
import { CacheInspector, INSPECTOR_URI, inspectCache } from './commands/inspectCache';
import { refreshCache } from './commands/refreshCache';

export const LANGUAGES = ['elixir', 'python', 'typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'json', 'jsonc', 'yaml', 'toml'];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('server/dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.map(language => ({ language })),
    outputChannelName: 'Model Registry',
  };
  const languageClient = new LanguageClient('modelRegistry', 'Model Registry', serverOptions, clientOptions);
  client = languageClient;

  const inspector = new CacheInspector(languageClient);
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = 'modelRegistry.inspectCache';
  status.name = 'Model Registry';
  const showSnapshot = (snapshot: CacheSnapshot): void => {
    const failed = snapshot.sources.filter(s => s.status !== 'ok');
    status.text = `$(database) ${snapshot.models.toLocaleString()} models`;
    status.tooltip = failed.length ? `Model Registry: ${failed.length} source(s) failed — click to inspect` : 'Model Registry: inspect the cache';
    status.backgroundColor = failed.length ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    status.show();
    inspector.update();
  };

  context.subscriptions.push(
    languageClient,
    inspector,
    status,
    vscode.workspace.registerTextDocumentContentProvider(INSPECTOR_URI.scheme, inspector),
    vscode.commands.registerCommand('modelRegistry.refreshCache', () => refreshCache(languageClient)),
    vscode.commands.registerCommand('modelRegistry.inspectCache', () => inspectCache()),
    vscode.commands.registerCommand('modelRegistry.clearCache', () => clearCache(languageClient)),
  );
  await languageClient.start();
  context.subscriptions.push(languageClient.onNotification(CacheChangedNotification.method, showSnapshot));
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
