// The code of a document as tokens: identifiers, string literals and punctuation. Comments and the insides of
// string literals come from the language's string scanner and are never read as code, but the code inside an
// interpolation is (`"#{Registry.list_models()}"` calls the registry). One pass over the code regions; the token
// fields are parallel typed arrays that a caller may reuse from one document to the next (no allocation per token,
// none per document).
import type { LexicalMap } from '../strings/lexicalMap';
import { isOperatorKeyword, regexEnd } from '../strings/javascriptScanner';
import * as shared from '../strings/scanHelpers';

// Local bindings: run unbundled (tsx, tests), every read of an imported binding is a getter call.
const { Ch, isDigit, isIdentPart, isIdentStart } = shared;

/** Token kinds. */
export const IDENT = 1;
export const STRING = 2;
export const PUNCT = 3;
/** Numbers and JS regex literals: values the analysers never look into. */
export const OTHER = 4;

/** Set on the first token of a line (a line break, outside strings and comments, came before it). */
export const LINE_START = 1;

export type TokenDialect = 'elixir' | 'python' | 'script';

export class Tokens {
  kinds: Uint8Array;
  flags: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** PUNCT: the character code; STRING: the literal's index in `map.strings`. */
  refs: Int32Array;
  count = 0;
  text = '';
  map: LexicalMap = { strings: [], comments: [] };

  constructor(capacity: number) {
    this.kinds = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.refs = new Int32Array(capacity);
  }

  push(kind: number, start: number, end: number, ref: number, flags: number): void {
    if (this.count === this.kinds.length) this.grow();
    const t = this.count++;
    this.kinds[t] = kind;
    this.starts[t] = start;
    this.ends[t] = end;
    this.refs[t] = ref;
    this.flags[t] = flags;
  }

  isPunct(t: number, ch: number): boolean {
    return t < this.count && this.kinds[t] === PUNCT && this.refs[t] === ch;
  }

  isIdent(t: number): boolean {
    return t < this.count && this.kinds[t] === IDENT;
  }

  isString(t: number): boolean {
    return t < this.count && this.kinds[t] === STRING;
  }

  /** Whether token `t` is the identifier `word`, compared in place. */
  is(t: number, word: string): boolean {
    return (
      t < this.count &&
      this.kinds[t] === IDENT &&
      this.ends[t] - this.starts[t] === word.length &&
      this.text.startsWith(word, this.starts[t])
    );
  }

  word(t: number): string {
    return this.text.slice(this.starts[t], this.ends[t]);
  }

  /** An identifier starting with an upper-case ASCII letter: an Elixir alias (module name). */
  isCapitalized(t: number): boolean {
    if (!this.isIdent(t)) return false;
    const c = this.text.charCodeAt(this.starts[t]);
    return c >= Ch.A && c <= Ch.Z;
  }

  /** The content of a string token, or undefined when it is not a plain (interpolation-free) literal. */
  stringContent(t: number): string | undefined {
    if (!this.isString(t)) return undefined;
    const literal = this.map.strings[this.refs[t]];
    return literal.interpolations.length > 0 ? undefined : this.text.slice(literal.contentStart, literal.contentEnd);
  }

  lineStart(t: number): boolean {
    return t === 0 || (t < this.count && (this.flags[t] & LINE_START) !== 0);
  }

  /** Whether tokens `t - 1` and `t` touch (no space between): `Registry.list_models` and `f(` rather than `f (`. */
  adjacent(t: number): boolean {
    return t > 0 && t < this.count && this.ends[t - 1] === this.starts[t];
  }

  /** The column of token `t` (its offset from the line start). */
  column(t: number): number {
    const start = this.starts[t];
    let i = start;
    while (i > 0) {
      const c = this.text.charCodeAt(i - 1);
      if (c === Ch.LF || c === Ch.CR) break;
      i--;
    }
    return start - i;
  }

  /** The token after the dotted name starting at identifier `t` (`a.b.c`; with `optional`, `a?.b` too). */
  chainEnd(t: number, optional: boolean): number {
    let j = t + 1;
    for (;;) {
      if (this.isPunct(j, Ch.Dot) && this.isIdent(j + 1)) j += 2;
      else if (optional && this.isPunct(j, Ch.Question) && this.isPunct(j + 1, Ch.Dot) && this.isIdent(j + 2)) j += 3;
      else return j;
    }
  }

  /** Index of the bracket closing the one at `open` (`(`, `[` or `{`), or the last token when unbalanced. */
  closing(open: number): number {
    let depth = 0;
    for (let t = open; t < this.count; t++) {
      const change = this.nesting(t);
      depth += change;
      if (change < 0 && depth === 0) return t;
    }
    return this.count - 1;
  }

  /** +1 for an opening bracket (`(`, `[`, `{`), -1 for a closing one, 0 for any other token. */
  nesting(t: number): number {
    if (this.kinds[t] !== PUNCT) return 0;
    const c = this.refs[t];
    if (c === Ch.LParen || c === Ch.LBracket || c === Ch.LBrace) return 1;
    return c === Ch.RParen || c === Ch.RBracket || c === Ch.RBrace ? -1 : 0;
  }

  /** The first token of each argument of the list opened at `open` (after it and after each top-level comma). */
  argumentStarts(open: number): number[] {
    const close = this.closing(open);
    if (close <= open + 1) return [];
    const starts = [open + 1];
    let depth = 0;
    for (let t = open + 1; t < close; t++) {
      depth += this.nesting(t);
      if (depth === 0 && this.isPunct(t, Ch.Comma)) starts.push(t + 1);
    }
    return starts;
  }

  private grow(): void {
    const size = this.kinds.length * 2 + 16;
    const copy = <T extends Uint8Array | Int32Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.kinds = copy(this.kinds, new Uint8Array(size));
    this.flags = copy(this.flags, new Uint8Array(size));
    this.starts = copy(this.starts, new Int32Array(size));
    this.ends = copy(this.ends, new Int32Array(size));
    this.refs = copy(this.refs, new Int32Array(size));
  }
}

/**
 * A set of names that answers "could identifier token `t` be one of them?" without slicing the text: bit `n` of
 * entry `c` is set when some name starts with character `c` and has `n` characters. A yes still needs checking.
 */
export class NameFilter {
  private readonly shapes = new Uint32Array(128);
  private long = false;

  constructor(names: Iterable<string> = []) {
    for (const name of names) this.add(name);
  }

  add(name: string): void {
    const c = name.charCodeAt(0);
    if (c >= 128 || name.length >= 32) this.long = true;
    else this.shapes[c] |= 1 << name.length;
  }

  mayHold(tokens: Tokens, t: number): boolean {
    if (this.long) return true;
    const c = tokens.text.charCodeAt(tokens.starts[t]);
    const length = tokens.ends[t] - tokens.starts[t];
    return c < 128 && length < 32 && (this.shapes[c] & (1 << length)) !== 0;
  }
}

/**
 * Tokenizes the code of `text` (outside comments and string contents, inside interpolations), into `reuse` when
 * given: its previous contents are dropped, so the caller must be done with them.
 */
export function tokenize(text: string, map: LexicalMap, dialect: TokenDialect, reuse?: Tokens): Tokens {
  const tokens = reuse ?? new Tokens((text.length >> 2) + 16);
  tokens.text = text;
  tokens.map = map;
  tokens.count = 0;
  const elixir = dialect === 'elixir';
  const script = dialect === 'script';
  const strings = map.strings;
  const comments = map.comments;
  let nextString = 0;
  let nextComment = 0;
  let lineStart = LINE_START;

  /**
   * Regions of code still to tokenize, as `from, to` pairs, the next on top. An interpolation's code is a region
   * of its own, read before the code after its literal: an explicit stack, as interpolations nest without limit
   * (`"#{"#{…}"}"` thousands deep would overflow the call stack).
   */
  const regions: number[] = [text.length, 0];
  while (regions.length > 0) {
    const from = regions.pop()!;
    code(from, regions.pop()!);
  }
  return tokens;

  /** Tokens of the code in `[from, to)` up to the first literal, which queues its interpolations and the rest. */
  function code(from: number, to: number): void {
    let i = from;
    while (i < to) {
      while (nextComment < comments.length && comments[nextComment][0] < i) nextComment++;
      while (nextString < strings.length && strings[nextString].start < i) nextString++;
      const commentAt = nextComment < comments.length ? comments[nextComment][0] : Infinity;
      const stringAt = nextString < strings.length ? strings[nextString].start : Infinity;
      const stop = Math.min(to, commentAt, stringAt);
      i = plain(i, stop);
      if (i >= to) break;
      if (i > stop) continue; // a regex literal read past a quote the string scanner took for a string start
      if (i === commentAt) {
        i = comments[nextComment++][1];
        continue;
      }
      const index = nextString++;
      const literal = strings[index];
      tokens.push(STRING, literal.start, literal.end, index, lineStart);
      lineStart = 0;
      // Pushed in reverse, so popped in text order: the interpolations, then the code after the literal.
      if (literal.end < to) regions.push(to, literal.end);
      for (let k = literal.interpolations.length - 1; k >= 0; k--) {
        const [start, end] = literal.interpolations[k];
        // `#{` and `${` open with two characters, Python's `{` with one; the closing `}` is left out.
        const open = text.charCodeAt(start) === Ch.LBrace ? 1 : 2;
        const close = end > start + open && text.charCodeAt(end - 1) === Ch.RBrace ? end - 1 : end;
        regions.push(close, start + open);
      }
      return;
    }
  }

  /** Plain code in `[i, stop)`: no comment or literal starts inside. Returns where it stopped. */
  function plain(i: number, stop: number): number {
    while (i < stop) {
      const c = text.charCodeAt(i);
      if (c === Ch.Space || c === Ch.Tab) {
        i++;
      } else if (c === Ch.LF || c === Ch.CR) {
        lineStart = LINE_START;
        i++;
      } else if (isIdentStart(c)) {
        const start = i++;
        while (i < stop && isIdentPart(text.charCodeAt(i))) i++;
        if (elixir && i < stop) {
          const last = text.charCodeAt(i);
          if (last === Ch.Question || last === Ch.Bang) i++; // `valid?`, `get!`
        }
        tokens.push(IDENT, start, i, 0, lineStart);
        lineStart = 0;
      } else if (isDigit(c)) {
        const start = i++;
        while (
          i < stop &&
          (isIdentPart(text.charCodeAt(i)) || (text.charCodeAt(i) === Ch.Dot && isDigit(text.charCodeAt(i + 1))))
        )
          i++;
        tokens.push(OTHER, start, i, 0, lineStart);
        lineStart = 0;
      } else if (c === Ch.Backslash && (text.charCodeAt(i + 1) === Ch.LF || text.charCodeAt(i + 1) === Ch.CR)) {
        i += text.charCodeAt(i + 1) === Ch.CR && text.charCodeAt(i + 2) === Ch.LF ? 3 : 2; // line continuation
      } else if (elixir && c === Ch.Question) {
        // A character literal (`?a`, `?\n`, `?(`): never a bracket or an operator.
        const start = i;
        i += text.charCodeAt(i + 1) === Ch.Backslash ? 3 : 2;
        tokens.push(OTHER, start, Math.min(i, stop), 0, lineStart);
        lineStart = 0;
      } else if (script && c === Ch.Slash && startsExpression(tokens)) {
        // The string scanner skips regex literals as code; here they must not read as code (`/\(/`).
        const start = i;
        i = regexEnd(text, i + 1);
        tokens.push(OTHER, start, i, 0, lineStart);
        lineStart = 0;
      } else {
        tokens.push(PUNCT, i, i + 1, c, lineStart);
        lineStart = 0;
        i++;
      }
    }
    return i;
  }
}

/**
 * Whether a `/` after the tokens so far starts a regex literal rather than dividing: not after a value (a name
 * other than an operator keyword, a number, a string, `)` or `]`), as the JS string scanner decides.
 */
function startsExpression(tokens: Tokens): boolean {
  const t = tokens.count - 1;
  if (t < 0) return true;
  switch (tokens.kinds[t]) {
    case IDENT:
      return isOperatorKeyword(tokens.text, tokens.starts[t], tokens.ends[t]);
    case STRING:
    case OTHER:
      return false;
    default:
      return tokens.refs[t] !== Ch.RParen && tokens.refs[t] !== Ch.RBracket;
  }
}
