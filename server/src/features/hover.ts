// Hover on a model ID in a string literal (SPEC §4): the model the string names in its slot (a call's provider, a
// typed prefix, or for a bare ID its creator), as escaped Markdown.
import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { modelSlots, type ExtraModelCall } from '../callContexts/modelSlots';
import type { ModelQueries } from '../registry/modelQueries';
import type { LexicalMap } from '../strings/lexicalMap';
import { MarkupKind } from 'vscode-languageserver-types';
import { modelMarkdown } from './modelDocs';
import { literalContentAt, looksLikeModelId } from './modelLiterals';
import { readModelText, resolveReading } from './modelReading';
import { modelView } from './modelView';

export interface HoverDeps {
  queries: ModelQueries;
  lexicalMap: LexicalMap;
  today: string;
  modelCalls?: readonly ExtraModelCall[];
}

export function hoverModelId(document: TextDocument, position: Position, deps: HoverDeps): Hover | null {
  const text = document.getText();
  const found = literalContentAt(text, deps.lexicalMap, document.offsetAt(position));
  if (!found || found.literal.interpolations.length > 0 || !looksLikeModelId(found.text)) return null;
  const slot = modelSlots(text, deps.lexicalMap, document.languageId, deps.modelCalls)[
    deps.lexicalMap.strings.indexOf(found.literal)
  ];
  const index = deps.queries.models;
  const reading = readModelText(found.text, slot, index);
  const resolution = resolveReading(deps.queries, reading, found.text);
  if (!resolution) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: modelMarkdown(modelView(index, resolution, deps.today), found.text) },
    range: {
      start: document.positionAt(found.literal.contentStart),
      end: document.positionAt(found.literal.contentEnd),
    },
  };
}
