// Turns `modelRegistry.sources` and the workspace folders into the list of sources to load, in precedence order.
// With no configured sources: the project's `model_registry.json`, then catalogs in the workspace's dependencies,
// then the catalogs bundled with the extension (SPEC §3).
import * as path from 'node:path';
import type { CatalogFormat } from '../catalog/modelRecord';
import type { Settings } from '../settings';

export interface SourceSpec {
  /** How the source is named in snapshots and hovers. */
  name: string;
  format: CatalogFormat | 'auto';
  ttlSeconds?: number;
  /** Paths or globs relative to `cwd` (absolute ones allowed). */
  files?: { cwd: string; patterns: string[] };
  url?: string;
  /** A discovered default: left out of the snapshot when no file matches. */
  optional?: boolean;
  /** Shipped with the server: never changes while it runs, so not watched. */
  bundled?: boolean;
  /** A URL from workspace settings in an untrusted workspace: listed, never fetched. */
  untrusted?: boolean;
}

export interface BundledCatalog {
  /** Absolute path of a models.dev-format file shipped with the server. */
  file: string;
  name: string;
}

export interface WorkspaceFolder {
  /** Absolute file-system path. */
  path: string;
  name: string;
}

const SITE_PACKAGES_GLOBS = ['lib/python*/site-packages', 'Lib/site-packages'];
const VIRTUALENV_DIRS = ['.venv', 'venv', 'env', '.env'];
const LITELLM_BACKUP = 'litellm/model_prices_and_context_window_backup.json';

export function sourceSpecs(
  settings: Settings,
  folders: readonly WorkspaceFolder[],
  bundled: readonly BundledCatalog[],
): SourceSpec[] {
  // URLs the client marked untrusted are ignored sources: listed (last) so the snapshot says so, but they do not
  // replace the defaults, or a workspace naming a URL would leave an untrusted window with no catalog at all.
  const configured = settings.sources.filter(source => !source.untrusted);
  const ignored = settings.sources.filter(source => source.untrusted);
  const specs =
    configured.length > 0
      ? configured.flatMap(source => configuredSpecs(source, folders))
      : defaultSpecs(settings, folders, bundled);
  return [...specs, ...ignored.flatMap(source => configuredSpecs(source, folders))];
}

function defaultSpecs(
  settings: Settings,
  folders: readonly WorkspaceFolder[],
  bundled: readonly BundledCatalog[],
): SourceSpec[] {
  const specs: SourceSpec[] = [];
  for (const folder of folders) specs.push(...discoveredSpecs(folder, folders.length > 1));
  if (settings.bundledCatalog) {
    for (const b of bundled)
      specs.push({
        name: b.name,
        format: 'models.dev',
        files: { cwd: path.dirname(b.file), patterns: [path.basename(b.file)] },
        bundled: true,
      });
  }
  return specs;
}

function configuredSpecs(source: Settings['sources'][number], folders: readonly WorkspaceFolder[]): SourceSpec[] {
  const common =
    source.ttlSeconds === undefined
      ? { format: source.format }
      : { format: source.format, ttlSeconds: source.ttlSeconds };
  if (source.url !== undefined) {
    return [{ ...common, name: source.url, url: source.url, ...(source.untrusted ? { untrusted: true } : {}) }];
  }
  const given = source.path ?? '';
  if (path.isAbsolute(given) || folders.length === 0) {
    return [{ ...common, name: given, files: { cwd: process.cwd(), patterns: [toGlobPath(given)] } }];
  }
  // A relative path means the same file in each workspace folder.
  return folders.map(folder => ({
    ...common,
    name: folders.length > 1 ? `${folder.name}/${given}` : given,
    files: { cwd: folder.path, patterns: [toGlobPath(given)] },
  }));
}

function discoveredSpecs(folder: WorkspaceFolder, qualify: boolean): SourceSpec[] {
  const name = (relative: string): string => (qualify ? `${folder.name}/${relative}` : relative);
  const inFolder = (...patterns: string[]): SourceSpec['files'] => ({ cwd: folder.path, patterns });
  const venvFiles = VIRTUALENV_DIRS.flatMap(venv =>
    SITE_PACKAGES_GLOBS.map(site => `${venv}/${site}/${LITELLM_BACKUP}`),
  );
  return [
    { name: name('model_registry.json'), format: 'auto', files: inFolder('model_registry.json'), optional: true },
    {
      name: name('deps/req_llm/priv/models_dev/*.json'),
      format: 'req_llm',
      files: inFolder('deps/req_llm/priv/models_dev/*.json'),
      optional: true,
    },
    {
      name: name('deps/llm_db/priv/llm_db/providers/*.json'),
      format: 'llm_db',
      files: inFolder('deps/llm_db/priv/llm_db/providers/*.json'),
      optional: true,
    },
    {
      name: name('deps/llm_db/priv/llm_db/snapshot.json'),
      format: 'llm_db',
      files: inFolder('deps/llm_db/priv/llm_db/snapshot.json'),
      optional: true,
    },
    {
      name: name(`<virtualenv>/site-packages/${LITELLM_BACKUP}`),
      format: 'litellm',
      files: inFolder(...venvFiles),
      optional: true,
    },
  ];
}

/** Glob patterns use `/` on every platform. */
function toGlobPath(p: string): string {
  return p.split(path.sep).join('/');
}
