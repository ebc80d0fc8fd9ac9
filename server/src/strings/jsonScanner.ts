// JSON and JSONC: "…" strings (single-line; an unterminated one ends at its line's end) and, in both, the
// // and /* */ comments real-world JSON files carry (tsconfig, VS Code settings).
import type { LexicalMap, StringLiteral } from './lexicalMap';
import type { KeyRules } from './scanHelpers';
import * as shared from './scanHelpers';

// Local bindings: run unbundled (tsx, tests), every read of an imported binding is a getter call.
const { Ch, blockCommentEnd, closeLiteral, keyBefore, lineEnd, openLiteral } = shared;

const KEYS: KeyRules = { colonQuoted: true };

export function scanJson(text: string): LexicalMap {
  const n = text.length;
  const strings: StringLiteral[] = [];
  const comments: [number, number][] = [];
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === Ch.DQuote) {
      const key = keyBefore(text, i, strings, KEYS);
      const literal = openLiteral(strings, i, i + 1);
      if (key !== undefined) literal.key = key;
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === Ch.DQuote || d === Ch.LF || d === Ch.CR) break;
        if (d === Ch.Backslash && j + 1 < n && text.charCodeAt(j + 1) !== Ch.LF && text.charCodeAt(j + 1) !== Ch.CR)
          j++;
      }
      const closed = j < n && text.charCodeAt(j) === Ch.DQuote;
      closeLiteral(literal, j, closed ? j + 1 : j);
      i = closed ? j + 1 : j;
    } else if (c === Ch.Slash && (text.charCodeAt(i + 1) === Ch.Slash || text.charCodeAt(i + 1) === Ch.Star)) {
      const end = text.charCodeAt(i + 1) === Ch.Slash ? lineEnd(text, i) : blockCommentEnd(text, i);
      comments.push([i, end]);
      i = end;
    } else {
      i++;
    }
  }
  return { strings, comments };
}
