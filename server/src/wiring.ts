// Registers every handler on the connection. Features stay pure modules; this file only connects them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  Connection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, Disposable,
  InitializeParams, InitializeResult, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CODE_ACTION_KINDS, COMPLETION_TRIGGER_CHARACTERS, registerLanguageFeatures } from './languageFeatures';
import { CacheChangedNotification, ClearCacheRequest, InspectCacheRequest, RefreshCacheRequest } from './protocol';
import { ModelRegistry } from './registry/modelRegistry';
import { BundledCatalog, sourceSpecs, SourceSpec, WorkspaceFolder } from './registry/sourceSpecs';
import { runSafeAsync, runSafeNotification } from './runSafe';
import { defaultSettings, isObject, parseSettings, Settings } from './settings';
import { sourceFileMatcher, sourceWatchers } from './sourceWatching';

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
  const registry = new ModelRegistry(settings.cache);
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
  const features = registerLanguageFeatures({
    connection, documents, registry, settings: () => settings, log, editRangeDefault: () => editRangeDefault,
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
      const changed = params.changes.map(c => uriToPath(c.uri)).filter((f): f is string => f !== undefined)
        .filter(f => registry.isSourceFile(f) || isSourceFile(f));
      if (changed.length === 0) return;
      log.info(`Catalog file changed: ${changed.join(', ')}`);
      registry.filesChanged(changed);
      await registry.ready();
    });
  });

  connection.onRequest(RefreshCacheRequest.method, () =>
    runSafeAsync(log, 'Refreshing the registry cache', async () => {
      const snapshot = await registry.refresh();
      for (const source of snapshot.sources.filter(s => s.status !== 'ok')) {
        log.error(`Catalog source ${source.source}: ${source.error ?? source.status}`);
      }
      return snapshot;
    }));
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
    const watchers = sourceWatchers(specs, relativePatternSupport);
    if (watchers.length === 0) return;
    watcherRegistration = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    await watcherRegistration;
  }
}

function readBundledManifest(dir: string, log: { error(message: string): void }): BundledCatalog[] {
  const manifest = path.join(dir, 'manifest.json');
  try {
    const entries = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { file: string; name: string }[];
    return entries.map(e => ({ file: path.join(dir, e.file), name: e.name }));
  } catch (error) {
    log.error(`The bundled catalog is missing (${manifest}): ${String(error)}`);
    return [];
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

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

