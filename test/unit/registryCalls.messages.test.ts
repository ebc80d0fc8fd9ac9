// The real-registry-call message for each kind of call (SPEC §4, issue 12): a short first line saying what the call
// does, then why it hurts and the stub to write in that language; plain text (no backticks); a link to the README.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check, messageOf } from '../helpers/registryCallCheck';

/** The message of the only finding in `text`, as lines. */
function lines(languageId: string, text: string, rules?: Parameters<typeof check>[2]): string[] {
  const found = check(languageId, text, rules);
  assert.equal(found.length, 1, `one finding in ${text}`);
  const [diagnostic] = found;
  assert.deepEqual(diagnostic.codeDescription, {
    href: 'https://github.com/model-registry/model-registry#real-registry-call',
  });
  const message = messageOf(diagnostic);
  assert.ok(!message.includes('`'), `no backticks: ${message}`);
  const split = message.split('\n');
  assert.ok(split[0].length <= 80, `a short first line: ${split[0]}`);
  return split;
}

describe('real-registry-call messages', () => {
  test('Elixir: the registry call builds the catalog (60 GB); a Mimic stub of the right arity, and its layers', () => {
    const [first, why, stub] = lines('elixir', 'Jido.AI.Model.Registry.get_model(:openai, "gpt-4o")\n');
    assert.equal(first, 'Jido.AI.Model.Registry.get_model/2 calls the real model registry');
    assert.match(why, /builds the model catalog again, thousands of model structs.*60 GB/);
    assert.match(
      stub,
      /^Stub it in setup with Mimic: stub\(Jido\.AI\.Model\.Registry, :get_model, fn _, _ -> … end\) \(or a function of Jido\.AI\.Model\.Registry\.Adapter or ReqLLM\.Provider\.Registry, which it goes through\), with Mimic\.copy\(Jido\.AI\.Model\.Registry\) in test\/test_helper\.exs; or use a stub helper from test\/support\.$/,
    );
  });

  test('LiteLLM: model_cost is a dict read of the cost map loaded at import; patched as a dict', () => {
    const [first, why, stub] = lines('python', 'import litellm\nprice = litellm.model_cost["gpt-4o"]\n');
    assert.equal(first, "litellm.model_cost reads LiteLLM's whole cost map");
    assert.match(why, /dict of every model's prices.*loaded when litellm is imported \(fetched over the network/);
    assert.match(
      stub,
      /^Patch it: mocker\.patch\.dict\("litellm\.model_cost", \{…\}, clear=True\), monkeypatch\.setattr/,
    );
    assert.doesNotMatch(why, /60 GB|rebuild/, 'not the Elixir story');
  });

  test('LiteLLM: the look-up, fetch and register functions say what each does; patched as functions', () => {
    const first = (fn: string): string[] => lines('python', `from litellm import ${fn}\n${fn}("gpt-4o")\n`);
    const [info, , patch] = first('get_model_info');
    assert.equal(info, "litellm.get_model_info looks the model up in LiteLLM's whole cost map");
    assert.match(
      patch,
      /mocker\.patch\("litellm\.get_model_info", return_value=…\).*@patch\("litellm\.get_model_info"\)/,
    );
    assert.equal(first('get_model_cost_map')[0], "litellm.get_model_cost_map fetches LiteLLM's whole cost map");
    assert.equal(first('register_model')[0], "litellm.register_model changes LiteLLM's global cost map");
  });

  test('a catalog URL fetched in a JS/TS test: over the network; fetch spied on, msw or nock, in the runner used', () => {
    const [first, why, stub] = lines('typescript', 'await fetch("https://models.dev/api.json");\n');
    assert.equal(first, 'fetch fetches https://models.dev/api.json over the network');
    assert.match(why, /downloads the real model catalog/);
    assert.match(
      stub,
      /^Stub it: vi\.spyOn\(globalThis, "fetch"\)\.mockResolvedValue\(.*msw \(http\.get\("https:\/\/models\.dev\/api\.json", …\)\) or nock\.$/,
    );
    const jest = lines('javascript', 'jest.useFakeTimers();\nfetch("https://models.dev/api.json");\n');
    assert.match(jest[2], /^Stub it: jest\.spyOn\(globalThis, "fetch"\)/);
    const axios = lines(
      'typescript',
      'import axios from "axios";\naxios.get("https://openrouter.ai/api/v1/models");\n',
    );
    assert.equal(axios[0], 'axios.get fetches https://openrouter.ai/api/v1/models over the network');
    assert.match(axios[2], /^Stub it: vi\.mock\("axios"\)/);
  });

  test("a rule's own message replaces ours", () => {
    const rules = { rules: [{ call: 'MyApp.Catalog.all', message: 'Use MyApp.CatalogStub in tests.' }] };
    assert.deepEqual(lines('elixir', 'MyApp.Catalog.all()\n', rules), ['Use MyApp.CatalogStub in tests.']);
  });
});
