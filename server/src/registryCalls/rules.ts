// Which calls reach the real model registry (SPEC §4): the built-in rules plus `modelRegistry.realRegistryCalls`,
// compiled into look-up tables the analysers query by resolved name.
import type { RealRegistryCallRule } from '../utils/settings';

const JIDO_REGISTRY = 'Jido.AI.Model.Registry';
const JIDO_ADAPTER = 'Jido.AI.Model.Registry.Adapter';
const REQ_LLM_REGISTRY = 'ReqLLM.Provider.Registry';

/** The defaults of SPEC §4. A user rule with the same `call` replaces the built-in one. */
export const DEFAULT_RULES: readonly RealRegistryCallRule[] = [
  ...['list_models', 'discover_models', 'get_model', 'get_registry_stats', 'batch_get_models'].map(fn => ({
    call: `${JIDO_REGISTRY}.${fn}`,
    through: [JIDO_ADAPTER, REQ_LLM_REGISTRY],
  })),
  { call: `${JIDO_ADAPTER}.*`, through: [REQ_LLM_REGISTRY] },
  { call: `${REQ_LLM_REGISTRY}.*` },
  { call: 'LLMDB.*' },
  ...['get_model_info', 'model_cost', 'register_model', 'get_model_cost_map'].map(fn => ({ call: `litellm.${fn}` })),
  { call: 'url:https://openrouter.ai/api/v1/models' },
  { call: 'url:https://models.dev/api.json' },
];

export interface RegistryRule {
  /** As written: `Module.function`, `Module.*`, `package.function` or `url:<prefix>`. */
  call: string;
  kind: 'function' | 'module' | 'url';
  /** The module (everything before the last `.`), or the URL prefix. */
  module: string;
  /** Modules whose stubs also count: a stub of any of their functions keeps the call off the real registry. */
  through: readonly string[];
  message?: string;
  /**
   * Words a file reaching this rule's target must contain, the most telling first: the function name and every
   * segment of the module (aliases and imports only shorten a path that is spelt out somewhere), or the URL.
   */
  needles: readonly string[];
}

const URL_PREFIX = 'url:';

export class RuleSet {
  readonly rules: readonly RegistryRule[];
  private readonly functions = new Map<string, number>();
  private readonly modules = new Map<string, number>();
  /** Every module a rule names (its own or the function's), for a cheap "could this chain match" test. */
  private readonly knownModules = new Set<string>();
  private readonly roots = new Set<string>();
  private readonly urls: { prefix: string; rule: number }[] = [];
  /** Matches a text holding the first needle of some rule: one native pass rules out most files. */
  private readonly gate: RegExp;

  /** `note` is told of each user rule that cannot be used (and is left out). */
  constructor(userRules: readonly RealRegistryCallRule[] = [], note: (message: string) => void = () => undefined) {
    const byCall = new Map<string, RealRegistryCallRule>();
    for (const rule of [...DEFAULT_RULES, ...userRules]) byCall.set(rule.call, rule);
    this.rules = [...byCall.values()].flatMap(rule => {
      const compiled = compile(rule);
      if (!compiled)
        note(`realRegistryCalls: "${rule.call}" names no Module.function, Module.* or url:<prefix>; it is ignored`);
      return compiled ? [compiled] : [];
    });
    this.rules.forEach((rule, index) => {
      if (rule.kind === 'url') {
        this.urls.push({ prefix: rule.module, rule: index });
        return;
      }
      (rule.kind === 'function' ? this.functions : this.modules).set(
        rule.kind === 'function' ? rule.call : rule.module,
        index,
      );
      this.knownModules.add(rule.module);
      this.roots.add(rule.module.split('.')[0]);
    });
    this.gate = gateOf(this.rules.map(rule => rule.needles[0]));
  }

  /** `mayCall` as data, for a thread that cannot share this object: the gate's regex source and each rule's needles. */
  get preCheck(): { gate: string; needles: string[][] } {
    return { gate: this.gate.source, needles: this.rules.map(rule => [...rule.needles]) };
  }

  /** Cheap pre-check on a whole file: false when no rule's target can be reached from it. */
  mayCall(text: string): boolean {
    if (!this.gate.test(text)) return false;
    return this.rules.some(rule => rule.needles.every(needle => text.includes(needle)));
  }

  /** Whether a dotted name starting with `word` can reach a rule (`litellm`, `Jido`): others need no resolving. */
  isRoot(word: string): boolean {
    return this.roots.has(word);
  }

  /** The first names of the rules' modules. */
  get rootNames(): Iterable<string> {
    return this.roots;
  }

  /** The rule `module.fn` falls under (exact function first, then `module.*`), or -1. */
  match(module: string, fn: string): number {
    if (!this.knownModules.has(module)) return -1;
    return this.functions.get(`${module}.${fn}`) ?? this.modules.get(module) ?? -1;
  }

  /**
   * The rule a dotted chain `a.b.c.d` reaches, trying its prefixes from the shortest (`a.b` is the attribute
   * read or function called; `.c.d` happens to its result). Returns the rule and how many segments it took.
   */
  matchChain(segments: readonly string[]): { rule: number; length: number } | undefined {
    let module = segments[0];
    for (let k = 1; k < segments.length; k++) {
      const rule = this.match(module, segments[k]);
      if (rule >= 0) return { rule, length: k + 1 };
      module = `${module}.${segments[k]}`;
    }
    return undefined;
  }

  /** The URL rule whose prefix `url` starts with, or -1. */
  matchUrl(url: string): number {
    for (const { prefix, rule } of this.urls) if (url.startsWith(prefix)) return rule;
    return -1;
  }

  get hasUrlRules(): boolean {
    return this.urls.length > 0;
  }
}

/** The rule as the tables use it, or undefined when its `call` names nothing usable. */
function compile(rule: RealRegistryCallRule): RegistryRule | undefined {
  const call = rule.call.trim();
  const common = { call, through: rule.through ?? [], ...(rule.message ? { message: rule.message } : {}) };
  if (call.startsWith(URL_PREFIX)) {
    const prefix = call.slice(URL_PREFIX.length).trim();
    return prefix ? { ...common, kind: 'url', module: prefix, needles: [prefix] } : undefined;
  }
  const dot = call.lastIndexOf('.');
  if (dot <= 0 || dot === call.length - 1) return undefined; // needs both a module and a function (or `*`)
  const module = call.slice(0, dot);
  const kind = call.endsWith('.*') ? 'module' : 'function';
  const segments = module.split('.').filter(Boolean).reverse();
  if (segments.length === 0) return undefined;
  return { ...common, kind, module, needles: kind === 'function' ? [call.slice(dot + 1), ...segments] : segments };
}

/**
 * One regex matching any of `needles`, leaving out a needle that starts with another (`get_model_info` with
 * `get_model`): the shorter one is present whenever the longer one is. In sorted order a needle's prefixes come
 * just before it, so one pass finds them: linear after the sort, however many rules there are.
 */
function gateOf(needles: readonly string[]): RegExp {
  const kept: string[] = [];
  for (const needle of [...new Set(needles)].sort()) {
    const last = kept[kept.length - 1];
    if (last === undefined || !needle.startsWith(last)) kept.push(needle);
  }
  if (kept.length === 0) return /$^/;
  return new RegExp(kept.map(n => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
}

export function lastSegment(dotted: string): string {
  return dotted.slice(dotted.lastIndexOf('.') + 1);
}

/** `A.B.f` → `A.B`; a name without a dot has no module (''). */
export function moduleOf(dotted: string): string {
  const dot = dotted.lastIndexOf('.');
  return dot < 0 ? '' : dotted.slice(0, dot);
}
