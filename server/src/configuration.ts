// What the server knows of its client and workspace, kept current: the client's capabilities, the workspace folders,
// the `modelRegistry` settings (pulled with `workspace/configuration`, or pushed), the catalog sources they give, and
// the file watchers of those sources and of the test support code. Applies each change to the registry and the
// test-file lint, and says when open documents must be checked again.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type Connection,
  DidChangeConfigurationNotification,
  type DidChangeConfigurationParams,
  DidChangeWatchedFilesNotification,
  type DidChangeWatchedFilesParams,
  type Disposable,
  type InitializeParams,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import { userCacheDir } from './registry/diskCache';
import type { ModelRegistry } from './registry/modelRegistry';
import { type DefaultSources, sourceSpecs, type SourceSpec, type WorkspaceFolder } from './registry/sourceSpecs';
import { sourceFileMatcher, sourceWatchers } from './registry/sourceWatching';
import type { TestFileLint } from './registryCalls/testFileLint';
import { isObject } from '../../shared/json';
import { diagnosticControl, type DiagnosticControl } from './features/diagnostics';
import { defaultSettings, parseSettings, type Settings } from './utils/settings';
import type { Logger } from './utils/runSafe';
import { uriToPath } from './utils/uris';

export interface ConfigurationDeps {
  connection: Connection;
  registry: ModelRegistry;
  lint: TestFileLint;
  defaults: DefaultSources;
  log: Logger & { info(message: string): void };
  /** Open documents must be diagnosed again (settings or test support code changed). */
  revalidate(): void;
}

export class Configuration {
  private current: Settings = defaultSettings();
  private currentControl: DiagnosticControl = diagnosticControl(this.current, []);
  private folders: WorkspaceFolder[] = [];
  private specs: SourceSpec[] = [];
  private isSourceFile: (file: string) => boolean = () => false;
  private pushedSettings: unknown;
  private canPullConfiguration = false;
  private canRegisterConfiguration = false;
  private canRegisterWatchers = false;
  private relativePatternSupport = false;
  private workspaceFolderEvents = false;
  private watcherRegistration: Promise<Disposable> | undefined;
  /**
   * The client names its global storage in initializationOptions; a standalone server uses the per-user cache
   * folder (never a shared temporary one: what is kept there is served as catalog data).
   */
  private storage = userCacheDir();
  private readonly applied: Promise<void>;
  private markApplied!: () => void;

  constructor(private readonly deps: ConfigurationDeps) {
    this.applied = new Promise(resolve => (this.markApplied = resolve));
  }

  get settings(): Settings {
    return this.current;
  }

  /** The workspace folders' paths. */
  get folderPaths(): string[] {
    return this.folders.map(folder => folder.path);
  }

  /** The user's control over diagnostics (severity, exclusions, known models, extra model calls). */
  get control(): DiagnosticControl {
    return this.currentControl;
  }

  /** Where the server may keep files between runs (URL copies). */
  get storagePath(): string {
    return this.storage;
  }

  /** Resolves once the first settings have been applied: no request is answered from the defaults before that. */
  ready(): Promise<void> {
    return this.applied;
  }

  /** Reads the client's capabilities, workspace folders and initialization options from `initialize`. */
  initialize(params: InitializeParams): void {
    const { workspace } = params.capabilities;
    this.canPullConfiguration = !!workspace?.configuration;
    this.canRegisterConfiguration = !!workspace?.didChangeConfiguration?.dynamicRegistration;
    this.canRegisterWatchers = !!workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.relativePatternSupport = !!workspace?.didChangeWatchedFiles?.relativePatternSupport;
    this.workspaceFolderEvents = !!workspace?.workspaceFolders;
    this.folders = workspaceFoldersOf(params);
    const options = params.initializationOptions;
    if (isObject(options)) {
      this.pushedSettings = options.settings;
      if (typeof options.storagePath === 'string') this.storage = options.storagePath;
    }
  }

  /** After `initialized`: asks for change notifications the client can send, then applies the first settings. */
  async start(): Promise<void> {
    try {
      if (this.canPullConfiguration && this.canRegisterConfiguration) {
        await this.deps.connection.client.register(DidChangeConfigurationNotification.type, {
          section: 'modelRegistry',
        });
      }
      if (this.workspaceFolderEvents) {
        this.deps.connection.workspace.onDidChangeWorkspaceFolders(event => void this.foldersChanged(event));
      }
    } finally {
      await this.apply();
    }
  }

  async settingsChanged(params: DidChangeConfigurationParams): Promise<void> {
    if (!this.canPullConfiguration && isObject(params.settings)) this.pushedSettings = params.settings.modelRegistry;
    await this.apply();
  }

  async filesChanged(params: DidChangeWatchedFilesParams): Promise<void> {
    const { lint, registry, log } = this.deps;
    const files = params.changes.map(c => uriToPath(c.uri)).filter((f): f is string => f !== undefined);
    // Test support code: re-read and re-check open documents; the registry cache is not concerned.
    const support = files.filter(f => lint.isSupportFile(f));
    if (support.length > 0) {
      log.info(`Test support file changed: ${support.join(', ')}`);
      if (await lint.filesChanged(support)) await this.registerWatchers();
      this.deps.revalidate();
    }
    const changed = files.filter(f => registry.isSourceFile(f) || this.isSourceFile(f));
    if (changed.length === 0) return;
    log.info(`Catalog file changed: ${changed.join(', ')}`);
    registry.filesChanged(changed);
    await registry.ready();
  }

  private async foldersChanged(event: WorkspaceFoldersChangeEvent): Promise<void> {
    const removed = new Set(event.removed.map(f => f.uri));
    this.folders = [
      ...this.folders.filter(f => !removed.has(pathToFileURL(f.path).href)),
      ...event.added.flatMap(folderFromUri),
    ];
    await this.apply();
  }

  private async apply(): Promise<void> {
    try {
      const { registry, lint, defaults } = this.deps;
      this.current = parseSettings(await this.fetch(), message => this.deps.log.info(`Settings: ${message}`));
      this.currentControl = diagnosticControl(
        this.current,
        this.folders.map(f => f.path),
      );
      this.specs = sourceSpecs(this.current, this.folders, defaults);
      this.isSourceFile = sourceFileMatcher(this.specs);
      registry.configure(this.specs, this.current.cache);
      // Load new sources now, so the snapshot (status bar, inspector) shows them without waiting for a request.
      void registry.ready();
      if (
        await lint.configure(
          this.current,
          this.folders.map(f => f.path),
        )
      )
        this.deps.revalidate();
      await this.registerWatchers();
    } finally {
      this.markApplied();
    }
  }

  private async fetch(): Promise<unknown> {
    if (!this.canPullConfiguration) return this.pushedSettings;
    try {
      return await this.deps.connection.workspace.getConfiguration({ section: 'modelRegistry' });
    } catch (error) {
      // A client that claims the capability but fails to answer gets the defaults, not a dead server.
      this.deps.log.error(`Could not read the modelRegistry settings, using defaults: ${String(error)}`);
      return undefined;
    }
  }

  private async registerWatchers(): Promise<void> {
    if (!this.canRegisterWatchers) return;
    const previous = this.watcherRegistration;
    this.watcherRegistration = undefined;
    if (previous) (await previous).dispose();
    const watchers = [
      ...sourceWatchers(this.specs, this.relativePatternSupport),
      ...this.deps.lint.watchers(this.relativePatternSupport),
    ];
    if (watchers.length === 0) return;
    this.watcherRegistration = this.deps.connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers,
    });
    try {
      await this.watcherRegistration;
    } catch (error) {
      // A client that refuses leaves the sources unwatched; refresh and the TTL still pick up changes.
      this.watcherRegistration = undefined;
      this.deps.log.error(`The client did not accept file watchers: ${String(error)}`);
    }
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
