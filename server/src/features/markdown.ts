// Catalog text is data, not markup: everything from a catalog is escaped before it goes into a hover, so a model
// named `[x](command:workbench.action.quit)` or `<img src=x>` shows as those characters and does nothing.

/**
 * Inline Markdown syntax. Block syntax (`#`, `-`, `1.`, `>`) needs a line start, and catalog text never starts a line
 * (whitespace is folded and every value follows a label), so those characters stay readable.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]()|~]/g;
const HTML_SPECIAL = /[<&"]/g;
const HTML_ENTITIES: Record<string, string> = { '<': '&lt;', '&': '&amp;', '"': '&quot;' };

/** Text safe to place anywhere in Markdown: no emphasis, links, HTML, code spans, tables or line breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(MARKDOWN_SPECIAL, ch => `\\${ch}`)
    .replace(HTML_SPECIAL, ch => HTML_ENTITIES[ch]);
}
