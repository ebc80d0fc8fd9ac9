// The code action of `real-registry-call` beyond suppression (features/suppression.ts has that one): in Elixir, a
// Mimic `stub` skeleton for the called function in the test module's `setup` block (a new `setup do … :ok end` after
// `use ExUnit.Case…` when there is none).
import { type CodeAction, CodeActionKind, type Diagnostic, Position, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LexicalMap } from '../strings/lexicalMap';
import * as shared from '../strings/scanHelpers';
import { tokenize, type Tokens } from './codeTokens';
import type { RegistryCallData } from './diagnose';
import { DIAGNOSTIC_SOURCE, REAL_REGISTRY_CALL } from '../utils/diagnosticCodes';
import { mimicStub } from './messages';
import { eol, indentOf, lineText } from '../utils/documentText';
import { moduleOf } from './rules';

const { Ch } = shared;
const INDENT = '  ';

export function registryCallActions(
  document: TextDocument,
  map: LexicalMap,
  diagnostics: readonly Diagnostic[],
): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || diagnostic.code !== REAL_REGISTRY_CALL) continue;
    const data = diagnostic.data as Partial<RegistryCallData> | undefined;
    if (document.languageId === 'elixir' && data?.target && data.kind !== 'url') {
      const edits = elixirStubEdits(document, map, data.target, data.arity ?? 0);
      if (edits.length) {
        actions.push({
          title: `Stub ${data.target} with Mimic in setup`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [document.uri]: edits } },
        });
      }
    }
  }
  return actions;
}

/**
 * Edits inserting `stub(Mod, :fun, fn … -> … end)` into the first `setup … do` block of the module, or a new
 * setup block after `use ExUnit.Case…` (after `defmodule … do` without one); plus `use Mimic` when missing.
 */
export function elixirStubEdits(document: TextDocument, map: LexicalMap, target: string, arity: number): TextEdit[] {
  const tokens = tokenize(document.getText(), map, 'elixir');
  const newline = eol(document);
  const stub = mimicStub(target, arity).replace('-> … end', '-> {:ok, []} end');
  const note = `# TODO: return what this test needs; Mimic.copy(${moduleOf(target)}) must run in test/test_helper.exs`;
  const anchors = findAnchors(tokens);
  const useMimic = anchors.usesMimic ? '' : 'use Mimic';
  if (anchors.setupDo >= 0) {
    const indent = lineIndent(document, tokens, anchors.setupDo) + INDENT;
    const edits = [
      TextEdit.insert(
        afterLine(document, tokens, anchors.setupDo),
        `${indent}${note}${newline}${indent}${stub}${newline}`,
      ),
    ];
    const mimicAt = anchors.useCase >= 0 ? anchors.useCase : anchors.moduleDo;
    if (useMimic && mimicAt >= 0) {
      const mimicIndent = lineIndent(document, tokens, anchors.useCase >= 0 ? anchors.useCase : anchors.setupDo);
      edits.push(TextEdit.insert(afterLine(document, tokens, mimicAt), `${mimicIndent}${useMimic}${newline}`));
    }
    return edits;
  }
  const at = anchors.useCase >= 0 ? anchors.useCase : anchors.moduleDo;
  if (at < 0) return [];
  const indent = anchors.useCase >= 0 ? lineIndent(document, tokens, at) : lineIndent(document, tokens, at) + INDENT;
  const lines = [
    ...(useMimic ? [`${indent}${useMimic}`] : []),
    '',
    `${indent}setup do`,
    `${indent}${INDENT}${note}`,
    `${indent}${INDENT}${stub}`,
    `${indent}${INDENT}:ok`,
    `${indent}end`,
  ];
  return [TextEdit.insert(afterLine(document, tokens, at), `${lines.join(newline)}${newline}`)];
}

interface Anchors {
  /** Tokens: the `do` of the first `setup … do`, the last of the first `use …` line, the `do` of `defmodule … do`. */
  setupDo: number;
  useCase: number;
  moduleDo: number;
  usesMimic: boolean;
}

function findAnchors(tokens: Tokens): Anchors {
  const anchors: Anchors = { setupDo: -1, useCase: -1, moduleDo: -1, usesMimic: false };
  for (let t = 0; t < tokens.count; t++) {
    if (!tokens.lineStart(t) || !tokens.isIdent(t)) continue;
    if (tokens.is(t, 'defmodule') && anchors.moduleDo < 0) anchors.moduleDo = lastOnLine(tokens, t);
    else if ((tokens.is(t, 'use') || tokens.is(t, 'import')) && tokens.is(t + 1, 'Mimic')) anchors.usesMimic = true;
    else if (tokens.is(t, 'use') && tokens.isCapitalized(t + 1) && anchors.useCase < 0) {
      anchors.useCase = lastOnLine(tokens, t); // `use ExUnit.Case, async: true` or a case template
    } else if (tokens.is(t, 'setup') && anchors.setupDo < 0) {
      const last = lastOnLine(tokens, t);
      if (tokens.is(last, 'do') && !tokens.isPunct(last + 1, Ch.Colon)) anchors.setupDo = last;
    }
  }
  return anchors;
}

/** The last token of the line token `t` is on (of the statement, for a `use` spanning brackets). */
function lastOnLine(tokens: Tokens, t: number): number {
  let j = t;
  while (j + 1 < tokens.count && !tokens.lineStart(j + 1)) j++;
  return j;
}

function afterLine(document: TextDocument, tokens: Tokens, t: number): Position {
  return Position.create(document.positionAt(tokens.ends[t]).line + 1, 0);
}

function lineIndent(document: TextDocument, tokens: Tokens, t: number): string {
  return indentOf(lineText(document, document.positionAt(tokens.starts[t]).line));
}
