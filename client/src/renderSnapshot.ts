// Renders a `CacheSnapshot` (SPEC §5) as the Markdown text of the cache inspector.
import type { CacheSnapshot } from '../../shared/protocol';

export function renderSnapshot(s: CacheSnapshot): string {
  const failed = s.sources.filter(src => src.status !== 'ok').length;
  const lines = [
    '# Model Registry cache',
    '',
    `- Generation: ${s.generation}`,
    `- Entries: ${count(s.entries)} of at most ${count(s.maxEntries)}; ${megabytes(s.sizeBytes)} of at most ${megabytes(s.maxSizeBytes)}`,
    `- Entry lifetime (TTL): ${s.ttlSeconds} s`,
    `- Hit rate: ${(s.hitRate * 100).toFixed(1)} % (${count(s.hits)} hits, ${count(s.misses)} misses)`,
    `- Evictions: ${count(s.evictions)}`,
    `- Models: ${count(s.models)} from ${count(s.providers)} providers`,
    `- Last refresh: ${s.lastRefresh ?? 'never'}`,
    '',
    `## Sources (${s.sources.length}${failed ? `, ${failed} failed` : ''})`,
    '',
    '| source | format | models | status | loaded at | error |',
    '|---|---|---:|---|---|---|',
    ...s.sources.map(
      src =>
        `| ${cell(src.source)} | ${cell(src.format)} | ${count(src.models)} | ${src.status} | ${src.loadedAt ?? 'never'} | ${cell(src.error ?? '')} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

/** Keeps a table row one row: pipes and line breaks from paths or error messages would end the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
