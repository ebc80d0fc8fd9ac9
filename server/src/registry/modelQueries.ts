// Every question the language features ask of the loaded catalogs; the costly ones ("did you mean") answered
// through the generation cache. This is the one place that knows the cache's keys and how much memory each answer
// takes; features never see the LRU.
// Answers hold row numbers of the index they were computed on; the generation changes whenever the index does, so
// an answer is never read against another index.
import type { ModelIndex, Resolution } from '../catalog/modelIndex';
import { completeRows, similarRows, type CompletionRows } from '../catalog/modelSearch';
import type { GenerationCache } from './generationCache';

const SEP = '\u0000';

export class ModelQueries {
  constructor(
    private readonly index: () => ModelIndex,
    private readonly cache: GenerationCache,
  ) {}

  /** The loaded index, for look-ups that need no cache (a row's record, provider names). */
  get models(): ModelIndex {
    return this.index();
  }

  /**
   * The row `provider`'s `model` names (a bare ID when `provider` is undefined: the creator's row first). Not cached:
   * a look-up is a few binary searches, and caching each text hovered or checked only filled the old generation with
   * entries evicted soon after (the soak: RSS +34 % over 100,000 requests).
   */
  resolve(provider: string | undefined, model: string): Resolution | undefined {
    return provider === undefined ? this.index().resolveBare(model) : this.index().resolveNamed(provider, model);
  }

  /**
   * Completion rows for a typed model part within one provider or all, at most `limit` (`cut` when more). Not cached:
   * each keystroke asks for a new prefix, computing one costs tens of microseconds, and caching every answer only
   * filled the old generation with entries evicted soon after (issue 11: RSS growth and scavenge pauses). With
   * `accepts`, only the rows it accepts.
   */
  completions(
    provider: string | undefined,
    typed: string,
    limit: number,
    accepts?: (row: number) => boolean,
  ): CompletionRows {
    return completeRows(this.index(), provider === undefined ? {} : { provider }, typed, limit, accepts);
  }

  /** The rows closest to an unknown ID (at most `maxEdits` away), best first. */
  similar(provider: string | undefined, typed: string, limit: number, maxEdits: number): number[] {
    return this.cache.get(
      `similar${SEP}${provider ?? ''}${SEP}${limit}${SEP}${maxEdits}${SEP}${typed}`,
      () => similarRows(this.index(), provider === undefined ? {} : { provider }, typed, limit, maxEdits),
      rows => 32 + 8 * rows.length,
    );
  }
}
