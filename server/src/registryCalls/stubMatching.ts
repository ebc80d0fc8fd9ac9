// Whether the stubs a test file has (its own and its helpers') keep a registry call off the real registry (SPEC §4):
// a stub of the function itself or of its whole module, a stub of any function of a module the rule goes
// `through`, and for URL calls a stub of the fetching function (or its module) or an interceptor of the URL.
import type { CallSite, Stub } from './facts';
import { moduleOf, type RegistryRule } from './rules';

export function isStubbed(call: CallSite, rule: RegistryRule, stubs: Iterable<Stub>): boolean {
  for (const stub of stubs) {
    if (stub.startsWith('url:')) {
      if (rule.kind === 'url' && call.name.startsWith(stub.slice(4))) return true;
      continue;
    }
    if (coversName(stub, call.name) || (call.via !== undefined && coversName(stub, call.via))) return true;
    for (const layer of rule.through) if (stub === layer || moduleOf(stub) === layer) return true;
  }
  return false;
}

/** A stub of `name` itself or of the module it belongs to. */
function coversName(stub: Stub, name: string): boolean {
  return stub === name || stub === moduleOf(name);
}
