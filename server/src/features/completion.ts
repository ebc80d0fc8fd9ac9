// Model-ID completion inside string literals (SPEC §4): spelled the way the user started, best first (prefix,
// then fuzzy), capped at `maxItems` with `isIncomplete`, a short detail, full docs on resolve, and an edit that
// replaces the whole ID in the string.
import {
  CompletionItem, CompletionItemKind, CompletionItemTag, CompletionList, MarkupKind, Position, Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ModelIndex } from '../catalog/modelIndex';
import type { ModelRecord } from '../catalog/modelRecord';
import type { ModelRegistry } from '../registry/modelRegistry';
import type { LexicalMap } from '../strings/lexicalMap';
import { isDeprecated, modelMarkdown, shortDetail } from './modelDocs';
import { isModuleSpecifier, literalContentAt, looksLikeModelId, MODEL_KEYS } from './modelLiterals';
import { defaultSeparator, readTyped, Separator, spell, TypedModelId } from './modelSpelling';

export interface CompletionDeps {
  registry: ModelRegistry;
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

interface Candidate {
  label: string;
  /** A model (`provider` + `id`), or a provider prefix to keep typing from. */
  model?: { provider: string; id: string };
  fuzzy: boolean;
}

interface Candidates {
  list: Candidate[];
  cut: boolean;
}

export function completeModelId(document: TextDocument, position: Position, deps: CompletionDeps): CompletionList | null {
  const offset = document.offsetAt(position);
  const documentText = document.getText();
  const found = literalContentAt(documentText, deps.lexicalMap, offset);
  if (!found || isModuleSpecifier(documentText, found.literal)) return null;
  const { literal, text } = found;
  const typedText = text.slice(0, offset - literal.contentStart);
  if (!looksLikeModelId(typedText) && typedText !== '') return null;
  const index = deps.registry.models;
  const typed = readTyped(typedText, index);
  const inModelSlot = literal.key !== undefined && MODEL_KEYS.has(literal.key);
  // An empty string anywhere is not a model ID yet; under a `model` key, or once a provider is typed, it is.
  if (!inModelSlot && typedText === '') return null;
  const separator = defaultSeparator(document.languageId);
  const key = ['completion', typed.provider, typed.separator, typed.model, typed.providerPrefix, separator, deps.maxItems].join('\u0000');
  const candidates = deps.registry.cached(key, idx => findCandidates(idx, typed, separator, deps.maxItems));
  if (candidates.list.length === 0 && !inModelSlot && typed.provider === undefined) return null;
  const range = Range.create(document.positionAt(literal.contentStart), document.positionAt(literal.contentEnd));
  const items = candidates.list.map((candidate, rank) => toItem(candidate, rank, typedText, index, deps.today));
  const list = CompletionList.create(items, candidates.cut);
  if (deps.editRangeDefault) list.itemDefaults = { editRange: range };
  else for (const item of items) item.textEdit = { range, newText: item.label };
  return list;
}

/** Adds the full Markdown description to an item produced by `completeModelId`. */
export function resolveCompletion(item: CompletionItem, registry: ModelRegistry, today: string): CompletionItem {
  const data = item.data as Partial<CompletionData> | undefined;
  if (!data?.provider || !data.id) return item;
  const record = registry.models.get(data.provider, data.id);
  if (record) item.documentation = { kind: MarkupKind.Markdown, value: modelMarkdown(record, item.label, today) };
  return item;
}

function findCandidates(index: ModelIndex, typed: TypedModelId, defaultSep: Separator, limit: number): Candidates {
  const list: Candidate[] = [];
  const seen = new Set<string>();
  const add = (candidate: Candidate): void => {
    if (list.length > limit || seen.has(candidate.label)) return;
    seen.add(candidate.label);
    list.push(candidate);
  };
  const { provider, separator, model } = typed;
  if (separator === '@' && provider === undefined) {
    // `gpt-4o@op…`: the providers that have this model.
    for (const record of index.withBareId(model)) {
      if (record.provider.startsWith(typed.providerPrefix ?? '')) {
        add({ label: spell(record.provider, '@', record.id), model: { provider: record.provider, id: record.id }, fuzzy: false });
      }
    }
  } else if (provider !== undefined) {
    const scoped = (id: string, fuzzy: boolean): Candidate => ({ label: spell(provider, separator, id), model: { provider, id }, fuzzy });
    for (const id of index.idsWithPrefix(provider, model, limit + 1)) add(scoped(id, false));
    if (list.length <= limit && model) for (const id of index.idsMatching(provider, model, limit + 1)) add(scoped(id, true));
  } else {
    // A typed provider name most likely leads to `provider:`; its bare-ID namesakes follow.
    if (model) {
      for (const p of index.providers()) if (p.startsWith(model.toLowerCase())) add({ label: `${p}${defaultSep}`, fuzzy: false });
    }
    for (const id of index.idsWithPrefix(undefined, model, limit + 1)) add(bareCandidate(index, id, false));
    if (list.length <= limit && model.length >= 2) for (const id of index.idsMatching(undefined, model, limit + 1)) add(bareCandidate(index, id, true));
  }
  const cut = list.length > limit;
  return { list: cut ? list.slice(0, limit) : list, cut };
}

function bareCandidate(index: ModelIndex, id: string, fuzzy: boolean): Candidate {
  const [record] = index.withBareId(id);
  return { label: id, model: { provider: record.provider, id }, fuzzy };
}

/** An item whose label is also the text it inserts, over the whole ID (the edit range is set by the caller). */
function toItem(candidate: Candidate, rank: number, typedText: string, index: ModelIndex, today: string): CompletionItem {
  const item: CompletionItem = { label: candidate.label, sortText: rank.toString().padStart(5, '0') };
  // Fuzzy matches are already ranked here; filtering them by the typed text keeps the client from dropping them.
  if (candidate.fuzzy) item.filterText = typedText;
  if (!candidate.model) {
    item.kind = CompletionItemKind.Module;
    item.detail = 'provider';
    item.command = { title: 'Suggest models', command: 'editor.action.triggerSuggest' };
    return item;
  }
  const record: ModelRecord | undefined = index.get(candidate.model.provider, candidate.model.id);
  item.kind = CompletionItemKind.Value;
  if (record) {
    item.detail = shortDetail(record);
    if (isDeprecated(record, today)) item.tags = [CompletionItemTag.Deprecated];
  }
  const data: CompletionData = { provider: candidate.model.provider, id: candidate.model.id };
  item.data = data;
  return item;
}
