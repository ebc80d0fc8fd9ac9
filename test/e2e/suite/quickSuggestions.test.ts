/// <reference types="mocha" />
// Suggestions while typing inside strings are the user's to turn on (client/src/quickSuggestionsPrompt.ts): the
// extension ships no language defaults for them, and turns them on by itself only under
// `modelRegistry.completion.quickSuggestionsInStrings`, never over a choice the user made. The one-time question
// is answered through the workbench by the code-server run (../workbenchChecks.ts), which then types in a string.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from './fixture';
import { waitFor } from './vscodeHelpers';

const SETTING = 'completion.quickSuggestionsInStrings';

describe('Suggestions while typing inside strings', () => {
  before(async () => {
    await activateExtension();
  });

  it('sets no editor defaults for languages it does not own', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: object };
    assert.ok(!('configurationDefaults' in manifest.contributes), 'no contributes.configurationDefaults');
    for (const languageId of ['elixir', 'python', 'typescript', 'toml']) {
      const quick = vscode.workspace.getConfiguration('editor', { languageId }).inspect('quickSuggestions');
      assert.strictEqual(quick?.defaultLanguageValue, undefined, `[${languageId}] has no default of ours`);
    }
  });

  it('under the setting, turns them on as a file of a supported language opens, not over the user’s choice', async () => {
    const editor = (languageId: string) => vscode.workspace.getConfiguration('editor', { languageId });
    const userValue = (languageId: string) => editor(languageId).inspect('quickSuggestions')?.globalLanguageValue;
    await editor('toml').update('quickSuggestions', { strings: 'off' }, vscode.ConfigurationTarget.Global, true);
    await openUntitled('quick-suggestions.txt'); // in front when the setting changes: a file the server does not read
    const settings = vscode.workspace.getConfiguration('modelRegistry');
    await settings.update(SETTING, true, vscode.ConfigurationTarget.Global);
    try {
      await openUntitled('quick-suggestions.toml');
      await openUntitled('quick-suggestions.py');
      // Settings are written in order: once Python's value is there, a wrong one for TOML would be too.
      await waitFor(
        () => userValue('python'),
        value => JSON.stringify(value) === '{"strings":"on"}',
        '[python] editor.quickSuggestions in the user settings',
      );
      assert.deepStrictEqual(userValue('toml'), { strings: 'off' }, "the user's own choice stays");
      assert.strictEqual(userValue('plaintext'), undefined, 'nothing for a language the server does not read');
      assert.strictEqual(userValue('elixir'), undefined, 'nothing for a language whose file was not in front');
    } finally {
      // The setting off first, as the extension sees it: closing these brings other files to the front.
      await settings.update(SETTING, undefined, vscode.ConfigurationTarget.Global);
      await waitFor(
        () => vscode.workspace.getConfiguration('modelRegistry').get(SETTING),
        on => on === false,
        'the setting off',
      );
      await closeUntitled(['quick-suggestions.txt', 'quick-suggestions.toml', 'quick-suggestions.py']);
      for (const languageId of ['python', 'toml']) {
        await editor(languageId).update('quickSuggestions', undefined, vscode.ConfigurationTarget.Global, true);
      }
    }
  });
});

/** An untitled editor, the extension of its name giving the language; closed by `closeUntitled`. */
async function openUntitled(name: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: name }));
  await vscode.window.showTextDocument(document);
}

/** A named untitled editor counts as unsaved: reverted, so that closing it asks nothing. */
async function closeUntitled(names: readonly string[]): Promise<void> {
  for (const name of names) {
    await openUntitled(name);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}
