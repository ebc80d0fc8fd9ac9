// The stub fixture code action's pure parts (server/src/features/fixtureAction.ts, fixtureCommand.ts): where the
// fixture goes for a test in each language, when the action is offered, and which providers it takes from the flagged
// call (a provider atom or string, a model ID's provider), else from the model IDs in the file, else none (the
// defaults).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tableOf } from '../../server/src/catalog/catalogTable';
import { ModelIndex } from '../../server/src/catalog/modelIndex';
import { fixtureActions, fixtureTarget } from '../../server/src/features/fixtureAction';
import { fixtureProviders } from '../../server/src/features/fixtureCommand';
import { scanText } from '../../server/src/strings/scanDocument';

const ROOT = path.resolve('/work/project');
const at = (...parts: string[]): string => path.join(ROOT, ...parts);
const INDEX = new ModelIndex([
  {
    table: tableOf(
      [
        ['openai', 'gpt-4o'],
        ['anthropic', 'claude-sonnet-4-5'],
        ['google', 'gemini-2.5-pro'],
        ['openrouter', 'openai/gpt-4o'],
      ].map(([provider, id]) => ({ provider, id, sources: [] })),
    ),
    source: { label: 'models.dev' },
  },
]);

function callIn(languageId: string, text: string, call: string) {
  const document = TextDocument.create('file:///t', languageId, 1, text);
  const start = text.indexOf(call);
  const range = { start: document.positionAt(start), end: document.positionAt(start + call.length) };
  return fixtureProviders(document, scanText(text, languageId)!, range, INDEX);
}

describe('where the fixture goes', () => {
  test("Elixir: test/support under the nearest test folder, named after the test module's namespace", () => {
    assert.deepEqual(fixtureTarget(at('test', 'a', 'b_test.exs'), 'elixir', 'defmodule MyApp.A.BTest do\nend\n'), {
      file: at('test', 'support', 'model_fixtures.ex'),
      format: 'elixir',
      name: 'MyApp.ModelFixtures',
    });
    assert.equal(fixtureTarget(at('x_test.exs'), 'elixir', 'defmodule XTest do end')?.name, 'ModelFixtures');
  });

  test('Python: beside the conftest.py of the nearest tests folder', () => {
    assert.deepEqual(fixtureTarget(at('tests', 'unit', 'test_a.py'), 'python', ''), {
      file: at('tests', 'model_fixtures.py'),
      format: 'python',
    });
    assert.equal(fixtureTarget(at('src', 'test_b.py'), 'python', '')?.file, at('src', 'model_fixtures.py'));
  });

  test('TypeScript and JavaScript: __fixtures__ beside the test, or beside its __tests__ folder', () => {
    assert.deepEqual(fixtureTarget(at('src', 'a.test.ts'), 'typescript', ''), {
      file: at('src', '__fixtures__', 'models.ts'),
      format: 'ts',
    });
    assert.deepEqual(fixtureTarget(at('src', '__tests__', 'deep', 'a.tsx'), 'typescriptreact', ''), {
      file: at('src', '__fixtures__', 'models.ts'),
      format: 'ts',
    });
    assert.deepEqual(fixtureTarget(at('lib', 'a.spec.js'), 'javascript', ''), {
      file: at('lib', '__fixtures__', 'models.json'),
      format: 'registry',
    });
    assert.equal(fixtureTarget(at('a.yaml'), 'yaml', ''), undefined);
  });
});

describe('when the action is offered', () => {
  const file = at('tests', 'test_a.py');
  const document = TextDocument.create(pathToFileURL(file).href, 'python', 1, 'litellm.model_cost\n');
  const call: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 18 } },
    source: 'model-registry',
    code: 'real-registry-call',
    message: "litellm.model_cost reads LiteLLM's whole cost map",
  };

  test('on a real-registry-call, once, naming the file relative to its workspace folder', () => {
    const other: Diagnostic = { ...call, code: 'unknown-model' };
    const actions = fixtureActions(document, [other, call, call], { folders: [ROOT] });
    assert.deepEqual(
      actions.map(a => [a.title, a.command?.command, a.command?.arguments]),
      [
        [
          "Write a stub fixture of the catalog's models to tests/model_fixtures.py",
          'modelRegistry.writeFixture',
          [{ uri: document.uri, range: call.range }],
        ],
      ],
    );
  });

  test('never when the client cannot create files, for other codes, or for an unsaved document', () => {
    assert.deepEqual(fixtureActions(document, [call], undefined), []);
    assert.deepEqual(fixtureActions(document, [{ ...call, code: 'deprecated-model' }], { folders: [ROOT] }), []);
    const unsaved = TextDocument.create('untitled:Untitled-1', 'python', 1, 'litellm.model_cost\n');
    assert.deepEqual(fixtureActions(unsaved, [call], { folders: [ROOT] }), []);
  });
});

describe('the providers of the fixture', () => {
  test('an Elixir call: its provider atoms and model IDs, in order', () => {
    const text = 'Registry.get_model(:anthropic, "gpt-4o")\nRegistry.list_models(:google)\n';
    assert.deepEqual(callIn('elixir', text, 'Registry.get_model(:anthropic, "gpt-4o")'), ['anthropic', 'openai']);
  });

  test('a Python call: the model ID it looks up gives its creator; a provider-prefixed ID its provider', () => {
    assert.deepEqual(
      callIn('python', 'litellm.get_model_info("claude-sonnet-4-5")\n', 'litellm.get_model_info("claude-sonnet-4-5")'),
      ['anthropic'],
    );
    assert.deepEqual(
      callIn(
        'python',
        'litellm.get_model_info("openrouter/openai/gpt-4o")\n',
        'litellm.get_model_info("openrouter/openai/gpt-4o")',
      ),
      ['openrouter'],
    );
  });

  test('a call that names none: the providers of the model IDs in the file; none at all: no provider (the defaults)', () => {
    const text = 'const a = "gemini-2.5-pro";\nawait fetch("https://models.dev/api.json");\n// "gpt-4o" in a comment\n';
    assert.deepEqual(callIn('typescript', text, 'fetch("https://models.dev/api.json")'), ['google']);
    assert.deepEqual(
      callIn('typescript', 'await fetch("https://models.dev/api.json");\n', 'fetch("https://models.dev/api.json")'),
      [],
    );
  });
});
