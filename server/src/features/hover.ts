// Hover on a known model ID in a string literal: the model's metadata as escaped Markdown (SPEC §4).
import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ModelQueries } from '../registry/modelQueries';
import { MarkupKind } from '../utils/lspValues';
import type { LexicalMap } from '../strings/lexicalMap';
import { modelMarkdown } from './modelDocs';
import { literalContentAt, looksLikeModelId } from './modelLiterals';

export interface HoverDeps {
  queries: ModelQueries;
  lexicalMap: LexicalMap;
  today: string;
}

export function hoverModelId(document: TextDocument, position: Position, deps: HoverDeps): Hover | null {
  const found = literalContentAt(document.getText(), deps.lexicalMap, document.offsetAt(position));
  if (!found || found.literal.interpolations.length > 0 || !looksLikeModelId(found.text)) return null;
  const records = deps.queries.resolve(found.text);
  if (records.length === 0) return null;
  const [best, ...others] = records;
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value: modelMarkdown(
        best,
        found.text,
        deps.today,
        others.map(r => `${r.provider}/${r.id}`),
      ),
    },
    range: {
      start: document.positionAt(found.literal.contentStart),
      end: document.positionAt(found.literal.contentEnd),
    },
  };
}
