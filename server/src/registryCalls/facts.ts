// What an analyser learns from one file: the registry calls in it, what it stubs, which support helpers it uses,
// and (for support code) the functions it defines with the stubs each makes.

export type { CodeFamily as LanguageFamily } from '../../../shared/languages';

export interface CallSite {
  /** Index into `RuleSet.rules`. */
  rule: number;
  /** What is called, resolved: `Jido.AI.Model.Registry.list_models`, `litellm.model_cost`, or the URL fetched. */
  name: string;
  /** URL calls: the function that fetches (`fetch`, `axios.get`), whose stub also keeps the call off the network. */
  via?: string;
  /** Offsets of the call expression. */
  start: number;
  end: number;
  /** Arguments passed (a pipe's left side included), -1 when unknown. */
  arity: number;
}

/**
 * A stub is named like the thing it replaces: `Mod.fun` (one function), `Mod` (a whole module), `fetch`
 * (the global), `url:<prefix>` (requests to that address intercepted, as nock and msw do).
 */
export type Stub = string;

/** A function (or Elixir `setup` block, or pytest fixture) defined in support code. */
export interface Definition {
  name: string;
  /** `Module.name` in Elixir; the bare name elsewhere. */
  qualified: string;
  stubs: Stub[];
  /** Helpers and fixtures it calls or requests, so their stubs are its stubs too. */
  uses: string[];
  /** A pytest fixture; `autouse` ones apply to every test below their conftest. */
  fixture?: boolean;
  autouse?: boolean;
  /** An Elixir module-level `setup` block: applies to the modules that `use` this one. */
  setup?: boolean;
}

export interface FileFacts {
  calls: CallSite[];
  stubs: Stub[];
  /** Helpers called (bare or resolved `Mod.fun`), `setup :name` names, fixture parameters. */
  helperUses: string[];
  /** Elixir `use Mod`: case templates whose `setup` stubs apply. */
  moduleUses: string[];
  definitions: Definition[];
  /** JS/TS: which test runner's mock API the file uses, to word the suggested stub. */
  runner?: 'jest' | 'vi';
}

/** Builds a FileFacts; stubs and uses inside a definition are recorded on it as well as on the file. */
export class FactsCollector {
  readonly facts: FileFacts = { calls: [], stubs: [], helperUses: [], moduleUses: [], definitions: [] };
  private readonly open: Definition[] = [];

  stub(stub: Stub | undefined): void {
    if (!stub) return;
    this.facts.stubs.push(stub);
    for (const definition of this.open) definition.stubs.push(stub);
  }

  use(name: string): void {
    this.facts.helperUses.push(name);
    for (const definition of this.open) definition.uses.push(name);
  }

  call(site: CallSite): void {
    this.facts.calls.push(site);
  }

  enter(name: string, qualified: string, kind?: { fixture?: boolean; autouse?: boolean; setup?: boolean }): Definition {
    const full: Definition = { name, qualified, stubs: [], uses: [] };
    if (kind?.fixture) full.fixture = true;
    if (kind?.autouse) full.autouse = true;
    if (kind?.setup) full.setup = true;
    this.facts.definitions.push(full);
    this.open.push(full);
    return full;
  }

  /** Closes the innermost open definition. */
  exit(): void {
    this.open.pop();
  }

  get depth(): number {
    return this.open.length;
  }
}
