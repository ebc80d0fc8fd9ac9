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

/** The keys above the line holding `offset`, outermost first, `[]` for each list item on the way, ending in `key`. */
export function yamlKeyPath(text: string, offset: number, key: string): string[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const own = lineKey(text, lineStart);
  const path: string[] = [...Array<string>(own.markers).fill('[]'), key];
  let column = own.indent;
  for (let end = lineStart - 1; end > 0 && column > 0;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = lineKey(text, start);
    const blank = /^\s*(?:#.*)?$/.test(text.slice(start, end));
    end = start - 1;
    if (blank || line.indent >= column) continue;
    // A key of the list item we are in (`- model_name: x` above `  litellm_params:`) is a sibling, not a parent.
    if (line.key !== undefined && line.keyColumn < column) path.unshift(line.key);
    path.unshift(...Array<string>(line.markers).fill('[]'));
    column = line.indent;
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
