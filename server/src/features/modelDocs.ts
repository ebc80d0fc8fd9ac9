// How a model is described to the user: the full Markdown of hovers and resolved completion items, and the short
// one-line detail of completion items. Every catalog string goes through escapeMarkdown.
import type { ModelRecord } from '../catalog/modelRecord';
import { escapeMarkdown } from './markdown';

/** Whether the model should no longer be used: marked deprecated/retired, or past its deprecation date. */
export function isDeprecated(record: ModelRecord, today: string): boolean {
  if (record.deprecated === false) return false; // a project registry may overrule a catalog
  return record.deprecated === true || (record.deprecationDate !== undefined && record.deprecationDate <= today);
}

/** `200K ctx · $3 / $15 per 1M` — short enough for a completion list. */
export function shortDetail(record: ModelRecord): string {
  const parts: string[] = [];
  if (record.contextWindow !== undefined) parts.push(`${formatTokens(record.contextWindow)} ctx`);
  if (record.inputPricePerMTok !== undefined || record.outputPricePerMTok !== undefined) {
    parts.push(`${formatPrice(record.inputPricePerMTok)} / ${formatPrice(record.outputPricePerMTok)} per 1M`);
  }
  return parts.join(' · ') || record.provider;
}

/** The full description: ID, provider, name, limits, prices per 1M tokens, capabilities, dates, status, sources. */
export function modelMarkdown(
  record: ModelRecord,
  spelled: string,
  today: string,
  alsoMatches: readonly string[] = [],
): string {
  const lines: string[] = [];
  const title = record.name ? ` — ${escapeMarkdown(record.name)}` : '';
  lines.push(`**${escapeMarkdown(spelled)}**${title}`, '');
  const rows: [string, string | undefined][] = [
    ['Provider', escapeMarkdown(record.provider)],
    ['Model ID', escapeMarkdown(record.id)],
    [
      'Context window',
      record.contextWindow === undefined ? undefined : `${record.contextWindow.toLocaleString('en-US')} tokens`,
    ],
    ['Max output', record.maxOutput === undefined ? undefined : `${record.maxOutput.toLocaleString('en-US')} tokens`],
    ['Input price', priceRow(record.inputPricePerMTok)],
    ['Output price', priceRow(record.outputPricePerMTok)],
    ['Cached input price', priceRow(record.cacheReadPricePerMTok)],
    ['Capabilities', record.capabilities?.length ? record.capabilities.map(escapeMarkdown).join(', ') : undefined],
    [
      'Modalities',
      record.modalities
        ? `${modalityList(record.modalities.input)} → ${modalityList(record.modalities.output)}`
        : undefined,
    ],
    ['Knowledge cutoff', record.knowledgeCutoff && escapeMarkdown(record.knowledgeCutoff)],
    ['Released', record.releaseDate && escapeMarkdown(record.releaseDate)],
    ['Status', statusRow(record, today)],
    ['Aliases', record.aliases?.length ? record.aliases.map(escapeMarkdown).join(', ') : undefined],
  ];
  for (const [label, value] of rows) if (value !== undefined) lines.push(`- ${label}: ${value}`);
  if (alsoMatches.length) lines.push(`- Also matches: ${alsoMatches.map(escapeMarkdown).join(', ')}`);
  lines.push('', `Source${record.sources.length > 1 ? 's' : ''}: ${record.sources.map(escapeMarkdown).join(', ')}`);
  return lines.join('\n');
}

function statusRow(record: ModelRecord, today: string): string | undefined {
  const deprecated = isDeprecated(record, today);
  if (!deprecated && record.status === undefined && record.deprecationDate === undefined) return undefined;
  const parts: string[] = [];
  if (deprecated) parts.push('**deprecated**');
  else if (record.status !== undefined) parts.push(escapeMarkdown(record.status));
  if (record.deprecationDate !== undefined) parts.push(`deprecation date ${escapeMarkdown(record.deprecationDate)}`);
  if (record.replacement !== undefined) parts.push(`replacement: ${escapeMarkdown(record.replacement)}`);
  return parts.join(', ');
}

function priceRow(price: number | undefined): string | undefined {
  return price === undefined ? undefined : `${formatPrice(price)} per 1M tokens`;
}

function modalityList(modalities: readonly string[]): string {
  return modalities.length ? modalities.map(escapeMarkdown).join(', ') : '—';
}

/** `$3`, `$0.15`, `$0.0375`: USD with as many decimals as the price needs, up to 4 significant ones. */
export function formatPrice(price: number | undefined): string {
  if (price === undefined) return '?';
  if (price === 0) return '$0';
  const digits = price >= 1 ? 2 : Math.min(8, 1 - Math.floor(Math.log10(price)) + 2);
  return `$${Number(price.toFixed(digits)).toString()}`;
}

/** `200K`, `1M`, `8,192`. */
export function formatTokens(tokens: number): string {
  if (tokens >= 1_000_000 && tokens % 100_000 === 0) return `${tokens / 1_000_000}M`;
  if (tokens >= 1000 && tokens % 1000 === 0) return `${tokens / 1000}K`;
  return tokens.toLocaleString('en-US');
}
