// The index of the bundled catalogs, built at build time (scripts/prebuildTables.ts) and stored with `v8.serialize`
// next to their tables. A server start or a `model-registry check --models` that loads only the bundled catalogs
// reads it in about 10 ms, where building it takes about 200 ms of CPU in a process whose code is still cold. It is
// used only for the catalogs it was built from: the same tables (by the digest of their text) with the same sources,
// in the same order, and only when it reads back whole; otherwise the index is built. Only its date-free core is
// stored (IndexCore): which models are retired is decided at each load, as of that day.
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import type { CatalogInput, IndexCore } from '../catalog/indexBuild';
import { ModelColumns } from '../catalog/modelColumns';
import type { ModelIndex } from '../catalog/modelIndex';
import { TrigramIndex } from '../catalog/trigramIndex';

/** Bumped whenever IndexCore or a class it holds changes shape: older files are then ignored. */
export const PREBUILT_INDEX_VERSION = 2;

interface PrebuiltIndexFile {
  version: number;
  /** What it was built from (`inputsOf`), as JSON. */
  inputs: string;
  core: IndexCore;
}

/** The catalogs as the file names them: each one's text digest and source; undefined if one was parsed at load. */
function inputsOf(catalogs: readonly CatalogInput[]): string | undefined {
  if (catalogs.some(c => c.prebuilt === undefined)) return undefined;
  return JSON.stringify(catalogs.map(c => ({ sha256: c.prebuilt?.sha256, source: c.source })));
}

/** An object of `type` with the fields of `fields`, whose constructor has not run (they were its fields). */
function instanceOf<T extends object>(type: abstract new (...args: never[]) => T, fields: T): T {
  return Object.assign(Object.create(type.prototype) as T, fields);
}

/** Stores `index`, built from `catalogs` (whose tables were all built ahead of time), in `file`. */
export function writePrebuiltIndex(file: string, catalogs: readonly CatalogInput[], index: ModelIndex): void {
  const inputs = inputsOf(catalogs);
  if (inputs === undefined) throw new Error('the bundled catalogs were not read from their prebuilt tables');
  const content: PrebuiltIndexFile = { version: PREBUILT_INDEX_VERSION, inputs, core: index.core };
  fs.writeFileSync(file, v8.serialize(content));
}

/** The core of the prebuilt index of exactly these catalogs, or undefined (other catalogs, or a damaged file). */
export function readPrebuiltIndex(catalogs: readonly CatalogInput[]): IndexCore | undefined {
  const file = catalogs[0]?.prebuilt?.index;
  const inputs = inputsOf(catalogs);
  if (file === undefined || inputs === undefined || catalogs.some(c => c.prebuilt?.index !== file)) return undefined;
  try {
    const content = v8.deserialize(fs.readFileSync(file)) as Partial<PrebuiltIndexFile>;
    if (content.version !== PREBUILT_INDEX_VERSION || content.inputs !== inputs || !content.core) return undefined;
    // v8.serialize keeps an object's own fields, not its class: the two class instances are made again from them.
    const { core } = content;
    return {
      ...core,
      columns: instanceOf(ModelColumns, core.columns),
      ...(core.trigrams ? { trigrams: instanceOf(TrigramIndex, core.trigrams) } : {}),
    };
  } catch {
    return undefined;
  }
}
