// The cache inspector's page (client/src/inspectorHtml.ts): what it says, in which order, how times read, and that
// catalog and settings text can neither inject markup nor run anything.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inspectorHtml } from '../../client/src/inspectorHtml';
import type { CacheSnapshot, SourceStatus } from '../../shared/protocol';

const NOW = new Date(2026, 11, 5, 14, 2, 11); // local time
const minutesAgo = (n: number) => new Date(NOW.getTime() - n * 60_000).toISOString();
const PAGE = { now: NOW, nonce: 'n0nce', refreshLink: 'command:modelRegistry.refreshCache' };

function snapshot(sources: SourceStatus[]): CacheSnapshot {
  return {
    generation: 3,
    entries: 4,
    maxEntries: 10_000,
    sizeBytes: 2 * 1024 * 1024,
    maxSizeBytes: 64 << 20,
    ttlSeconds: 300,
    hits: 1,
    misses: 10,
    evictions: 0,
    hitRate: 1 / 11,
    models: 9652,
    providers: 229,
    lastRefresh: minutesAgo(3),
    sources,
  };
}

const workspaceFile: SourceStatus = {
  source: 'model_registry.json',
  format: 'registry',
  models: 1,
  loadedAt: minutesAgo(3),
  status: 'ok',
  layer: 'workspace',
  dataDate: minutesAgo(60 * 24 * 2),
};
const bundled: SourceStatus = {
  source: 'models.dev',
  format: 'models.dev',
  models: 8337,
  loadedAt: minutesAgo(3),
  status: 'ok',
  layer: 'bundled',
  dataDate: '2026-09-30',
};
const missing: SourceStatus = {
  source: 'catalogs/extra.json',
  format: 'auto',
  models: 0,
  loadedAt: null,
  status: 'error',
  error: 'file not found',
  layer: 'sources',
  dataDate: null,
};

/** The page's text without tags, spaces collapsed: what a reader sees. */
function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/, '')
    .replace(/<\/?(?:time|span|a|code)\b[^>]*>/g, '') // inline
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ');
}

describe('cache inspector page', () => {
  test('the load first, then the catalogs with layer, data date, models, status and time, the cache last', () => {
    const html = inspectorHtml(snapshot([workspaceFile, bundled]), PAGE);
    const text = visibleText(html);
    assert.match(text, /9,652 models from 2 catalogs, 229 providers\. Loaded 3 minutes ago\. Refresh/);
    assert.match(text, /model_registry\.json registry Workspace file 2026-12-03 1 Loaded 3 minutes ago/);
    assert.match(text, /models\.dev models\.dev Bundled 2026-09-30 8,337 Loaded 3 minutes ago/);
    assert.match(text, /Entries 4 of at most 10,000 Memory 2\.00 MB of at most 64\.00 MB/);
    assert.match(text, /Hit rate 9\.1 % \(1 hits, 10 misses\)/);
    assert.ok(
      text.indexOf(' Catalogs Catalog ') < text.indexOf(' Cache Entries '),
      'catalogs before the cache figures',
    );
    assert.doesNotMatch(text, /problem/);
    assert.ok(html.includes('<a href="command:modelRegistry.refreshCache">Refresh</a>'));
  });

  test('models per provider, most first, folded under a summary naming the largest; escaped', () => {
    const providerModels = [
      { provider: 'openrouter', name: 'OpenRouter', models: 320 },
      { provider: 'openai', name: 'OpenAI', models: 120 },
      { provider: 'acme<i>', name: 'acme<i>', models: 2 },
    ];
    const html = inspectorHtml({ ...snapshot([bundled]), providerModels }, PAGE);
    const text = visibleText(html);
    assert.match(text, /Providers 3 providers; most models: OpenRouter \(320\), OpenAI \(120\), acme<i> \(2\)/);
    assert.match(text, /OpenRouter openrouter 320 OpenAI openai 120/);
    assert.ok(html.includes('<details>'), 'folded');
    assert.doesNotMatch(html, /<i>/);
    assert.ok(text.indexOf(' Providers ') < text.indexOf(' Cache Entries '), 'before the cache figures');
    assert.doesNotMatch(
      visibleText(inspectorHtml(snapshot([bundled]), PAGE)),
      / Providers /,
      'none without the counts',
    );
  });

  test('times are relative, with the local date and time on hover', () => {
    const html = inspectorHtml(snapshot([workspaceFile]), PAGE);
    assert.ok(html.includes(`<time datetime="${minutesAgo(3)}" title="2026-12-05 13:59:11">3 minutes ago</time>`));
    assert.ok(
      inspectorHtml(snapshot([bundled]), PAGE).includes(
        '<time datetime="2026-09-30" title="2026-09-30">2026-09-30</time>',
      ),
      'a catalog date is a day',
    );
  });

  test('a failed catalog: its error and what to do, in plain words', () => {
    const text = visibleText(inspectorHtml(snapshot([workspaceFile, missing]), PAGE));
    assert.match(text, /One catalog has a problem; the others answer meanwhile\./);
    assert.match(text, /catalogs\/extra\.json auto Your sources — 0 Failed never/);
    assert.match(
      text,
      /file not found → Check the path in modelRegistry\.sources: relative paths start at the workspace folder\./,
    );
  });

  test('text from catalogs and settings is escaped; only the nonce-bearing style is allowed, no script', () => {
    const evil: SourceStatus = {
      ...missing,
      source: '<img src=x onerror=alert(1)>.json',
      format: '"><script>alert(2)</script>',
      error: "invalid JSON (<b>'&'</b>)",
    };
    const html = inspectorHtml(snapshot([evil]), PAGE);
    assert.doesNotMatch(html, /<img|<script|<b>/);
    assert.ok(html.includes('&#60;img src=x onerror=alert(1)&#62;.json'));
    assert.ok(html.includes('invalid JSON (&#60;b&#62;&#39;&#38;&#39;&#60;/b&#62;)'));
    assert.ok(
      html.includes(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-n0nce';">`,
      ),
    );
    assert.equal(html.match(/<style/g)?.length, 1);
    assert.ok(html.includes('<style nonce="n0nce">'));
  });
});
