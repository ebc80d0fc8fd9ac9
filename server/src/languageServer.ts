// The language server's start-up, in the manner of VS Code's json-language-features: what the server can do (one
// capabilities object), and one line per handler naming the feature module that answers it. State lives in
// configuration.ts (client, folders, settings, watchers), documents.ts (open documents) and the registry; every
// feature is a pure module; `runSafe…` around each handler turns a bug into an error answer, never a dead server.
import * as path from 'node:path';
import {
  type CancellationToken,
  CodeActionKind,
  type Connection,
  type InitializeResult,
  ResourceOperationKind,
  type ServerCapabilities,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CacheChangedNotification,
  ClearCacheRequest,
  InspectCacheRequest,
  ModelPickerRequest,
  RefreshCacheRequest,
  WRITE_FIXTURE_COMMAND,
} from '../../shared/protocol';
import { Configuration } from './configuration';
import { DocumentState } from './documents';
import { clearCache, inspectCache, refreshCache } from './features/cacheRequests';
import { quickFixes } from './features/codeActions';
import { completeModelId, resolveCompletion } from './features/completion';
import { clientSide, executeFixtureCommand } from './features/fixtureCommand';
import { diagnoseDocument } from './features/diagnostics';
import { hoverModelId } from './features/hover';
import { pickModels } from './features/modelPicker';
import { readBundledManifest } from './registry/bundledCatalogs';
import { loadProgressReporter } from './registry/loadProgress';
import { ModelRegistry } from './registry/modelRegistry';
import { TestFileLint } from './registryCalls/testFileLint';
import { defaultSettings } from './utils/settings';
import type { LexicalMap } from './strings/lexicalMap';
import { collectAfterReload } from './utils/garbageCollection';
import { runSafeAsync, runSafeNotification } from './utils/runSafe';
import { utcToday as today } from './catalog/today';
import { uriToPath } from './utils/uris';

export interface ServerOptions {
  /** Folder holding the bundled catalogs and their `manifest.json`. */
  bundledCatalogDir: string;
  /** Where the online catalog comes from when not models.dev. */
  onlineCatalogUrl?: string;
  version: string;
}

const CAPABILITIES: ServerCapabilities = {
  textDocumentSync: TextDocumentSyncKind.Incremental,
  // Inside strings: after the opening quote, and after a provider's separator (`anthropic:`, `openai/`, `…@`).
  completionProvider: { triggerCharacters: ['"', "'", '`', ':', '/', '@'], resolveProvider: true },
  hoverProvider: true,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  executeCommandProvider: { commands: [WRITE_FIXTURE_COMMAND] },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

export function startServer(connection: Connection, options: ServerOptions): void {
  const log = {
    error: (message: string) => connection.console.error(message),
    info: (message: string) => connection.console.info(message),
  };
  let canShowProgress = false;
  let editRangeDefault = false;
  let canCreateFiles = false;
  let canShowDocument = false;
  const registry = new ModelRegistry(defaultSettings().cache, {
    diskCacheDir: () => path.join(configuration.storagePath, 'url-cache'),
    onDiskCacheRefused: log.error,
    onLoadProgress: loadProgressReporter(connection, () => canShowProgress),
    // So that the first typo or fuzzy completion does not pay for the trigram index; and the memory the rebuild
    // left behind goes back once it is garbage (utils/garbageCollection.ts).
    onIndexBuilt: index => {
      setImmediate(() => index.trigrams);
      collectAfterReload();
    },
  });
  const lint = new TestFileLint(log.error);
  const bundled = readBundledManifest(options.bundledCatalogDir, log);
  const configuration: Configuration = new Configuration({
    connection,
    registry,
    lint,
    log,
    defaults: { bundled, online: true, onlineUrl: options.onlineCatalogUrl },
    revalidate: () => documents.revalidateAll(),
  });
  /** The settings applied, the test support code read and the catalogs loaded: what every answer waits for. */
  const ready = async (): Promise<void> => {
    await configuration.ready();
    await Promise.all([registry.ready(), lint.ready()]);
  };
  const diagnose = (document: TextDocument, map: LexicalMap) =>
    ready().then(() =>
      diagnoseDocument(document, uriToPath(document.uri), () => map, {
        queries: registry.queries,
        registryCalls: lint.context(),
        today: today(),
        control: configuration.control,
        catalogsComplete: registry.catalogsComplete(),
      }),
    );
  const documents: DocumentState = new DocumentState(connection, log, diagnose);
  /** What every model feature takes for a document. */
  const modelDeps = (lexicalMap: LexicalMap) => ({
    queries: registry.queries,
    lexicalMap,
    today: today(),
    modelCalls: configuration.control.modelCalls,
  });
  const completionDeps = (lexicalMap: LexicalMap) => ({
    ...modelDeps(lexicalMap),
    maxItems: configuration.settings.completion.maxItems,
    editRangeDefault,
  });
  /** The stub fixture code action: offered when the client's workspace edits can create files. */
  const fixtureOffer = () => (canCreateFiles ? { folders: configuration.folderPaths } : undefined);
  const fixtureCommandDeps = () => ({
    index: registry.models,
    today: today(),
    folders: configuration.folderPaths,
    document: (uri: string) => {
      const document = documents.documents.get(uri);
      const map = document && documents.lexicalMap(document);
      return document && map ? { document, map } : undefined;
    },
    ...clientSide(connection, canShowDocument),
  });
  /** A handler's work, run so that a failure answers an error (logged) rather than taking the server down. */
  const safely = <T>(what: string, work: () => T | Promise<T>, token?: CancellationToken) =>
    runSafeAsync(log, what, async () => work(), token);
  /** A request about a document: runs once the data is current, answers null for a document not open. */
  const onDocument =
    <P extends { textDocument: { uri: string } }, R>(
      what: string,
      work: (params: P, d: TextDocument, m: LexicalMap) => R,
    ) =>
    (params: P, token: CancellationToken) =>
      safely(what, () => documents.read(params.textDocument.uri, ready, (d, m) => work(params, d, m)), token);

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
    const { workspace, window } = params.capabilities;
    canCreateFiles =
      !!workspace?.applyEdit &&
      !!workspace.workspaceEdit?.documentChanges &&
      !!workspace.workspaceEdit.resourceOperations?.includes(ResourceOperationKind.Create);
    canShowDocument = !!window?.showDocument?.support;
    return { capabilities: CAPABILITIES, serverInfo: { name: 'model-registry', version: options.version } };
  });
  connection.onInitialized(() => runSafeNotification(log, 'Initialization', () => configuration.start()));
  connection.onDidChangeConfiguration(p =>
    runSafeNotification(log, 'Settings', () => configuration.settingsChanged(p)),
  );
  connection.onDidChangeWatchedFiles(p => runSafeNotification(log, 'File change', () => configuration.filesChanged(p)));

  connection.onCompletion(onDocument('Completion', (p, d, m) => completeModelId(d, p.position, completionDeps(m))));
  connection.onCompletionResolve(item =>
    safely('Completion resolve', () => resolveCompletion(item, registry.queries, today())),
  );
  connection.onHover(onDocument('Hover', (p, d, m) => hoverModelId(d, p.position, modelDeps(m))));
  connection.onCodeAction(
    onDocument('Code actions', (p, d, m) => quickFixes(d, m, p.context.diagnostics, fixtureOffer())),
  );
  connection.onExecuteCommand((p, token) =>
    safely('Write fixture', () => ready().then(() => executeFixtureCommand(p, fixtureCommandDeps())), token),
  );
  connection.onRequest(
    ModelPickerRequest,
    onDocument('Insert Model ID', (p, d, m) => pickModels(d, p.position, modelDeps(m))),
  );

  connection.onRequest(RefreshCacheRequest, token =>
    safely('Refresh', () => refreshCache(registry, configuration, token, log), token),
  );
  connection.onRequest(InspectCacheRequest, token => safely('Inspect', () => inspectCache(registry), token));
  connection.onRequest(ClearCacheRequest, token => safely('Clear', () => clearCache(registry), token));
}
