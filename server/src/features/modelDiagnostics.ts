// `unknown-model` and `deprecated-model` diagnostics (SPEC §4) for every string literal of a document.
import { distance } from 'fastest-levenshtein';
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ModelIndex } from '../catalog/modelIndex';
import type { ModelRecord } from '../catalog/modelRecord';
import type { ModelRegistry } from '../registry/modelRegistry';
import { DiagnosticSeverity, DiagnosticTag } from '../lspValues';
import type { LexicalMap, StringLiteral } from '../strings/lexicalMap';
import { resolveCached } from './hover';
import { isDeprecated } from './modelDocs';
import { isModuleSpecifier, looksLikeFilePath, looksLikeModelId, MODEL_KEYS } from './modelLiterals';
import { readTyped, spell, TypedModelId } from './modelSpelling';

export const DIAGNOSTIC_SOURCE = 'model-registry';
export const UNKNOWN_MODEL = 'unknown-model';
export const DEPRECATED_MODEL = 'deprecated-model';
const SUGGESTIONS = 3;
/** Candidates ranked per unknown ID: enough to find the closest, few enough for thousands of literals. */
const SUGGESTION_POOL = 12;
const FUZZY_POOL = 6;

/** Carried on each diagnostic for its quick fixes: the IDs that may replace the literal's content. */
export interface ModelDiagnosticData {
  replacements: string[];
}

/** A diagnostic before its literal's range is computed (only for the literals that get one). */
type UnplacedDiagnostic = Omit<Diagnostic, 'range'>;

export interface ModelDiagnosticsDeps {
  registry: ModelRegistry;
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
    const records = resolveCached(deps.registry, content);
    const diagnostic = records.length > 0
      ? deprecatedModel(content, records[0], deps)
      : !looksLikeFilePath(content) && !isModuleSpecifier(text, literal) ? unknownModel(content, literal, deps.registry) : undefined;
    if (diagnostic) diagnostics.push({ range: { start: document.positionAt(literal.contentStart), end: document.positionAt(literal.contentEnd) }, ...diagnostic });
  }
  return diagnostics;
}

function deprecatedModel(content: string, record: ModelRecord, deps: ModelDiagnosticsDeps): UnplacedDiagnostic | undefined {
  if (!isDeprecated(record, deps.today)) return undefined;
  const replacement = record.replacement === undefined ? undefined : spellLike(content, record.replacement, deps.registry.models);
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

function unknownModel(content: string, literal: StringLiteral, registry: ModelRegistry): UnplacedDiagnostic | undefined {
  const index = registry.models;
  const typed = readTyped(content, index);
  const inModelSlot = literal.key !== undefined && MODEL_KEYS.has(literal.key);
  if (typed.provider === undefined ? !inModelSlot : typed.model === '') return undefined;
  const replacements = registry.cached(`suggest\u0000${content}`, idx => closestIds(idx, typed, SUGGESTIONS));
  const where = typed.provider === undefined ? 'not in any loaded catalog' : `${typed.provider} has no model "${typed.model}" in the loaded catalogs`;
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

/**
 * The closest known IDs, spelled like the typed text: the longest shared beginning first (a typo's tail matters
 * less than the family it starts with), then edit distance. Candidates are prefix and fuzzy matches.
 */
function closestIds(index: ModelIndex, typed: TypedModelId, count: number): string[] {
  const { provider, separator, model } = typed;
  // Ranked by shared beginning first, so the best candidates are the sorted neighbours of the typed ID; the
  // fuzzy search adds the ones a typo near the start would hide.
  const pool = new Set(index.idsAround(provider, model, SUGGESTION_POOL));
  const longestShared = Math.max(0, ...Array.from(pool, id => sharedPrefixLength(model, id)));
  if (longestShared * 2 < model.length) for (const id of index.idsMatching(provider, model, FUZZY_POOL)) pool.add(id);
  return [...pool]
    .map(id => ({ id, shared: sharedPrefixLength(model, id), edits: distance(model, id) }))
    .sort((a, b) => b.shared - a.shared || a.edits - b.edits || (a.id < b.id ? -1 : 1))
    .slice(0, count)
    .map(({ id }) => spell(provider, separator, id));
}

function sharedPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** A replacement ID spelled with the provider the user wrote, unless it names its own provider. */
function spellLike(content: string, replacement: string, index: ModelIndex): string {
  const typed = readTyped(content, index);
  return readTyped(replacement, index).provider !== undefined ? replacement : spell(typed.provider, typed.separator, replacement);
}
