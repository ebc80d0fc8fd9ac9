// Python: '…', "…", '''…''', """…""" with any r/b/u/f/t prefix, f-string `{…}` replacement fields (Python 3.12:
// nested quotes of any kind, format specs with nested fields), `#` comments. Nesting uses an explicit stack.
import type { LexicalMap, StringLiteral } from './lexicalMap';
import type { KeyRules } from './scanHelpers';
import * as shared from './scanHelpers';

// Local bindings: run unbundled (tsx, tests), every read of an imported binding is a getter call.
const {
  Ch,
  closeLiteral,
  closeOpenInterpolations,
  isDigit,
  isIdentPart,
  isIdentStart,
  keyBefore,
  lineEnd,
  openLiteral,
} = shared;

const KEYS: KeyRules = { colonQuoted: true, equals: true, annotation: true };

// String kind bits.
const TRIPLE = 1;
const FORMAT = 2; // f / t prefix: `{…}` replacement fields
const RAW = 4;

/** A literal whose body is suspended inside a replacement field. */
interface Frame {
  literal: StringLiteral;
  quote: number;
  flags: number;
  interpStart: number;
  /** Open brackets of any kind inside the field, so `:` and `}` are only seen at its top level. */
  depth: number;
}

export function scanPython(text: string): LexicalMap {
  const n = text.length;
  const strings: StringLiteral[] = [];
  const comments: [number, number][] = [];
  const stack: Frame[] = [];

  /** Scans a body from `from`; returns the next code offset, pushing a frame when it stops at a `{` field. */
  const resume = (literal: StringLiteral, quote: number, flags: number, from: number): number => {
    const at = bodyEnd(text, from, quote, flags);
    if (at >= n) {
      closeLiteral(literal, n, n);
      return n;
    }
    const c = text.charCodeAt(at);
    if (c === Ch.LBrace) {
      stack.push({ literal, quote, flags, interpStart: at, depth: 0 });
      return at + 1;
    }
    if (c === quote) {
      const end = at + (flags & TRIPLE ? 3 : 1);
      closeLiteral(literal, at, end);
      return end;
    }
    closeLiteral(literal, at, at); // a single-line string unterminated at the end of its line
    return at;
  };

  const open = (start: number, quoteAt: number, prefixFlags: number): number => {
    const quote = text.charCodeAt(quoteAt);
    const triple = text.charCodeAt(quoteAt + 1) === quote && text.charCodeAt(quoteAt + 2) === quote;
    const key = keyBefore(text, start, strings, KEYS);
    const literal = openLiteral(strings, start, quoteAt + (triple ? 3 : 1));
    if (key !== undefined) literal.key = key;
    return resume(literal, quote, prefixFlags | (triple ? TRIPLE : 0), literal.contentStart);
  };

  /** Ends the field at `at` (exclusive) and goes back to its string's body. */
  const closeField = (at: number, bodyFrom: number): number => {
    const frame = stack.pop()!;
    frame.literal.interpolations.push([frame.interpStart, at]);
    return resume(frame.literal, frame.quote, frame.flags, bodyFrom);
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
    switch (c) {
      case Ch.Hash:
        if (top !== undefined) {
          // not a comment inside a single-line field; keeps `f"{x#}"` bounded
          i++;
          break;
        }
        comments.push([i, (i = lineEnd(text, i))]);
        break;
      case Ch.DQuote:
      case Ch.SQuote:
        i = open(i, i, 0);
        break;
      case Ch.Backslash: // line continuation
        i += text.charCodeAt(i + 1) === Ch.CR && text.charCodeAt(i + 2) === Ch.LF ? 3 : 2;
        break;
      case Ch.LF:
      case Ch.CR:
        // A line break inside a field of a single-line f-string ends that string, unterminated.
        while (stack.length > 0 && !(stack[stack.length - 1].flags & TRIPLE)) {
          const frame = stack.pop()!;
          frame.literal.interpolations.push([frame.interpStart, i]);
          closeLiteral(frame.literal, i, i);
        }
        i++;
        break;
      case Ch.LParen:
      case Ch.LBracket:
      case Ch.LBrace:
        if (top !== undefined) top.depth++;
        i++;
        break;
      case Ch.RParen:
      case Ch.RBracket:
        if (top !== undefined && top.depth > 0) top.depth--;
        i++;
        break;
      case Ch.RBrace:
        if (top !== undefined && top.depth === 0) i = closeField(i + 1, i + 1);
        else {
          if (top !== undefined) top.depth--;
          i++;
        }
        break;
      case Ch.Colon:
        if (top !== undefined && top.depth === 0) i = formatSpec(top, i + 1);
        else i++;
        break;
      default:
        if (isIdentStart(c)) {
          const start = i;
          i++;
          while (i < n && isIdentPart(text.charCodeAt(i))) i++;
          const q = text.charCodeAt(i);
          if ((q === Ch.DQuote || q === Ch.SQuote) && i - start <= 2) {
            const flags = prefixFlags(text, start, i);
            if (flags >= 0) i = open(start, i, flags);
          }
        } else if (isDigit(c)) {
          i++;
          while (i < n && isIdentPart(text.charCodeAt(i))) i++;
        } else {
          i++;
        }
    }
  }
  closeOpenInterpolations(stack, n);
  return { strings, comments };

  /**
   * The format spec after a field's top-level `:` (`{x:>{width}}`): plain text with nested `{…}` counted, up to
   * the field's `}`. A line break (single-line string) or the string's quote ends the string there.
   */
  function formatSpec(frame: Frame, from: number): number {
    let depth = 0;
    for (let j = from; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === Ch.LBrace) depth++;
      else if (c === Ch.RBrace) {
        if (depth === 0) return closeField(j + 1, j + 1);
        depth--;
      } else if (
        ((c === Ch.LF || c === Ch.CR) && !(frame.flags & TRIPLE)) ||
        (c === frame.quote && !(frame.flags & TRIPLE))
      ) {
        stack.pop();
        frame.literal.interpolations.push([frame.interpStart, j]);
        const end = c === frame.quote ? j + 1 : j;
        closeLiteral(frame.literal, j, end);
        return end;
      }
    }
    return n; // unterminated: closed after the loop
  }
}

/** Flags for a string prefix `text[start, end)` (1–2 letters), or -1 when it is not one. */
function prefixFlags(text: string, start: number, end: number): number {
  let flags = 0;
  let letters = 0; // bit per letter seen: r=1, b=2, u=4, f/t=8
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 0x20; // lower-case
    const bit = c === 0x72 ? 1 : c === 0x62 ? 2 : c === 0x75 ? 4 : c === 0x66 || c === 0x74 ? 8 : 0;
    if (bit === 0 || letters & bit) return -1;
    letters |= bit;
  }
  // Two letters: only r with b or with f/t.
  if (end - start === 2 && letters !== (1 | 2) && letters !== (1 | 8)) return -1;
  if (letters & 1) flags |= RAW;
  if (letters & 8) flags |= FORMAT;
  return flags;
}

/**
 * Where a body starting at `i` stops: the closing quote (first of three for triple quotes), a replacement field's
 * `{` (f-strings), the line break ending an unterminated single-line string, or the text's length.
 */
function bodyEnd(text: string, i: number, quote: number, flags: number): number {
  const n = text.length;
  const triple = (flags & TRIPLE) !== 0;
  const format = (flags & FORMAT) !== 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === Ch.Backslash) {
      const next = text.charCodeAt(i + 1);
      if (format && next === Ch.LBrace)
        i++; // `\{` still opens a field
      else if (format && !(flags & RAW) && next === 0x4e && text.charCodeAt(i + 2) === Ch.LBrace) {
        i += 3; // `\N{EM DASH}` is an escape, not a field; stop early at a quote or line break
        while (i < n && !isNamedEscapeStop(text.charCodeAt(i), quote)) i++;
        if (text.charCodeAt(i) === Ch.RBrace) i++;
      } else i += next === Ch.CR && text.charCodeAt(i + 2) === Ch.LF ? 3 : 2;
      continue;
    }
    if (c === quote) {
      if (!triple || (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote)) return i;
    } else if (c === Ch.LF || c === Ch.CR) {
      if (!triple) return i;
    } else if (format && c === Ch.LBrace) {
      if (text.charCodeAt(i + 1) !== Ch.LBrace) return i;
      i++; // `{{` is a literal brace
    }
    i++;
  }
  return n;
}

function isNamedEscapeStop(c: number, quote: number): boolean {
  return c === Ch.RBrace || c === quote || c === Ch.LF || c === Ch.CR;
}
