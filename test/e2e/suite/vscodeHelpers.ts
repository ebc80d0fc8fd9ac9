// Small helpers for tests running in the extension host: polling with a deadline (never a fixed sleep) and
// fixture access through the workspace folder the launcher opened.
import * as assert from 'node:assert';
import * as vscode from 'vscode';

/** Polls `get` every 100 ms until `ok` holds; fails with the last value after `ms`. */
export async function waitFor<T>(
  get: () => T | Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  ms = 20_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await get();
    if (ok(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${ms} ms waiting for ${what}; last value: ${JSON.stringify(value, null, 1)?.slice(0, 2000)}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the launcher opens the fixture workspace');
  return folder;
}

export async function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceFolder().uri, relativePath));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** The position `offset` characters into the first occurrence of `text` in the document. */
export function positionOf(document: vscode.TextDocument, text: string, offset = 0): vscode.Position {
  const at = document.getText().indexOf(text);
  assert.ok(at >= 0, `${document.uri.path} contains ${text}`);
  return document.positionAt(at + offset);
}

export function diagnosticCode(diagnostic: vscode.Diagnostic): string | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === undefined ? undefined : String(code);
}

export function diagnosticsWithCode(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => diagnosticCode(d) === code);
}

export function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
}
