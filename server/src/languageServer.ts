// The language server's start-up, in the manner of VS Code's json-language-features: what the server can do (one
// capabilities object), and one line per handler naming the feature module that answers it. State lives in
// configuration.ts (client, folders, settings, watchers), documents.ts (open documents) and the registry; every
// feature is a pure module; `runSafe…` around each handler turns a bug into an error answer, never a dead server.
import * as path from 'node:path';
import {
  CodeActionKind,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import {
  CacheChangedNotification,
  ClearCacheRequest,
  InspectCacheRequest,
  ModelPickerRequest,
  RefreshCacheRequest,
} from '../../shared/protocol';
import { Configuration } from './configuration';
import { DocumentState } from './documents';
import { clearCache, inspectCache, refreshCache } from './features/cacheRequests';
import { quickFixes } from './features/codeActions';
import { completeModelId, resolveCompletion } from './features/completion';
import { diagnoseDocument } from './features/diagnostics';
import { hoverModelId } from './features/hover';
import { pickModels } from './features/modelPicker';
import { readBundledManifest } from './registry/bundledCatalogs';
import { loadProgressReporter } from './registry/loadProgress';
import { memoryReclaimer } from './registry/memoryReclaim';
import { ModelRegistry } from './registry/modelRegistry';
import { TestFileLint } from './registryCalls/testFileLint';
import { defaultSettings } from './settings';
import { runSafeAsync, runSafeNotification } from './utils/runSafe';
import { uriToPath } from './utils/uris';

export interface ServerOptions {
  /** Folder holding the bundled catalogs and their `manifest.json`. */
  bundledCatalogDir: string;
  /** Where the online catalog comes from when not models.dev. */
  onlineCatalogUrl?: string;
  version: string;
}

/** Characters after which a client should ask for completions inside a string. */
const COMPLETION_TRIGGER_CHARACTERS = ['"', "'", '`', ':', '/', '@'];

const CAPABILITIES: ServerCapabilities = {
  textDocumentSync: TextDocumentSyncKind.Incremental,
  completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: true },
  hoverProvider: true,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

export function startServer(connection: Connection, options: ServerOptions): void {
  const log = {
    error: (message: string) => connection.console.error(message),
    info: (message: string) => connection.console.info(message),
  };
  const today = (): string => new Date().toISOString().slice(0, 10);
  let canShowProgress = false;
  let editRangeDefault = false;
  const registry = new ModelRegistry(defaultSettings().cache, {
    diskCacheDir: () => path.join(configuration.storagePath, 'url-cache'),
    onLoadProgress: loadProgressReporter(connection, () => canShowProgress),
    onCacheTurnover: memoryReclaimer(),
  });
  const lint = new TestFileLint(log.error);
  const configuration: Configuration = new Configuration({
    connection,
    registry,
    lint,
    log,
    defaults: {
      bundled: readBundledManifest(options.bundledCatalogDir, log),
      online: true,
      onlineUrl: options.onlineCatalogUrl,
    },
    revalidate: () => documents.revalidateAll(),
  });
  /** The settings applied, the test support code read and the catalogs loaded: what every answer waits for. */
  const ready = async (): Promise<void> => {
    await configuration.ready();
    await Promise.all([registry.ready(), lint.ready()]);
  };
  const documents: DocumentState = new DocumentState(connection, log, (document, map) =>
    ready().then(() =>
      diagnoseDocument(document, uriToPath(document.uri), () => map, {
        queries: registry.queries,
        registryCalls: lint.context(),
        today: today(),
      }),
    ),
  );

  let checkedGeneration = registry.generation;
  registry.onDidChange(snapshot => {
    void connection.sendNotification(CacheChangedNotification, snapshot).catch(() => undefined);
    if (snapshot.generation === checkedGeneration) return;
    checkedGeneration = snapshot.generation;
    documents.revalidateAll();
  });

  connection.onInitialize((params): InitializeResult => {
    configuration.initialize(params);
    canShowProgress = !!params.capabilities.window?.workDoneProgress;
    editRangeDefault =
      !!params.capabilities.textDocument?.completion?.completionList?.itemDefaults?.includes('editRange');
    return { capabilities: CAPABILITIES, serverInfo: { name: 'model-registry', version: options.version } };
  });
  connection.onInitialized(() => runSafeNotification(log, 'Initialization', () => configuration.start()));
  connection.onDidChangeConfiguration(params =>
    runSafeNotification(log, 'Configuration change', () => configuration.settingsChanged(params)),
  );
  connection.onDidChangeWatchedFiles(params =>
    runSafeNotification(log, 'Watched file change', () => configuration.filesChanged(params)),
  );

  connection.onCompletion((params, token) =>
    runSafeAsync(
      log,
      'Completion',
      () =>
        documents.read(params.textDocument.uri, ready, (document, map) =>
          completeModelId(document, params.position, {
            queries: registry.queries,
            lexicalMap: map,
            maxItems: configuration.settings.completion.maxItems,
            today: today(),
            editRangeDefault,
          }),
        ),
      token,
    ),
  );
  connection.onCompletionResolve((item, token) =>
    runSafeAsync(log, 'Completion resolve', async () => resolveCompletion(item, registry.queries, today()), token),
  );
  connection.onHover((params, token) =>
    runSafeAsync(
      log,
      'Hover',
      () =>
        documents.read(params.textDocument.uri, ready, (document, map) =>
          hoverModelId(document, params.position, { queries: registry.queries, lexicalMap: map, today: today() }),
        ),
      token,
    ),
  );
  connection.onCodeAction((params, token) =>
    runSafeAsync(
      log,
      'Code actions',
      () =>
        documents.read(params.textDocument.uri, ready, (document, map) =>
          quickFixes(document, map, params.context.diagnostics),
        ),
      token,
    ),
  );

  connection.onRequest(ModelPickerRequest, (params, token) =>
    runSafeAsync(
      log,
      'Model picker',
      async () =>
        (await documents.read(params.textDocument.uri, ready, (document, map) =>
          pickModels(document, params.position, { queries: registry.queries, lexicalMap: map, today: today() }),
        )) ?? { items: [] },
      token,
    ),
  );
  connection.onRequest(RefreshCacheRequest, token =>
    runSafeAsync(
      log,
      'Refreshing the registry cache',
      async () => {
        await configuration.ready();
        const cancel = new AbortController();
        token.onCancellationRequested(() => cancel.abort());
        return refreshCache(registry, cancel.signal, log);
      },
      token,
    ),
  );
  connection.onRequest(InspectCacheRequest, token =>
    runSafeAsync(log, 'Inspecting the registry cache', async () => inspectCache(registry), token),
  );
  connection.onRequest(ClearCacheRequest, token =>
    runSafeAsync(log, 'Clearing the registry cache', async () => clearCache(registry), token),
  );
}
