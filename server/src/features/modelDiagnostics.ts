// `unknown-model` and `deprecated-model` diagnostics (SPEC §4) for every string literal of a document.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ModelIndex } from '../catalog/modelIndex';
import type { ModelRecord } from '../catalog/modelRecord';
import type { ModelQueries } from '../registry/modelQueries';
import { DEPRECATED_MODEL, DIAGNOSTIC_SOURCE, UNKNOWN_MODEL } from '../utils/diagnosticCodes';
import { DiagnosticSeverity, DiagnosticTag } from '../utils/lspValues';
import type { LexicalMap, StringLiteral } from '../strings/lexicalMap';
import { isDeprecated } from './modelDocs';
import { isModuleSpecifier, looksLikeFilePath, looksLikeModelId, MODEL_KEYS } from './modelLiterals';
import { readTyped, spell } from '../catalog/modelSpelling';

const SUGGESTIONS = 3;

/** Carried on each diagnostic for its quick fixes: the IDs that may replace the literal's content. */
export interface ModelDiagnosticData {
  replacements: string[];
}

/** A diagnostic before its literal's range is computed (only for the literals that get one). */
type UnplacedDiagnostic = Omit<Diagnostic, 'range'>;

export interface ModelDiagnosticsDeps {
  queries: ModelQueries;
  lexicalMap: LexicalMap;
  today: string;
}

export function diagnoseModelIds(document: TextDocument, deps: ModelDiagnosticsDeps): Diagnostic[] {
  const text = document.getText();
  const diagnostics: Diagnostic[] = [];
  for (const literal of deps.lexicalMap.strings) {
    if (literal.interpolations.length > 0) continue;
    const content = text.slice(literal.contentStart, literal.contentEnd);
    if (!looksLikeModelId(content)) continue;
    const records = deps.queries.resolve(content);
    const diagnostic =
      records.length > 0
        ? deprecatedModel(content, records[0], deps)
        : !looksLikeFilePath(content) && !isModuleSpecifier(text, literal)
          ? unknownModel(content, literal, deps.queries)
          : undefined;
    if (diagnostic)
      diagnostics.push({
        range: { start: document.positionAt(literal.contentStart), end: document.positionAt(literal.contentEnd) },
        ...diagnostic,
      });
  }
  return diagnostics;
}

function deprecatedModel(
  content: string,
  record: ModelRecord,
  deps: ModelDiagnosticsDeps,
): UnplacedDiagnostic | undefined {
  if (!isDeprecated(record, deps.today)) return undefined;
  const replacement =
    record.replacement === undefined ? undefined : spellLike(content, record.replacement, deps.queries.models);
  const since = record.deprecationDate ? ` (deprecation date ${record.deprecationDate})` : '';
  const data: ModelDiagnosticData = { replacements: replacement ? [replacement] : [] };
  return {
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: DEPRECATED_MODEL,
    tags: [DiagnosticTag.Deprecated],
    message: `Model "${content}" is deprecated${since}${replacement ? `; use "${replacement}" instead` : ''}.`,
    data,
  };
}

function unknownModel(content: string, literal: StringLiteral, queries: ModelQueries): UnplacedDiagnostic | undefined {
  const index = queries.models;
  const typed = readTyped(content, index);
  const inModelSlot = literal.key !== undefined && MODEL_KEYS.has(literal.key);
  if (typed.provider === undefined ? !inModelSlot : typed.model === '') return undefined;
  const replacements = queries.suggestions(content, typed, SUGGESTIONS);
  const where =
    typed.provider === undefined
      ? 'not in any loaded catalog'
      : `${typed.provider} has no model "${typed.model}" in the loaded catalogs`;
  const hint = replacements.length ? ` Did you mean ${replacements.map(r => `"${r}"`).join(', ')}?` : '';
  const data: ModelDiagnosticData = { replacements };
  return {
    severity: DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: UNKNOWN_MODEL,
    message: `Unknown model "${content}": ${where}.${hint}`,
    data,
  };
}

/** A replacement ID spelled with the provider the user wrote, unless it names its own provider. */
function spellLike(content: string, replacement: string, index: ModelIndex): string {
  const typed = readTyped(content, index);
  return readTyped(replacement, index).provider !== undefined
    ? replacement
    : spell(typed.provider, typed.separator, replacement);
}
