// Model-ID completion inside string literals (SPEC §4): spelled the way the user started, best first (prefix,
// then fuzzy), capped at `maxItems` with `isIncomplete`, a short detail, full docs on resolve, and an edit that
// replaces the whole ID in the string.
import {
  type CompletionItem,
  CompletionItemKind,
  CompletionItemTag,
  CompletionList,
  MarkupKind,
  type Position,
  Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ModelIndex } from '../catalog/modelIndex';
import type { ModelRecord } from '../catalog/modelRecord';
import type { Candidates, ModelQueries } from '../registry/modelQueries';
import type { LexicalMap } from '../strings/lexicalMap';
import { isDeprecated, modelMarkdown, shortDetail } from './modelDocs';
import { isModuleSpecifier, literalContentAt, looksLikeModelId, MODEL_KEYS } from './modelLiterals';
import { defaultSeparator, readTyped, type Separator, spell, type TypedModelId } from '../catalog/modelSpelling';

export interface CompletionDeps {
  queries: ModelQueries;
  lexicalMap: LexicalMap;
  maxItems: number;
  /** `YYYY-MM-DD`, for deprecation dates. */
  today: string;
  /** The client takes `CompletionList.itemDefaults.editRange` (LSP 3.17): one range for the list, not one per item. */
  editRangeDefault?: boolean;
}

/** What a resolve request needs to find the model again (the item's label is its spelling). */
export interface CompletionData {
  provider: string;
  id: string;
}

export function completeModelId(
  document: TextDocument,
  position: Position,
  deps: CompletionDeps,
): CompletionList | null {
  const offset = document.offsetAt(position);
  const documentText = document.getText();
  const found = literalContentAt(documentText, deps.lexicalMap, offset);
  if (!found || isModuleSpecifier(documentText, found.literal)) return null;
  const { literal, text } = found;
  const typedText = text.slice(0, offset - literal.contentStart);
  if (!looksLikeModelId(typedText) && typedText !== '') return null;
  const index = deps.queries.models;
  const typed = readTyped(typedText, index);
  const inModelSlot = literal.key !== undefined && MODEL_KEYS.has(literal.key);
  // An empty string anywhere is not a model ID yet; under a `model` key, or once a provider is typed, it is.
  if (!inModelSlot && typedText === '') return null;
  const separator = defaultSeparator(document.languageId);
  const candidates = deps.queries.completions(typed, deps.maxItems);
  const count = candidates.providers.length + candidates.atProviders.length + candidates.ids.length;
  if (count === 0 && !inModelSlot && typed.provider === undefined) return null;
  const range = Range.create(document.positionAt(literal.contentStart), document.positionAt(literal.contentEnd));
  const list = CompletionList.create(
    toItems(candidates, typed, separator, typedText, index, deps.today),
    candidates.cut,
  );
  const items = list.items;
  if (deps.editRangeDefault) list.itemDefaults = { editRange: range };
  else for (const item of items) item.textEdit = { range, newText: item.label };
  return list;
}

/** Adds the full Markdown description to an item produced by `completeModelId`. */
export function resolveCompletion(item: CompletionItem, queries: ModelQueries, today: string): CompletionItem {
  const data = item.data as Partial<CompletionData> | undefined;
  if (!data?.provider || !data.id) return item;
  const record = queries.models.get(data.provider, data.id);
  if (record) item.documentation = { kind: MarkupKind.Markdown, value: modelMarkdown(record, item.label, today) };
  return item;
}

function toItems(
  candidates: Candidates,
  typed: TypedModelId,
  defaultSep: Separator,
  typedText: string,
  index: ModelIndex,
  today: string,
): CompletionItem[] {
  const items: CompletionItem[] = [];
  const item = (label: string, fuzzy: boolean): CompletionItem => {
    const created: CompletionItem = { label, sortText: items.length.toString().padStart(5, '0') };
    // Fuzzy matches are already ranked here; filtering them by the typed text keeps the client from dropping them.
    if (fuzzy) created.filterText = typedText;
    items.push(created);
    return created;
  };
  for (const provider of candidates.providers) {
    Object.assign(item(`${provider}${defaultSep}`, false), {
      kind: CompletionItemKind.Module,
      detail: 'provider',
      command: { title: 'Suggest models', command: 'editor.action.triggerSuggest' },
    });
  }
  for (const provider of candidates.atProviders) {
    describeModel(item(spell(provider, '@', typed.model), false), provider, typed.model, index, today);
  }
  candidates.ids.forEach((id, rank) => {
    const provider = typed.provider ?? index.withBareId(id)[0]?.provider;
    if (provider === undefined) return;
    describeModel(
      item(spell(typed.provider, typed.separator, id), rank >= candidates.fuzzyFrom),
      provider,
      id,
      index,
      today,
    );
  });
  return items;
}

function describeModel(item: CompletionItem, provider: string, id: string, index: ModelIndex, today: string): void {
  item.kind = CompletionItemKind.Value;
  const record: ModelRecord | undefined = index.get(provider, id);
  if (record) {
    item.detail = shortDetail(record);
    if (isDeprecated(record, today)) item.tags = [CompletionItemTag.Deprecated];
  }
  const data: CompletionData = { provider, id };
  item.data = data;
}
