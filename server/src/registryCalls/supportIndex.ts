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
      if (kind === 'setup') for (const stub of facts.stubs) push(this.setupStubs, scope, stub);
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
    const lookup = family === 'elixir' ? (name: string) => this.elixirHelpers(name) : this.fixtureLookup(file);
    const used = facts.helperUses.flatMap(use => lookup(use));
    const implied =
      family === 'elixir'
        ? facts.moduleUses.flatMap(module => this.elixirSetups.get(module) ?? [])
        : this.ancestors(file, this.autouse).flat();
    return reachableStubs([...used, ...implied], lookup);
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

/**
 * The stubs of `used` and of every helper they use in turn. An explicit stack: helper chains are project code and
 * may be any depth (a 20,000-deep chain would overflow the call stack), and may loop.
 */
function reachableStubs(used: readonly Definition[], lookup: (name: string) => readonly Definition[]): Stub[] {
  const stubs: Stub[] = [];
  const seen = new Set<Definition>();
  const pending = [...used].reverse(); // popped in the order they were used, so stubs keep the file's order
  while (pending.length > 0) {
    const definition = pending.pop()!;
    if (seen.has(definition)) continue;
    seen.add(definition);
    for (const stub of definition.stubs) stubs.push(stub);
    const next = definition.uses.flatMap(use => lookup(use));
    for (let k = next.length - 1; k >= 0; k--) pending.push(next[k]);
  }
  return stubs;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
