// Whether to turn on suggestions while typing inside strings for a language. Model IDs live in strings, where VS Code
// shows suggestions only on Ctrl+Space (`editor.quickSuggestions` has `strings: "off"` by default), but the languages
// are not the extension's to reconfigure: it asks once, for the language of the first supported file the user
// opens, and turns it on by itself only under `modelRegistry.completion.quickSuggestionsInStrings`. A choice the
// user made about strings is never overridden. No `vscode` import, so it is unit-tested
// (test/unit/quickSuggestions.test.ts); quickSuggestionsPrompt.ts asks and writes the setting.
import { isObject } from '../../shared/json';
import type { LanguageId } from '../../shared/languages';

const LANGUAGE_NAMES: Readonly<Record<LanguageId, string>> = {
  elixir: 'Elixir',
  python: 'Python',
  typescript: 'TypeScript',
  typescriptreact: 'TypeScript React',
  javascript: 'JavaScript',
  javascriptreact: 'JavaScript React',
  json: 'JSON',
  jsonc: 'JSON with Comments',
  yaml: 'YAML',
  toml: 'TOML',
};

/** How the prompt names a language: `TypeScript React`; an unknown ID as it is. */
export function languageName(languageId: string): string {
  return Object.hasOwn(LANGUAGE_NAMES, languageId) ? LANGUAGE_NAMES[languageId as LanguageId] : languageId;
}

export interface QuickSuggestionsState {
  /** The file is one the language server reads. */
  supported: boolean;
  /** `editor.quickSuggestions` in effect for the file's language. */
  effective: unknown;
  /** Its values from the user's and the workspace's settings, language-specific or not; unset ones left out. */
  setByUser: readonly unknown[];
  /** `modelRegistry.completion.quickSuggestionsInStrings`. */
  turnOnByItself: boolean;
  /** The prompt was answered (or closed) once, in any window. */
  answered: boolean;
  /** The prompt is showing, or was shown, in this window. */
  askedHere: boolean;
}

export type QuickSuggestionsStep = 'nothing' | 'ask' | 'turnOn';

export function quickSuggestionsStep(state: QuickSuggestionsState): QuickSuggestionsStep {
  if (!state.supported || stringsOn(state.effective) || state.setByUser.some(decidesStrings)) return 'nothing';
  if (state.turnOnByItself) return 'turnOn';
  return state.answered || state.askedHere ? 'nothing' : 'ask';
}

/** The language-specific value to write: the user's own one for the language, with strings on. */
export function withStringsOn(languageValue: unknown): Record<string, unknown> {
  return { ...(isObject(languageValue) ? languageValue : {}), strings: 'on' };
}

/** `true` turns every kind on; `"inline"` shows ghost text, not the list. */
function stringsOn(value: unknown): boolean {
  return value === true || (isObject(value) && (value.strings === 'on' || value.strings === true));
}

function decidesStrings(value: unknown): boolean {
  return typeof value === 'boolean' || (isObject(value) && value.strings !== undefined);
}
