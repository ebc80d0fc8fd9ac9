// Every diagnostic of one document, for the server and the CLI alike (so the editor and CI always agree): model IDs
// (`unknown-model`, `deprecated-model`) when a registry is given, calls to the real registry in test files, then
// suppression comments.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ModelQueries } from '../registry/modelQueries';
import { diagnoseRegistryCalls, type RegistryCallContext } from '../registryCalls/diagnose';
import type { LexicalMap } from '../strings/lexicalMap';
import { diagnoseModelIds } from './modelDiagnostics';
import { applySuppressions } from './suppression';

export interface DocumentDiagnosticsDeps {
  /** The loaded catalogs; without them (a plain `model-registry check`) model IDs are not checked. */
  queries?: ModelQueries;
  registryCalls: RegistryCallContext;
  /** `YYYY-MM-DD`, for deprecation dates. */
  today: string;
}

/**
 * `file` is the document's path (undefined for an unsaved one, which is no test file). `lexicalMap` is asked for
 * only when needed: without a registry, most files are settled by one text search.
 */
export function diagnoseDocument(
  document: TextDocument,
  file: string | undefined,
  lexicalMap: () => LexicalMap | undefined,
  deps: DocumentDiagnosticsDeps,
): Diagnostic[] {
  const diagnostics = diagnoseRegistryCalls(document, file, deps.registryCalls, lexicalMap);
  const map = deps.queries ? lexicalMap() : undefined;
  if (deps.queries && map)
    diagnostics.push(...diagnoseModelIds(document, { queries: deps.queries, lexicalMap: map, today: deps.today }));
  if (diagnostics.length === 0) return diagnostics;
  return applySuppressions(diagnostics, document, lexicalMap()!);
}
