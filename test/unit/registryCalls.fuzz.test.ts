// Random text through every analyser, the diagnostic, the support index and the code actions, for a bounded time:
// nothing may throw, and every range must lie inside the document. Seeded, so a failure names its reproduction.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { quickFixes } from '../../server/src/features/codeActions';
import { scanText } from '../../server/src/strings/scanDocument';
import { check, supportIndex } from '../helpers/registryCallCheck';
import { seededRandom } from '../helpers/seededRandom';

/** Seeds tried: a fixed set, so a failure reproduces and the run takes the same work on any machine. */
const SEEDS = 300;
const PIECES: Record<string, string[]> = {
  elixir: [
    'alias ',
    'Jido.AI.Model.Registry',
    'Registry',
    '.',
    'list_models',
    '(',
    ')',
    ', as: R',
    '.{',
    '}',
    '@registry ',
    '@',
    '&',
    '/2',
    '|>',
    ' do',
    ' do:',
    ' end',
    ' fn ',
    '->',
    'stub(',
    'stub_with(',
    'expect(',
    ':list_models',
    'setup ',
    ':name',
    '[',
    ']',
    '{',
    'defmodule ',
    'def ',
    'import ',
    'use ',
    '"',
    '"""',
    '#{',
    '~s(',
    '?',
    '\\',
    '#',
    'LLMDB',
    ':meck.expect(',
    'reject(&',
    '__MODULE__',
    ',',
    'Jido.AI.Model.Registry.list_models()',
    '\nalias Jido.AI.Model.Registry\n',
    'Registry.get_model(:a, "b")',
    'LLMDB.models(',
  ],
  python: [
    'import ',
    'from ',
    ' as ',
    'litellm',
    '.',
    'get_model_info',
    'model_cost',
    '(',
    ')',
    '[',
    ']',
    '{',
    '}',
    '"',
    "'",
    '"""',
    'f"',
    '@patch(',
    '@pytest.fixture(autouse=True)',
    'def ',
    'async ',
    ':',
    '\n    ',
    '=',
    '==',
    '*',
    'patch.object(',
    'monkeypatch.setattr(',
    '#',
    '\\',
    ',',
    '\nimport litellm\n',
    'litellm.get_model_info("x")',
    'litellm.model_cost["x"]',
  ],
  typescript: [
    'import ',
    ' from ',
    "'litellm'",
    '* as ',
    '{',
    '}',
    'const ',
    '=',
    'require(',
    'fetch(',
    "'https://models.dev/api.json'",
    '`',
    '${',
    'vi.mock(',
    'jest.spyOn(',
    'globalThis',
    '.',
    '?.',
    '(',
    ')',
    '/',
    '//',
    '/*',
    '*/',
    'nock(',
    'axios',
    'new ',
    ',',
    ';',
    '"',
    'return ',
    "fetch('https://models.dev/api.json')",
    "\nimport x from 'litellm';\n",
    'x.get()',
  ],
};

function randomText(next: () => number, pieces: string[]): string {
  const parts: string[] = [];
  const length = Math.floor(next() * 120);
  for (let i = 0; i < length; i++) {
    const r = next();
    if (r < 0.7) parts.push(pieces[Math.floor(next() * pieces.length)]);
    else if (r < 0.85) parts.push(next() < 0.5 ? '\n' : ' ');
    else parts.push(String.fromCharCode(Math.floor(next() * 0x2fff)));
  }
  return parts.join('');
}

test(`random text never breaks the check (${SEEDS} seeds)`, t => {
  let runs = 0;
  let found = 0;
  for (let seed = 1; seed <= SEEDS; seed++, runs++) {
    const next = seededRandom(seed);
    for (const [languageId, pieces] of Object.entries(PIECES)) {
      const text = randomText(next, pieces);
      const support = [
        { file: '/project/test/support/h.ex', kind: 'elixir' as const, text: randomText(next, PIECES.elixir) },
        { file: '/project/tests/conftest.py', kind: 'conftest' as const, text: randomText(next, PIECES.python) },
        {
          file: '/project/setup.ts',
          kind: 'setup' as const,
          scope: '/project',
          text: randomText(next, PIECES.typescript),
        },
      ];
      try {
        assert.ok(supportIndex(support));
        const diagnostics = check(languageId, text, {
          support,
          rules: [{ call: 'litellm.*' }, { call: 'url:https://models.dev' }],
        });
        found += diagnostics.length;
        const document = TextDocument.create('file:///t', languageId, 1, text);
        for (const d of diagnostics) {
          const start = document.offsetAt(d.range.start);
          const end = document.offsetAt(d.range.end);
          assert.ok(start <= end && end <= text.length, `range ${start}-${end} in ${text.length}`);
        }
        quickFixes(document, scanText(text, languageId)!, diagnostics);
      } catch (error) {
        assert.fail(`seed ${seed}, ${languageId}: ${String(error)}\n${JSON.stringify(text)}`);
      }
    }
  }
  t.diagnostic(`${runs} runs, ${found} diagnostics found`);
});
