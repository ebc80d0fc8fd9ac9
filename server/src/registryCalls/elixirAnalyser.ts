// Elixir: registry calls (through `alias`, `import`, module attributes, pipes and captures), Mimic / Mox / Patch /
// :meck stubs, `setup :name` and helper calls, `use` of case templates, and the functions a support module
// defines with the stubs each makes. One pass over the tokens.
import * as shared from '../strings/scanHelpers';
import { NameFilter, PUNCT, type Tokens } from './codeTokens';
import { FactsCollector, type FileFacts } from './facts';
import type { RuleSet } from './rules';

const { Ch } = shared;

/** Calls that replace a module's functions: `stub(Mod, :fun, fn … end)`, `stub_with(Mod, Fake)`, `patch(Mod, :fun, v)`. */
const STUB_CALLS = new Set(['stub', 'expect', 'stub_with', 'reject', 'patch']);
/** Modules whose `stub`/`expect`/… are the stub calls above. */
const MOCK_MODULES = new Set(['Mimic', 'Mox', 'Patch']);
const DEF_KEYWORDS = new Set(['def', 'defp', 'defmacro', 'defmacrop']);
/** Special forms, definitions and stub calls: most words are told apart from them without slicing. */
const SPECIAL_WORDS = new NameFilter([
  'alias',
  'import',
  'use',
  'require',
  'defmodule',
  'setup',
  'setup_all',
  ...DEF_KEYWORDS,
  ...STUB_CALLS,
]);

interface Block {
  /** The do/fn depth at which this definition or module closes; -1 for a `do:` body (closes at a line start). */
  closesAt: number;
  kind: 'module' | 'definition';
  name: string;
}

export function analyseElixir(tokens: Tokens, rules: RuleSet): FileFacts {
  const out = new FactsCollector();
  const aliases = new Map<string, string>();
  const attributes = new Map<string, string>();
  const imports: string[] = [];
  const blocks: Block[] = [];
  /** Open do…end / fn…end blocks. */
  let depth = 0;
  let brackets = 0;
  /** A `defmodule`, `def` or `setup` whose body (`do` or `do:`) has not started yet. */
  let pending: { kind: Block['kind']; name: string; qualified: string; setup: boolean } | undefined;
  const n = tokens.count;
  const { kinds, refs } = tokens;

  const currentModule = (): string => {
    for (let b = blocks.length - 1; b >= 0; b--) if (blocks[b].kind === 'module') return blocks[b].name;
    return '';
  };
  const isAtom = (t: number): boolean => t > 0 && tokens.isPunct(t - 1, Ch.Colon) && tokens.adjacent(t);
  const isKeyword = (t: number): boolean => tokens.isPunct(t + 1, Ch.Colon) && tokens.adjacent(t + 1);
  const afterDot = (t: number): boolean => t > 0 && tokens.isPunct(t - 1, Ch.Dot);
  const resolve = (alias: string): string => aliases.get(alias) ?? alias;

  /** `A.B.C` (or `__MODULE__.B`) at `t`: the resolved module and the token after it; undefined when none. */
  const modulePath = (t: number): { module: string; next: number } | undefined => {
    let module: string;
    if (tokens.isCapitalized(t)) module = resolve(tokens.word(t));
    else if (tokens.is(t, '__MODULE__') && currentModule()) module = currentModule();
    else return undefined;
    let j = t + 1;
    while (tokens.isPunct(j, Ch.Dot) && tokens.isCapitalized(j + 1)) {
      module = `${module}.${tokens.word(j + 1)}`;
      j += 2;
    }
    return { module, next: j };
  };

  /** A module argument: a module path or `@attribute` holding one. */
  const moduleArgument = (t: number): { module: string; next: number } | undefined => {
    if (tokens.isPunct(t, Ch.At) && tokens.isIdent(t + 1)) {
      const module = attributes.get(tokens.word(t + 1));
      return module === undefined ? undefined : { module, next: t + 2 };
    }
    return modulePath(t);
  };

  /** `Mod.fun` reached at `fnToken`, the expression starting at `start`: a registry call or a helper use. */
  const reference = (module: string, fnToken: number, start: number, capture: boolean): number => {
    const fn = tokens.word(fnToken);
    if (MOCK_MODULES.has(module) && STUB_CALLS.has(fn)) return stubCall(fnToken + 1, fn);
    const rule = rules.match(module, fn);
    if (rule < 0) {
      out.use(`${module}.${fn}`);
      return fnToken + 1;
    }
    let end = tokens.ends[fnToken];
    let arity = -1;
    if (capture && tokens.isPunct(fnToken + 1, Ch.Slash) && fnToken + 2 < n) {
      end = tokens.ends[fnToken + 2];
      arity = Number(tokens.word(fnToken + 2)) || 0;
    } else if (tokens.isPunct(fnToken + 1, Ch.LParen) && tokens.adjacent(fnToken + 1)) {
      const close = tokens.closing(fnToken + 1);
      end = tokens.ends[close];
      arity = argumentCount(fnToken + 1) + (pipedInto(start) ? 1 : 0);
    } else if (pipedInto(start)) {
      arity = 1;
    }
    out.call({ rule, name: `${module}.${fn}`, start: tokens.starts[start], end, arity });
    return fnToken + 1; // the arguments are read as code too: they may hold calls
  };

  /**
   * The arguments of the list opened at `open`, a trailing keyword list counting as one (`f(a, b: 1, c: 2)` is
   * `f/2`), as Elixir counts arity.
   */
  const argumentCount = (open: number): number => {
    const starts = tokens.argumentStarts(open);
    const keywords = starts.findIndex(t => (tokens.isIdent(t) || tokens.isString(t)) && isKeyword(t));
    return keywords < 0 ? starts.length : keywords + 1;
  };

  /** Whether the expression starting at token `start` is the right side of `|>`. */
  const pipedInto = (start: number): boolean =>
    start >= 2 && tokens.isPunct(start - 1, Ch.Gt) && tokens.isPunct(start - 2, Ch.Pipe) && tokens.adjacent(start - 1);

  /** `stub(Mod, :fun, …)` and friends from the token after the callee; returns where reading goes on. */
  const stubCall = (t: number, callee: string): number => {
    const open = tokens.isPunct(t, Ch.LParen) ? t + 1 : t;
    if (tokens.isPunct(open, Ch.Amp)) {
      // `reject(&Mod.fun/1)`: the function is replaced by one that fails when called.
      const captured = modulePath(open + 1);
      if (!captured || !tokens.isPunct(captured.next, Ch.Dot) || !tokens.isIdent(captured.next + 1)) return t;
      out.stub(`${captured.module}.${tokens.word(captured.next + 1)}`);
      return captured.next + 2;
    }
    const target = moduleArgument(open);
    if (!target) return t;
    let next = target.next;
    if (
      callee !== 'stub_with' &&
      tokens.isPunct(next, Ch.Comma) &&
      tokens.isPunct(next + 1, Ch.Colon) &&
      tokens.isIdent(next + 2)
    ) {
      out.stub(`${target.module}.${tokens.word(next + 2)}`);
      next += 3;
    } else {
      out.stub(target.module);
    }
    return next;
  };

  /** `alias A.B`, `alias A.B, as: C`, `alias A.{B, C.D}`; `t` is the token after `alias`. */
  const alias = (t: number): number => {
    const open = tokens.isPunct(t, Ch.LParen) ? t + 1 : t;
    const base = modulePath(open);
    if (!base) return t;
    let j = base.next;
    if (tokens.isPunct(j, Ch.Dot) && tokens.isPunct(j + 1, Ch.LBrace)) {
      j += 2;
      while (j < n && !tokens.isPunct(j, Ch.RBrace)) {
        if (tokens.isCapitalized(j)) {
          let full = `${base.module}.${tokens.word(j)}`;
          let last = tokens.word(j);
          j++;
          while (tokens.isPunct(j, Ch.Dot) && tokens.isCapitalized(j + 1)) {
            last = tokens.word(j + 1);
            full = `${full}.${last}`;
            j += 2;
          }
          aliases.set(last, full);
        } else {
          j++;
        }
      }
      return j + 1;
    }
    let name = base.module.slice(base.module.lastIndexOf('.') + 1);
    if (
      tokens.isPunct(j, Ch.Comma) &&
      tokens.is(j + 1, 'as') &&
      tokens.isPunct(j + 2, Ch.Colon) &&
      tokens.isCapitalized(j + 3)
    ) {
      name = tokens.word(j + 3);
      j += 4;
    }
    aliases.set(name, base.module);
    return j;
  };

  /** `setup :name`, `setup [:a, :b]`, `setup {Mod, :name}`, or `setup … do` (a block); `t` follows `setup`. */
  const setup = (t: number): number => {
    const helpers: string[] = [];
    let j = t;
    if (tokens.isPunct(j, Ch.Colon) && tokens.isIdent(j + 1)) {
      helpers.push(tokens.word(j + 1));
      j += 2;
    } else if (tokens.isPunct(j, Ch.LBracket)) {
      const close = tokens.closing(j);
      for (let k = j + 1; k < close; k++)
        if (tokens.isPunct(k, Ch.Colon) && tokens.isIdent(k + 1)) helpers.push(tokens.word(k + 1));
      j = close + 1;
    } else if (tokens.isPunct(j, Ch.LBrace)) {
      const target = modulePath(j + 1);
      if (
        target &&
        tokens.isPunct(target.next, Ch.Comma) &&
        tokens.isPunct(target.next + 1, Ch.Colon) &&
        tokens.isIdent(target.next + 2)
      ) {
        helpers.push(`${target.module}.${tokens.word(target.next + 2)}`);
      }
      j = tokens.closing(j) + 1;
    } else {
      const module = currentModule();
      pending = { kind: 'definition', name: '__setup__', qualified: `${module}.__setup__`, setup: true };
      return t;
    }
    // A module-level `setup :name` in a case template applies to the modules that `use` it, like a setup block.
    const module = currentModule();
    out.enter('__setup__', `${module}.__setup__`, { setup: true });
    for (const helper of helpers) out.use(helper);
    out.exit();
    return j;
  };

  /** Opens the pending module or definition at a `do` (block) or `do:` (one expression). */
  const openPending = (inline: boolean): void => {
    if (!pending) return;
    const closesAt = inline ? -1 : depth;
    if (pending.kind === 'definition') out.enter(pending.name, pending.qualified, { setup: pending.setup });
    blocks.push({ closesAt, kind: pending.kind, name: pending.kind === 'module' ? pending.qualified : pending.name });
    pending = undefined;
  };

  const closeBlocks = (): void => {
    while (blocks.length > 0) {
      const top = blocks[blocks.length - 1];
      if (top.closesAt === -1 ? brackets > 0 : top.closesAt <= depth) break;
      blocks.pop();
      if (top.kind === 'definition') out.exit();
    }
  };

  let t = 0;
  while (t < n) {
    if (tokens.lineStart(t) && brackets === 0) {
      // A `do:` body ends with its line; a head without a body (`def f(x)`) is forgotten.
      if (blocks.length > 0 && blocks[blocks.length - 1].closesAt === -1) closeBlocks();
      if (pending && !tokens.is(t, 'do') && !tokens.is(t, 'when')) pending = undefined;
    }
    const kind = kinds[t];
    if (kind === PUNCT) {
      t = punctuation(t);
      continue;
    }
    if (!tokens.isIdent(t) || afterDot(t) || isAtom(t)) {
      t++;
      continue;
    }
    if (tokens.isCapitalized(t) || tokens.is(t, '__MODULE__')) {
      t = chain(t, t, false);
      continue;
    }
    t = word(t);
  }
  return out.facts;

  function punctuation(t: number): number {
    const c = refs[t];
    if (c === Ch.LParen || c === Ch.LBracket || c === Ch.LBrace) brackets++;
    else if (c === Ch.RParen || c === Ch.RBracket || c === Ch.RBrace) brackets = Math.max(0, brackets - 1);
    else if (c === Ch.At && tokens.isIdent(t + 1) && tokens.adjacent(t + 1)) return attribute(t);
    else if (c === Ch.Amp && (tokens.isCapitalized(t + 1) || tokens.isPunct(t + 1, Ch.At))) {
      return tokens.isPunct(t + 1, Ch.At) ? attributeCall(t + 1, t, true) : chain(t + 1, t, true);
    } else if (
      c === Ch.Colon &&
      tokens.is(t + 1, 'meck') &&
      tokens.isPunct(t + 2, Ch.Dot) &&
      tokens.is(t + 3, 'expect')
    ) {
      return stubCall(t + 4, 'expect');
    }
    return t + 1;
  }

  /** A module path at `t` (the expression starting at `start`), and the function after it if any. */
  function chain(t: number, start: number, capture: boolean): number {
    const path = modulePath(t);
    if (!path) return t + 1;
    const fnToken = path.next + 1;
    if (tokens.isPunct(path.next, Ch.Dot) && tokens.isIdent(fnToken) && !tokens.isCapitalized(fnToken)) {
      return reference(path.module, fnToken, start, capture);
    }
    return path.next;
  }

  /** `@name …` at `t`: a definition holding a module (`@registry Jido.AI.Model.Registry`) or a call through one. */
  function attribute(t: number): number {
    const name = tokens.word(t + 1);
    if (tokens.isPunct(t + 2, Ch.Dot)) return attributeCall(t, t, false);
    if (tokens.isCapitalized(t + 2) && !tokens.lineStart(t + 2)) {
      const path = modulePath(t + 2);
      if (path && !tokens.isPunct(path.next, Ch.Dot)) {
        attributes.set(name, path.module);
        return path.next;
      }
      return t + 2; // `@x Registry.list_models()` calls at compile time: read on as code
    }
    return t + 2;
  }

  /** `@registry.fun(…)` with `@` at `t`, the expression starting at `start`. */
  function attributeCall(t: number, start: number, capture: boolean): number {
    const module = tokens.isIdent(t + 1) ? attributes.get(tokens.word(t + 1)) : undefined;
    const fnToken = t + 3;
    if (
      module !== undefined &&
      tokens.isPunct(t + 2, Ch.Dot) &&
      tokens.isIdent(fnToken) &&
      !tokens.isCapitalized(fnToken)
    ) {
      return reference(module, fnToken, start, capture);
    }
    return t + 2;
  }

  /** A lower-case word at `t` (not after a dot, not an atom): keywords, special forms, stub and helper calls. */
  function word(t: number): number {
    if (isKeyword(t)) {
      if (tokens.is(t, 'do')) openPending(true);
      return t + 2;
    }
    if (tokens.is(t, 'do')) {
      depth++;
      openPending(false);
      return t + 1;
    }
    if (tokens.is(t, 'fn')) {
      depth++;
      return t + 1;
    }
    if (tokens.is(t, 'end')) {
      depth = Math.max(0, depth - 1);
      closeBlocks();
      return t + 1;
    }
    if (SPECIAL_WORDS.mayHold(tokens, t)) return special(t);
    return tokens.isPunct(t + 1, Ch.LParen) && tokens.adjacent(t + 1) ? localCall(t) : t + 1;
  }

  /** A word that may be a special form, a definition or a stub call. */
  function special(t: number): number {
    const text = tokens.word(t);
    switch (text) {
      case 'alias':
        return alias(t + 1);
      case 'import':
      case 'use':
      case 'require': {
        const path = modulePath(tokens.isPunct(t + 1, Ch.LParen) ? t + 2 : t + 1);
        if (!path) return t + 1;
        if (text === 'import') imports.push(path.module);
        else if (text === 'use') out.facts.moduleUses.push(path.module);
        return path.next;
      }
      case 'defmodule': {
        const path = modulePath(t + 1);
        if (!path) return t + 1;
        const outer = currentModule();
        // `defmodule Inner` inside `Outer` defines `Outer.Inner` (unless it is already a full name).
        const qualified =
          outer && !path.module.includes('.') && !aliases.has(tokens.word(t + 1))
            ? `${outer}.${path.module}`
            : path.module;
        pending = { kind: 'module', name: qualified, qualified, setup: false };
        return path.next;
      }
      case 'setup':
      case 'setup_all':
        return setup(t + 1);
      default:
        break;
    }
    if (DEF_KEYWORDS.has(text)) {
      if (tokens.isIdent(t + 1)) {
        const name = tokens.word(t + 1);
        pending = { kind: 'definition', name, qualified: `${currentModule()}.${name}`, setup: false };
      }
      return t + 2;
    }
    if (
      STUB_CALLS.has(text) &&
      (tokens.isPunct(t + 1, Ch.LParen) || tokens.isCapitalized(t + 1) || tokens.isPunct(t + 1, Ch.At))
    ) {
      return stubCall(t + 1, text);
    }
    return tokens.isPunct(t + 1, Ch.LParen) && tokens.adjacent(t + 1) ? localCall(t) : t + 1;
  }

  /** `name(…)`: a helper use, or a registry call through `import Mod`. */
  function localCall(t: number): number {
    const name = tokens.word(t);
    out.use(name);
    for (const module of imports) {
      if (rules.match(module, name) >= 0) return reference(module, t, t, false);
    }
    return t + 1;
  }
}
