// A seeded synthetic repository for the test-file lint benchmark (issue 4): 20,000 test files across Elixir
// (test/**/*_test.exs), Python (tests/**/test_*.py) and TypeScript (src/**/*.test.ts), plus their support code.
// Shaped like a real suite: most tests never touch the model registry; about one in eight names it (stubbed or
// not), and many more import litellm or use Elixir's own `Registry`, so the pre-check cannot skip them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { seededRandom } from '../test/helpers/seededRandom';

export interface SyntheticRepo {
  root: string;
  files: { elixir: number; python: number; typescript: number };
}

const VERSION = 1;

const WORDS = [
  'account',
  'billing',
  'chat',
  'prompt',
  'router',
  'session',
  'token',
  'usage',
  'agent',
  'tool',
  'memory',
  'stream',
  'retry',
  'cache',
  'quota',
];

/** A test body of `n` ordinary cases, in the file's language. */
function cases(language: 'elixir' | 'python' | 'typescript', n: number, next: () => number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const word = WORDS[Math.floor(next() * WORDS.length)];
    const count = Math.floor(next() * 1000);
    if (language === 'elixir') {
      parts.push(`  test "${word} ${i} handles ${count} items" do
    # builds ${count} ${word} records and checks the totals
    items = Enum.map(1..${count}, fn n -> %{id: n, name: "${word}-#{n}", model: "openai:gpt-4o-mini"} end)
    assert length(items) == ${count}
    assert Enum.all?(items, &String.starts_with?(&1.name, "${word}"))
  end
`);
    } else if (language === 'python') {
      parts.push(`def test_${word}_${i}_handles_${count}_items():
    """Builds ${count} ${word} records and checks the totals."""
    items = [{"id": n, "name": f"${word}-{n}", "model": "gpt-4o-mini"} for n in range(${count})]
    assert len(items) == ${count}
    assert all(item["name"].startswith("${word}") for item in items)
`);
    } else {
      parts.push(`it('${word} ${i} handles ${count} items', () => {
  // builds ${count} ${word} records and checks the totals
  const items = Array.from({ length: ${count} }, (_, n) => ({ id: n, name: \`${word}-\${n}\`, model: 'openai/gpt-4o-mini' }));
  expect(items).toHaveLength(${count});
  expect(items.every(item => /^${word}/.test(item.name))).toBe(true);
});
`);
    }
  }
  return parts.join('\n');
}

function elixirFile(i: number, next: () => number): string {
  const r = next();
  const module = `MyApp.${WORDS[i % WORDS.length][0].toUpperCase()}${WORDS[i % WORDS.length].slice(1)}${i}Test`;
  let head = '  use ExUnit.Case, async: true\n';
  let body = '';
  if (r < 0.06) {
    // calls the registry without a stub
    head += '  alias Jido.AI.Model.Registry\n';
    body =
      '  test "lists models" do\n    {:ok, models} = Registry.list_models()\n    assert length(models) > 0\n  end\n\n';
  } else if (r < 0.12) {
    // adopted the helper
    head += '  alias Jido.AI.Model.Registry\n\n  setup :setup_minimal_registry_mock\n  import RegistryHelpers\n';
    body = '  test "gets a model" do\n    assert {:ok, _} = Registry.get_model(:openai, "gpt-4o")\n  end\n\n';
  } else if (r < 0.2) {
    // Elixir's own Registry: passes the pre-check, is not a call
    body =
      '  test "registers" do\n    {:ok, _} = Registry.start_link(keys: :unique, name: __MODULE__.Registry)\n    Registry.register(__MODULE__.Registry, :key, :value)\n  end\n\n';
  }
  return `defmodule ${module} do\n${head}\n${body}${cases('elixir', 4 + Math.floor(next() * 6), next)}end\n`;
}

function pythonFile(i: number, next: () => number): string {
  const r = next();
  let head = 'import pytest\n';
  let body = '';
  if (r < 0.3) {
    // imports litellm: passes the pre-check
    head += 'import litellm\n';
    if (r < 0.05) body = 'def test_cost():\n    assert litellm.model_cost["gpt-4o"]["input_cost_per_token"] > 0\n\n\n';
    else if (r < 0.1) body = 'def test_info(mock_model_info):\n    assert litellm.get_model_info("gpt-4o")\n\n\n';
    else
      body =
        'def test_completion(mocker):\n    mocker.patch("litellm.completion", return_value={})\n    assert litellm.completion(model="gpt-4o", messages=[]) == {}\n\n\n';
  }
  return `"""Tests for ${WORDS[i % WORDS.length]} ${i}."""\n${head}\n\n${body}${cases('python', 4 + Math.floor(next() * 6), next)}`;
}

function typescriptFile(i: number, next: () => number): string {
  const r = next();
  let head = "import { describe, expect, it } from 'vitest';\n";
  let body = '';
  if (r < 0.06) {
    head += "const MODELS_URL = 'https://openrouter.ai/api/v1/models';\n";
    body =
      "it('fetches the catalog', async () => {\n  const res = await fetch(MODELS_URL);\n  expect(res.ok).toBe(true);\n});\n\n";
  }
  return `${head}\ndescribe('${WORDS[i % WORDS.length]} ${i}', () => {\n${body}${cases('typescript', 4 + Math.floor(next() * 6), next)}});\n`;
}

const SUPPORT: Record<string, string> = {
  'test/support/registry_helpers.ex': `defmodule RegistryHelpers do
  import Mimic
  alias Jido.AI.Model.Registry.Adapter

  def setup_minimal_registry_mock(_context \\\\ %{}) do
    stub(Adapter, :list_providers, fn -> {:ok, [:openai]} end)
    stub(Adapter, :list_models, fn _ -> {:ok, []} end)
    :ok
  end
end
`,
  'test/test_helper.exs': 'Mimic.copy(Jido.AI.Model.Registry.Adapter)\nExUnit.start()\n',
  'tests/conftest.py':
    'import pytest\n\n\n@pytest.fixture\ndef mock_model_info(mocker):\n    mocker.patch("litellm.get_model_info", return_value={})\n',
  'vitest.config.ts':
    "import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({ test: { setupFiles: ['./test/setup.ts'] } });\n",
  'test/setup.ts': "import { vi } from 'vitest';\n\nvi.mock('@acme/telemetry');\n",
};

/** Writes the repository under `dir` unless this version of it is already there. */
export function syntheticRepo(dir: string, total = 20_000, seed = 4): SyntheticRepo {
  const perLanguage = Math.floor(total / 3);
  const files = { elixir: perLanguage, python: perLanguage, typescript: total - 2 * perLanguage };
  const stamp = path.join(dir, '.generated.json');
  const wanted = JSON.stringify({ VERSION, total, seed });
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) return { root: dir, files };
  fs.rmSync(dir, { recursive: true, force: true });
  const next = seededRandom(seed);
  const write = (relative: string, text: string): void => {
    const file = path.join(dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  for (let i = 0; i < files.elixir; i++) write(`test/area_${i % 40}/feature_${i}_test.exs`, elixirFile(i, next));
  for (let i = 0; i < files.python; i++) write(`tests/area_${i % 40}/test_feature_${i}.py`, pythonFile(i, next));
  for (let i = 0; i < files.typescript; i++) write(`src/area_${i % 40}/feature${i}.test.ts`, typescriptFile(i, next));
  for (const [relative, text] of Object.entries(SUPPORT)) write(relative, text);
  fs.writeFileSync(stamp, wanted);
  return { root: dir, files };
}
