// Small reads of a document's text that edits need: one line without its line break, and the document's own line
// break (an edit keeps a CRLF file CRLF).
import type { TextDocument } from 'vscode-languageserver-textdocument';

export function lineText(document: TextDocument, line: number): string {
  return document
    .getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } })
    .replace(/\r?\n$/, '');
}

/** The line's leading spaces and tabs. */
export function indentOf(text: string): string {
  return text.slice(0, text.length - text.trimStart().length);
}

export function eol(document: TextDocument): string {
  const text = document.getText();
  return text.includes('\r\n') ? '\r\n' : text.includes('\r') ? '\r' : '\n';
}
