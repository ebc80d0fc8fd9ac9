// Model Registry: Insert Model ID…. A searchable quick pick of every loaded model (modelPickerRows.ts), fed by
// `modelRegistry/modelPicker` for the cursor; the pick replaces the string content at the cursor, or is inserted in
// quotes where there is no string.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type ModelPickerItem, type ModelPickerResult, ModelPickerRequest } from '../../../shared/protocol';
import { pickerRows } from '../modelPickerRows';

export const INSERT_MODEL_COMMAND = 'modelRegistry.insertModel';

interface ModelQuickPickItem extends vscode.QuickPickItem {
  /** Absent on the provider separators. */
  model?: ModelPickerItem;
}

/** Returns the text inserted, or undefined when nothing was (cancelled, no editor, no models). */
export async function insertModel(client: LanguageClient): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Model Registry: open a file to insert a model ID into.');
    return undefined;
  }
  const { document } = editor;
  const version = document.version;
  const cancel = new vscode.CancellationTokenSource();
  const quickPick = vscode.window.createQuickPick<ModelQuickPickItem>();
  quickPick.title = 'Insert Model ID';
  quickPick.placeholder = 'Search by provider, model ID or name';
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.busy = true;
  try {
    const chosen = choose(quickPick, cancel);
    quickPick.show();
    const answer = await client
      .sendRequest(
        ModelPickerRequest,
        {
          textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) },
          position: client.code2ProtocolConverter.asPosition(editor.selection.active),
        },
        cancel.token,
      )
      .catch((error: unknown) => {
        if (cancel.token.isCancellationRequested) return undefined; // closed before the list came: nothing wrong
        throw error;
      });
    if (!answer) return undefined;
    if (answer.items.length === 0) {
      quickPick.hide();
      void vscode.window.showInformationMessage(
        'Model Registry: no models to offer here: the catalogs are still loading, or the file is not in a supported language.',
      );
      return undefined;
    }
    quickPick.items = pickerRows(answer.items).map(({ kind, label, ...row }) =>
      kind === 'separator' ? { label, kind: vscode.QuickPickItemKind.Separator } : { label, ...row },
    );
    quickPick.busy = false;
    const model = await chosen;
    if (!model) return undefined;
    if (document.version !== version) {
      void vscode.window.showWarningMessage(
        'Model Registry: the file changed while the list was open; run Insert Model ID… again.',
      );
      return undefined;
    }
    return await insert(editor, client, answer, model);
  } finally {
    cancel.dispose();
    quickPick.dispose();
  }
}

/** The accepted model; undefined once the quick pick is closed. Accepting before the list arrived does nothing. */
function choose(
  quickPick: vscode.QuickPick<ModelQuickPickItem>,
  cancel: vscode.CancellationTokenSource,
): Promise<ModelPickerItem | undefined> {
  return new Promise(resolve => {
    quickPick.onDidAccept(() => {
      const model = quickPick.selectedItems[0]?.model;
      if (!model) return;
      resolve(model);
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      cancel.cancel(); // a list still on its way is not wanted any more
      resolve(undefined);
    });
  });
}

async function insert(
  editor: vscode.TextEditor,
  client: LanguageClient,
  answer: ModelPickerResult,
  model: ModelPickerItem,
): Promise<string | undefined> {
  const quote = answer.quote ?? '';
  const [range, text] = answer.replace
    ? [client.protocol2CodeConverter.asRange(answer.replace), model.insertText]
    : [editor.selection, `${quote}${model.insertText}${quote}`];
  return (await editor.edit(edit => edit.replace(range, text))) ? text : undefined;
}
