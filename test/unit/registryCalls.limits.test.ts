// The registry-call analysis has no depth limit of its own: interpolations nested far past the call stack's depth,
// helper chains as deep or looping, and an analysis that throws costs one file (an error entry), never a run.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkText } from '../../server/src/cli/checkFiles';
import { diagnosticControl } from '../../server/src/features/diagnostics';
import { defaultSettings } from '../../server/src/utils/settings';
import { RuleSet } from '../../server/src/registryCalls/rules';
import { SupportIndex } from '../../server/src/registryCalls/supportIndex';
import { flagged, supportIndex } from '../helpers/registryCallCheck';

const DEPTH = 20_000;
const nest = (open: string, close: string): string => `${open.repeat(DEPTH)}x${close.repeat(DEPTH)}`;

describe('registry-call analysis limits', () => {
  test('calls inside and after interpolations nested 20,000 deep are found', () => {
    assert.deepEqual(flagged('elixir', `a = ${nest('"#{', '}"')}\nLLMDB.models()\n`), ['2: LLMDB.models()']);
    assert.deepEqual(flagged('elixir', `"${'#{"'.repeat(DEPTH)}#{LLMDB.models()}${'"}'.repeat(DEPTH)}"`).length, 1);
    assert.deepEqual(
      flagged('typescript', `const a = ${nest('`${', '}`')};\nfetch("https://models.dev/api.json");\n`),
      ['2: fetch("https://models.dev/api.json")'],
    );
    assert.deepEqual(flagged('python', `import litellm\na = ${nest('f"{', '}"')}\nlitellm.get_model_info("x")\n`), [
      '3: litellm.get_model_info("x")',
    ]);
  });

  test('helper chains: 20,000 deep, and looping, reach their stubs and end', () => {
    const depth = 20_000;
    const chain = Array.from({ length: depth }, (_, i) => `  def h${i}, do: h${i + 1}()\n`).join('');
    const deep = `defmodule Chain do\n${chain}  def h${depth}, do: Mimic.stub_with(LLMDB, Fake)\nend\n`;
    const looping =
      'defmodule Loop do\n  def a, do: b()\n  def b, do: a()\n  def c, do: Mimic.stub_with(LLMDB, Fake)\nend\n';
    const support = (text: string): SupportIndex =>
      supportIndex([{ file: '/p/test/support/h.ex', kind: 'elixir', text }]);
    const facts = (uses: string[]) => ({ calls: [], stubs: [], helperUses: uses, moduleUses: [], definitions: [] });
    assert.deepEqual(support(deep).stubsFor('/p/test/a_test.exs', 'elixir', facts(['Chain.h0'])), ['LLMDB']);
    assert.deepEqual(support(looping).stubsFor('/p/test/a_test.exs', 'elixir', facts(['Loop.a'])), []);
    assert.deepEqual(support(looping).stubsFor('/p/test/a_test.exs', 'elixir', facts(['Loop.a', 'Loop.c'])), ['LLMDB']);
  });

  test('a file whose analysis throws is an error entry naming it and why', () => {
    const failing = {
      rules: new RuleSet(),
      isTestFile: (): boolean => {
        throw new RangeError('Maximum call stack size exceeded');
      },
      support: new SupportIndex([]),
    };
    assert.equal(
      checkText('/p/test/a_test.exs', 'LLMDB.models()\n', {
        context: failing,
        control: diagnosticControl(defaultSettings(), ['/p']),
        today: '2026-12-01',
        cwd: '/p',
      }),
      'cannot check /p/test/a_test.exs: Maximum call stack size exceeded',
    );
  });
});
