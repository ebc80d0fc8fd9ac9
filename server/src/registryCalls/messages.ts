// The message of a `real-registry-call` diagnostic (SPEC §4): a short first line saying what the call does, then
// lines saying why it hurts and the stub to write, worded for the kind of call — an Elixir registry call that builds
// the model catalog, a LiteLLM cost-map read or look-up, a catalog URL fetched over the network — and in the file's
// language (Mimic for Elixir, mocker/monkeypatch/@patch for Python, vi/jest for JS/TS). A rule's own message
// replaces it. Plain text, as editors and the CLI show it: code is written as is, never between backticks.
import type { CallSite, FileFacts, LanguageFamily } from './facts';
import { lastSegment, moduleOf, type RegistryRule } from './rules';

export function registryCallMessage(
  call: CallSite,
  rule: RegistryRule,
  family: LanguageFamily,
  facts: FileFacts,
): string {
  if (rule.message) return rule.message;
  if (rule.kind === 'url') return urlMessage(call, facts).join('\n');
  if (family === 'elixir') return elixirMessage(call, rule).join('\n');
  if (family === 'python') return pythonMessage(call).join('\n');
  return scriptMessage(call, facts).join('\n');
}

/** A Mimic stub of `module.fn` with a function of the right arity: `fn _, _ -> … end`. */
export function mimicStub(name: string, arity: number): string {
  const args = Array.from({ length: Math.max(0, arity) }, () => '_').join(', ');
  return `stub(${moduleOf(name)}, :${lastSegment(name)}, fn ${args ? `${args} ` : ''}-> … end)`;
}

function elixirMessage(call: CallSite, rule: RegistryRule): string[] {
  const layers = rule.through.length ? ` (or a function of ${rule.through.join(' or ')}, which it goes through)` : '';
  return [
    `${call.name}${call.arity >= 0 ? `/${call.arity}` : ''} calls the real model registry`,
    'Each registry call builds the model catalog again, thousands of model structs; unstubbed registry calls ' +
      'like this grew one test suite to 60 GB.',
    `Stub it in setup with Mimic: ${mimicStub(call.name, call.arity)}${layers}, with ` +
      `Mimic.copy(${moduleOf(call.name)}) in test/test_helper.exs; or use a stub helper from test/support.`,
  ];
}

/** What LiteLLM's cost-map functions do, for the first line and the reason. */
const LITELLM: Record<string, { does: string; why: string }> = {
  model_cost: {
    does: "reads LiteLLM's whole cost map",
    why: "It is a dict of every model's prices and limits, loaded when litellm is imported (fetched over the network, or the bundled JSON): the test depends on that live data.",
  },
  get_model_info: {
    does: "looks the model up in LiteLLM's whole cost map",
    why: 'The cost map is loaded when litellm is imported (fetched over the network, or the bundled JSON): the test depends on that live data.',
  },
  get_model_cost_map: {
    does: "fetches LiteLLM's whole cost map",
    why: "It downloads every model's prices and limits (or reads the bundled JSON) in the test: network access and megabytes of live data.",
  },
  register_model: {
    does: "changes LiteLLM's global cost map",
    why: 'The change stays for every later test in the process, in a cost map loaded at import (over the network, or the bundled JSON).',
  },
};

function pythonMessage(call: CallSite): string[] {
  const litellm = moduleOf(call.name) === 'litellm' ? LITELLM[lastSegment(call.name)] : undefined;
  const patch =
    lastSegment(call.name) === 'model_cost'
      ? `mocker.patch.dict("${call.name}", {…}, clear=True), monkeypatch.setattr("${call.name}", {…}) or @patch.dict("${call.name}", {…})`
      : `mocker.patch("${call.name}", return_value=…), monkeypatch.setattr("${call.name}", …) or @patch("${call.name}")`;
  return [
    `${call.name} ${litellm?.does ?? 'calls the real model registry'}`,
    litellm?.why ?? 'A registry call loads the whole model catalog, thousands of models, on every call.',
    `Patch it: ${patch}; or a conftest.py fixture that does.`,
  ];
}

function scriptMessage(call: CallSite, facts: FileFacts): string[] {
  const runner = facts.runner ?? 'vi';
  const module = moduleOf(call.name);
  return [
    `${call.name} calls the real model registry`,
    'A registry call loads the whole model catalog, thousands of models, on every call.',
    `Stub it: ${runner}.mock("${module}"), or ${runner}.spyOn(…, "${lastSegment(call.name)}") on the imported module.`,
  ];
}

function urlMessage(call: CallSite, facts: FileFacts): string[] {
  const runner = facts.runner ?? 'vi';
  const via = call.via ?? 'fetch';
  const stub =
    via === 'fetch'
      ? `${runner}.spyOn(globalThis, "fetch").mockResolvedValue(new Response(JSON.stringify(catalog)))`
      : `${runner}.mock("${via.split('.')[0]}")`;
  return [
    `${via} fetches ${call.name} over the network`,
    'The test downloads the real model catalog, megabytes that change every day: slow, flaky offline, and ' +
      'never the same data twice.',
    `Stub it: ${stub}, or intercept the URL with msw (http.get("${call.name}", …)) or nock.`,
  ];
}
