// Turns the settings and the workspace folders into the catalog sources to load, in the precedence order of the
// layers of SPEC §3: the project's `model_registry.json`, `modelRegistry.sources` in order, catalogs found in the
// workspace's dependencies, the online models.dev catalog, and the catalog bundled with the extension. Configured
// sources add to the defaults; each default layer has its own setting to turn it off.
import * as path from 'node:path';
import type { SourceStatus } from '../../../shared/protocol';
import type { CatalogFormat } from '../catalog/modelRecord';
import type { Settings } from '../utils/settings';

/** The layers of SPEC §3: `workspace`, `sources`, `dependencies`, `online`, `bundled`, in precedence order. */
export type Layer = NonNullable<SourceStatus['layer']>;

export interface SourceSpec {
  /** How the source is named in snapshots and hovers. */
  name: string;
  layer: Layer;
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
  /** Never waited for, even with no copy: fetched in the background while the other layers answer. */
  background?: boolean;
  /** The data's own date when the source knows it beforehand (the bundled catalog's manifest). */
  dataDate?: string;
  /** See BundledCatalog.delisted. */
  delisted?: boolean;
  /** The file's table, parsed at build time: used when the file's text is the one it was built from. */
  prebuilt?: PrebuiltTable;
}

export interface PrebuiltTable {
  /** Absolute path of the serialized table (scripts/build.mjs writes it next to the catalog). */
  table: string;
  /** SHA-256 (hex) of the catalog text it was parsed from. */
  sha256: string;
  /** Absolute path of the prebuilt index of the bundled catalogs, the table's among them (prebuiltIndex.ts). */
  index?: string;
}

export interface BundledCatalog {
  /** Absolute path of a models.dev-format file shipped with the server. */
  file: string;
  name: string;
  /** ISO date of the data, from the manifest. */
  dataDate?: string;
  prebuilt?: PrebuiltTable;
  /** Records of models the catalog no longer lists, marked deprecated by the bundler: delistings, not retirements. */
  delisted?: boolean;
}

export interface WorkspaceFolder {
  /** Absolute file-system path. */
  path: string;
  name: string;
}

/** Where the defaults come from besides the settings: the bundled files, and whether the online layer may be used. */
export interface DefaultSources {
  bundled: readonly BundledCatalog[];
  /** The online catalog is on for the server unless its setting says no; the CLI asks for it with `--online`. */
  online: boolean;
  /** Where the online catalog is fetched from, when not models.dev (`MODEL_REGISTRY_ONLINE_CATALOG_URL`: a mirror, a test). */
  onlineUrl?: string;
}

/** models.dev's whole catalog (SPEC §3, layer 4), revalidated at most once a day. */
export const ONLINE_CATALOG = {
  name: 'models.dev (online)',
  url: 'https://models.dev/api.json',
  ttlSeconds: 24 * 60 * 60,
} as const;

const SITE_PACKAGES_GLOBS = ['lib/python*/site-packages', 'Lib/site-packages'];
const VIRTUALENV_DIRS = ['.venv', 'venv', 'env', '.env'];
const LITELLM_BACKUP = 'litellm/model_prices_and_context_window_backup.json';

export function sourceSpecs(
  settings: Settings,
  folders: readonly WorkspaceFolder[],
  defaults: DefaultSources,
): SourceSpec[] {
  const qualify = folders.length > 1;
  const specs: SourceSpec[] = folders.map(folder => projectRegistrySpec(folder, qualify));
  // URLs the client marked untrusted are listed (status error, never fetched) so the snapshot says why they are not
  // there; they are sources like any other otherwise.
  specs.push(...settings.sources.flatMap(source => configuredSpecs(source, folders)));
  if (settings.discoverCatalogs) for (const folder of folders) specs.push(...dependencySpecs(folder, qualify));
  if (settings.onlineCatalog && defaults.online) {
    specs.push({
      name: ONLINE_CATALOG.name,
      layer: 'online',
      format: 'models.dev',
      url: defaults.onlineUrl ?? ONLINE_CATALOG.url,
      ttlSeconds: ONLINE_CATALOG.ttlSeconds,
      background: true,
    });
  }
  if (settings.bundledCatalog) {
    for (const b of defaults.bundled) {
      specs.push({
        name: b.name,
        layer: 'bundled',
        format: 'models.dev',
        files: { cwd: path.dirname(b.file), patterns: [path.basename(b.file)] },
        bundled: true,
        ...(b.dataDate ? { dataDate: b.dataDate } : {}),
        ...(b.prebuilt ? { prebuilt: b.prebuilt } : {}),
        ...(b.delisted ? { delisted: true } : {}),
      });
    }
  }
  return specs;
}

function configuredSpecs(source: Settings['sources'][number], folders: readonly WorkspaceFolder[]): SourceSpec[] {
  const common: Pick<SourceSpec, 'layer' | 'format' | 'ttlSeconds'> =
    source.ttlSeconds === undefined
      ? { layer: 'sources', format: source.format }
      : { layer: 'sources', format: source.format, ttlSeconds: source.ttlSeconds };
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

function projectRegistrySpec(folder: WorkspaceFolder, qualify: boolean): SourceSpec {
  const name = qualify ? `${folder.name}/model_registry.json` : 'model_registry.json';
  return {
    name,
    layer: 'workspace',
    format: 'auto',
    files: { cwd: folder.path, patterns: ['model_registry.json'] },
    optional: true,
  };
}

function dependencySpecs(folder: WorkspaceFolder, qualify: boolean): SourceSpec[] {
  const spec = (relative: string, format: CatalogFormat, patterns = [relative]): SourceSpec => ({
    name: qualify ? `${folder.name}/${relative}` : relative,
    layer: 'dependencies',
    format,
    files: { cwd: folder.path, patterns },
    optional: true,
  });
  const venvFiles = VIRTUALENV_DIRS.flatMap(venv =>
    SITE_PACKAGES_GLOBS.map(site => `${venv}/${site}/${LITELLM_BACKUP}`),
  );
  return [
    spec('deps/req_llm/priv/models_dev/*.json', 'req_llm'),
    spec('deps/llm_db/priv/llm_db/providers/*.json', 'llm_db'),
    spec('deps/llm_db/priv/llm_db/snapshot.json', 'llm_db'),
    spec(`<virtualenv>/site-packages/${LITELLM_BACKUP}`, 'litellm', venvFiles),
  ];
}

/** Glob patterns use `/` on every platform. */
function toGlobPath(p: string): string {
  return p.split(path.sep).join('/');
}
