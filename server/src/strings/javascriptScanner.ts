// JavaScript / TypeScript (+ JSX): '…', "…", `…${…}…` at any depth, // and /* */ comments, regex literals told
// from division by the previous token, and JSX tags (attribute strings found, text between tags skipped).
// Nesting (template fields, JSX) uses an explicit stack of modes.
import type { LexicalMap, StringLiteral } from './lexicalMap';
import type { KeyRules } from './scanHelpers';
import * as shared from './scanHelpers';

// Local bindings: run unbundled (tsx, tests), every read of an imported binding is a getter call.
const {
  blockCommentEnd,
  Ch,
  closeLiteral,
  closeOpenInterpolations,
  identEnd,
  isDigit,
  isIdentPart,
  isIdentStart,
  keyBefore,
  lineEnd,
  openLiteral,
} = shared;

const KEYS: KeyRules = {
  colonIdent: true,
  colonAfterSeparator: true,
  colonQuoted: true,
  equals: true,
  annotation: true,
};
const JSX_KEYS: KeyRules = { equals: true, dash: true };

const enum Mode {
  Code,
  TemplateField,
  JsxField,
  JsxTag,
  JsxChildren,
}

interface Frame {
  mode: Mode;
  /** The template literal of a `${…}` field. */
  literal: StringLiteral | undefined;
  interpStart: number;
  /** Open `{` inside a field, so only its own `}` closes it. */
  depth: number;
}

/** TypeScript: no JSX, since `<T>value` is a type assertion there. */
export function scanTypeScript(text: string): LexicalMap {
  return scanScript(text, false);
}

/** JavaScript, JSX and TSX. */
export function scanJavaScript(text: string): LexicalMap {
  return scanScript(text, true);
}

export function scanScript(text: string, jsx: boolean): LexicalMap {
  const n = text.length;
  const strings: StringLiteral[] = [];
  const comments: [number, number][] = [];
  const stack: Frame[] = [];
  let mode: Mode = Mode.Code;
  /** Whether a `/` here starts a regex (and a `<` a JSX element): after an operator, not after a value. */
  let regexOk = true;

  const push = (frameMode: Mode, literal: StringLiteral | undefined, interpStart: number): void => {
    stack.push({ mode: frameMode, literal, interpStart, depth: 0 });
    mode = frameMode === Mode.JsxTag ? Mode.JsxTag : Mode.Code; // the code of a field is scanned as code
  };
  const pop = (): Frame => {
    const frame = stack.pop()!;
    mode = stack.length > 0 ? stack[stack.length - 1].mode : Mode.Code;
    if (mode === Mode.TemplateField || mode === Mode.JsxField) mode = Mode.Code;
    return frame;
  };
  /** Template body from `from`: returns the next offset, pushing a field frame when it stops at `${`. */
  const resumeTemplate = (literal: StringLiteral, from: number): number => {
    const at = templateEnd(text, from);
    if (at >= n) {
      closeLiteral(literal, n, n);
      return n;
    }
    if (text.charCodeAt(at) === Ch.Dollar) {
      push(Mode.TemplateField, literal, at);
      regexOk = true;
      return at + 2;
    }
    closeLiteral(literal, at, at + 1);
    regexOk = false;
    return at + 1;
  };
  const quoted = (at: number, multiLine: boolean, escapes: boolean, rules: KeyRules): number => {
    const key = keyBefore(text, at, strings, rules) ?? attributeOfField(at);
    const literal = openLiteral(strings, at, at + 1);
    if (key !== undefined) literal.key = key;
    const close = quotedEnd(text, at + 1, text.charCodeAt(at), multiLine, escapes);
    const closed = close < n && text.charCodeAt(close) === text.charCodeAt(at);
    closeLiteral(literal, close, closed ? close + 1 : close);
    return closed ? close + 1 : close;
  };
  /** `model={'gpt-4o'}`: a string first in a JSX attribute's `{…}` is that attribute's value. */
  const attributeOfField = (at: number): string | undefined => {
    const field = stack[stack.length - 1];
    if (field?.mode !== Mode.JsxField || stack[stack.length - 2]?.mode !== Mode.JsxTag) return undefined;
    let before = at - 1;
    while (before > field.interpStart && (text.charCodeAt(before) === Ch.Space || text.charCodeAt(before) === Ch.Tab))
      before--;
    return before === field.interpStart ? keyBefore(text, field.interpStart, strings, JSX_KEYS) : undefined;
  };
  const comment = (at: number): number => {
    const end = text.charCodeAt(at + 1) === Ch.Slash ? lineEnd(text, at) : blockCommentEnd(text, at);
    comments.push([at, end]);
    return end;
  };

  let i = 0;
  if (text.charCodeAt(0) === Ch.Hash && text.charCodeAt(1) === Ch.Bang) {
    // #!/usr/bin/env node
    i = lineEnd(text, 0);
    comments.push([0, i]);
  }
  while (i < n) {
    const c = text.charCodeAt(i);
    const current = mode as Mode; // changed by the step functions
    if (current === Mode.JsxTag) i = tagStep(c, i);
    else if (current === Mode.JsxChildren) i = childrenStep(c, i);
    else if (c === Ch.Space || c === Ch.Tab || c === Ch.LF || c === Ch.CR)
      i++; // the common cases inline
    else if (isIdentStart(c)) {
      const end = identEnd(text, i + 1);
      regexOk = isOperatorKeyword(text, i, end);
      i = end;
    } else i = codeStep(c, i);
  }
  closeOpenInterpolations(stack, n);
  return { strings, comments };

  function codeStep(c: number, at: number): number {
    switch (c) {
      case Ch.Space:
      case Ch.Tab:
      case Ch.LF:
      case Ch.CR:
        return at + 1;
      case Ch.Slash: {
        const next = text.charCodeAt(at + 1);
        if (next === Ch.Slash || next === Ch.Star) return comment(at);
        if (!regexOk) {
          regexOk = true;
          return at + 1;
        }
        regexOk = false;
        return regexEnd(text, at + 1);
      }
      case Ch.DQuote:
      case Ch.SQuote:
        regexOk = false;
        return quoted(at, false, true, KEYS);
      case Ch.Backtick: {
        const key = keyBefore(text, at, strings, KEYS);
        const literal = openLiteral(strings, at, at + 1);
        if (key !== undefined) literal.key = key;
        return resumeTemplate(literal, at + 1);
      }
      case Ch.LBrace:
        if (stack.length > 0) stack[stack.length - 1].depth++;
        regexOk = true;
        return at + 1;
      case Ch.RBrace: {
        regexOk = true;
        const top = stack[stack.length - 1];
        if (top === undefined) return at + 1;
        if (top.depth > 0) {
          top.depth--;
          return at + 1;
        }
        const frame = pop();
        if (frame.literal !== undefined) {
          frame.literal.interpolations.push([frame.interpStart, at + 1]);
          return resumeTemplate(frame.literal, at + 1);
        }
        return at + 1; // end of a JSX `{…}`: back in the tag or the children
      }
      case Ch.RParen:
      case Ch.RBracket:
        regexOk = false;
        return at + 1;
      case Ch.Lt:
        if (jsx && regexOk && startsJsx(text, at)) {
          push(Mode.JsxTag, undefined, at);
          return at + 1;
        }
        regexOk = true;
        return at + 1;
      default:
        if (isIdentStart(c) || c === Ch.Hash) {
          const end = identEnd(text, at + 1);
          regexOk = isOperatorKeyword(text, at, end);
          return end;
        }
        if (isDigit(c)) {
          regexOk = false;
          let end = at + 1;
          while (end < n && (isIdentPart(text.charCodeAt(end)) || text.charCodeAt(end) === Ch.Dot)) end++;
          return end;
        }
        regexOk = true; // an operator or an opening bracket
        return at + 1;
    }
  }

  /** Inside `<Tag …`: attribute strings (no escapes in JSX), `{…}` fields, `>` and `/>`. */
  function tagStep(c: number, at: number): number {
    switch (c) {
      case Ch.Slash: {
        const next = text.charCodeAt(at + 1);
        if (next === Ch.Gt) {
          pop();
          regexOk = false;
          return at + 2;
        }
        return next === Ch.Slash || next === Ch.Star ? comment(at) : at + 1;
      }
      case Ch.Gt:
        stack[stack.length - 1].mode = Mode.JsxChildren;
        mode = Mode.JsxChildren;
        return at + 1;
      case Ch.DQuote:
      case Ch.SQuote:
        return quoted(at, true, false, JSX_KEYS);
      case Ch.LBrace:
        push(Mode.JsxField, undefined, at);
        regexOk = true;
        return at + 1;
      case Ch.Lt:
        push(Mode.JsxTag, undefined, at);
        return at + 1;
      case Ch.Semi:
      case Ch.LParen:
      case Ch.RParen:
      case Ch.Comma:
        // Not a tag after all (a comparison or a generic we misread): back to code at this character.
        pop();
        regexOk = true;
        return mode === Mode.Code ? codeStep(c, at) : at + 1;
      default:
        return at + 1;
    }
  }

  /** Between tags: text is skipped; `{…}` is code, `<x` a child element, `</x>` ends this element. */
  function childrenStep(c: number, at: number): number {
    if (c === Ch.LBrace) {
      push(Mode.JsxField, undefined, at);
      regexOk = true;
      return at + 1;
    }
    if (c !== Ch.Lt) {
      let j = at + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === Ch.LBrace || d === Ch.Lt) break;
        j++;
      }
      return j;
    }
    if (text.charCodeAt(at + 1) === Ch.Slash) {
      const gt = text.indexOf('>', at + 2);
      pop();
      regexOk = false;
      return gt < 0 ? n : gt + 1;
    }
    push(Mode.JsxTag, undefined, at);
    return at + 1;
  }
}

/** Offset of the closing quote of a '…' / "…" body from `i`, or of the line break / text end when unterminated. */
function quotedEnd(text: string, i: number, quote: number, multiLine: boolean, escapes: boolean): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === quote) return i;
    if (c === Ch.Backslash && escapes) {
      // A backslash before a line break continues the string onto the next line.
      i += text.charCodeAt(i + 1) === Ch.CR && text.charCodeAt(i + 2) === Ch.LF ? 3 : 2;
      continue;
    }
    if ((c === Ch.LF || c === Ch.CR) && !multiLine) return i;
    i++;
  }
  return n;
}

/** Where a template body from `i` stops: the closing backtick, the `$` of `${`, or the text's length. */
function templateEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === Ch.Backtick) return i;
    if (c === Ch.Backslash) i += 2;
    else if (c === Ch.Dollar && text.charCodeAt(i + 1) === Ch.LBrace) return i;
    else i++;
  }
  return n;
}

/** Offset past a regex literal whose body starts at `i` (flags included); a regex never spans lines. */
export function regexEnd(text: string, i: number): number {
  const n = text.length;
  let inClass = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === Ch.LF || c === Ch.CR) return i;
    if (c === Ch.Backslash) {
      i += 2;
      continue;
    }
    if (c === Ch.LBracket) inClass = true;
    else if (c === Ch.RBracket) inClass = false;
    else if (c === Ch.Slash && !inClass) return identEnd(text, i + 1);
    i++;
  }
  return n;
}

/** `<` at `at` opens a JSX element: `<>` or `<Name`, but not a generic's `<T,>` or `<T extends U>`. */
function startsJsx(text: string, at: number): boolean {
  const first = text.charCodeAt(at + 1);
  if (first === Ch.Gt) return true;
  if (!isIdentStart(first)) return false;
  let j = at + 2;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (!(isIdentPart(c) || c === Ch.Dot || c === Ch.Minus || c === Ch.Colon)) break;
    j++;
  }
  while (text.charCodeAt(j) === Ch.Space || text.charCodeAt(j) === Ch.Tab) j++;
  if (text.charCodeAt(j) === Ch.Comma) return false;
  return !(text.startsWith('extends', j) && !isIdentPart(text.charCodeAt(j + 7)));
}

/** Keywords after which an expression (so a regex) may follow: `return /x/`, `typeof /x/`. */
export function isOperatorKeyword(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 2 || length > 10) return false;
  switch (
    text.charCodeAt(start) // most identifiers are rejected by their first letter or length alone
  ) {
    case 0x61:
      return length === 5 && text.startsWith('await', start); // a
    case 0x63:
      return length === 4 && text.startsWith('case', start); // c
    case 0x64:
      return (length === 2 && text.startsWith('do', start)) || (length === 6 && text.startsWith('delete', start)); // d
    case 0x65:
      return length === 4 && text.startsWith('else', start); // e
    case 0x69:
      return (length === 2 && text.startsWith('in', start)) || (length === 10 && text.startsWith('instanceof', start)); // i
    case 0x6e:
      return length === 3 && text.startsWith('new', start); // n
    case 0x6f:
      return length === 2 && text.startsWith('of', start); // o
    case 0x72:
      return length === 6 && text.startsWith('return', start); // r
    case 0x74:
      return (length === 6 && text.startsWith('typeof', start)) || (length === 5 && text.startsWith('throw', start)); // t
    case 0x76:
      return length === 4 && text.startsWith('void', start); // v
    case 0x79:
      return length === 5 && text.startsWith('yield', start); // y
    default:
      return false;
  }
}
