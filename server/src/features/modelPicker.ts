// The models behind **Insert Model ID…** (SPEC §6, `modelRegistry/modelPicker`): in completion's ranking, the
// models of the call's provider when the cursor is in a call that implies one, else every model once (those of the
// provider the string at the cursor names first), each spelled for the call or file at the cursor; and where to put
// the pick (the string at the cursor, or a new quoted one).
import type { Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { languageById } from '../../../shared/languages';
import type { ModelPickerItem, ModelPickerResult } from '../../../shared/protocol';
import type { Spelling } from '../callContexts/modelCallTable';
import { modelSlots, type ExtraModelCall, type ModelSlot } from '../callContexts/modelSlots';
import type { ModelIndex } from '../catalog/modelIndex';
import { completeRows } from '../catalog/modelSearch';
import type { ModelQueries } from '../registry/modelQueries';
import type { LexicalMap } from '../strings/lexicalMap';
import { literalContentAt } from './modelLiterals';
import { dialectProviderName, readModelText, resolveReading } from './modelReading';

export interface ModelPickerDeps {
  queries: ModelQueries;
  lexicalMap: LexicalMap;
  today: string;
  modelCalls?: readonly ExtraModelCall[];
}

/** Enough to find any model by typing; more would only slow the quick pick down. */
const MAX_ITEMS = 3000;

export function pickModels(document: TextDocument, position: Position, deps: ModelPickerDeps): ModelPickerResult {
  const text = document.getText();
  const found = literalContentAt(text, deps.lexicalMap, document.offsetAt(position));
  const slot = found
    ? modelSlots(text, deps.lexicalMap, document.languageId, deps.modelCalls)[
        deps.lexicalMap.strings.indexOf(found.literal)
      ]
    : undefined;
  const index = deps.queries.models;
  const scope = slot?.provider === undefined ? {} : { provider: slot.provider };
  const { rows } = completeRows(index, scope, '', MAX_ITEMS);
  const named = found && slot?.provider === undefined ? namedProvider(found.text, slot, deps.queries) : undefined;
  if (named !== undefined)
    rows.sort((a, b) => Number(index.provider(b) === named) - Number(index.provider(a) === named));
  const spelling = spellingAt(found?.text, slot, document.languageId, index);
  const items = rows.map(row => pickerItem(index, row, spell(index, row, slot, spelling), deps.today));
  if (found) {
    const { contentStart, contentEnd } = found.literal;
    return { items, replace: { start: document.positionAt(contentStart), end: document.positionAt(contentEnd) } };
  }
  return { items, quote: document.languageId === 'yaml' ? '' : '"' };
}

/** The provider the string's text names: its prefix, or the model a bare ID resolves to. */
function namedProvider(text: string, slot: ModelSlot | undefined, queries: ModelQueries): string | undefined {
  const reading = readModelText(text, slot, queries.models);
  if (reading.provider !== undefined) return reading.provider;
  const found = reading.model === '' ? undefined : resolveReading(queries, reading, text);
  return found && queries.models.provider(found.row);
}

/**
 * How the picks are spelled: as the string at the cursor spells its provider (`anthropic:…`, `openai/…`), else as
 * the slot does; outside any slot, as the language usually does (ReqLLM's `provider:model` in Elixir, bare elsewhere).
 */
function spellingAt(
  text: string | undefined,
  slot: ModelSlot | undefined,
  languageId: string,
  index: ModelIndex,
): Spelling {
  const reading = text === undefined ? undefined : readModelText(text, slot, index);
  if (reading?.separator === ':' || reading?.separator === '/')
    return reading.separator === ':' ? 'provider:model' : 'provider/model';
  return slot?.spelling ?? (languageById(languageId)?.separator === ':' ? 'provider:model' : 'bare');
}

/** The ID spelled for the slot: bare in a call that implies the provider, else with the dialect's provider name. */
function spell(index: ModelIndex, row: number, slot: ModelSlot | undefined, spelling: Spelling): string {
  const id = index.id(row);
  if (slot?.provider !== undefined || spelling === 'bare') return id;
  const separator = spelling === 'provider:model' ? ':' : '/';
  return `${dialectProviderName(slot?.dialect ?? 'catalog', index.provider(row))}${separator}${id}`;
}

function pickerItem(index: ModelIndex, row: number, insert: string, today: string): ModelPickerItem {
  const record = index.record(row);
  const item: ModelPickerItem = {
    insertText: insert,
    id: record.id,
    provider: record.provider,
    providerName: index.providerDisplayName(record.provider),
    deprecated: index.lifecycle(row, today).retired,
  };
  if (record.name !== undefined) item.name = record.name;
  if (record.contextWindow !== undefined) item.contextWindow = record.contextWindow;
  if (record.inputPricePerMTok !== undefined) item.inputPrice = record.inputPricePerMTok;
  if (record.outputPricePerMTok !== undefined) item.outputPrice = record.outputPricePerMTok;
  if (record.releaseDate !== undefined) item.releaseDate = record.releaseDate;
  return item;
}
