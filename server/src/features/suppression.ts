// Suppression comments (SPEC §4): `model-registry-disable-next-line [codes…]` silences the next line,
// `model-registry-disable-file [codes…]` the whole file; without codes, every code. And their quick fixes, for every
// code: the comment above the diagnostic's line (at its indentation), or at the top of the file.
import { type CodeAction, CodeActionKind, type Diagnostic, Position, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { languageById } from '../../../shared/languages';
import type { LexicalMap } from '../strings/lexicalMap';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_SOURCE } from '../utils/diagnosticCodes';
import { eol, indentOf, lineText } from '../utils/documentText';

const NEXT_LINE = 'model-registry-disable-next-line';
const FILE = 'model-registry-disable-file';
/** `unknown-model`, `real-registry-call`: lower-case words joined by hyphens. */
const CODE = /^[a-z]+(?:-[a-z]+)+$/;

type Codes = Set<string> | 'all';

export function applySuppressions(diagnostics: Diagnostic[], document: TextDocument, map: LexicalMap): Diagnostic[] {
  if (diagnostics.length === 0) return diagnostics;
  const text = document.getText();
  let file: Codes | undefined;
  const lines = new Map<number, Codes>();
  for (const [start, end] of map.comments) {
    const comment = text.slice(start, end);
    const fileCodes = codesAfter(comment, FILE);
    if (fileCodes) file = merge(file, fileCodes);
    const lineCodes = codesAfter(comment, NEXT_LINE);
    if (lineCodes) {
      const line = document.positionAt(end).line + 1;
      lines.set(line, merge(lines.get(line), lineCodes));
    }
  }
  if (!file && lines.size === 0) return diagnostics;
  return diagnostics.filter(d => !silences(file, d) && !silences(lines.get(d.range.start.line), d));
}

function codesAfter(comment: string, marker: string): Codes | undefined {
  const at = comment.indexOf(marker);
  if (at < 0) return undefined;
  const rest = comment.slice(at + marker.length);
  if (rest !== '' && !/^[\s,:]/.test(rest)) return undefined; // `…-disable-next-lines` is another word
  const codes = rest.split(/[\s,]+/).filter(word => CODE.test(word));
  return codes.length ? new Set(codes) : 'all';
}

function merge(a: Codes | undefined, b: Codes): Codes {
  if (a === undefined) return b;
  if (a === 'all' || b === 'all') return 'all';
  return new Set([...a, ...b]);
}

function silences(codes: Codes | undefined, diagnostic: Diagnostic): boolean {
  return codes === 'all' || (codes !== undefined && typeof diagnostic.code === 'string' && codes.has(diagnostic.code));
}

/** "Disable CODE for this line" and "… for this file" for each of our diagnostics, in languages with line comments. */
export function suppressionFixes(document: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const comment = languageById(document.languageId)?.lineComment;
  if (comment === undefined) return [];
  const actions: CodeAction[] = [];
  const newline = eol(document);
  const bom = document.getText().startsWith('\uFEFF');
  for (const diagnostic of diagnostics) {
    const code = diagnostic.code;
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || !(DIAGNOSTIC_CODES as readonly unknown[]).includes(code)) continue;
    const line = diagnostic.range.start.line;
    const insert = (at: number, indent: string, marker: string, jsx = false): TextEdit =>
      TextEdit.insert(
        Position.create(at, at === 0 && bom ? 1 : 0),
        jsx
          ? `${indent}{/* ${marker} ${String(code)} */}${newline}`
          : `${indent}${comment} ${marker} ${String(code)}${newline}`,
      );
    // A byte order mark is no indentation, and stays the file's first character: a comment on the first line goes
    // after it.
    const indent = indentOf(lineText(document, line)).replace(/\uFEFF/g, '');
    actions.push(
      fix(
        `Disable ${String(code)} for this line`,
        diagnostic,
        document.uri,
        insert(line, indent, NEXT_LINE, isJsxChild(document, line)),
      ),
      fix(
        `Disable ${String(code)} for this file`,
        diagnostic,
        document.uri,
        insert(fileCommentLine(document), '', FILE),
      ),
    );
  }
  return actions;
}

/**
 * Whether a JSX or TSX line is an element among another element's children (`<Chat … />` after `<div>`), where a
 * `//` line would be text on the page: there the comment is a block comment in braces, a JSX expression.
 */
function isJsxChild(document: TextDocument, line: number): boolean {
  if (document.languageId !== 'typescriptreact' && document.languageId !== 'javascriptreact') return false;
  if (!lineText(document, line).trimStart().startsWith('<')) return false;
  for (let before = line - 1; before >= 0; before--) {
    const previous = lineText(document, before).trimEnd();
    if (previous === '') continue;
    return previous.endsWith('>') && !previous.endsWith('=>');
  }
  return false;
}

function fix(title: string, diagnostic: Diagnostic, uri: string, edit: TextEdit): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [edit] } } };
}

/** The first line, or the one after a `#!` line (a script's interpreter line must stay first). */
function fileCommentLine(document: TextDocument): number {
  return lineText(document, 0).startsWith('#!') ? 1 : 0;
}
