// YAML: "…" (escapes) and '…' ('' escape) scalars, plain scalars used as values (`model: gpt-4o`, `- openai/gpt-4o`,
// `[a, b]`), `#` comments after whitespace, and block scalars (`|`, `>`) skipped whole so their text is never read.
// Plain keys are not literals; a quoted key is (it is a quoted scalar), and names the value after it.
import type { LexicalMap, StringLiteral } from './lexicalMap';
import * as shared from './scanHelpers';

// Local bindings: run unbundled (tsx, tests), every read of an imported binding is a getter call.
const { Ch, closeLiteral, lineEnd, openLiteral } = shared;

export function scanYaml(text: string): LexicalMap {
  const n = text.length;
  const strings: StringLiteral[] = [];
  const comments: [number, number][] = [];
  let lineStart = 0;
  let flow = 0; // open `[` / `{`
  let nodeStart = true; // a scalar may start here
  let keyAllowed = true; // a scalar here may be a mapping key (line start, after `- `, in flow collections)
  let key: string | undefined; // the key the next value belongs to
  let ownerCol = 0; // column of the key or `-` owning the current value; block scalar lines are indented past it
  let tagged = false; // `!!str 123`: a tag on the next scalar keeps it even when it reads as a number

  /** At a line start in block context: resets the node state, keeping a `key:` whose value is on this line. */
  const startLine = (at: number): number => {
    lineStart = at;
    tagged = false;
    if (flow > 0) return at;
    let j = at;
    while (j < n && (text.charCodeAt(j) === Ch.Space || text.charCodeAt(j) === Ch.Tab)) j++;
    const c = text.charCodeAt(j);
    if (j >= n || c === Ch.LF || c === Ch.CR || c === Ch.Hash) return j; // blank or comment line: no change
    const waiting = nodeStart && !keyAllowed && key !== undefined && j - at > ownerCol; // `model:\n  gpt-4o`
    if (!waiting) key = undefined;
    nodeStart = true;
    keyAllowed = true;
    ownerCol = j - at;
    return j;
  };
  /**
   * After a scalar that may be a key: when `:` follows, makes `[keyStart, keyEnd)` the key of the next value and
   * returns the offset past the colon; else -1.
   */
  const asKey = (keyStart: number, keyEnd: number, after: number): number => {
    let j = after;
    while (j < n && (text.charCodeAt(j) === Ch.Space || text.charCodeAt(j) === Ch.Tab)) j++;
    if (text.charCodeAt(j) !== Ch.Colon || !(keyAllowed || flow > 0)) return -1;
    // In flow context `"a":b` is a pair; in block context the colon needs a space after it.
    if (flow === 0 && j + 1 < n && !isBreakOrSpace(text.charCodeAt(j + 1))) return -1;
    key = text.slice(keyStart, keyEnd);
    ownerCol = keyStart - lineStart;
    nodeStart = true;
    keyAllowed = false;
    return j + 1;
  };

  let i = startLine(0);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === Ch.LF || c === Ch.CR) {
      i += c === Ch.CR && text.charCodeAt(i + 1) === Ch.LF ? 2 : 1;
      i = startLine(i);
      continue;
    }
    if (c === Ch.Space || c === Ch.Tab) {
      i++;
      continue;
    }
    if (c === Ch.Hash && (i === lineStart || isBreakOrSpace(text.charCodeAt(i - 1)))) {
      const end = lineEnd(text, i);
      comments.push([i, end]);
      i = end;
      continue;
    }
    if (flow > 0 && (c === Ch.Comma || c === Ch.RBracket || c === Ch.RBrace)) {
      if (c !== Ch.Comma) flow--;
      nodeStart = c === Ch.Comma;
      keyAllowed = true;
      key = undefined;
      i++;
      continue;
    }
    if (c === Ch.LBracket || c === Ch.LBrace) {
      flow++;
      nodeStart = true;
      keyAllowed = true;
      key = undefined;
      i++;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    const indicator = i + 1 >= n || isBreakOrSpace(next) || (flow > 0 && isFlowIndicator(next));
    if (c === Ch.Colon && indicator) {
      // value of a key we did not read as one (alias, explicit `? key`)
      nodeStart = true;
      keyAllowed = false;
      i++;
      continue;
    }
    if (!nodeStart) {
      i++;
      continue;
    }
    if (c === Ch.DQuote || c === Ch.SQuote) {
      i = quoted(i, c);
    } else if ((c === Ch.Minus || c === Ch.Question) && indicator && flow === 0) {
      if (c === Ch.Minus) ownerCol = i - lineStart; // `- ` sequence entry: a new node, maybe a mapping
      keyAllowed = true;
      key = undefined;
      i++;
    } else if ((c === Ch.Pipe || c === Ch.Gt) && flow === 0) {
      i = startLine(blockScalar(i));
    } else if (c === Ch.Amp || c === Ch.Bang || c === Ch.Star) {
      // anchor, tag (then the node) or alias (the node)
      i++;
      while (i < n && !isBreakOrSpace(text.charCodeAt(i)) && !(flow > 0 && isFlowIndicator(text.charCodeAt(i)))) i++;
      if (c === Ch.Star) nodeStart = false;
      if (c === Ch.Bang) tagged = true;
    } else if (i === lineStart && (c === Ch.Percent || isDocumentMarker(text, i))) {
      i = c === Ch.Percent ? lineEnd(text, i) : i + 3; // %YAML directive; --- / ... markers
    } else {
      i = plain(i);
    }
  }
  return { strings, comments };

  function quoted(start: number, quote: number): number {
    const literal = openLiteral(strings, start, start + 1);
    if (key !== undefined) literal.key = key;
    let j = start + 1;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === quote) {
        if (quote === Ch.SQuote && text.charCodeAt(j + 1) === Ch.SQuote)
          j++; // '' is an escaped quote
        else break;
      } else if (c === Ch.Backslash && quote === Ch.DQuote) {
        j++;
        if (text.charCodeAt(j) === Ch.LF) lineStart = j + 1;
      } else if (c === Ch.LF) lineStart = j + 1; // a quoted scalar may span lines
    }
    const end = j < n ? j + 1 : n;
    closeLiteral(literal, Math.min(j, n), end);
    const afterKey = asKey(literal.contentStart, literal.contentEnd, end);
    if (afterKey >= 0) {
      ownerCol = start - lineStart;
      delete literal.key;
      return afterKey;
    }
    nodeStart = false;
    return end;
  }

  /** A plain scalar: to the line end, ` #`, or (where a key may be) `: `; in flow context also to `,[]{}`. */
  function plain(start: number): number {
    let j = start + 1;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === Ch.LF || c === Ch.CR) break;
      if (c === Ch.Hash && (text.charCodeAt(j - 1) === Ch.Space || text.charCodeAt(j - 1) === Ch.Tab)) break;
      if (flow > 0 && isFlowIndicator(c)) break;
      if (c === Ch.Colon && (keyAllowed || flow > 0)) {
        const d = text.charCodeAt(j + 1);
        if (j + 1 >= n || isBreakOrSpace(d) || (flow > 0 && isFlowIndicator(d))) break;
      }
    }
    let contentEnd = j;
    while (contentEnd > start + 1 && isBreakOrSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    if (j < n && text.charCodeAt(j) === Ch.Colon) {
      const afterKey = asKey(start, contentEnd, j);
      if (afterKey >= 0) return afterKey;
    }
    if (tagged || !isNonString(text, start, contentEnd)) {
      const literal = openLiteral(strings, start, start);
      closeLiteral(literal, contentEnd, contentEnd);
      if (key !== undefined) literal.key = key;
    }
    nodeStart = false;
    tagged = false;
    return j;
  }

  /** Skips a `|` / `>` block scalar at `at`: its header line (a comment there counts) and every line indented past the owner. */
  function blockScalar(at: number): number {
    let p = lineEnd(text, at);
    for (let j = at + 1; j < p; j++) {
      if (text.charCodeAt(j) === Ch.Hash && isBreakOrSpace(text.charCodeAt(j - 1))) {
        comments.push([j, p]);
        break;
      }
    }
    while (p < n) {
      p += text.charCodeAt(p) === Ch.CR && text.charCodeAt(p + 1) === Ch.LF ? 2 : 1;
      let q = p;
      while (q < n && (text.charCodeAt(q) === Ch.Space || text.charCodeAt(q) === Ch.Tab)) q++;
      const c = text.charCodeAt(q);
      if (q < n && c !== Ch.LF && c !== Ch.CR && q - p <= ownerCol) return p;
      p = lineEnd(text, q);
    }
    return n;
  }
}

function isBreakOrSpace(c: number): boolean {
  return c === Ch.Space || c === Ch.Tab || c === Ch.LF || c === Ch.CR;
}

function isFlowIndicator(c: number): boolean {
  return c === Ch.Comma || c === Ch.LBracket || c === Ch.RBracket || c === Ch.LBrace || c === Ch.RBrace;
}

function isDocumentMarker(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c !== Ch.Minus && c !== Ch.Dot) || text.charCodeAt(i + 1) !== c || text.charCodeAt(i + 2) !== c) return false;
  return i + 3 >= text.length || isBreakOrSpace(text.charCodeAt(i + 3));
}

const NON_STRINGS = ['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'];

/** Plain scalars that YAML reads as null, a boolean or a number (`~`, `true`, `4096`, `0.7`): not strings. */
function isNonString(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length === 1 && text.charCodeAt(start) === Ch.Tilde) return true;
  if (length === 4 || length === 5) {
    for (const word of NON_STRINGS) if (word.length === length && text.startsWith(word, start)) return true;
  }
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= Ch.Zero && c <= Ch.Nine) digits++;
    else if (c !== Ch.Dot && c !== Ch.Underscore && c !== Ch.Plus && c !== Ch.Minus && c !== 0x65 && c !== 0x45)
      return false;
  }
  return digits > 0;
}
