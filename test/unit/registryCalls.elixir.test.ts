// The Elixir analyser through the real-registry-call diagnostic: what is a registry call, what stubs it, and
// which support helpers count.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check, flagged, messageOf, type SupportText } from '../helpers/registryCallCheck';

const ex = (text: string, options?: Parameters<typeof flagged>[2]): string[] => flagged('elixir', text, options);

describe('Elixir registry calls', () => {
  test('aliases: plain, as:, grouped over several lines, nested, __MODULE__', () => {
    assert.deepEqual(
      ex(`defmodule Jido.AI.Model.ExampleTest do
  alias Jido.AI.Model.Registry
  alias Jido.AI.Model.Registry, as: R
  alias Jido.AI.Model.{
    Other,
    Registry.Adapter
  }
  alias Jido.AI.Model
  Registry.list_models()
  R.get_model(:openai, "gpt-4o")
  Adapter.list_providers()
  Model.Registry.discover_models()
  Other.list_models()
end
defmodule Jido.AI.Model.Registry.Helpers do
  __MODULE__.list_models()
end
`),
      [
        '9: Registry.list_models()',
        '10: R.get_model(:openai, "gpt-4o")',
        '11: Adapter.list_providers()',
        '12: Model.Registry.discover_models()',
      ],
    );
  });

  test('module attributes, pipes, captures, calls without parentheses and over several lines', () => {
    assert.deepEqual(
      ex(`@registry Jido.AI.Model.Registry
@other "Jido.AI.Model.Registry"
@registry.list_models()
[:openai] |> Jido.AI.Model.Registry.batch_get_models() |> Enum.count()
Enum.map(specs, &Jido.AI.Model.Registry.get_model/2)
Enum.map(specs, &@registry.get_model/2)
Jido.AI.Model.Registry.list_models
Jido.AI.Model.Registry.get_model(
  :openai,
  "gpt-4o"
)
`),
      [
        '3: @registry.list_models()',
        '4: Jido.AI.Model.Registry.batch_get_models()',
        '5: &Jido.AI.Model.Registry.get_model/2',
        '6: &@registry.get_model/2',
        '7: Jido.AI.Model.Registry.list_models',
        '8: Jido.AI.Model.Registry.get_model(…',
      ],
    );
  });

  test('the arity in the message counts a pipe and a capture, and a trailing keyword list as one argument', () => {
    const messages = check(
      'elixir',
      [
        ':openai |> Jido.AI.Model.Registry.list_models()',
        '&Jido.AI.Model.Registry.get_model/2',
        'LLMDB.select(require: [:tools], prefer: [:openai])',
        'LLMDB.select(:chat, "prefer": [:openai], limit: 3)',
        '[:tools] |> LLMDB.select(prefer: [:openai])',
        'LLMDB.select([require: [:tools]], %{a: 1})',
      ].join('\n'),
    ).map(d => messageOf(d));
    assert.match(
      messages[0],
      /^Jido\.AI\.Model\.Registry\.list_models\/1 .*\n.*\n.*stub\(Jido\.AI\.Model\.Registry, :list_models, fn _ -> … end\)/,
    );
    assert.match(messages[1], /^[^\n]*get_model\/2 [^]*fn _, _ -> … end/);
    assert.deepEqual(
      messages.slice(2).map(m => [m.split('\n')[0], /fn (?:_(?:, _)* )?->/.exec(m)?.[0]]),
      [
        ['LLMDB.select/1 calls the real model registry', 'fn _ ->'],
        ['LLMDB.select/2 calls the real model registry', 'fn _, _ ->'],
        ['LLMDB.select/2 calls the real model registry', 'fn _, _ ->'],
        ['LLMDB.select/2 calls the real model registry', 'fn _, _ ->'],
      ],
    );
  });

  test('import: bare calls of the imported module', () => {
    assert.deepEqual(
      ex('import Jido.AI.Model.Registry, only: [list_models: 0]\nlist_models()\nlist_models\nother()\n'),
      ['2: list_models()'],
    );
  });

  test('default rules: ReqLLM.Provider.Registry.*, LLMDB.* (functions, not nested modules), Jido registry functions only', () => {
    assert.deepEqual(
      ex(`ReqLLM.Provider.Registry.get_model(:openai, "x")
LLMDB.models()
LLMDB.Model.new(id: "x")
%LLMDB.Model{}
Jido.AI.Model.Registry.other_function()
Jido.AI.Model.Registry.Adapter.anything()
`),
      [
        '1: ReqLLM.Provider.Registry.get_model(:openai, "x")',
        '2: LLMDB.models()',
        '6: Jido.AI.Model.Registry.Adapter.anything()',
      ],
    );
  });

  test('nothing in comments, strings, heredocs, sigils, atoms, or behind character literals', () => {
    assert.deepEqual(
      ex(`# Jido.AI.Model.Registry.list_models()
"Jido.AI.Model.Registry.list_models()"
"""
Jido.AI.Model.Registry.list_models()
"""
~s(Jido.AI.Model.Registry.list_models())
:"Elixir.Jido.AI.Model.Registry"
x = ?(
Jido.AI.Model.Registry
@doc "LLMDB.models()"
`),
      [],
    );
  });

  test('interpolated code is code', () => {
    assert.deepEqual(ex('"#{length(LLMDB.models())} models"\n'), ['1: LLMDB.models()']);
  });

  test('Mimic stub / expect on the function; stub_with, stub/1 on the module; copy is no stub', () => {
    const calls = 'Jido.AI.Model.Registry.list_models()\nJido.AI.Model.Registry.get_model(:a, "b")\n';
    assert.deepEqual(ex(`stub(Jido.AI.Model.Registry, :list_models, fn -> [] end)\n${calls}`), [
      '3: Jido.AI.Model.Registry.get_model(:a, "b")',
    ]);
    assert.deepEqual(ex(`Mimic.expect(Jido.AI.Model.Registry, :get_model, 2, fn _, _ -> nil end)\n${calls}`), [
      '2: Jido.AI.Model.Registry.list_models()',
    ]);
    assert.deepEqual(ex(`Mimic.stub_with(Jido.AI.Model.Registry, Fake)\n${calls}`), []);
    assert.deepEqual(ex(`stub Jido.AI.Model.Registry\n${calls}`), []);
    assert.deepEqual(ex(`reject(&Jido.AI.Model.Registry.list_models/0)\n${calls}`), [
      '3: Jido.AI.Model.Registry.get_model(:a, "b")',
    ]);
    assert.deepEqual(ex(`:meck.expect(Jido.AI.Model.Registry, :list_models, fn -> [] end)\n${calls}`), [
      '3: Jido.AI.Model.Registry.get_model(:a, "b")',
    ]);
    assert.deepEqual(ex(`copy(Jido.AI.Model.Registry)\n${calls}`).length, 2);
  });

  test('stubs through aliases and attributes; a stub of a lower layer counts for what goes through it', () => {
    assert.deepEqual(
      ex(`alias Jido.AI.Model.Registry.Adapter
@req ReqLLM.Provider.Registry
stub(Adapter, :list_providers, fn -> [] end)
Jido.AI.Model.Registry.list_models()
Adapter.list_models(:openai)
ReqLLM.Provider.Registry.list_models(:openai)
`),
      ['5: Adapter.list_models(:openai)', '6: ReqLLM.Provider.Registry.list_models(:openai)'],
    );
    assert.deepEqual(
      ex(`@req ReqLLM.Provider.Registry
stub(@req, :list_models, fn _ -> [] end)
Jido.AI.Model.Registry.list_models()
Jido.AI.Model.Registry.Adapter.list_models(:openai)
LLMDB.models()
`),
      ['5: LLMDB.models()'],
    );
  });

  test('a user rule: its own message, its own through', () => {
    const rules = [{ call: 'MyApp.Catalog.*', through: ['MyApp.Http'], message: 'Use the fixture catalog.' }];
    const [d] = check('elixir', 'MyApp.Catalog.load()\n', { rules });
    assert.equal(messageOf(d), 'Use the fixture catalog.');
    assert.deepEqual(ex('stub(MyApp.Http, :get, fn _ -> :ok end)\nMyApp.Catalog.load()\n', { rules }), []);
  });
});

describe('Elixir stub helpers from test/support', () => {
  const support: SupportText[] = [
    {
      file: '/project/test/support/registry_helpers.ex',
      kind: 'elixir',
      text: `defmodule MyApp.RegistryHelpers do
  import Mimic
  alias Jido.AI.Model.Registry.Adapter

  def setup_minimal_registry_mock(_context \\\\ %{}) do
    stub(Adapter, :list_providers, fn -> {:ok, []} end)
    :ok
  end

  def wrapper(context), do: setup_minimal_registry_mock(context)

  defp unrelated, do: :ok

  defmodule Nested do
    def stub_llmdb, do: Mimic.stub_with(LLMDB, FakeLLMDB)
  end
end

defmodule MyApp.RegistryCase do
  use ExUnit.CaseTemplate
  setup :stub_everything
  def stub_everything(_), do: stub_with(ReqLLM.Provider.Registry, Fake)
end
`,
    },
  ];
  const call = 'Jido.AI.Model.Registry.list_models()\n';
  const clean = (prelude: string): void => assert.deepEqual(ex(`${prelude}\n${call}`, { support }), [], prelude);

  test('called by its full name, through an alias, or imported; named by setup in every form', () => {
    clean('MyApp.RegistryHelpers.setup_minimal_registry_mock()');
    clean('alias MyApp.RegistryHelpers\nsetup do\n  RegistryHelpers.setup_minimal_registry_mock()\nend');
    clean('import MyApp.RegistryHelpers\nsetup_minimal_registry_mock(%{})');
    clean('import MyApp.RegistryHelpers\nsetup :setup_minimal_registry_mock');
    clean('setup [:verify_on_exit!, :setup_minimal_registry_mock]');
    clean('setup {MyApp.RegistryHelpers, :setup_minimal_registry_mock}');
    clean('setup :wrapper');
    clean('use MyApp.RegistryCase, async: true');
  });

  test('a nested module defines its helpers under the full name', () => {
    assert.deepEqual(ex('MyApp.RegistryHelpers.Nested.stub_llmdb()\nLLMDB.models()\n', { support }), []);
  });

  test('a helper that stubs nothing, or no helper, leaves the call flagged', () => {
    assert.deepEqual(ex(`setup :unrelated\n${call}`, { support }), ['2: Jido.AI.Model.Registry.list_models()']);
    assert.deepEqual(ex(call, { support }), ['1: Jido.AI.Model.Registry.list_models()']);
  });
});
