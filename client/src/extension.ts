// Activates the extension: starts the bundled language server and wires the status bar, the cache inspector, the
// three cache commands, Insert Model ID…, crash recovery, workspace trust and the one-time offer of suggestions in
// strings to it. Each piece lives in its own module; this file only connects them.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CacheChangedNotification, InspectCacheRequest } from '../../shared/protocol';
import type { ModelRegistryApi } from './api';
import { CacheInspector } from './cacheInspector';
import { CLEAR_CACHE_COMMAND, clearCache } from './commands/clearCache';
import { INSERT_MODEL_COMMAND, insertModel } from './commands/insertModel';
import { INSPECT_CACHE_COMMAND, inspectCache } from './commands/inspectCache';
import { OPEN_SAMPLE_COMMAND, openSample } from './commands/openSample';
import { REFRESH_CACHE_COMMAND, refreshCache } from './commands/refreshCache';
import { reportErrors } from './commands/reportErrors';
import { CrashRecovery } from './crashRecovery';
import { createLanguageClient } from './languageClient';
import { logLoads } from './loadLog';
import { setSupportedLanguages, trackServerReady } from './menuContext';
import { QuickSuggestionsPrompt } from './quickSuggestionsPrompt';
import { CacheStatusBarItem } from './statusBar';
import { reloadSettingsOnTrust } from './workspaceTrustMiddleware';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ModelRegistryApi> {
  const log = vscode.window.createOutputChannel('Model Registry', { log: true });
  const crashRecovery = new CrashRecovery(log);
  const languageClient = createLanguageClient(context, log, crashRecovery);
  crashRecovery.decideWith(languageClient);
  client = languageClient;
  const inspector = new CacheInspector(languageClient);
  const status = new CacheStatusBarItem(log);
  const logLoad = logLoads(log);
  setSupportedLanguages();

  context.subscriptions.push(
    log,
    crashRecovery,
    inspector,
    status,
    trackServerReady(languageClient),
    languageClient.onDidChangeState(event => status.serverStateChanged(event.newState)),
    crashRecovery.onDidCrash(crash => status.serverCrashed(crash)),
    reloadSettingsOnTrust(languageClient, log),
    new QuickSuggestionsPrompt(context.globalState, log),
    // Registered before start so that the snapshot of the first load is not missed.
    languageClient.onNotification(CacheChangedNotification, snapshot => {
      status.show(snapshot);
      inspector.update(snapshot);
      logLoad(snapshot);
    }),
    vscode.commands.registerCommand(
      REFRESH_CACHE_COMMAND,
      reportErrors('Refresh Cache', log, () => refreshCache(languageClient)),
    ),
    vscode.commands.registerCommand(
      INSPECT_CACHE_COMMAND,
      reportErrors('Inspect Cache', log, () => inspectCache(inspector)),
    ),
    vscode.commands.registerCommand(
      INSERT_MODEL_COMMAND,
      reportErrors('Insert Model ID', log, () => insertModel(languageClient)),
    ),
    vscode.commands.registerCommand(
      OPEN_SAMPLE_COMMAND,
      reportErrors('Open a Sample File', log, () => openSample(context)),
    ),
    // Arguments are ignored: `{ confirm: false }`, from when it asked first, still works.
    vscode.commands.registerCommand(
      CLEAR_CACHE_COMMAND,
      reportErrors('Clear Cache', log, () => clearCache(languageClient)),
    ),
  );

  try {
    await languageClient.start();
  } catch (error) {
    // vscode-languageclient has already logged the cause, and the status bar follows the client's state; keep the
    // commands registered so they can say so.
    log.error(
      `The Model Registry language server did not start: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return {
    inspectCache: () => languageClient.sendRequest(InspectCacheRequest),
    serverStatus: () => crashRecovery.serverStatus(languageClient),
  };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
