// What the server is told about `modelRegistry.sources` in an untrusted workspace (SPEC §3, §6).
//
// The setting is a restricted configuration (package.json `restrictedConfigurations`), so in an untrusted workspace
// VS Code drops its workspace and folder values before they reach the extension host: `get` returns the user value
// and `inspect` has no `workspaceValue` / `workspaceFolderValue` at all. The server must still say, in its cache
// snapshot, which URL sources the workspace named and that they were ignored. So the client reads the workspace
// settings files itself and appends each URL item to the section the server receives as `{ url, untrusted: true }`,
// which the server lists with an error and never fetches. Paths and globs from workspace settings stay ignored
// silently: reading a local file fetches nothing, and the user's own sources keep working as they are.
//
// No `vscode` import, so this decision is unit-tested (test/unit/workspaceTrust.test.ts); the file reading and the
// middleware are in workspaceTrustMiddleware.ts.
import { parse } from 'jsonc-parser';
import { isObject } from '../../shared/json';

/** A URL source from workspace settings, as the server expects it (server/src/settings.ts `untrusted`). */
export interface UntrustedUrlSource {
  url: string;
  untrusted: true;
}

const SECTION = 'modelRegistry';
const SOURCES_KEY = `${SECTION}.sources`;

/**
 * The `modelRegistry.sources` value in the text of a settings file: `.vscode/settings.json`, or a `.code-workspace`
 * file (`inWorkspaceFile`), whose settings are under `settings`. JSONC like VS Code reads it: comments and trailing
 * commas are fine, and a half-written file gives what can be read of it.
 */
export function sourcesInSettingsFile(text: string, inWorkspaceFile: boolean): unknown {
  const file: unknown = parse(text, [], { allowTrailingComma: true });
  const settings = inWorkspaceFile && isObject(file) ? file.settings : file;
  if (!isObject(settings)) return undefined;
  // VS Code accepts the nested spelling too: { "modelRegistry": { "sources": [...] } }.
  return settings[SOURCES_KEY] ?? (isObject(settings[SECTION]) ? settings[SECTION].sources : undefined);
}

/** The URL items of a `modelRegistry.sources` value: `http(s)://` strings and objects with a `url`. */
export function urlSources(sources: unknown): string[] {
  if (!Array.isArray(sources)) return [];
  return sources.flatMap(item => {
    // The same test as the server's (server/src/settings.ts), so that what is marked here is what it would fetch.
    if (typeof item === 'string') return /^https?:\/\//i.test(item.trim()) ? [item.trim()] : [];
    return isObject(item) && typeof item.url === 'string' && item.url.trim() ? [item.url.trim()] : [];
  });
}

/**
 * The `modelRegistry` section to send the server in an untrusted workspace: the section VS Code gave (user settings
 * only) with the URL items of the workspace's `sources` values appended as untrusted. A URL the user's own settings
 * also name is not marked (it is fetched as the user's), and each URL is marked once, however many workspace
 * settings files name it.
 */
export function withUntrustedUrlSources(section: unknown, workspaceSources: readonly unknown[]): unknown {
  const base = isObject(section) ? section : {};
  const userSources: unknown[] = Array.isArray(base.sources) ? base.sources : [];
  const seen = new Set(urlSources(userSources));
  const marked: UntrustedUrlSource[] = [];
  for (const url of workspaceSources.flatMap(urlSources)) {
    if (seen.has(url)) continue;
    seen.add(url);
    marked.push({ url, untrusted: true });
  }
  return marked.length === 0 ? section : { ...base, sources: [...userSources, ...marked] };
}
