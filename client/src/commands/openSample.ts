// Model Registry: Open a Sample File. The walkthrough's first step: a new, unsaved Python file with calls that show
// completion, a hover, a typo with its quick fix, a deprecated model and strings that only look like model IDs
// (walkthrough/sample.py, packed with the extension). Unsaved, so trying things in it changes nothing on disk.
import * as fs from 'node:fs/promises';
import * as vscode from 'vscode';

export const OPEN_SAMPLE_COMMAND = 'modelRegistry.openSample';

export async function openSample(context: vscode.ExtensionContext): Promise<vscode.TextEditor> {
  const content = await fs.readFile(context.asAbsolutePath('walkthrough/sample.py'), 'utf8');
  const document = await vscode.workspace.openTextDocument({ language: 'python', content });
  return vscode.window.showTextDocument(document);
}
