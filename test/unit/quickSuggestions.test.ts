// Whether to offer, or turn on by itself, suggestions while typing inside strings (client/src/quickSuggestions.ts):
// at most one question, never for a language the server does not read, never over a choice the user made.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  languageName,
  quickSuggestionsStep,
  type QuickSuggestionsState,
  withStringsOn,
} from '../../client/src/quickSuggestions';

/** A supported file, VS Code's default (`strings: "off"`), nothing set, never asked. */
const FRESH: QuickSuggestionsState = {
  supported: true,
  effective: { other: 'on', comments: 'off', strings: 'off' },
  setByUser: [],
  turnOnByItself: false,
  answered: false,
  askedHere: false,
};

describe('suggestions in strings', () => {
  test('asks once: the first supported file, when never answered and not already asking', () => {
    assert.equal(quickSuggestionsStep(FRESH), 'ask');
    assert.equal(quickSuggestionsStep({ ...FRESH, askedHere: true }), 'nothing', 'the question is open in this window');
    assert.equal(quickSuggestionsStep({ ...FRESH, answered: true }), 'nothing', 'answered, in any window, once');
  });

  test('never for a file the server does not read', () => {
    assert.equal(quickSuggestionsStep({ ...FRESH, supported: false }), 'nothing');
    assert.equal(quickSuggestionsStep({ ...FRESH, supported: false, turnOnByItself: true }), 'nothing');
  });

  test('nothing to do where they already show: `true`, `strings: "on"` (JSON and YAML ship with it)', () => {
    for (const effective of [true, { other: 'on', strings: 'on' }, { strings: true }]) {
      assert.equal(quickSuggestionsStep({ ...FRESH, effective }), 'nothing', JSON.stringify(effective));
    }
    assert.equal(quickSuggestionsStep({ ...FRESH, effective: { strings: 'inline' } }), 'ask', 'ghost text is no list');
  });

  test("never over the user's own choice about strings, for the language or for all", () => {
    for (const value of [{ strings: 'off' }, false, { other: 'on', comments: 'off', strings: 'off' }]) {
      const state = { ...FRESH, setByUser: [value] };
      assert.equal(quickSuggestionsStep(state), 'nothing', JSON.stringify(value));
      assert.equal(quickSuggestionsStep({ ...state, turnOnByItself: true }), 'nothing', JSON.stringify(value));
    }
    assert.equal(
      quickSuggestionsStep({ ...FRESH, setByUser: [{ comments: 'on' }] }),
      'ask',
      'a choice about comments says nothing about strings',
    );
  });

  test('turned on without asking under modelRegistry.completion.quickSuggestionsInStrings, answered or not', () => {
    assert.equal(quickSuggestionsStep({ ...FRESH, turnOnByItself: true }), 'turnOn');
    assert.equal(quickSuggestionsStep({ ...FRESH, turnOnByItself: true, answered: true }), 'turnOn');
  });

  test("the value written keeps the user's other kinds for the language", () => {
    assert.deepEqual(withStringsOn(undefined), { strings: 'on' });
    assert.deepEqual(withStringsOn({ comments: 'on', strings: 'off' }), { comments: 'on', strings: 'on' });
    assert.deepEqual(withStringsOn(false), { strings: 'on' });
  });

  test('languages by name', () => {
    assert.deepEqual(['elixir', 'typescriptreact', 'jsonc', 'toml', 'plaintext'].map(languageName), [
      'Elixir',
      'TypeScript React',
      'JSON with Comments',
      'TOML',
      'plaintext',
    ]);
  });
});
