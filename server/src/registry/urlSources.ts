// URL catalog sources (issue 6). A URL with a good copy (in memory, or on disk from an earlier run) is served from
// that copy at once and revalidated in the background after its TTL, so a slow or dead server never holds up a
// completion; only a URL with no copy at all, or an explicit refresh, waits for the network. Failures keep the copy.
import type { SourceSpec } from './sourceSpecs';
import type { DiskCache } from './diskCache';
import { DEFAULT_FETCH, fetchCatalogText, type FetchOptions, type FetchResult, type Validators } from './urlFetch';
import { describeError, type LoadContext, parseCatalogText, type SourceState } from './sourceState';

export interface UrlSourcesOptions {
  disk?: DiskCache;
  now?: () => number;
  fetch?: (url: string, options: FetchOptions) => Promise<FetchResult>;
  fetchOptions?: Partial<typeof DEFAULT_FETCH>;
  /** A background revalidation changed a source: the caller reloads to pick it up. */
  onBackgroundUpdate?: () => void;
}

interface UrlState extends SourceState {
  validators?: Validators;
}

export class UrlSources {
  private readonly states = new Map<string, UrlState>();
  /** Counts invalidations (see `SourceState.epoch`). */
  private epoch = 0;
  private invalidatedAt = 0;
  private readonly fetching = new Map<string, Promise<void>>();
  private readonly now: () => number;
  private readonly fetch: NonNullable<UrlSourcesOptions['fetch']>;

  constructor(private readonly options: UrlSourcesOptions = {}) {
    this.now = options.now ?? Date.now;
    this.fetch = options.fetch ?? fetchCatalogText;
  }

  /** The next load of every URL waits for a fresh answer from the network. */
  invalidate(): void {
    this.invalidatedAt = ++this.epoch;
  }

  async load(spec: SourceSpec & { url: string }, ttlMs: number, context: LoadContext = {}): Promise<SourceState> {
    let state = this.states.get(spec.url);
    if (!state) {
      state = (await this.fromDisk(spec)) ?? { checkedAt: -Infinity, epoch: 0 };
      this.states.set(spec.url, state);
    }
    const invalidated = (s: SourceState): boolean => s.epoch < this.invalidatedAt;
    if (!invalidated(state) && this.now() - state.checkedAt < ttlMs) return state;
    // The online catalog is never waited for, not even with no copy or on a refresh: the other layers answer.
    if (spec.background || (state.good && !invalidated(state))) {
      this.revalidateInBackground(spec);
      return state;
    }
    await this.fetchOnce(spec, context);
    // A fetch already under way when the refresh came started too early: fetch once more.
    if (invalidated(this.states.get(spec.url)!) && !context.signal?.aborted) await this.fetchOnce(spec, context);
    return this.states.get(spec.url)!;
  }

  private revalidateInBackground(spec: SourceSpec & { url: string }): void {
    if (this.fetching.has(spec.url)) return;
    const before = this.states.get(spec.url);
    void this.fetchOnce(spec, {}).then(() => {
      const after = this.states.get(spec.url);
      if (after?.good !== before?.good || after?.error !== before?.error) this.options.onBackgroundUpdate?.();
    });
  }

  /** One fetch per URL at a time; concurrent loads share it. Never rejects: failures land in the state. */
  private fetchOnce(spec: SourceSpec & { url: string }, context: LoadContext): Promise<void> {
    let pending = this.fetching.get(spec.url);
    if (!pending) {
      pending = this.fetchInto(spec, context).finally(() => this.fetching.delete(spec.url));
      this.fetching.set(spec.url, pending);
    }
    return pending;
  }

  private async fetchInto(spec: SourceSpec & { url: string }, context: LoadContext): Promise<void> {
    const previous = this.states.get(spec.url) ?? { checkedAt: -Infinity, epoch: 0 };
    const epoch = this.epoch;
    const checkedAt = this.now();
    let next: UrlState;
    try {
      const result = await this.fetchAnswer(spec.url, previous, context);
      if (result.kind === 'not-modified') {
        next = { ...previous, checkedAt, epoch, validators: result.validators, error: undefined };
        void this.options.disk
          ?.touch(spec.url, result.validators, new Date(checkedAt).toISOString())
          .catch(() => undefined);
      } else {
        const good = await parseCatalogText(result.text, spec, new Date(checkedAt).toISOString(), {
          contentType: result.contentType,
          modifiedAt: isoDate(result.validators.lastModified),
        });
        next = { checkedAt, epoch, good, validators: result.validators };
        await this.options.disk
          ?.write({ url: spec.url, text: result.text, validators: result.validators, fetchedAt: good.loadedAt })
          .catch(() => undefined);
      }
    } catch (error) {
      next = { ...previous, checkedAt, epoch, error: describeError(error) };
    }
    this.states.set(spec.url, next);
  }

  /**
   * The server's answer, conditional when there is a copy to keep. A 304 with no copy (a confused server or cache)
   * is asked once more without validators; a second 304 is an error, never an empty `ok`.
   */
  private async fetchAnswer(url: string, previous: UrlState, context: LoadContext): Promise<FetchResult> {
    const options: FetchOptions = {
      ...DEFAULT_FETCH,
      ...this.options.fetchOptions,
      signal: context.signal,
      onBytes: context.onBytes,
    };
    if (previous.good) return this.fetch(url, { ...options, validators: previous.validators });
    const first = await this.fetch(url, options);
    if (first.kind === 'fetched') return first;
    const second = await this.fetch(url, options);
    if (second.kind === 'fetched') return second;
    throw new Error('HTTP 304 Not Modified, but there is no copy to keep (asked twice, without validators)');
  }

  /** The copy a previous run kept; it is served at once and counts as due for revalidation. */
  private async fromDisk(spec: SourceSpec & { url: string }): Promise<UrlState | undefined> {
    const entry = await this.options.disk?.read(spec.url);
    if (!entry) return undefined;
    try {
      return {
        checkedAt: -Infinity,
        epoch: 0,
        good: await parseCatalogText(entry.text, spec, entry.fetchedAt, {
          modifiedAt: isoDate(entry.validators.lastModified),
        }),
        validators: entry.validators,
      };
    } catch {
      return undefined; // a copy that no longer reads (e.g. a format setting changed) is as good as none
    }
  }
}

/** An HTTP date (`Last-Modified`) as ISO 8601, or undefined. */
function isoDate(httpDate: string | undefined): string | undefined {
  if (httpDate === undefined) return undefined;
  const time = Date.parse(httpDate);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
