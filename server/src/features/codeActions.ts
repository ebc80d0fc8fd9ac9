// Quick fixes: replace the ID with a suggestion (unknown-model) or the replacement (deprecated-model), the
// suggestions travelling in each diagnostic's `data`; a Mimic stub for a real registry call in an Elixir test (from
// the registryCalls module) and a stub fixture of the catalog's models for it (fixtureAction.ts); and for every code,
// a suppression comment (features/suppression.ts).
import { type CodeAction, CodeActionKind, type Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { registryCallActions } from '../registryCalls/codeActionEdits';
import type { LexicalMap } from '../strings/lexicalMap';
import { DEPRECATED_MODEL, DIAGNOSTIC_SOURCE, UNKNOWN_MODEL } from '../utils/diagnosticCodes';
import { fixtureActions, type FixtureActionContext } from './fixtureAction';
import type { ModelDiagnosticData } from './modelDiagnostics';
import { suppressionFixes } from './suppression';

/** Every quick fix for the diagnostics of a code action request; `fixture` when the client can create files. */
export function quickFixes(
  document: TextDocument,
  map: LexicalMap,
  diagnostics: readonly Diagnostic[],
  fixture?: FixtureActionContext,
): CodeAction[] {
  return [
    ...modelQuickFixes(document.uri, diagnostics),
    ...registryCallActions(document, map, diagnostics),
    ...fixtureActions(document, diagnostics, fixture),
    ...suppressionFixes(document, diagnostics),
  ];
}

export function modelQuickFixes(uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (
      diagnostic.source !== DIAGNOSTIC_SOURCE ||
      (diagnostic.code !== UNKNOWN_MODEL && diagnostic.code !== DEPRECATED_MODEL)
    )
      continue;
    const data = diagnostic.data as Partial<ModelDiagnosticData> | undefined;
    const replacements = data?.replacements ?? [];
    replacements.forEach((replacement, i) => {
      actions.push({
        title: `Replace with "${replacement}"`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: i === 0 && data?.preferred !== false,
        edit: { changes: { [uri]: [TextEdit.replace(diagnostic.range, replacement)] } },
      });
    });
  }
  return actions;
}
