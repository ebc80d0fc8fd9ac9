// TOML: basic "…" and literal '…' strings (single-line), multi-line """…""" and '''…''', `#` comments.
import type { LexicalMap, StringLiteral } from './lexicalMap';
import type { KeyRules } from './scanHelpers';
import * as shared from './scanHelpers';

// Local bindings: run unbundled (tsx, tests), every read of an imported binding is a getter call.
const { Ch, closeLiteral, keyBefore, lineEnd, openLiteral } = shared;

const KEYS: KeyRules = { equals: true, dash: true };

export function scanToml(text: string): LexicalMap {
  const n = text.length;
  const strings: StringLiteral[] = [];
  const comments: [number, number][] = [];
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === Ch.Hash) {
      const end = lineEnd(text, i);
      comments.push([i, end]);
      i = end;
    } else if (c === Ch.DQuote || c === Ch.SQuote) {
      const multiLine = text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
      const key = keyBefore(text, i, strings, KEYS);
      const literal = openLiteral(strings, i, i + (multiLine ? 3 : 1));
      if (key !== undefined) literal.key = key;
      i = multiLine ? closeMultiLine(text, literal, c) : closeSingleLine(text, literal, c);
    } else {
      i++;
    }
  }
  return { strings, comments };
}

/** Closes a one-line string; escapes only in basic ("…") strings; unterminated ones end at their line's end. */
function closeSingleLine(text: string, literal: StringLiteral, quote: number): number {
  const n = text.length;
  let j = literal.contentStart;
  for (; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c === quote || c === Ch.LF || c === Ch.CR) break;
    if (
      c === Ch.Backslash &&
      quote === Ch.DQuote &&
      j + 1 < n &&
      text.charCodeAt(j + 1) !== Ch.LF &&
      text.charCodeAt(j + 1) !== Ch.CR
    )
      j++;
  }
  const closed = j < n && text.charCodeAt(j) === quote;
  closeLiteral(literal, j, closed ? j + 1 : j);
  return literal.end;
}

/** Closes a """…""" / '''…''' string; up to two quotes right before the closing three belong to the content. */
function closeMultiLine(text: string, literal: StringLiteral, quote: number): number {
  const n = text.length;
  let j = literal.contentStart;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === Ch.Backslash && quote === Ch.DQuote) {
      j += 2;
      continue;
    }
    if (c === quote && text.charCodeAt(j + 1) === quote && text.charCodeAt(j + 2) === quote) {
      let run = 3;
      while (run < 5 && text.charCodeAt(j + run) === quote) run++;
      closeLiteral(literal, j + run - 3, j + run);
      return j + run;
    }
    j++;
  }
  closeLiteral(literal, n, n);
  return n;
}
