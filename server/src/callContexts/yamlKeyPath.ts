// The key path of a YAML value from its indentation (`model_list`, `[]`, `litellm_params`, `model` for the `model:`
// of a LiteLLM proxy's config.yaml): enough structure to tell a proxy alias from the model it routes to, without a
// YAML parser (block style only).

interface LineKey {
  /** Column of the line's first character (a `- ` marker or the key). */
  indent: number;
  /** `- ` markers before the key. */
  markers: number;
  /** Column of the key, after the markers. */
  keyColumn: number;
  key?: string;
}

/**
 * The document's lines, measured once: each line's key, and its parent — the nearest line above with less indent
 * (blank and comment lines aside) — so a key path costs its depth, not the lines above it (a 5,000-item list or
 * mapping would otherwise be walked again for every value in it). One document is kept: its values are asked in turn.
 */
interface YamlLines {
  text: string;
  starts: number[];
  keys: LineKey[];
  parent: Int32Array;
  /** For a list item's line: the nearest line above that is neither blank nor an item at the same column, or -1. */
  beforeItems: Int32Array;
}

let measured: YamlLines | undefined;

function yamlLines(text: string): YamlLines {
  if (measured?.text === text) return measured;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const keys = starts.map(start => lineKey(text, start));
  const blank = starts.map((start, i) =>
    /^\s*(?:#.*)?$/.test(text.slice(start, (starts[i + 1] ?? text.length + 1) - 1)),
  );
  const parent = new Int32Array(starts.length).fill(-1);
  const beforeItems = new Int32Array(starts.length).fill(-1);
  const open: number[] = []; // lines of strictly increasing indent: each one's parent is the one below it
  let previous = -1;
  for (let line = 0; line < starts.length; line++) {
    if (blank[line]) continue;
    const { indent, markers } = keys[line];
    while (open.length > 0 && keys[open[open.length - 1]].indent >= indent) open.pop();
    parent[line] = open.length > 0 ? open[open.length - 1] : -1;
    open.push(line);
    if (markers > 0) {
      const sameList = previous >= 0 && keys[previous].markers > 0 && keys[previous].indent === indent;
      beforeItems[line] = sameList ? beforeItems[previous] : previous;
    }
    previous = line;
  }
  measured = { text, starts, keys, parent, beforeItems };
  return measured;
}

/** The index of the line holding `offset`. */
function lineOf(lines: YamlLines, offset: number): number {
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The keys above the line holding `offset`, outermost first, `[]` for each list item on the way, ending in `key`. */
export function yamlKeyPath(text: string, offset: number, key: string): string[] {
  const lines = yamlLines(text);
  const at = lineOf(lines, offset);
  const own = lines.keys[at];
  const path: string[] = [...Array<string>(own.markers).fill('[]'), key];
  let column = own.indent;
  for (let line = lines.parent[at]; line >= 0 && column > 0; line = lines.parent[line]) {
    const above = lines.keys[line];
    // A key of the list item we are in (`- model_name: x` above `  litellm_params:`) is a sibling, not a parent.
    if (above.key !== undefined && above.keyColumn < column) path.unshift(above.key);
    path.unshift(...Array<string>(above.markers).fill('[]'));
    column = above.indent;
  }
  return path;
}

function lineKey(text: string, start: number): LineKey {
  let i = start;
  while (text.charCodeAt(i) === 32) i++;
  const indent = i - start;
  let markers = 0;
  while (text.charCodeAt(i) === 45 /* - */ && text.charCodeAt(i + 1) === 32) {
    markers++;
    i += 2;
    while (text.charCodeAt(i) === 32) i++;
  }
  const match = /^["']?([\w.-]+)["']?[ \t]*:(?:\s|$)/.exec(text.slice(i, i + 200));
  return { indent, markers, keyColumn: i - start, ...(match ? { key: match[1] } : {}) };
}

/**
 * The pattern of `name: value` for one list of names, compiled once: it is asked for every model key of a document.
 * The names come from documents (`GOOSE_PLANNER_PROVIDER` for `GOOSE_PLANNER_MODEL`): escaped, and a bounded cache.
 */
const siblingPatterns = new Map<string, RegExp>();
function siblingPattern(names: readonly string[]): RegExp {
  const id = names.join('|');
  let pattern = siblingPatterns.get(id);
  if (pattern === undefined) {
    if (siblingPatterns.size >= 64) siblingPatterns.clear();
    const alternatives = names.map(name => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    siblingPatterns.set(
      id,
      (pattern = new RegExp(
        `(?:^|[{,\\s])(?:${alternatives})[ \\t]*:[ \\t]*(?:"([^"\\n]*)"|'([^'\\n]*)'|([^,}\\s]+))`,
      )),
    );
  }
  return pattern;
}

/**
 * The value of a sibling key of the value at `offset` (`api_base:` next to a LiteLLM proxy's `model:`), in a block
 * mapping (the lines at the same key column, up to a line indented less) or a flow one (`{model: …, api_base: …}`).
 */
export function yamlSiblingValue(text: string, offset: number, names: readonly string[]): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  // A flow mapping opened on this line (looked for on the line only: a search back through the text would cost the
  // whole text above for every value).
  const before = text.slice(lineStart, offset);
  const open = before.lastIndexOf('{') < 0 ? -1 : lineStart + before.lastIndexOf('{');
  const wanted = siblingPattern(names);
  if (open >= 0 && before.lastIndexOf('}') < open - lineStart) {
    const close = text.indexOf('}', offset);
    const found = wanted.exec(text.slice(open, close < 0 ? lineEnd : close + 1));
    return found ? (found[1] ?? found[2] ?? found[3]) : undefined;
  }
  const own = lineKey(text, lineStart);
  const column = own.keyColumn;
  const valueOf = (start: number, end: number): string | undefined => {
    const line = lineKey(text, start);
    if (line.keyColumn !== column || line.key === undefined || !names.includes(line.key)) return undefined;
    const found = wanted.exec(text.slice(start, end));
    return found ? (found[1] ?? found[2] ?? found[3]) : undefined;
  };
  // Lines above (unless this line starts a list item), then below, while they belong to the same mapping.
  for (let end = own.markers > 0 ? 0 : lineStart - 1; end > 0;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = lineKey(text, start);
    const blank = /^\s*(?:#.*)?$/.test(text.slice(start, end));
    if (!blank && (line.keyColumn < column || (line.keyColumn === column && line.markers > 0))) {
      // The first key of this list item (`- api_base: …` at the column) is the last sibling above.
      if (line.keyColumn === column) return valueOf(start, end);
      break;
    }
    if (!blank) {
      const value = valueOf(start, end);
      if (value !== undefined) return value;
    }
    end = start - 1;
  }
  for (let start = lineEnd + 1; start < text.length;) {
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const line = lineKey(text, start);
    const blank = /^\s*(?:#.*)?$/.test(text.slice(start, end));
    if (!blank && (line.keyColumn < column || line.markers > 0)) break;
    if (!blank) {
      const value = valueOf(start, end);
      if (value !== undefined) return value;
    }
    start = end + 1;
  }
  return undefined;
}

/** The key of the list whose item is the value at `offset` (`models:` over `- gpt-4o`, `model: [a, b]`), if any. */
export function yamlListKey(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const open = before.lastIndexOf('[');
  if (open >= 0 && before.lastIndexOf(']') < open && before.lastIndexOf('{') < open)
    return /["']?([\w.-]+)["']?[ \t]*:[ \t]*$/.exec(before.slice(0, open))?.[1];
  if (!/^\s*-\s+$/.test(before.replace(/["']$/, ''))) return undefined;
  const path = yamlKeyPath(text, offset, '');
  if (path.length >= 3 && path[path.length - 2] === '[]') return path[path.length - 3];
  // A list at its key's own indentation (`models:` then `- gpt-4o` at the same column): the line above its items.
  const lines = yamlLines(text);
  const line = lineOf(lines, offset);
  const above = lines.beforeItems[line];
  if (above < 0) return undefined;
  const key = lines.keys[above];
  const end = (lines.starts[above + 1] ?? text.length + 1) - 1;
  const opensList =
    key.indent === lines.keys[line].indent &&
    key.markers === 0 &&
    /:\s*(?:#.*)?$/.test(text.slice(lines.starts[above], end));
  return opensList ? key.key : undefined;
}
