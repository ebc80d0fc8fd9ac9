// Every custom message between client and server (SPEC §5), declared once with its types and imported by both:
// the client's `sendRequest(RefreshCacheRequest)` and the server's `onRequest(RefreshCacheRequest, …)` check the
// same types, and other editors find every `modelRegistry/…` method in this one file.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';

export interface SourceStatus {
  source: string;
  format: string;
  models: number;
  /** ISO 8601 time of the last good load, or null when it never loaded. */
  loadedAt: string | null;
  status: 'ok' | 'stale' | 'error';
  error?: string;
  /** Which layer of SPEC §3 the source belongs to. */
  layer?: 'workspace' | 'sources' | 'dependencies' | 'online' | 'bundled';
  /** The data's own date (ISO 8601): the catalog's, else when the file changed or the server says it did, else when it was fetched. */
  dataDate?: string | null;
}

/** The registry cache's figures: its generation, bounds and counters. */
export interface CacheStats {
  generation: number;
  entries: number;
  maxEntries: number;
  sizeBytes: number;
  maxSizeBytes: number;
  ttlSeconds: number;
  hits: number;
  misses: number;
  evictions: number;
  /** hits / (hits + misses), 0..1. */
  hitRate: number;
}

export interface CacheSnapshot extends CacheStats {
  models: number;
  providers: number;
  /** ISO 8601 time the last reload finished, or null before the first. */
  lastRefresh: string | null;
  sources: SourceStatus[];
  /** Models per provider, most first: in answers to `inspectCache` only (not in every notification). */
  providerModels?: ProviderModels[];
}

export interface ProviderModels {
  /** Catalog provider ID, and its display name. */
  provider: string;
  name: string;
  models: number;
}

/** Client → server, no params: reloads every source, bumps the generation, answers once the reload finished. */
export const RefreshCacheRequest = new RequestType0<CacheSnapshot, void>('modelRegistry/refreshCache');
/** Client → server, no params: the current snapshot. */
export const InspectCacheRequest = new RequestType0<CacheSnapshot, void>('modelRegistry/inspectCache');
/** Client → server, no params: drops every entry and bumps the generation; the next request reloads. */
export const ClearCacheRequest = new RequestType0<CacheSnapshot, void>('modelRegistry/clearCache');
/** Server → client: the snapshot after every generation change and reload. */
export const CacheChangedNotification = new NotificationType<CacheSnapshot>('modelRegistry/cacheChanged');

/** Where the Insert Model ID picker was opened: the document and the cursor. */
export interface ModelPickerParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}

/** One model of the picker, spelled for the call or file at the cursor. */
export interface ModelPickerItem {
  /** What is inserted: the model ID spelled as the call at the cursor expects (`gpt-4o`, `openai/gpt-4o`, `openai:gpt-4o`). */
  insertText: string;
  /** The catalog's model ID and provider. */
  id: string;
  provider: string;
  /** The provider's display name (`OpenAI`), for the group separators. */
  providerName: string;
  name?: string;
  contextWindow?: number;
  /** USD per 1M tokens. */
  inputPrice?: number;
  outputPrice?: number;
  /** `YYYY-MM-DD`. */
  releaseDate?: string;
  deprecated: boolean;
}

export interface ModelPickerResult {
  /** Ranked as completion ranks them: the call's provider first, current before deprecated, newer before older. */
  items: ModelPickerItem[];
  /** The string content at the cursor, replaced by the pick; absent: insert at the cursor (with quotes if `quote`). */
  replace?: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** The quote character to wrap an insertion outside a string in, for the document's language. */
  quote?: string;
}

/** Client → server: the models to offer in **Insert Model ID…** (SPEC §6) at a cursor. */
export const ModelPickerRequest = new RequestType<ModelPickerParams, ModelPickerResult | null, void>(
  'modelRegistry/modelPicker',
);

/**
 * The command of the "Write a stub fixture…" code action on a `real-registry-call` diagnostic (issue 13): run with
 * `workspace/executeCommand`, the server writes the fixture next to the test support code through
 * `workspace/applyEdit` (a CreateFile and its text). Offered only to clients whose workspace edits can create files.
 */
export const WRITE_FIXTURE_COMMAND = 'modelRegistry.writeFixture';

/** The one argument of WRITE_FIXTURE_COMMAND. */
export interface WriteFixtureArguments {
  /** The test file holding the flagged call. */
  uri: string;
  /** The flagged call: the providers it names (`:anthropic`, `"openai:gpt-4o"`) are the fixture's. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** What WRITE_FIXTURE_COMMAND answers: the fixture written, or null when none was (the user was told why). */
export type WriteFixtureResult = { uri: string } | null;
