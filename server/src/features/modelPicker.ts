// The models **Insert Model ID…** offers at a cursor (SPEC §6, `modelRegistry/modelPicker`): every loaded model,
// spelled as the string at the cursor spells provider and model (or as the language usually does, outside a string),
// with the range to replace when the cursor is in a string. The client searches the list, so all of it is sent.
// The ranking is deliberately simple (to be replaced by completion's, SPEC §4): the provider the string names first,
// then well-known model makers, then every other provider by name; within one, current before deprecated, newer
// before older.
import type { Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ModelPickerItem, ModelPickerResult } from '../../../shared/protocol';
import type { ModelRecord } from '../catalog/modelRecord';
import { defaultSeparator, readTyped, type Separator, spell } from '../catalog/modelSpelling';
import type { ModelQueries } from '../registry/modelQueries';
import type { LexicalMap } from '../strings/lexicalMap';
import { isDeprecated } from './modelDocs';
import { literalContentAt } from './modelLiterals';

export interface ModelPickerDeps {
  queries: ModelQueries;
  lexicalMap: LexicalMap;
  /** `YYYY-MM-DD`, for deprecation dates. */
  today: string;
}

/** More than every catalog in use holds (models.dev has about 10,000 records): the list is never cut. */
const EVERY_MODEL = 100_000;

/** Every supported language takes a double-quoted string. */
const QUOTE = '"';

/** Model makers offered first, in this order, with their display names; other providers show their catalog ID. */
const MODEL_MAKERS: readonly (readonly [id: string, name: string])[] = [
  ['openai', 'OpenAI'],
  ['anthropic', 'Anthropic'],
  ['google', 'Google'],
  ['xai', 'xAI'],
  ['mistral', 'Mistral'],
  ['deepseek', 'DeepSeek'],
  ['meta', 'Meta'],
  ['cohere', 'Cohere'],
  ['amazon-bedrock', 'Amazon Bedrock'],
  ['azure', 'Azure'],
  ['google-vertex', 'Vertex AI'],
  ['groq', 'Groq'],
  ['openrouter', 'OpenRouter'],
];
const MAKER_NAMES: ReadonlyMap<string, string> = new Map(MODEL_MAKERS);
const MAKER_RANKS: ReadonlyMap<string, number> = new Map(MODEL_MAKERS.map(([id], rank) => [id, rank]));

export function pickModels(document: TextDocument, position: Position, deps: ModelPickerDeps): ModelPickerResult {
  const offset = document.offsetAt(position);
  const found = literalContentAt(document.getText(), deps.lexicalMap, offset);
  const index = deps.queries.models;
  const typed = found ? readTyped(found.text, index) : undefined;
  // The model the string already names decides the first provider; an empty string or none names no model.
  const current = (
    typed?.provider ?? (typed?.model ? index.withBareId(typed.model)[0]?.provider : undefined)
  )?.toLowerCase();
  // As the string spells it; a bare ID stays bare (the call takes the provider from elsewhere); else the language's way.
  const separator: Separator | undefined =
    typed?.provider !== undefined ? typed.separator : typed?.model ? undefined : defaultSeparator(document.languageId);

  const seen = new Set<string>();
  const records: ModelRecord[] = [];
  for (const id of deps.queries.completions({ model: '' }, EVERY_MODEL).ids) {
    for (const record of index.withBareId(id)) {
      const key = `${record.provider}\u0000${record.id}`; // an alias lists its model under the alias too
      if (seen.has(key)) continue;
      seen.add(key);
      records.push(record);
    }
  }
  const items = records
    .map(record => ({ record, deprecated: isDeprecated(record, deps.today) }))
    .sort((a, b) => compareProviders(a.record.provider, b.record.provider, current) || compareModels(a, b))
    .map(({ record, deprecated }) => toItem(record, deprecated, spell(record.provider, separator, record.id)));

  if (!found) return { items, quote: QUOTE };
  const { literal } = found;
  return {
    items,
    replace: { start: document.positionAt(literal.contentStart), end: document.positionAt(literal.contentEnd) },
  };
}

function toItem(record: ModelRecord, deprecated: boolean, insertText: string): ModelPickerItem {
  const item: ModelPickerItem = {
    insertText,
    id: record.id,
    provider: record.provider,
    providerName: providerName(record.provider),
    deprecated,
  };
  if (record.name !== undefined) item.name = record.name;
  if (record.contextWindow !== undefined) item.contextWindow = record.contextWindow;
  if (record.inputPricePerMTok !== undefined) item.inputPrice = record.inputPricePerMTok;
  if (record.outputPricePerMTok !== undefined) item.outputPrice = record.outputPricePerMTok;
  if (record.releaseDate !== undefined) item.releaseDate = record.releaseDate;
  return item;
}

function providerName(provider: string): string {
  return MAKER_NAMES.get(provider) ?? provider;
}

/** The string's provider, then the model makers in their order, then the others by ID. */
function compareProviders(a: string, b: string, first: string | undefined): number {
  if (a === b) return 0;
  if (a.toLowerCase() === first) return -1;
  if (b.toLowerCase() === first) return 1;
  const rank = (provider: string): number => MAKER_RANKS.get(provider) ?? MODEL_MAKERS.length;
  return rank(a) - rank(b) || (a < b ? -1 : 1);
}

/** Current before deprecated, newer before older (undated last), then by ID. */
function compareModels(
  a: { record: ModelRecord; deprecated: boolean },
  b: { record: ModelRecord; deprecated: boolean },
): number {
  if (a.deprecated !== b.deprecated) return a.deprecated ? 1 : -1;
  const dateA = a.record.releaseDate ?? '';
  const dateB = b.record.releaseDate ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
}
