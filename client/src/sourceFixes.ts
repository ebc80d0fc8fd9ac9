// What to do about a catalog that failed to load, in plain words: the server's error says what went wrong ("file not
// found", "invalid JSON (…)", "host not found (offline?)"), this says how to fix it. Settings are named in backticks
// (the inspector shows them as code). No `vscode` import, so it is unit-tested (test/unit/sourceFixes.test.ts).
import type { SourceStatus } from '../../shared/protocol';

interface Fix {
  /** Matches the server's message (server/src/registry: sourceState.ts, urlFetch.ts, catalogSources.ts, readers). */
  error: RegExp;
  fix: (source: SourceStatus) => string;
}

const FIXES: readonly Fix[] = [
  {
    error: /^not fetched: URL sources from workspace settings/,
    fix: () => 'Trust the workspace to fetch it, or name the URL in your user settings instead.',
  },
  {
    error: /file not found|no file matches|cannot list files/,
    fix: source =>
      source.layer === 'sources'
        ? 'Check the path in `modelRegistry.sources`: relative paths start at the workspace folder.'
        : 'Check that the file exists.',
  },
  { error: /permission denied/, fix: () => 'Make the file readable for VS Code.' },
  { error: /is a directory/, fix: () => 'Name a catalog file or a glob in `modelRegistry.sources`, not a folder.' },
  { error: /the file is empty|invalid JSON/, fix: () => 'Fix the JSON in the file; the message says where it breaks.' },
  {
    error: /^not (?:a|an) |^unknown catalog format/,
    fix: () =>
      'Check that the file is a supported catalog, or give its format in `modelRegistry.sources`: ' +
      '`{ "path": "…", "format": "litellm" }`.',
  },
  {
    error: /over the .* limit|passed the .* limit/,
    fix: () => 'The catalog is over the size limit; use a smaller one.',
  },
  { error: /^HTTP 4\d\d/, fix: () => 'Check the URL in `modelRegistry.sources`.' },
  {
    error: /^HTTP 5\d\d|host not found|connection|no complete answer|the body ended/,
    fix: source =>
      source.layer === 'online'
        ? 'Check the network or proxy; the other catalogs answer meanwhile. `modelRegistry.onlineCatalog` turns it off.'
        : 'Check the network and the URL; the last good copy stays in use, and it is fetched again later.',
  },
];

/** How to fix a source's error; undefined for a source without one. */
export function fixFor(source: SourceStatus): string | undefined {
  if (!source.error) return undefined;
  const fix = FIXES.find(({ error }) => error.test(source.error ?? ''))?.fix(source);
  return fix ?? 'See the "Model Registry" output for details.';
}
