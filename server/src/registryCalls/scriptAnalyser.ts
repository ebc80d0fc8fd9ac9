// JavaScript / TypeScript: registry calls through `import` / `require` bindings, catalog URLs fetched (a URL
// literal, or a constant holding one, passed to fetch / axios / got / ky / node:http…), and stubs: `vi.mock` /
// `jest.mock` of a module, `spyOn`, `vi.stubGlobal("fetch")`, assignments (`globalThis.fetch = vi.fn()`),
// fetch-mock libraries, and URLs intercepted by nock or msw. One pass over the tokens.
import * as shared from '../strings/scanHelpers';
import { NameFilter, PUNCT, STRING, type Tokens } from './codeTokens';
import { FactsCollector, type FileFacts } from './facts';
import type { RuleSet } from './rules';

const { Ch } = shared;

/** Names of the global object: `globalThis.fetch` is `fetch`. */
const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self']);
/** Functions that fetch the URL they are given. */
const FETCH_FUNCTIONS = new Set([
  'fetch',
  '$fetch',
  'ofetch',
  'Request',
  'got',
  'ky',
  'axios',
  'needle',
  'superagent',
  'request',
  'useFetch',
]);
/** Packages (and the conventional names of their objects) whose functions make HTTP requests. */
const HTTP_CLIENTS = new Set([
  'axios',
  'got',
  'ky',
  'node-fetch',
  'cross-fetch',
  'isomorphic-fetch',
  'undici',
  'superagent',
  'ofetch',
  'needle',
  'request',
  'http',
  'https',
  'node:http',
  'node:https',
]);
const FETCH_MOCK_PACKAGES = new Set(['jest-fetch-mock', 'vitest-fetch-mock', 'fetch-mock']);
/** `vi.…` / `jest.…` functions that replace a module, given its specifier. */
const MODULE_MOCKS = new Set(['mock', 'doMock', 'unstable_mockModule', 'importMock']);
/** Packages whose request handlers intercept a URL instead of fetching it. */
const INTERCEPTORS = new Set(['nock', 'msw']);
/** Names that matter as the start of a chain whatever the file imports: globals, mock APIs, fetchers. */
const GLOBAL_ROOTS = new Set([
  ...GLOBAL_OBJECTS,
  ...FETCH_FUNCTIONS,
  ...HTTP_CLIENTS,
  ...INTERCEPTORS,
  'vi',
  'jest',
  'fetchMock',
  'enableFetchMocks',
]);

interface Chain {
  written: string[];
  /** Through the imports, with a leading global object dropped. */
  resolved: string[];
  start: number;
  next: number;
}

/** An open `(`: the call it belongs to, and the catalog URL passed to it, if any. */
interface Frame {
  callee: Chain | undefined;
  fetches: boolean;
  url?: { rule: number; url: string };
}

/** The frame of every `(` that does not fetch (most of them): shared, since only fetching frames are written to. */
const NOT_FETCHING: Frame = Object.freeze({ callee: undefined, fetches: false });

export function analyseScript(tokens: Tokens, rules: RuleSet): FileFacts {
  const out = new FactsCollector();
  const bindings = new Map<string, string[]>();
  /** `const MODELS_URL = "https://openrouter.ai/api/v1/models"`. */
  const urlConstants = new Map<string, { rule: number; url: string }>();
  /** Names worth resolving: the global ones, rule roots, and what the file binds. */
  const worthResolving = new NameFilter([...GLOBAL_ROOTS, ...rules.rootNames]);
  const bind = (local: string, path: string[]): void => {
    bindings.set(local, path);
    worthResolving.add(local);
  };
  const frames: Frame[] = [];
  let lastChain: Chain | undefined;
  const n = tokens.count;

  const isMember = (t: number): boolean =>
    t > 0 && tokens.isPunct(t - 1, Ch.Dot) && !(t > 1 && tokens.isPunct(t - 2, Ch.Dot)); // not after `...`

  const chainAt = (t: number): Chain => {
    const written = [tokens.word(t)];
    let j = t + 1;
    for (;;) {
      if (tokens.isPunct(j, Ch.Dot) && tokens.isIdent(j + 1)) j += 1;
      else if (tokens.isPunct(j, Ch.Question) && tokens.isPunct(j + 1, Ch.Dot) && tokens.isIdent(j + 2)) j += 2;
      else break;
      written.push(tokens.word(j));
      j++;
    }
    const bound = bindings.get(written[0]);
    let resolved = bound ? [...bound, ...written.slice(1)] : written;
    if (!bound && resolved.length > 1 && GLOBAL_OBJECTS.has(resolved[0])) resolved = resolved.slice(1);
    return { written, resolved, start: t, next: j };
  };

  const fetches = (callee: Chain): boolean => {
    const root = callee.resolved[0];
    if (INTERCEPTORS.has(root)) return false;
    if (callee.resolved.length === 1 && FETCH_FUNCTIONS.has(root)) return true;
    return HTTP_CLIENTS.has(root) || HTTP_CLIENTS.has(callee.written[0]);
  };

  /** The module specifier string at `t` (`'litellm'`), when the token is one. */
  const specifier = (t: number): string | undefined => tokens.stringContent(t);

  /** `import … from 'm'` (default, namespace, named, type-only) and `import x = require('m')`; `t` follows `import`. */
  const importDeclaration = (t: number): number => {
    let j = tokens.is(t, 'type') && !tokens.isPunct(t + 1, Ch.Comma) && !tokens.is(t + 1, 'from') ? t + 1 : t;
    const names: { local: string; path: string[] }[] = [];
    while (j < n && !tokens.is(j, 'from') && !tokens.isString(j)) {
      if (tokens.isPunct(j, Ch.Star) && tokens.is(j + 1, 'as') && tokens.isIdent(j + 2)) {
        names.push({ local: tokens.word(j + 2), path: [] });
        j += 3;
      } else if (tokens.isPunct(j, Ch.LBrace)) {
        const close = tokens.closing(j);
        for (let k = j + 1; k < close; k++) {
          if (!tokens.isIdent(k) || (tokens.is(k, 'type') && tokens.isIdent(k + 1))) continue;
          const imported = tokens.word(k);
          const renamed = tokens.is(k + 1, 'as') && tokens.isIdent(k + 2);
          names.push({ local: tokens.word(renamed ? k + 2 : k), path: imported === 'default' ? [] : [imported] });
          if (renamed) k += 2;
        }
        j = close + 1;
      } else if (tokens.isIdent(j) && tokens.isPunct(j + 1, Ch.Eq)) {
        return requireBinding(j + 2, [{ local: tokens.word(j), path: [] }]); // `import x = require('m')`
      } else if (tokens.isIdent(j)) {
        names.push({ local: tokens.word(j), path: [] });
        j++;
      } else if (tokens.isPunct(j, Ch.Comma)) {
        j++;
      } else {
        return j;
      }
    }
    const from = tokens.is(j, 'from') ? j + 1 : j;
    const module = specifier(from);
    if (module === undefined) return from;
    for (const { local, path } of names) bind(local, [module, ...path]);
    return from + 1;
  };

  /** `require('m')` or `await import('m')` at `t`, binding `names`; returns the token after it. */
  const requireBinding = (t: number, names: { local: string; path: string[] }[]): number => {
    const j = tokens.is(t, 'await') ? t + 1 : t;
    if (!(tokens.is(j, 'require') || tokens.is(j, 'import')) || !tokens.isPunct(j + 1, Ch.LParen)) return t;
    const module = specifier(j + 2);
    if (module === undefined) return t;
    for (const { local, path } of names) bind(local, [module, ...path]);
    return j + 3;
  };

  /** `const x = …`, `const { a, b: c } = require('m')`; `t` follows the keyword. */
  const declaration = (t: number): number => {
    if (tokens.isIdent(t) && tokens.isPunct(t + 1, Ch.Eq) && !tokens.isPunct(t + 2, Ch.Eq)) {
      const name = tokens.word(t);
      const value =
        tokens.is(t + 2, 'new') && tokens.is(t + 3, 'URL') && tokens.isPunct(t + 4, Ch.LParen) ? t + 5 : t + 2;
      const url = tokens.stringContent(value);
      const rule = url === undefined ? -1 : rules.matchUrl(url);
      if (rule >= 0) {
        urlConstants.set(name, { rule, url: url! });
        worthResolving.add(name);
      }
      const after = requireBinding(t + 2, [{ local: name, path: [] }]);
      return after === t + 2 ? t + 1 : after;
    }
    if (!tokens.isPunct(t, Ch.LBrace)) return t;
    const close = tokens.closing(t);
    if (!tokens.isPunct(close + 1, Ch.Eq)) return t;
    const names: { local: string; path: string[] }[] = [];
    for (let k = t + 1; k < close; k++) {
      if (!tokens.isIdent(k) || tokens.isPunct(k - 1, Ch.Colon)) continue;
      const renamed = tokens.isPunct(k + 1, Ch.Colon) && tokens.isIdent(k + 2);
      names.push({ local: tokens.word(renamed ? k + 2 : k), path: [tokens.word(k)] });
      if (renamed) k += 2;
    }
    const after = requireBinding(close + 2, names);
    return after === close + 2 ? t : after;
  };

  /** The stub a mocking call whose `(` is at `open` makes, if `callee` is one. */
  const mockCall = (callee: Chain, open: number): void => {
    const [root, member] = callee.written;
    const first = open + 1;
    if ((root === 'vi' || root === 'jest') && member !== undefined) {
      out.facts.runner = root;
      if (MODULE_MOCKS.has(member)) out.stub(specifier(first));
      else if (member === 'stubGlobal') out.stub(specifier(first));
      else if ((member === 'spyOn' || member === 'replaceProperty') && tokens.isIdent(first)) {
        const target = chainAt(first);
        const property = tokens.isPunct(target.next, Ch.Comma) ? specifier(target.next + 1) : undefined;
        if (property !== undefined) {
          const owner = target.written.length === 1 && GLOBAL_OBJECTS.has(target.written[0]) ? [] : target.resolved;
          out.stub([...owner, property].join('.'));
        }
      }
      return;
    }
    if (INTERCEPTORS.has(callee.resolved[0])) {
      const url = specifier(first);
      if (url !== undefined) out.stub(`url:${url}`);
    }
  };

  /** Whether the chain at `t` may matter: it starts with a bound, global, rule, mock-API or fetcher name. */
  const mayMatter = (t: number): boolean => {
    if (!worthResolving.mayHold(tokens, t)) return false;
    const root = tokens.word(t);
    return bindings.has(root) || urlConstants.has(root) || GLOBAL_ROOTS.has(root) || rules.isRoot(root);
  };

  /** A name or dotted chain at `t`. */
  const reference = (t: number): number => {
    if (!mayMatter(t)) {
      lastChain = undefined;
      return tokens.chainEnd(t, true);
    }
    const chain = chainAt(t);
    lastChain = chain;
    const { written, resolved, next } = chain;
    if (written[0] === 'vi' || written[0] === 'jest') out.facts.runner = written[0];
    if (written[0] === 'fetchMock' || written[0] === 'enableFetchMocks' || FETCH_MOCK_PACKAGES.has(resolved[0]))
      out.stub('fetch');
    if (tokens.isPunct(next, Ch.LParen)) mockCall(chain, next);
    if (tokens.isPunct(next, Ch.Eq) && !tokens.isPunct(next + 1, Ch.Eq) && !tokens.isPunct(next + 1, Ch.Gt)) {
      if (written.length > 1) out.stub(resolved.join('.')); // `globalThis.fetch = vi.fn()`, `litellm.getModelInfo = …`
      return next + 1;
    }
    if (written.length === 1) {
      const constant = urlConstants.get(written[0]);
      if (constant) passUrl(constant);
    }
    const match = resolved.length > 1 ? rules.matchChain(resolved) : undefined;
    if (match) {
      let end = tokens.ends[next - 1];
      let arity = -1;
      if (tokens.isPunct(next, Ch.LParen)) {
        const close = tokens.closing(next);
        end = tokens.ends[close];
        arity = tokens.argumentStarts(next).length;
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

  /** A catalog URL in the arguments of the innermost open call: a fetch of it when that call fetches. */
  const passUrl = (url: { rule: number; url: string }): void => {
    const frame = frames[frames.length - 1];
    if (frame?.fetches && !frame.url) frame.url = url;
  };

  let t = 0;
  while (t < n) {
    const kind = tokens.kinds[t];
    if (kind === PUNCT) {
      const c = tokens.refs[t];
      if (c === Ch.LParen) {
        const callee = lastChain && lastChain.next === t ? lastChain : undefined;
        frames.push(callee !== undefined && fetches(callee) ? { callee, fetches: true } : NOT_FETCHING);
      } else if (c === Ch.RParen) {
        const frame = frames.pop();
        if (frame?.url && frame.callee) {
          const via = frame.callee.resolved.join('.');
          const start = tokens.is(frame.callee.start - 1, 'new') ? frame.callee.start - 1 : frame.callee.start;
          out.call({
            rule: frame.url.rule,
            name: frame.url.url,
            via,
            start: tokens.starts[start],
            end: tokens.ends[t],
            arity: -1,
          });
        }
      }
      t++;
      continue;
    }
    if (kind === STRING) {
      if (rules.hasUrlRules) {
        const content = tokens.stringContent(t);
        const rule = content === undefined ? -1 : rules.matchUrl(content);
        if (rule >= 0) passUrl({ rule, url: content! });
      }
      t++;
      continue;
    }
    if (!tokens.isIdent(t) || isMember(t)) {
      t++;
      continue;
    }
    if (tokens.is(t, 'import') && !tokens.isPunct(t + 1, Ch.LParen) && !tokens.isPunct(t + 1, Ch.Dot)) {
      t = importDeclaration(t + 1);
    } else if (tokens.is(t, 'const') || tokens.is(t, 'let') || tokens.is(t, 'var')) {
      t = declaration(t + 1);
    } else {
      t = reference(t);
    }
  }
  return out.facts;
}
