// Registers the model-ID features (completion, hover, diagnostics, quick fixes) and the test-file lint on the
// connection. Each handler waits for the registry (and, for diagnostics, the test support code) to be current,
// then calls a pure feature module with the document's lexical map.
import {
  CodeActionKind, Connection, Diagnostic, TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { quickFixes } from './features/codeActions';
import { completeModelId, resolveCompletion } from './features/completion';
import { hoverModelId } from './features/hover';
import { diagnoseModelIds } from './features/modelDiagnostics';
import { applySuppressions } from './features/suppression';
import type { ModelRegistry } from './registry/modelRegistry';
import { diagnoseRegistryCalls, RegistryCallContext } from './registryCalls/diagnose';
import { runSafeAsync, runSafeNotification } from './runSafe';
import type { Settings } from './settings';
import type { LexicalMap } from './strings/lexicalMap';
import { scanText } from './strings/scanDocument';
import { uriToPath } from './uris';

/** Characters after which a client should ask for completions inside a string. */
export const COMPLETION_TRIGGER_CHARACTERS = ['"', "'", '`', ':', '/', '@'];
const DIAGNOSTICS_DELAY_MS = 150;

export interface LanguageFeatureDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  registry: ModelRegistry;
  settings: () => Settings;
  log: { error(message: string): void };
  /** `YYYY-MM-DD`; injectable so deprecation dates can be tested. */
  today?: () => string;
  /** Whether the client takes a list-wide edit range (known once initialized). */
  editRangeDefault: () => boolean;
  /** The `real-registry-call` check: rules, test-file globs and support code, current once `ready` resolves. */
  registryCalls: { context(): RegistryCallContext; ready(): Promise<void> };
}

export function registerLanguageFeatures(deps: LanguageFeatureDeps): { revalidateAll(): void } {
  const { connection, documents, registry, log } = deps;
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  const maps = new Map<string, { version: number; map: LexicalMap }>();
  const pending = new Map<string, NodeJS.Timeout>();

  /** The document's strings and comments, scanned once per version. */
  const lexicalMap = (document: TextDocument): LexicalMap | undefined => {
    const cached = maps.get(document.uri);
    if (cached?.version === document.version) return cached.map;
    const map = scanText(document.getText(), document.languageId);
    if (map) maps.set(document.uri, { version: document.version, map });
    return map;
  };

  const withDocument = <T>(uri: string, work: (document: TextDocument, map: LexicalMap) => T | null): Promise<T | null> => {
    const document = documents.get(uri);
    const map = document && lexicalMap(document);
    if (!document || !map) return Promise.resolve(null);
    return registry.ready().then(() => work(document, map));
  };

  connection.onCompletion((params, token) =>
    runSafeAsync(log, 'Completion', () => withDocument(params.textDocument.uri, (document, map) =>
      completeModelId(document, params.position, {
        registry, lexicalMap: map, maxItems: deps.settings().completion.maxItems, today: today(), editRangeDefault: deps.editRangeDefault(),
      })), token));

  connection.onCompletionResolve((item, token) =>
    runSafeAsync(log, 'Completion resolve', async () => resolveCompletion(item, registry, today()), token));

  connection.onHover((params, token) =>
    runSafeAsync(log, 'Hover', () => withDocument(params.textDocument.uri, (document, map) =>
      hoverModelId(document, params.position, { registry, lexicalMap: map, today: today() })), token));

  connection.onCodeAction((params, token) =>
    runSafeAsync(log, 'Code actions', () => withDocument(params.textDocument.uri, (document, map) =>
      quickFixes(document, map, params.context.diagnostics)), token));

  const validate = async (uri: string): Promise<void> => {
    await deps.registryCalls.ready();
    const diagnostics = await withDocument<Diagnostic[]>(uri, (document, map) => applySuppressions([
      ...diagnoseModelIds(document, { registry, lexicalMap: map, today: today() }),
      ...diagnoseRegistryCalls(document, uriToPath(document.uri), deps.registryCalls.context(), () => map),
    ], document, map));
    const document = documents.get(uri);
    if (diagnostics && document) await connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  };

  const schedule = (uri: string, delay = DIAGNOSTICS_DELAY_MS): void => {
    clearTimeout(pending.get(uri));
    pending.set(uri, setTimeout(() => {
      pending.delete(uri);
      runSafeNotification(log, 'Diagnostics', () => validate(uri));
    }, delay));
  };

  documents.onDidOpen(event => schedule(event.document.uri, 0));
  documents.onDidChangeContent(event => schedule(event.document.uri));
  documents.onDidClose(event => {
    clearTimeout(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    maps.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }).catch(() => undefined);
  });

  return {
    /** Open documents are checked again when the registry's generation, the settings or the test support code change. */
    revalidateAll: () => {
      for (const document of documents.all()) schedule(document.uri);
    },
  };
}

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix];
