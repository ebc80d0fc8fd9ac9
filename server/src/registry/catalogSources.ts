// Loads the files (and, through UrlSources, the URLs) of every source and keeps, per file, the last good read: a
// file that turns malformed, vanishes or becomes unreadable keeps serving its previous models, and the failure is
// reported in the source's status. A file is read only as a regular file (see regularFile.ts) and every read has a
// deadline, so a FIFO, a device or a stalled drive fails that one source instead of hanging the load.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { CatalogInput } from '../catalog/indexBuild';
import type { SourceRef } from '../catalog/modelColumns';
import type { CatalogFormat } from '../catalog/modelRecord';
import type { SourceStatus } from '../../../shared/protocol';
import type { Layer, SourceSpec } from './sourceSpecs';
import { type FileKind, notRegularFile, readRegularFile } from './regularFile';
import {
  describeError,
  formatBytes,
  type GoodRead,
  type LoadContext,
  parseCatalogText,
  plainText,
  type SourceState,
  withDeadline,
} from './sourceState';
import { UrlSources } from './urlSources';

/** Bigger files are refused rather than parsed: a catalog that size is a mistake, and parsing it would stall. */
export const MAX_CATALOG_BYTES = 256 * 1024 * 1024;

/** How long one file may take to read before its source reports an error (a local disk needs far less). */
export const FILE_DEADLINE_MS = 30_000;

export interface FileSystem {
  stat(file: string): Promise<FileKind & { mtimeMs: number; size: number }>;
  /** The bytes of a regular file of at most `maxBytes`; anything else is refused with a message saying what it is. */
  readFile(file: string, maxBytes: number): Promise<Buffer>;
  /** Absolute paths of the files matching `patterns` under `cwd`. */
  glob(patterns: string[], cwd: string): Promise<string[]>;
}

export const nodeFileSystem: FileSystem = {
  stat: file => fs.promises.stat(file),
  readFile: async (file, maxBytes) => (await readRegularFile(file, { maxBytes, what: 'catalog file' })).data,
  glob: (patterns, cwd) =>
    glob(patterns, { cwd, absolute: true, onlyFiles: true, dot: true, expandDirectories: false }),
};

interface FileState extends SourceState {
  mtimeMs: number;
  size: number;
}

/** Progress of one load, for `window/workDoneProgress`. */
export interface LoadProgress {
  sourcesDone: number;
  sourcesTotal: number;
  /** Bytes downloaded so far by this load's URL fetches, once one has begun. */
  bytes?: number;
}

export interface LoadResult {
  /** One list per file, in precedence order, for `ModelIndex`. */
  /** One input per file or URL, in precedence order, for `ModelIndex`. */
  catalogs: CatalogInput[];
  sources: SourceStatus[];
  /** Whether any file's models differ from the previous load. */
  changed: boolean;
}

export class CatalogSources {
  private files = new Map<string, SourceState>();
  /** Counts invalidations; states remember the count their read started at (see `SourceState.epoch`). */
  private epoch = 0;
  private allInvalidatedAt = 0;
  private readonly fileInvalidatedAt = new Map<string, number>();
  /** Reads still under way, by file: a read that outlived its deadline is waited for again, never started twice. */
  private readonly reading = new Map<string, Promise<Buffer>>();
  private readonly fileDeadlineMs: number;

  constructor(
    private readonly fileSystem: FileSystem = nodeFileSystem,
    private readonly now: () => number = Date.now,
    private readonly urls: UrlSources = new UrlSources({ now }),
    options: { fileDeadlineMs?: number } = {},
  ) {
    this.fileDeadlineMs = options.fileDeadlineMs ?? FILE_DEADLINE_MS;
  }

  /** Makes the next load read these files (or all files and URLs) again. */
  invalidate(files?: Iterable<string>): void {
    this.epoch++;
    if (!files) {
      this.allInvalidatedAt = this.epoch;
      this.urls.invalidate();
      return;
    }
    for (const file of files) this.fileInvalidatedAt.set(path.resolve(file), this.epoch);
  }

  private isInvalidated(file: string, state: SourceState): boolean {
    return Math.max(this.allInvalidatedAt, this.fileInvalidatedAt.get(file) ?? 0) > state.epoch;
  }

  /** Whether `file` is one of the files the last load read. */
  has(file: string): boolean {
    return this.files.has(path.resolve(file));
  }

  /**
   * Loads every source, all at once (a dead URL holds up no other source); the results keep the order of `specs`.
   * A file is read again when its mtime or size changed; it is checked at most once per `ttlMs` (or its source's
   * own TTL). Never throws: failures become the source's `error`.
   */
  async load(
    specs: readonly SourceSpec[],
    ttlMs: number,
    context: LoadContext = {},
    progress?: (p: LoadProgress) => void,
  ): Promise<LoadResult> {
    const epoch = this.epoch;
    const next = new Map<string, SourceState>();
    const report = progressCounter(specs.length, progress);
    const loaded = await Promise.all(
      specs.map(async (spec, i) => {
        const ttl = spec.ttlSeconds === undefined ? ttlMs : spec.ttlSeconds * 1000;
        const onBytes = (bytes: number): void => report.bytes(i, bytes);
        const status = await this.loadSource(spec, ttl, next, { ...context, onBytes }, epoch);
        report.sourceDone();
        return status;
      }),
    );
    const catalogs: (CatalogInput & { layer: number })[] = [];
    const sources: SourceStatus[] = [];
    let changed = false;
    for (const [i, status] of loaded.entries()) {
      if (!status) continue;
      const spec = specs[i];
      for (const [file, state] of status.files) {
        if (state.good) catalogs.push({ ...catalogInput(spec, file, state.good), layer: LAYERS.indexOf(spec.layer) });
        changed ||= this.files.get(file)?.good !== state.good;
      }
      sources.push(status.summary);
    }
    for (const file of this.files.keys()) changed ||= !next.has(file);
    this.files = next;
    for (const [file, at] of this.fileInvalidatedAt) if (at <= epoch) this.fileInvalidatedAt.delete(file);
    // Layers in SPEC order; within the dependencies layer, the newer catalog first (`modelRegistry.sources` keep
    // the order the user gave them).
    const newerFirst = (a: CatalogInput, b: CatalogInput): number =>
      (b.source.dataDate ?? '') > (a.source.dataDate ?? '') ? 1 : -1;
    catalogs.sort((a, b) => a.layer - b.layer || (LAYERS[a.layer] === 'dependencies' ? newerFirst(a, b) : 0));
    return { catalogs: catalogs.map(({ layer: _layer, ...input }) => input), sources, changed };
  }

  private async loadSource(
    spec: SourceSpec,
    ttlMs: number,
    into: Map<string, SourceState>,
    context: LoadContext,
    epoch: number,
  ) {
    if (spec.url !== undefined) {
      if (spec.untrusted) return { files: [], summary: errorStatus(spec, UNTRUSTED) };
      const state = await this.urls.load({ ...spec, url: spec.url }, ttlMs, context);
      into.set(spec.url, state);
      // A background source before its first answer: nothing to say yet (it says so once the fetch settles).
      if (spec.background && !state.good && state.error === undefined) return undefined;
      const states: [string, SourceState][] = [[spec.url, state]];
      return { files: states, summary: summarise(spec, states, undefined) };
    }
    let files: string[];
    try {
      files = await this.expand(spec);
    } catch (error) {
      return { files: [], summary: errorStatus(spec, `cannot list files: ${describeError(error)}`) };
    }
    if (files.length === 0) {
      return spec.optional ? undefined : { files: [], summary: errorStatus(spec, 'no file matches') };
    }
    const states: [string, SourceState][] = [];
    for (const file of files) {
      const state = await this.loadFile(file, spec, ttlMs, epoch);
      into.set(file, state);
      states.push([file, state]);
    }
    return { files: states, summary: summarise(spec, states, files.length > 1 ? path.dirname(files[0]) : undefined) };
  }

  /** Configured plain paths stay even when missing, to be reported; globs and discovered defaults list what exists. */
  private async expand({ files, optional }: SourceSpec): Promise<string[]> {
    if (!files) return [];
    const isLiteral = (p: string): boolean => !optional && !isDynamicPattern(p);
    const literal = files.patterns.filter(isLiteral).map(p => path.resolve(files.cwd, p));
    const dynamic = files.patterns.filter(p => !isLiteral(p));
    const matched = dynamic.length
      ? (await this.fileSystem.glob(dynamic, files.cwd)).map(f => path.resolve(f)).sort()
      : [];
    return [...new Set([...literal, ...matched])];
  }

  private async loadFile(file: string, spec: SourceSpec, ttlMs: number, epoch: number): Promise<FileState> {
    const previous = this.files.get(file) as FileState | undefined;
    const invalidated = previous !== undefined && this.isInvalidated(file, previous);
    const now = this.now();
    if (previous && !invalidated && now - previous.checkedAt < ttlMs) return previous;
    let stat;
    try {
      stat = await this.fileSystem.stat(file);
      const refusal = notRegularFile(stat, 'catalog file');
      if (refusal) throw new Error(refusal);
      if (stat.size > MAX_CATALOG_BYTES) {
        throw new Error(
          `is ${formatBytes(stat.size)}, over the ${formatBytes(MAX_CATALOG_BYTES)} limit for a catalog file`,
        );
      }
    } catch (error) {
      return failed(previous, now, epoch, describeError(error));
    }
    if (
      previous &&
      !invalidated &&
      previous.mtimeMs === stat.mtimeMs &&
      previous.size === stat.size &&
      !previous.error
    ) {
      return { ...previous, checkedAt: now, epoch };
    }
    try {
      const good = await parseCatalogText(await this.read(file), spec, new Date(now).toISOString(), {
        modifiedAt: new Date(stat.mtimeMs).toISOString(),
      });
      return { mtimeMs: stat.mtimeMs, size: stat.size, checkedAt: now, epoch, good };
    } catch (error) {
      return { ...failed(previous, now, epoch, describeError(error)), mtimeMs: stat.mtimeMs, size: stat.size };
    }
  }

  private read(file: string): Promise<Buffer> {
    let pending = this.reading.get(file);
    if (!pending) {
      pending = this.fileSystem.readFile(file, MAX_CATALOG_BYTES).finally(() => this.reading.delete(file));
      this.reading.set(file, pending);
    }
    const seconds = this.fileDeadlineMs / 1000;
    return withDeadline(pending, this.fileDeadlineMs, `no answer from the file system within ${seconds} s`);
  }
}

/** Progress of sources loading side by side: how many are done, and the bytes downloaded so far by all of them. */
function progressCounter(total: number, progress: ((p: LoadProgress) => void) | undefined) {
  let done = 0;
  let downloaded = 0;
  const bytesBySource = new Map<number, number>();
  const send = (): void => {
    if (!progress) return;
    const update: LoadProgress = { sourcesDone: done, sourcesTotal: total };
    if (bytesBySource.size > 0) update.bytes = downloaded;
    progress(update);
  };
  send();
  return {
    sourceDone: (): void => {
      done++;
      send();
    },
    bytes: (source: number, received: number): void => {
      downloaded += received - (bytesBySource.get(source) ?? 0);
      bytesBySource.set(source, received);
      send();
    },
  };
}

function failed(previous: FileState | undefined, now: number, epoch: number, error: string): FileState {
  const state: FileState = { mtimeMs: NaN, size: NaN, checkedAt: now, epoch, error };
  if (previous?.good) state.good = previous.good;
  return state;
}

const UNTRUSTED = 'not fetched: URL sources from workspace settings are ignored while the workspace is not trusted';

function summarise(spec: SourceSpec, states: [string, SourceState][], dir: string | undefined): SourceStatus {
  const formats = new Set<string>();
  let models = 0;
  let loadedAt: string | null = null;
  let dataDate: string | null = null;
  const errors: string[] = [];
  let allGood = true;
  for (const [file, state] of states) {
    if (state.good) {
      formats.add(state.good.format);
      models += state.good.models;
      if (!loadedAt || state.good.loadedAt > loadedAt) loadedAt = state.good.loadedAt;
      if (!dataDate || state.good.dataDate > dataDate) dataDate = state.good.dataDate;
    } else {
      allGood = false;
    }
    if (state.error) errors.push(dir ? `${plainText(path.relative(dir, file))}: ${state.error}` : state.error);
  }
  const status: SourceStatus = {
    source: spec.name,
    format: formats.size ? [...formats].join(', ') : spec.format,
    models,
    loadedAt,
    status: errors.length === 0 ? 'ok' : allGood ? 'stale' : 'error',
    layer: spec.layer,
    dataDate,
  };
  if (errors.length)
    status.error =
      errors.length > 3 ? `${errors.slice(0, 3).join('; ')}; and ${errors.length - 3} more` : errors.join('; ');
  return status;
}

function errorStatus(spec: SourceSpec, error: string): SourceStatus {
  return {
    source: spec.name,
    format: spec.format,
    models: 0,
    loadedAt: null,
    status: 'error',
    error,
    layer: spec.layer,
    dataDate: null,
  };
}

const LAYERS: readonly Layer[] = ['workspace', 'sources', 'dependencies', 'online', 'bundled'];

/** How hovers name a catalog: its format's short name (a project registry by its file), never a path. */
const FORMAT_LABELS: Readonly<Record<CatalogFormat, string>> = {
  'models.dev': 'models.dev',
  'litellm': 'LiteLLM',
  'openrouter': 'OpenRouter',
  'req_llm': 'ReqLLM',
  'llm_db': 'llm_db',
  'registry': 'model registry',
};

function catalogInput(spec: SourceSpec, file: string, good: GoodRead): CatalogInput {
  const label =
    spec.layer === 'bundled' || spec.layer === 'online'
      ? spec.name
      : good.format === 'registry'
        ? path.basename(file)
        : FORMAT_LABELS[good.format];
  const source: SourceRef = { label, dataDate: good.dataDate.slice(0, 10) };
  if (good.fixture) source.fixture = true;
  if (spec.delisted) source.delisted = true;
  if (good.format === 'litellm') source.keepsRetired = true;
  const input: CatalogInput = { table: good.table, source };
  if (good.providers) input.providers = good.providers;
  if (good.prebuilt) input.prebuilt = good.prebuilt;
  return input;
}
