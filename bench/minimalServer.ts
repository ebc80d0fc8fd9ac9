// The floor of the completion benchmark (issue 11): the least a language server can do to complete model IDs — every
// ID of the catalog in one sorted array, a binary search for the typed prefix, the first 100 IDs after it. It answers
// the same documents over the same protocol library, so the ratio to it is what the product's ranking, spelling and
// bookkeeping cost.
import * as fs from 'node:fs';
import { createConnection, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const catalog = JSON.parse(fs.readFileSync(process.env.MINIMAL_CATALOG ?? '', 'utf8')) as Record<
  string,
  { models: Record<string, unknown> }
>;
const ids = Object.values(catalog)
  .flatMap(provider => Object.keys(provider.models))
  .sort();
const connection = createConnection();
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    completionProvider: { triggerCharacters: ['"'] },
  },
}));
connection.onCompletion(({ textDocument, position }) => {
  const document = documents.get(textDocument.uri);
  if (!document) return null;
  const line = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const prefix = line.slice(line.lastIndexOf('"') + 1);
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  const items = [];
  for (let i = lo; i < ids.length && items.length < 100 && ids[i].startsWith(prefix); i++)
    items.push({ label: ids[i] });
  return { isIncomplete: items.length === 100, items };
});
documents.listen(connection);
connection.listen();
