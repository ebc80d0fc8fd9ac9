// Python: registry calls and attribute reads (through `import x as y`, `from x import f as g`, `from x import *`),
// stubs (`patch` / `patch.object` / `patch.dict` / `patch.multiple` as decorators, context managers or calls,
// `mocker.patch…`, `monkeypatch.setattr`, plain attribute assignment), fixture parameters and
// `usefixtures`, and the fixtures a conftest defines with the stubs each makes. One pass over the tokens.
import * as shared from '../strings/scanHelpers';
import { NameFilter, PUNCT, type Tokens } from './codeTokens';
import { FactsCollector, type FileFacts } from './facts';
import type { RuleSet } from './rules';

const { Ch } = shared;

/** A dotted name as written at some token, and as resolved through the file's imports. */
interface Chain {
  written: string[];
  resolved: string[];
  /** The token after the chain. */
  next: number;
}

export function analysePython(tokens: Tokens, rules: RuleSet): FileFacts {
  const out = new FactsCollector();
  /** Local name → the dotted path it was imported as. */
  const bindings = new Map<string, string[]>();
  /** Names worth resolving: bound by an import, or the first name of a rule's module. */
  const worthResolving = new NameFilter(rules.rootNames);
  const bind = (name: string, path: string[]): void => {
    bindings.set(name, path);
    worthResolving.add(name);
  };
  const starModules: string[] = [];
  /** Indentation of each open `def`. */
  const defIndents: number[] = [];
  let brackets = 0;
  let statementStart = true;
  let indent = 0;
  let decorator = { fixture: false, autouse: false };
  const n = tokens.count;

  /** The dotted name starting at `t`, resolved through the imports. */
  const chainAt = (t: number): Chain | undefined => {
    if (!tokens.isIdent(t)) return undefined;
    const written = [tokens.word(t)];
    let j = t + 1;
    while (tokens.isPunct(j, Ch.Dot) && tokens.isIdent(j + 1)) {
      written.push(tokens.word(j + 1));
      j += 2;
    }
    const bound = bindings.get(written[0]);
    let resolved = bound ? [...bound, ...written.slice(1)] : written;
    if (!bound && written.length === 1) {
      const from = starModules.find(module => rules.match(module, written[0]) >= 0);
      if (from !== undefined) resolved = [...from.split('.'), written[0]];
    }
    return { written, resolved, next: j };
  };

  /** A dotted module path as written after `import` / `from` (`a.b.c`, `..pkg`). */
  const dottedAt = (t: number): { path: string; next: number } => {
    let path = '';
    let j = t;
    while (tokens.isPunct(j, Ch.Dot)) {
      path += '.';
      j++;
    }
    while (tokens.isIdent(j)) {
      path += tokens.word(j);
      j++;
      if (!tokens.isPunct(j, Ch.Dot) || !tokens.isIdent(j + 1)) break;
      path += '.';
      j++;
    }
    return { path, next: j };
  };

  const endOfStatement = (t: number): boolean => t >= n || (tokens.lineStart(t) && brackets === 0);

  /** `import a.b as c, d`; `t` follows `import`. */
  const importStatement = (t: number): number => {
    let j = t;
    while (!endOfStatement(j)) {
      const { path, next } = dottedAt(j);
      if (!path) return j + 1;
      j = next;
      if (tokens.is(j, 'as') && tokens.isIdent(j + 1)) {
        bind(tokens.word(j + 1), path.split('.'));
        j += 2;
      } else {
        const root = path.split('.')[0];
        bind(root, [root]);
      }
      if (!tokens.isPunct(j, Ch.Comma)) break;
      j++;
    }
    return j;
  };

  /** `from a.b import c as d, (e, f)`, `from a import *`; `t` follows `from`. */
  const fromStatement = (t: number): number => {
    const { path, next } = dottedAt(t);
    if (!tokens.is(next, 'import')) return next;
    let j = next + 1;
    const parenthesized = tokens.isPunct(j, Ch.LParen);
    const close = parenthesized ? tokens.closing(j) : n;
    if (parenthesized) j++;
    while (j < close && (parenthesized || !tokens.lineStart(j))) {
      if (tokens.isPunct(j, Ch.Star)) starModules.push(path);
      else if (tokens.isIdent(j)) {
        const name = tokens.word(j);
        const local = tokens.is(j + 1, 'as') && tokens.isIdent(j + 2) ? tokens.word(j + 2) : name;
        bind(local, [...path.split('.'), name]);
        if (local !== name) j += 2;
      }
      j++;
    }
    return parenthesized ? close + 1 : j;
  };

  /** `def name(params):` at `t` (the `def`); params are fixtures the function requests. */
  const definition = (t: number): number => {
    if (!tokens.isIdent(t + 1)) return t + 1;
    const name = tokens.word(t + 1);
    out.enter(name, name, decorator);
    defIndents.push(indent);
    decorator = { fixture: false, autouse: false };
    if (!tokens.isPunct(t + 2, Ch.LParen)) return t + 2;
    for (let start of tokens.argumentStarts(t + 2)) {
      while (tokens.isPunct(start, Ch.Star)) start++; // `*args`, `**kwargs`
      if (tokens.isIdent(start)) out.use(tokens.word(start));
    }
    return tokens.closing(t + 2) + 1;
  };

  /** The string or dotted name of the argument at `t`, as a stub target, and the token after it. */
  const targetAt = (t: number): { target: string; next: number } | undefined => {
    const literal = tokens.stringContent(t);
    if (literal !== undefined) return { target: literal, next: t + 1 };
    const chain = chainAt(t);
    return chain && { target: chain.resolved.join('.'), next: chain.next };
  };

  /**
   * `patch(…)`-like call whose `(` is at `open`: records the stub and returns the token after the target
   * arguments, so a module named there is not read as a call.
   */
  const patchCall = (open: number, kind: 'patch' | 'object' | 'multiple'): number => {
    const first = targetAt(open + 1);
    if (!first) return open + 1;
    if (kind === 'patch') {
      out.stub(first.target);
      return first.next;
    }
    if (kind === 'object') {
      // `patch.object(litellm, "model_cost", …)`, `monkeypatch.setattr(litellm, "model_cost", …)`,
      // or the string form `monkeypatch.setattr("litellm.model_cost", …)`.
      const attribute = tokens.isPunct(first.next, Ch.Comma) ? tokens.stringContent(first.next + 1) : undefined;
      const isString = tokens.isString(open + 1);
      out.stub(isString || attribute === undefined ? first.target : `${first.target}.${attribute}`);
      return attribute === undefined ? first.next : first.next + 2;
    }
    // `patch.multiple(litellm, get_model_info=DEFAULT, model_cost={})`
    for (const start of tokens.argumentStarts(open).slice(1)) {
      if (tokens.isIdent(start) && tokens.isPunct(start + 1, Ch.Eq)) out.stub(`${first.target}.${tokens.word(start)}`);
    }
    return first.next;
  };

  /** Every string argument of the call opened at `open`, as fixture names (`usefixtures`, `getfixturevalue`). */
  const fixtureNames = (open: number): number => {
    const close = tokens.closing(open);
    for (let j = open + 1; j < close; j++) {
      const name = tokens.stringContent(j);
      if (name !== undefined) out.use(name);
    }
    return close + 1;
  };

  /** A name or dotted chain at `t`: a stub call, an assignment, a registry reference, or nothing of interest. */
  const reference = (t: number): number => {
    const next = tokens.chainEnd(t, false);
    // Stub and fixture calls are told by their last names, whatever the chain starts with (`mocker.patch.object`).
    const last = next - 1;
    const afterPatch = next - 3 >= t && tokens.is(next - 3, 'patch');
    if (tokens.isPunct(next, Ch.LParen)) {
      if (tokens.is(last, 'patch') || (afterPatch && tokens.is(last, 'dict'))) return patchCall(next, 'patch');
      if ((afterPatch && tokens.is(last, 'object')) || tokens.is(last, 'setattr') || tokens.is(last, 'delattr'))
        return patchCall(next, 'object');
      if (afterPatch && tokens.is(last, 'multiple')) return patchCall(next, 'multiple');
      if (tokens.is(last, 'usefixtures') || tokens.is(last, 'getfixturevalue')) return fixtureNames(next);
    }
    if (tokens.is(last, 'fixture') && t > 0 && tokens.isPunct(t - 1, Ch.At)) {
      decorator.fixture = true;
      if (tokens.isPunct(next, Ch.LParen)) {
        const close = tokens.closing(next);
        for (let j = next + 1; j < close; j++) {
          if (tokens.is(j, 'autouse') && tokens.isPunct(j + 1, Ch.Eq) && tokens.is(j + 2, 'True'))
            decorator.autouse = true;
        }
      }
      return next;
    }
    // Only a name bound by an import, or the first name of a rule's module, can reach the registry.
    const star = next === t + 1 && starModules.length > 0;
    if (!star && !worthResolving.mayHold(tokens, t)) return next;
    const root = tokens.word(t);
    if (!star && !bindings.has(root) && !rules.isRoot(root)) return next;
    const { written, resolved } = chainAt(t)!;
    if (tokens.isPunct(next, Ch.Eq) && !tokens.isPunct(next + 1, Ch.Eq)) {
      // `litellm.model_cost = {…}` replaces the attribute: a stub. `name = …` rebinds the name (or is a keyword argument).
      if (written.length > 1) out.stub(resolved.join('.'));
      else if (statementStart) bindings.delete(root);
      return next + 1;
    }
    const match = resolved.length > 1 ? rules.matchChain(resolved) : undefined;
    if (match) {
      let end = tokens.ends[next - 1];
      let arity = -1;
      if (tokens.isPunct(next, Ch.LParen) || tokens.isPunct(next, Ch.LBracket)) {
        const close = tokens.closing(next);
        end = tokens.ends[close];
        if (tokens.isPunct(next, Ch.LParen)) arity = tokens.argumentStarts(next).length;
      }
      out.call({
        rule: match.rule,
        name: resolved.slice(0, match.length).join('.'),
        start: tokens.starts[t],
        end,
        arity,
      });
    }
    return next;
  };

  let t = 0;
  while (t < n) {
    if (tokens.lineStart(t) && brackets === 0) {
      indent = tokens.column(t);
      statementStart = true;
      while (defIndents.length > 0 && defIndents[defIndents.length - 1] >= indent) {
        defIndents.pop();
        out.exit();
      }
    }
    const atStatementStart = statementStart;
    statementStart = false;
    if (tokens.kinds[t] === PUNCT) {
      const c = tokens.refs[t];
      if (c === Ch.LParen || c === Ch.LBracket || c === Ch.LBrace) brackets++;
      else if (c === Ch.RParen || c === Ch.RBracket || c === Ch.RBrace) brackets = Math.max(0, brackets - 1);
      else if (c === Ch.Semi && brackets === 0) statementStart = true;
      t++;
      continue;
    }
    if (!tokens.isIdent(t) || (t > 0 && tokens.isPunct(t - 1, Ch.Dot))) {
      t++;
      continue;
    }
    if (atStatementStart) {
      if (tokens.is(t, 'import')) {
        t = importStatement(t + 1);
        continue;
      }
      if (tokens.is(t, 'from')) {
        t = fromStatement(t + 1);
        continue;
      }
      if (tokens.is(t, 'async') && tokens.is(t + 1, 'def')) {
        t = definition(t + 1);
        continue;
      }
      if (tokens.is(t, 'def')) {
        t = definition(t);
        continue;
      }
      if (tokens.is(t, 'class')) {
        decorator = { fixture: false, autouse: false };
        t += 2;
        continue;
      }
      statementStart = true; // `x = …`: the name is still at the statement's start for `reference`
    }
    t = reference(t);
    statementStart = false;
  }
  return out.facts;
}
