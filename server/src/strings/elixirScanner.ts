// Elixir: "strings", 'charlists', """heredocs""", sigils (~s(..), ~S[..], ~r/../i, ~w{..}, ~s"""..."""),
// `#{…}` interpolation at any depth (explicit stack), `?"` char literals, `#` comments, `:"quoted atoms"`.
import type { LexicalMap, StringLiteral } from './lexicalMap';
import type { KeyRules } from './scanHelpers';
import * as shared from './scanHelpers';

// Local bindings: run unbundled (tsx, tests), every read of an imported binding is a getter call.
const {
  Ch,
  closeLiteral,
  closeOpenInterpolations,
  isIdentPart,
  isIdentStart,
  isLetter,
  keyBefore,
  lineEnd,
  openLiteral,
} = shared;

const KEYS: KeyRules = { colonIdent: true, colonTight: true, colonQuoted: true, equals: true, elixir: true };

// What a literal's body allows, as bits.
const HEREDOC = 1; // closes at a line holding only whitespace and the triple quote
const INTERP = 2; // strings, charlists, lower-case sigils: `#{…}`

/** A literal whose body is suspended inside `#{…}`. */
interface Frame {
  literal: StringLiteral;
  close: number;
  flags: number;
  sigil: boolean;
  interpStart: number;
  depth: number;
}

export function scanElixir(text: string): LexicalMap {
  const n = text.length;
  const strings: StringLiteral[] = [];
  const comments: [number, number][] = [];
  const stack: Frame[] = [];

  /** Scans a body from `from`; returns the next code offset, pushing a frame when it stops at `#{`. */
  const resume = (literal: StringLiteral, close: number, flags: number, sigil: boolean, from: number): number => {
    const at = bodyEnd(text, from, close, flags);
    if (at >= n) {
      closeLiteral(literal, n, n);
      return n;
    }
    if (text.charCodeAt(at) === Ch.Hash && flags & INTERP && text.charCodeAt(at + 1) === Ch.LBrace) {
      stack.push({ literal, close, flags, sigil, interpStart: at, depth: 0 });
      return at + 2;
    }
    let end = at + (flags & HEREDOC ? 3 : 1);
    if (sigil) while (end < n && isLetter(text.charCodeAt(end))) end++; // modifiers: ~r/x/iu
    closeLiteral(literal, at, end);
    return end;
  };

  /** Opens the literal starting at `start` whose first delimiter character is at `at`; returns the next offset. */
  const open = (start: number, at: number, sigil: boolean, interp: boolean): number => {
    const delimiter = text.charCodeAt(at);
    const heredoc =
      (delimiter === Ch.DQuote || delimiter === Ch.SQuote) &&
      text.charCodeAt(at + 1) === delimiter &&
      text.charCodeAt(at + 2) === delimiter;
    const key = keyBefore(text, start, strings, KEYS);
    const literal = openLiteral(strings, start, at + (heredoc ? 3 : 1));
    if (key !== undefined) literal.key = key;
    return resume(
      literal,
      closing(delimiter),
      (heredoc ? HEREDOC : 0) | (interp ? INTERP : 0),
      sigil,
      literal.contentStart,
    );
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    switch (c) {
      case Ch.Hash: {
        const end = lineEnd(text, i);
        comments.push([i, end]);
        i = end;
        break;
      }
      case Ch.DQuote:
      case Ch.SQuote:
        i = open(i, i, false, true);
        break;
      case Ch.Tilde:
        i = sigil(i);
        break;
      case Ch.Question:
        // `?"` and `?\"` are character codes, not string starts.
        i += text.charCodeAt(i + 1) === Ch.Backslash ? 3 : 2;
        break;
      case Ch.LBrace:
        if (stack.length > 0) stack[stack.length - 1].depth++;
        i++;
        break;
      case Ch.RBrace: {
        const top = stack[stack.length - 1];
        if (top === undefined || top.depth > 0) {
          if (top !== undefined) top.depth--;
          i++;
          break;
        }
        stack.pop();
        top.literal.interpolations.push([top.interpStart, i + 1]);
        i = resume(top.literal, top.close, top.flags, top.sigil, i + 1);
        break;
      }
      default:
        if (isIdentStart(c)) {
          // Whole words, so the `?` of `valid?` is not read as a character code.
          i++;
          while (i < n && isIdentPart(text.charCodeAt(i))) i++;
          const last = text.charCodeAt(i);
          if (last === Ch.Question || last === Ch.Bang) i++;
        } else {
          i++;
        }
    }
  }
  closeOpenInterpolations(stack, n);
  return { strings, comments };

  /** `~` at `at`: a sigil literal when a sigil name and a delimiter follow, else just the operator character. */
  function sigil(at: number): number {
    let j = at + 1;
    const first = text.charCodeAt(j);
    const lower = first >= Ch.a && first <= Ch.z;
    if (lower) j++;
    else while (j < n && text.charCodeAt(j) >= Ch.A && text.charCodeAt(j) <= Ch.Z) j++;
    if (j === at + 1) return j;
    if (closing(text.charCodeAt(j)) === 0) return j;
    return open(at, j, true, lower);
  }
}

/** The closing character for a sigil or quote delimiter, 0 when `c` is not one. */
function closing(c: number): number {
  switch (c) {
    case Ch.LParen:
      return Ch.RParen;
    case Ch.LBracket:
      return Ch.RBracket;
    case Ch.LBrace:
      return Ch.RBrace;
    case Ch.Lt:
      return Ch.Gt;
    case Ch.Slash:
    case Ch.Pipe:
    case Ch.DQuote:
    case Ch.SQuote:
      return c;
    default:
      return 0;
  }
}

/**
 * Where the body starting at `i` stops: its closing delimiter (the triple quote of a heredoc), the `#` of `#{`,
 * or the text's length. A backslash always protects the next character, so `~S(\))` does not close early.
 */
function bodyEnd(text: string, i: number, close: number, flags: number): number {
  const n = text.length;
  const heredoc = (flags & HEREDOC) !== 0;
  const interp = (flags & INTERP) !== 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === Ch.Backslash) {
      i += 2;
      continue;
    }
    if (heredoc) {
      if (c === Ch.LF) {
        let j = i + 1;
        while (j < n && (text.charCodeAt(j) === Ch.Space || text.charCodeAt(j) === Ch.Tab)) j++;
        if (text.charCodeAt(j) === close && text.charCodeAt(j + 1) === close && text.charCodeAt(j + 2) === close)
          return j;
      }
    } else if (c === close) {
      return i;
    }
    if (c === Ch.Hash && interp && text.charCodeAt(i + 1) === Ch.LBrace) return i;
    i++;
  }
  return n;
}
