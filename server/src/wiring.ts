// Registers every handler on the connection. Features stay pure modules; this file only connects them.
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationToken, Connection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, Disposable,
  InitializeParams, InitializeResult, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readBundledManifest } from './bundledCatalogs';
import { loadProgressReporter } from './loadProgress';
import { memoryReclaimer } from './memoryReclaim';
import { CODE_ACTION_KINDS, COMPLETION_TRIGGER_CHARACTERS, registerLanguageFeatures } from './languageFeatures';
import { CacheChangedNotification, ClearCacheRequest, InspectCacheRequest, RefreshCacheRequest } from './protocol';
import { ModelRegistry } from './registry/modelRegistry';
import { sourceSpecs, SourceSpec, WorkspaceFolder } from './registry/sourceSpecs';
import { TestFileLint } from './registryCalls/testFileLint';
import { runSafeAsync, runSafeNotification } from './runSafe';
import { defaultSettings, isObject, parseSettings, Settings } from './settings';
import { sourceFileMatcher, sourceWatchers } from './sourceWatching';
import { uriToPath } from './uris';

export interface ServerOptions {
  /** Folder holding the bundled catalogs and their `manifest.json`. */
  bundledCatalogDir: string;
  version: string;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const log = {
    error: (message: string) => connection.console.error(message),
    info: (message: string) => connection.console.info(message),
  };
  let settings: Settings = defaultSettings();
  // The client names its global storage in initializationOptions; a standalone server keeps URL copies in tmp.
  let storagePath = path.join(os.tmpdir(), 'model-registry');
  let canShowProgress = false;
  const registry = new ModelRegistry(settings.cache, {
    diskCacheDir: () => path.join(storagePath, 'url-cache'),
    onLoadProgress: loadProgressReporter(connection, () => canShowProgress),
    onCacheTurnover: memoryReclaimer(),
  });
  let folders: WorkspaceFolder[] = [];
  let specs: SourceSpec[] = [];
  let isSourceFile: (file: string) => boolean = () => false;
  let canPullConfiguration = false;
  let canRegisterWatchers = false;
  let relativePatternSupport = false;
  let workspaceFolderEvents = false;
  let pushedSettings: unknown;
  let watcherRegistration: Promise<Disposable> | undefined;
  const bundled = readBundledManifest(options.bundledCatalogDir, log);

  const documents = new TextDocuments(TextDocument);
  let editRangeDefault = false;
  const testFileLint = new TestFileLint(log.error);
  const features = registerLanguageFeatures({
    connection, documents, registry, settings: () => settings, log, editRangeDefault: () => editRangeDefault, registryCalls: testFileLint,
  });
  let checkedGeneration = registry.generation;
  registry.onDidChange(snapshot => {
    void connection.sendNotification(CacheChangedNotification.method, snapshot).catch(() => undefined);
    if (snapshot.generation !== checkedGeneration) {
      checkedGeneration = snapshot.generation;
      features.revalidateAll();
    }
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    canPullConfiguration = !!capabilities.workspace?.configuration;
    canRegisterWatchers = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    relativePatternSupport = !!capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport;
    workspaceFolderEvents = !!capabilities.workspace?.workspaceFolders;
    editRangeDefault = !!capabilities.textDocument?.completion?.completionList?.itemDefaults?.includes('editRange');
    folders = workspaceFoldersOf(params);
    pushedSettings = isObject(params.initializationOptions) ? params.initializationOptions.settings : undefined;
    if (isObject(params.initializationOptions) && typeof params.initializationOptions.storagePath === 'string') {
      storagePath = params.initializationOptions.storagePath;
    }
    canShowProgress = !!capabilities.window?.workDoneProgress;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: true },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'model-registry', version: options.version },
    };
  });

  connection.onInitialized(() => {
    runSafeNotification(log, 'initialization', async () => {
      if (canPullConfiguration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'modelRegistry' });
      }
      if (workspaceFolderEvents) {
        connection.workspace.onDidChangeWorkspaceFolders(event => {
          runSafeNotification(log, 'workspace folder change', async () => {
            const removed = new Set(event.removed.map(f => f.uri));
            folders = [...folders.filter(f => !removed.has(pathToFileURL(f.path).href)), ...event.added.flatMap(folderFromUri)];
            await applySettings();
          });
        });
      }
      await applySettings();
      await registry.ready();
    });
  });

  connection.onDidChangeConfiguration(params => {
    runSafeNotification(log, 'configuration change', async () => {
      if (!canPullConfiguration && isObject(params.settings)) pushedSettings = params.settings.modelRegistry;
      await applySettings();
    });
  });

  connection.onDidChangeWatchedFiles(params => {
    runSafeNotification(log, 'watched file change', async () => {
      const files = params.changes.map(c => uriToPath(c.uri)).filter((f): f is string => f !== undefined);
      // Test support code: re-read and re-check open documents; the registry cache is not concerned.
      const support = files.filter(f => testFileLint.isSupportFile(f));
      if (support.length > 0) {
        log.info(`Test support file changed: ${support.join(', ')}`);
        if (await testFileLint.filesChanged(support)) await registerWatchers();
        features.revalidateAll();
      }
      const changed = files.filter(f => registry.isSourceFile(f) || isSourceFile(f));
      if (changed.length === 0) return;
      log.info(`Catalog file changed: ${changed.join(', ')}`);
      registry.filesChanged(changed);
      await registry.ready();
    });
  });

  // The token comes last whatever params a client sends (none, null or {}).
  connection.onRequest(RefreshCacheRequest.method, (...args: unknown[]) => {
    const token = args.find(CancellationToken.is);
    return runSafeAsync(log, 'Refreshing the registry cache', async () => {
      const cancel = new AbortController();
      token?.onCancellationRequested(() => cancel.abort());
      const snapshot = await registry.refresh(cancel.signal);
      for (const source of snapshot.sources.filter(s => s.status !== 'ok')) {
        log.error(`Catalog source ${source.source}: ${source.error ?? source.status}`);
      }
      return snapshot;
    }, token);
  });
  connection.onRequest(InspectCacheRequest.method, () =>
    runSafeAsync(log, 'Inspecting the registry cache', async () => registry.snapshot()));
  connection.onRequest(ClearCacheRequest.method, () =>
    runSafeAsync(log, 'Clearing the registry cache', async () => registry.clear()));

  documents.listen(connection);

  async function applySettings(): Promise<void> {
    settings = parseSettings(await fetchSettings());
    specs = sourceSpecs(settings, folders, bundled);
    isSourceFile = sourceFileMatcher(specs);
    registry.configure(specs, settings.cache);
    // Load new sources now, so the snapshot (status bar, inspector) shows them without waiting for a request.
    void registry.ready();
    if (await testFileLint.configure(settings, folders.map(f => f.path))) features.revalidateAll();
    await registerWatchers();
  }

  async function fetchSettings(): Promise<unknown> {
    if (!canPullConfiguration) return pushedSettings;
    try {
      return await connection.workspace.getConfiguration({ section: 'modelRegistry' });
    } catch (error) {
      // A client that claims the capability but fails to answer gets the defaults, not a dead server.
      log.error(`Could not read the modelRegistry settings, using defaults: ${String(error)}`);
      return undefined;
    }
  }

  async function registerWatchers(): Promise<void> {
    if (!canRegisterWatchers) return;
    const previous = watcherRegistration;
    watcherRegistration = undefined;
    if (previous) (await previous).dispose();
    const watchers = [...sourceWatchers(specs, relativePatternSupport), ...testFileLint.watchers(relativePatternSupport)];
    if (watchers.length === 0) return;
    watcherRegistration = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    await watcherRegistration;
  }
}

function workspaceFoldersOf(params: InitializeParams): WorkspaceFolder[] {
  if (params.workspaceFolders?.length) return params.workspaceFolders.flatMap(folderFromUri);
  if (params.rootUri) return folderFromUri({ uri: params.rootUri, name: '' });
  if (params.rootPath) return [{ path: params.rootPath, name: path.basename(params.rootPath) }];
  return [];
}

function folderFromUri(folder: { uri: string; name: string }): WorkspaceFolder[] {
  const folderPath = uriToPath(folder.uri);
  return folderPath ? [{ path: folderPath, name: folder.name || path.basename(folderPath) }] : [];
}

