// The page of the cache inspector ("Model Registry: Inspect Cache"): what was loaded first, from which catalogs (layer,
// data date, model count, status), each failure with what to do about it, and the cache's own figures last. Times
// read "3 minutes ago" with the local time on hover. Every text from a snapshot (paths, URLs, errors: catalogs and
// settings are user input) is escaped, and the page runs no script: its Content-Security-Policy allows only its own
// style element. No `vscode` import, so it is unit-tested (test/unit/inspectorHtml.test.ts).
import type { CacheSnapshot, SourceStatus } from '../../shared/protocol';
import { modelsFromCatalogs } from './catalogSummary';
import { fixFor } from './sourceFixes';
import { localDateTime, relativeTime } from './timeWords';

export interface InspectorPage {
  now: Date;
  /** A fresh random value per page: the one style element carries it, and the CSP allows only that. */
  nonce: string;
  /** A `command:` link that reloads every catalog (the webview allows only that command). */
  refreshLink: string;
}

const LAYERS: Readonly<Record<NonNullable<SourceStatus['layer']>, string>> = {
  workspace: 'Workspace file',
  sources: 'Your sources',
  dependencies: 'Dependency',
  online: 'Online',
  bundled: 'Bundled',
};

const STATUS: Readonly<Record<SourceStatus['status'], string>> = {
  ok: 'Loaded',
  stale: 'Last good data',
  error: 'Failed',
};

export function inspectorHtml(snapshot: CacheSnapshot, page: InspectorPage): string {
  const failed = snapshot.sources.filter(source => source.status !== 'ok').length;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${escape(page.nonce)}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Model Registry Cache</title>
<style nonce="${escape(page.nonce)}">${STYLE}</style>
</head>
<body>
<h1>Model Registry</h1>
<p class="summary">${escape(modelsFromCatalogs(snapshot))}, ${escape(count(snapshot.providers))} providers. ${
    snapshot.lastRefresh === null ? 'Not loaded yet.' : `Loaded ${time(snapshot.lastRefresh, page.now)}.`
  } <a href="${escape(page.refreshLink)}">Refresh</a></p>
${failed ? `<p class="problem">${failed === 1 ? 'One catalog has' : `${failed} catalogs have`} a problem; the others answer meanwhile.</p>` : ''}
<h2>Catalogs</h2>
<table class="catalogs">
<thead><tr><th>Catalog</th><th>Layer</th><th>Data from</th><th class="number">Models</th><th>Status</th><th>Loaded</th></tr></thead>
<tbody>
${snapshot.sources.map(source => sourceRows(source, page.now)).join('\n')}
</tbody>
</table>
${providerSection(snapshot)}
<h2>Cache</h2>
<table class="figures">
<tbody>
${figure('Entries', `${count(snapshot.entries)} of at most ${count(snapshot.maxEntries)}`)}
${figure('Memory', `${megabytes(snapshot.sizeBytes)} of at most ${megabytes(snapshot.maxSizeBytes)}`)}
${figure('Entry lifetime', `${count(snapshot.ttlSeconds)} seconds`)}
${figure('Hit rate', `${(snapshot.hitRate * 100).toFixed(1)} % (${count(snapshot.hits)} hits, ${count(snapshot.misses)} misses)`)}
${figure('Evictions', count(snapshot.evictions))}
${figure('Generation', `${count(snapshot.generation)} <span class="muted">(goes up on every reload, clear and change of sources)</span>`)}
</tbody>
</table>
</body>
</html>
`;
}

/** Models per provider, folded (a catalog can name hundreds of providers): a `<details>` element needs no script. */
function providerSection(snapshot: CacheSnapshot): string {
  const providers = snapshot.providerModels;
  if (!providers?.length) return '';
  const rows = providers.map(
    p =>
      `<tr><td>${escape(p.name)}${p.name === p.provider ? '' : ` <span class="muted">${escape(p.provider)}</span>`}</td>` +
      `<td class="number">${count(p.models)}</td></tr>`,
  );
  return `<h2>Providers</h2>
<details><summary>${count(providers.length)} providers; most models: ${providers
    .slice(0, 3)
    .map(p => `${escape(p.name)} (${count(p.models)})`)
    .join(', ')}</summary>
<table class="providers">
<thead><tr><th>Provider</th><th class="number">Models</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</details>`;
}

function sourceRows(source: SourceStatus, now: Date): string {
  const status = `<span class="status ${source.status}">${STATUS[source.status]}</span>`;
  const row =
    `<tr><td class="source">${escape(source.source)} <span class="muted">${escape(source.format)}</span></td>` +
    `<td>${source.layer ? LAYERS[source.layer] : '—'}</td><td>${dataDate(source.dataDate)}</td>` +
    `<td class="number">${count(source.models)}</td><td>${status}</td>` +
    `<td>${source.loadedAt ? time(source.loadedAt, now) : 'never'}</td></tr>`;
  const fix = fixFor(source);
  if (!source.error || !fix) return row;
  return `${row}\n<tr class="error-row"><td colspan="6"><span class="error">${escape(source.error)}</span> → ${withCode(escape(fix))}</td></tr>`;
}

/** "3 minutes ago", with the local date and time on hover. */
function time(iso: string, now: Date): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return escape(iso);
  return `<time datetime="${escape(iso)}" title="${localDateTime(at)}">${relativeTime(at, now)}</time>`;
}

/** The data's own date: a day (the catalog's), or a moment (a file's change, a fetch) shown as its day. */
function dataDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return escape(iso);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : localDateTime(at).slice(0, 10);
  return `<time datetime="${escape(iso)}" title="${iso.length > 10 ? localDateTime(at) : day}">${day}</time>`;
}

function figure(name: string, value: string): string {
  return `<tr><th scope="row">${name}</th><td>${value}</td></tr>`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

/** Escapes text for HTML content and double-quoted attributes. */
export function escape(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

/** Our own fix texts name settings in backticks; shown as code. Runs on escaped text, so it adds the only tags. */
function withCode(escaped: string): string {
  return escaped.replace(/`([^`]+)`/g, '<code>$1</code>');
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 20px 20px; max-width: 1100px; }
h1 { font-size: 1.6em; font-weight: 600; margin: 16px 0 4px; }
h2 { font-size: 1.15em; font-weight: 600; margin: 24px 0 8px; }
a { color: var(--vscode-textLink-foreground); }
code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 0 3px; border-radius: 3px; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: 4px 12px 4px 0; vertical-align: top; }
.catalogs { width: 100%; }
.catalogs thead th { border-bottom: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); font-weight: 600; }
.catalogs tbody tr:not(.error-row) td { border-top: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); }
.figures th { font-weight: normal; color: var(--vscode-descriptionForeground); padding-right: 24px; }
.number { text-align: right; font-variant-numeric: tabular-nums; }
.source { word-break: break-all; }
.muted { color: var(--vscode-descriptionForeground); }
.status.ok { color: var(--vscode-testing-iconPassed, var(--vscode-foreground)); }
.status.stale { color: var(--vscode-editorWarning-foreground); }
.status.error, .error { color: var(--vscode-errorForeground); }
.problem { color: var(--vscode-editorWarning-foreground); }
.error-row td { padding-top: 0; padding-bottom: 8px; }
time { text-decoration: underline dotted; text-underline-offset: 2px; }
`;
