// A cache snapshot in the user's words, for notifications and the output channel: how many models from how many
// catalogs ("Reloaded 8,019 models from 3 catalogs"), which catalogs failed and why, and one log line per load with
// every catalog's data date. No generations: those are the cache's business. No `vscode` import, so it is
// unit-tested (test/unit/catalogSummary.test.ts).
import type { CacheSnapshot, SourceStatus } from '../../shared/protocol';

/** `9,652 models from 3 catalogs`: catalogs that gave models, a stale one (its last good data) included. */
export function modelsFromCatalogs(snapshot: CacheSnapshot): string {
  const loaded = snapshot.sources.filter(source => source.status !== 'error').length;
  return `${count(snapshot.models, 'model')} from ${count(loaded, 'catalog')}`;
}

/** `models.dev (online): host not found (offline?)`, for each source that did not load cleanly. */
function problems(snapshot: CacheSnapshot): string[] {
  return snapshot.sources
    .filter(source => source.status !== 'ok')
    .map(source => `${source.source}: ${source.error ?? source.status}${stale(source)}`);
}

/** The notification after Refresh Cache. */
export function refreshedMessage(snapshot: CacheSnapshot): { text: string; warn: boolean } {
  const reloaded = `Reloaded ${modelsFromCatalogs(snapshot)}`;
  const failed = problems(snapshot);
  if (failed.length === 0) return { text: `${reloaded}.`, warn: false };
  return { text: `${reloaded}; ${count(failed.length, 'catalog')} had a problem: ${failed.join('; ')}.`, warn: true };
}

/**
 * `Loaded 9,652 models from 4 catalogs (model_registry.json 2026-12-05, models.dev 2026-09-30, …)`, plus the
 * problems (then a warning); undefined when the snapshot is not a new load (a clear, or the same load again).
 */
export function loadLogLine(
  snapshot: CacheSnapshot,
  previous: CacheSnapshot | undefined,
): { text: string; warn: boolean } | undefined {
  if (snapshot.lastRefresh === null || snapshot.lastRefresh === previous?.lastRefresh) return undefined;
  const catalogs = snapshot.sources
    .filter(source => source.status !== 'error')
    .map(source => (source.dataDate ? `${source.source} ${source.dataDate.slice(0, 10)}` : source.source));
  const failed = problems(snapshot);
  const text =
    `Loaded ${modelsFromCatalogs(snapshot)}${catalogs.length ? ` (${catalogs.join(', ')})` : ''}` +
    (failed.length ? `; ${failed.join('; ')}` : '');
  return { text, warn: failed.length > 0 };
}

function stale(source: SourceStatus): string {
  return source.status === 'stale' ? ' (its last good data is used)' : '';
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
