// The VS Code side of quickSuggestions.ts: looks at each file the user brings to the front (and again when
// `modelRegistry.completion.quickSuggestionsInStrings` changes), asks at most once (a notification, its answer kept
// in globalState across windows; closing it counts as "no"), and writes the language's `editor.quickSuggestions` in
// the user settings when told to.
import * as vscode from 'vscode';
import { DOCUMENT_SELECTOR } from './languageClient';
import { languageName, quickSuggestionsStep, withStringsOn } from './quickSuggestions';

const SETTING = 'modelRegistry.completion.quickSuggestionsInStrings';
const ANSWERED_KEY = 'modelRegistry.quickSuggestionsPromptAnswered';
const TURN_ON = 'Turn On';
const NO = 'No, Thanks';

export class QuickSuggestionsPrompt implements vscode.Disposable {
  private askedHere = false;
  private readonly listeners: vscode.Disposable[];

  constructor(
    private readonly globalState: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.listeners = [
      vscode.window.onDidChangeActiveTextEditor(editor => this.consider(editor?.document)),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration(SETTING)) this.consider(vscode.window.activeTextEditor?.document);
      }),
    ];
    this.consider(vscode.window.activeTextEditor?.document);
  }

  private consider(document: vscode.TextDocument | undefined): void {
    if (!document) return;
    const editor = vscode.workspace.getConfiguration('editor', document);
    const set = editor.inspect('quickSuggestions');
    const step = quickSuggestionsStep({
      supported: vscode.languages.match(DOCUMENT_SELECTOR, document) > 0,
      effective: editor.get('quickSuggestions'),
      setByUser: [
        set?.globalValue,
        set?.workspaceValue,
        set?.workspaceFolderValue,
        set?.globalLanguageValue,
        set?.workspaceLanguageValue,
        set?.workspaceFolderLanguageValue,
      ].filter(value => value !== undefined),
      turnOnByItself: vscode.workspace.getConfiguration(undefined, document).get<boolean>(SETTING, false),
      answered: this.globalState.get<boolean>(ANSWERED_KEY, false),
      askedHere: this.askedHere,
    });
    if (step === 'turnOn') void this.turnOn(document.languageId);
    else if (step === 'ask') void this.ask(document.languageId);
  }

  private async ask(languageId: string): Promise<void> {
    this.askedHere = true;
    const answer = await vscode.window.showInformationMessage(
      `Model Registry: show model ID suggestions as you type inside ${languageName(languageId)} strings? ` +
        'VS Code shows suggestions in strings only on Ctrl+Space.',
      TURN_ON,
      NO,
    );
    await this.globalState.update(ANSWERED_KEY, true);
    if (answer === TURN_ON) await this.turnOn(languageId);
  }

  /** Language-scoped in the user settings, so that it follows the user to every workspace. */
  private async turnOn(languageId: string): Promise<void> {
    const editor = vscode.workspace.getConfiguration('editor', { languageId });
    const value = withStringsOn(editor.inspect('quickSuggestions')?.globalLanguageValue);
    try {
      await editor.update('quickSuggestions', value, vscode.ConfigurationTarget.Global, true);
      this.log.info(
        `Suggestions now show as you type inside ${languageName(languageId)} strings: ` +
          `"[${languageId}]": { "editor.quickSuggestions": ${JSON.stringify(value)} } in the user settings.`,
      );
    } catch (error) {
      this.log.error(
        `Could not turn on suggestions in ${languageName(languageId)} strings: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  dispose(): void {
    this.listeners.forEach(listener => listener.dispose());
  }
}
