// Entry point of the string scanners: dispatch on the document's language, and offset queries on the result.
// A literal found inside another's interpolation (`"#{f("a")}"`) follows it in `strings` and lies inside it:
// literals are in document order of their starts and either disjoint or nested that way.
import { languageById, type ScannerName } from '../../../shared/languages';
import type { LexicalMap, StringLiteral } from './lexicalMap';
import { scanElixir } from './elixirScanner';
import { scanJavaScript, scanTypeScript } from './javascriptScanner';
import { scanJson } from './jsonScanner';
import { scanPython } from './pythonScanner';
import { scanToml } from './tomlScanner';
import { scanYaml } from './yamlScanner';

/** One scanner per syntax; which language uses which is the languages table's `scanner` column. */
const SCANNERS: Readonly<Record<ScannerName, (text: string) => LexicalMap>> = {
  elixir: scanElixir,
  python: scanPython,
  typescript: scanTypeScript,
  javascript: scanJavaScript,
  json: scanJson,
  yaml: scanYaml,
  toml: scanToml,
};

/** Every string literal and comment of `text`, or undefined for a language without a scanner. */
export function scanText(text: string, languageId: string): LexicalMap | undefined {
  const language = languageById(languageId);
  return language && SCANNERS[language.scanner](text);
}

/**
 * The innermost literal whose content range holds `offset` (`contentStart <= offset <= contentEnd`, so a cursor
 * right after the opening or before the closing quote counts). It may be a literal whose interpolation holds the
 * offset: check `isInInterpolation` before reading it as string content.
 */
export function literalAt(map: LexicalMap, offset: number): StringLiteral | undefined {
  const strings = map.strings;
  // Last literal whose content starts at or before the offset.
  let lo = 0;
  let hi = strings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (strings[mid].contentStart <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return undefined;
  if (strings[found].contentEnd >= offset) return strings[found];
  // Otherwise only a literal enclosing that one can hold the offset (one inside whose interpolation it sits).
  const parents = parentsOf(map);
  for (let i = parents[found]; i >= 0; i = parents[i]) {
    if (strings[i].contentEnd >= offset) return strings[i];
  }
  return undefined;
}

/** Whether `offset` is inside one of the literal's interpolations (past its `#{` / `${` / `{`, before its `}`). */
export function isInInterpolation(literal: StringLiteral, offset: number): boolean {
  for (const [start, end] of literal.interpolations) {
    if (start < offset && offset < end) return true;
    if (start >= offset) break;
  }
  return false;
}

/** Whether the character at `offset` belongs to a comment (`start <= offset < end`). */
export function isInComment(map: LexicalMap, offset: number): boolean {
  const comments = map.comments;
  let lo = 0;
  let hi = comments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const [start, end] = comments[mid];
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Index of each literal's enclosing literal (-1 at top level), computed once per map when nesting is queried. */
const parentCache = new WeakMap<LexicalMap, Int32Array>();

function parentsOf(map: LexicalMap): Int32Array {
  let parents = parentCache.get(map);
  if (parents !== undefined && parents.length === map.strings.length) return parents;
  const strings = map.strings;
  parents = new Int32Array(strings.length);
  const open: number[] = [];
  for (let i = 0; i < strings.length; i++) {
    while (open.length > 0 && strings[open[open.length - 1]].end <= strings[i].start) open.pop();
    parents[i] = open.length > 0 ? open[open.length - 1] : -1;
    open.push(i);
  }
  parentCache.set(map, parents);
  return parents;
}
