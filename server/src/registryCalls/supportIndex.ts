// The stub helpers of a project's test support code (SPEC §4), and which stubs a test file gets from them:
// Elixir functions and case-template `setup`s in test/support (called, named by `setup`, or `use`d), pytest
// fixtures of the conftest.py files above the test (requested, or autouse), and the stubs of the setup files a
// JS/TS test runner's config names (run before every test under that config).
import * as path from 'node:path';
import type { Definition, FileFacts, LanguageFamily, Stub } from './facts';

export type SupportKind = 'elixir' | 'conftest' | 'setup';

export interface SupportFile {
  file: string;
  kind: SupportKind;
  facts: FileFacts;
  /** conftest.py: its folder; setup files: the folder of the config naming them. */
  scope: string;
}

export class SupportIndex {
  private readonly elixirQualified = new Map<string, Definition[]>();
  /** `RegistryHelpers.setup_mock` for `MyApp.RegistryHelpers.setup_mock`, when a test names it without the prefix. */
  private readonly elixirShort = new Map<string, Definition[]>();
  private readonly elixirNames = new Map<string, Definition[]>();
  private readonly elixirSetups = new Map<string, Definition[]>();
  private readonly fixtures = new Map<string, Map<string, Definition>>();
  private readonly autouse = new Map<string, Definition[]>();
  private readonly setupStubs = new Map<string, Stub[]>();
  private readonly ancestorCache = new Map<Map<string, unknown>, Map<string, unknown[]>>();

  constructor(files: Iterable<SupportFile>) {
    for (const { kind, facts, scope } of files) {
      if (kind === 'setup') push(this.setupStubs, scope, ...facts.stubs);
      else if (kind === 'conftest') this.addFixtures(scope, facts.definitions);
      else this.addElixir(facts.definitions);
    }
  }

  get isEmpty(): boolean {
    return this.elixirQualified.size === 0 && this.fixtures.size === 0 && this.setupStubs.size === 0;
  }

  /** The stubs a test file gets from support code, given what it uses. */
  stubsFor(file: string, family: LanguageFamily, facts: FileFacts): Stub[] {
    if (this.isEmpty) return [];
    if (family === 'script') return this.ancestors(file, this.setupStubs).flat();
    const stubs: Stub[] = [];
    const seen = new Set<Definition>();
    const lookup = family === 'elixir' ? (name: string) => this.elixirHelpers(name) : this.fixtureLookup(file);
    const visit = (definition: Definition): void => {
      if (seen.has(definition)) return;
      seen.add(definition);
      stubs.push(...definition.stubs);
      for (const use of definition.uses) for (const helper of lookup(use)) visit(helper);
    };
    for (const use of facts.helperUses) for (const helper of lookup(use)) visit(helper);
    if (family === 'elixir') {
      for (const module of facts.moduleUses) for (const setup of this.elixirSetups.get(module) ?? []) visit(setup);
    } else {
      for (const fixtures of this.ancestors(file, this.autouse)) fixtures.forEach(visit);
    }
    return stubs;
  }

  private addElixir(definitions: readonly Definition[]): void {
    for (const definition of definitions) {
      const module = definition.qualified.slice(0, definition.qualified.lastIndexOf('.'));
      if (definition.setup) {
        push(this.elixirSetups, module, definition);
        continue;
      }
      push(this.elixirQualified, definition.qualified, definition);
      push(this.elixirShort, `${module.slice(module.lastIndexOf('.') + 1)}.${definition.name}`, definition);
      push(this.elixirNames, definition.name, definition);
    }
  }

  private elixirHelpers(name: string): readonly Definition[] {
    if (!name.includes('.')) return this.elixirNames.get(name) ?? [];
    const exact = this.elixirQualified.get(name);
    if (exact) return exact;
    const fn = name.slice(name.lastIndexOf('.') + 1);
    const module = name.slice(0, name.lastIndexOf('.'));
    return this.elixirShort.get(`${module.slice(module.lastIndexOf('.') + 1)}.${fn}`) ?? [];
  }

  private addFixtures(scope: string, definitions: readonly Definition[]): void {
    const byName = new Map<string, Definition>();
    for (const definition of definitions) {
      if (!definition.fixture) continue;
      byName.set(definition.name, definition);
      if (definition.autouse) push(this.autouse, scope, definition);
    }
    this.fixtures.set(scope, byName);
  }

  /** Fixtures visible from a test file: the nearest conftest.py defining the name wins, as in pytest. */
  private fixtureLookup(file: string): (name: string) => readonly Definition[] {
    const visible = this.ancestors(file, this.fixtures);
    return name => {
      for (const fixtures of visible) {
        const found = fixtures.get(name);
        if (found) return [found];
      }
      return [];
    };
  }

  /** Values of `byFolder` for the folders holding `file`, nearest first; cached per folder (files share them). */
  private ancestors<T>(file: string, byFolder: Map<string, T>): T[] {
    if (byFolder.size === 0) return [];
    const start = path.dirname(file);
    let cache = this.ancestorCache.get(byFolder);
    if (!cache) this.ancestorCache.set(byFolder, (cache = new Map()));
    const cached = cache.get(start);
    if (cached) return cached as T[];
    const found: T[] = [];
    for (let dir = start; ; dir = path.dirname(dir)) {
      const value = byFolder.get(dir);
      if (value !== undefined) found.push(value);
      if (path.dirname(dir) === dir) break;
    }
    cache.set(start, found);
    return found;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, [...values]);
}
