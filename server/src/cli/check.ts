// `model-registry check`: reads the settings, walks the paths, reads the test support code, and runs on each file
// the same diagnostics as the server (real-registry-call on test files; with --models, unknown-model and
// deprecated-model on every supported file), suppression comments included. Large runs read on other threads.
import * as path from 'node:path';
import { readBundledManifest } from '../bundledCatalogs';
import { ModelRegistry } from '../registry/modelRegistry';
import { sourceSpecs } from '../registry/sourceSpecs';
import { TestFileLint } from '../registryCalls/testFileLint';
import { defaultSettings, parseSettings, Settings } from '../settings';
import type { CheckOptions } from './args';
import { cannotRead, checkFiles, checkText, FileCheckDeps, FilesResult } from './checkFiles';
import { loadConfig } from './config';
import { InputError } from './errors';
import { languageOfFile } from './languages';
import type { Finding } from './findings';
import { Progress, progressLine } from './progress';
import { readerCount, readInThreads } from './readers';
import { coversFolder, walkPaths } from './walk';

export interface CheckEnvironment {
  cwd: string;
  /** Folder of the bundled catalogs (`catalogs/` next to the bundle). */
  bundledCatalogDir: string;
  /** Reported as each problem is met (stderr). */
  report(message: string): void;
}

export type CheckResult = FilesResult;

export async function runCheck(options: CheckOptions, env: CheckEnvironment): Promise<CheckResult> {
  const settings = readSettings(options);
  const walk = walkPaths(options.paths, env.cwd);
  walk.errors.forEach(env.report);
  const lint = new TestFileLint();
  await lint.configure(settings, [env.cwd], coversFolder(options.paths, env.cwd) ? walk.files : undefined);
  const context = lint.context();
  const registry = options.models ? await loadRegistry(settings, env) : undefined;
  const files = walk.files.filter(file => languageOfFile(file) !== undefined && (registry !== undefined || context.isTestFile(file)));
  const today = new Date().toISOString().slice(0, 10);
  const progress = progressLine(files.length);
  const deps = { context, ...(registry ? { registry } : {}), today, cwd: env.cwd };
  const readers = registry ? 0 : readerCount(files.length); // with --models every file is analysed: nothing to overlap
  const result = readers === 0 ? checkFiles(files, deps, done => progress.tick(done)) : await checkWithReaders(files, deps, readers, progress);
  progress.end();
  result.errors.forEach(env.report);
  return { findings: result.findings, errors: [...walk.errors, ...result.errors] };
}

/** Reader threads read and pre-check; this thread checks what they hand over. Results are put back in file order. */
async function checkWithReaders(files: readonly string[], deps: FileCheckDeps, readers: number, progress: Progress): Promise<FilesResult> {
  const byFile = new Map<number, Finding[] | string>();
  await readInThreads(files, deps.context.rules.preCheck, readers, results => {
    for (const r of results) byFile.set(r.index, 'error' in r ? cannotRead(files[r.index], r.error) : checkText(files[r.index], r.text, deps));
  }, read => progress.tick(read));
  const result: FilesResult = { findings: [], errors: [] };
  for (const index of [...byFile.keys()].sort((a, b) => a - b)) {
    const checked = byFile.get(index)!;
    if (typeof checked === 'string') result.errors.push(checked);
    else result.findings.push(...checked);
  }
  return result;
}

function readSettings(options: CheckOptions): Settings {
  const settings = options.config === undefined ? defaultSettings() : loadConfig(options.config);
  if (options.sources.length === 0) return settings;
  return { ...settings, sources: parseSettings({ sources: options.sources }).sources };
}

/** The registry the server would load for this folder: --source, else the config's sources, else the defaults. */
async function loadRegistry(settings: Settings, env: CheckEnvironment): Promise<ModelRegistry> {
  const bundled = readBundledManifest(env.bundledCatalogDir, { error: env.report });
  const folder = { path: env.cwd, name: path.basename(env.cwd) };
  const registry = new ModelRegistry(settings.cache);
  registry.configure(sourceSpecs(settings, [folder], bundled), settings.cache);
  await registry.ready();
  const failed = registry.snapshot().sources.filter(s => s.status === 'error');
  if (failed.length > 0) {
    throw new InputError(failed.map(s => `catalog source ${s.source} could not be loaded: ${s.error ?? s.status}`).join('\n'));
  }
  return registry;
}
