// The message of a `real-registry-call` diagnostic: what is called, why it hurts, and the stub to write in the
// file's language (or the rule's own message).
import type { CallSite, FileFacts, LanguageFamily } from './facts';
import { lastSegment, moduleOf, type RegistryRule } from './rules';

const WHY =
  'every call rebuilds the whole model catalog (thousands of model records); unstubbed registry calls like this grew one test suite to 60 GB';

export function registryCallMessage(
  call: CallSite,
  rule: RegistryRule,
  family: LanguageFamily,
  facts: FileFacts,
): string {
  if (rule.message) return rule.message;
  if (rule.kind === 'url') {
    return `${call.via ?? 'This call'} fetches ${call.name}, the real model catalog, in a test: ${WHY}. Stub it: ${urlStub(call, facts)}.`;
  }
  const what = `${call.name}${family === 'elixir' && call.arity >= 0 ? `/${call.arity}` : ''}`;
  return `${what} calls the real model registry in a test: ${WHY}. Stub it: ${functionStub(call, rule, family, facts)}.`;
}

/** A Mimic stub of `module.fn` with a function of the right arity: `fn _, _ -> … end`. */
export function mimicStub(name: string, arity: number): string {
  const args = Array.from({ length: Math.max(0, arity) }, () => '_').join(', ');
  return `stub(${moduleOf(name)}, :${lastSegment(name)}, fn ${args ? `${args} ` : ''}-> … end)`;
}

function functionStub(call: CallSite, rule: RegistryRule, family: LanguageFamily, facts: FileFacts): string {
  if (family === 'elixir') {
    const layers = rule.through.length ? ` (or any function of ${rule.through.join(' / ')} it goes through)` : '';
    return `\`${mimicStub(call.name, call.arity)}\`${layers} in \`setup\`, or a stub helper from test/support`;
  }
  if (family === 'python') {
    return `\`mocker.patch("${call.name}", …)\` or \`@patch("${call.name}")\`, or a conftest.py fixture that patches it`;
  }
  return `\`${facts.runner ?? 'vi'}.mock("${moduleOf(call.name)}")\``;
}

function urlStub(call: CallSite, facts: FileFacts): string {
  const runner = facts.runner ?? 'vi';
  const via = call.via ?? 'fetch';
  const stubFetch =
    via === 'fetch'
      ? `\`${runner === 'vi' ? 'vi.stubGlobal("fetch", vi.fn(…))' : 'jest.spyOn(globalThis, "fetch")'}\``
      : `\`${runner}.mock("${via.split('.')[0]}")\``;
  return `${stubFetch}, or intercept the URL with msw or nock`;
}
