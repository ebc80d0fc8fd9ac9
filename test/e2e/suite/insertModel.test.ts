/// <reference types="mocha" />
// Insert Model ID…, run as a user would: the command opens the quick pick (fed by `modelRegistry/modelPicker`), the
// test accepts the first row the way Enter does, and reads the document. Untitled editors, so no fixture changes;
// each with its own name, as a closed untitled editor's name is given to the next one before its old document is gone.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension } from './fixture';
import { positionOf, waitFor } from './vscodeHelpers';

describe('Insert Model ID…', () => {
  before(async () => {
    await activateExtension();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('replaces the string at the cursor with the pick, its provider first and spelled like it', async () => {
    const editor = await untitledEditor('replace.ex', '@model "anthropic:claude-nonexistent-9"\n');
    const at = positionOf(editor.document, 'nonexistent');
    editor.selection = new vscode.Selection(at, at);
    const inserted = await insertFirstModel();
    assert.match(inserted ?? '', /^anthropic:[\w.:-]+$/, 'the first row is an Anthropic model, spelled provider:model');
    assert.strictEqual(editor.document.lineAt(0).text, `@model "${inserted}"`);
  });

  it('inserts the pick in quotes where the cursor is not in a string', async () => {
    const editor = await untitledEditor('insert.py', 'model = \n');
    const end = editor.document.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    const inserted = await insertFirstModel();
    // Outside any call that names a provider or a spelling: the bare ID the official SDKs take.
    assert.match(inserted ?? '', /^"[^"\s:]+"$/, 'quoted, a bare model ID');
    assert.strictEqual(editor.document.lineAt(0).text, `model = ${inserted}`);
  });
});

/** An untitled editor named `insert-model-<name>`, the extension giving its language. */
async function untitledEditor(name: string, content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(
    vscode.Uri.from({ scheme: 'untitled', path: `insert-model-${name}` }),
  );
  const editor = await vscode.window.showTextDocument(document);
  await editor.edit(edit => edit.insert(new vscode.Position(0, 0), content));
  return editor;
}

/**
 * Runs the command and accepts its quick pick's first row, as Enter does. Until the list has arrived an accept does
 * nothing, so it is repeated until the command ends.
 */
async function insertFirstModel(): Promise<string | undefined> {
  let ended = false;
  const inserted = Promise.resolve(
    vscode.commands.executeCommand<string | undefined>('modelRegistry.insertModel'),
  ).finally(() => (ended = true));
  await waitFor(
    async () => {
      if (!ended) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return ended;
    },
    done => done,
    'Insert Model ID… to take the first row',
  );
  return inserted;
}
