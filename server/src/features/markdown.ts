// Catalog text is data, not markup: everything from a catalog is escaped before it goes into a hover, so a model
// named `[x](command:workbench.action.quit)` or `<img src=x>` shows as those characters and does nothing.

/**
 * Inline Markdown syntax. Block syntax (`#`, `-`, `1.`, `>`) needs a line start, and catalog text never starts a line
 * (whitespace is folded and every value follows a label), so those characters stay readable.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]()|~]/g;
const HTML_SPECIAL = /[<&"]/g;
const HTML_ENTITIES: Record<string, string> = { '<': '&lt;', '&': '&amp;', '"': '&quot;' };

/** Bidirectional controls reorder what the reader sees (U+202E makes `evil.exe` look like `exe.live`). */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** `https://…` in a hover would become a link; a zero-width space after the scheme's colon keeps it text. */
const URL_SCHEME = /\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi;
/** Catalog text longer than this is cut: a 1 MB model name must not make a 1 MB hover. */
export const MAX_FIELD_LENGTH = 200;

/**
 * Text safe to place anywhere in Markdown: no emphasis, links (explicit or bare URLs), HTML, code spans, tables,
 * line breaks or bidirectional controls; at most `max` characters.
 */
export function escapeMarkdown(text: string, max = MAX_FIELD_LENGTH): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut
    .replace(BIDI_CONTROLS, '')
    .replace(/\s+/g, ' ')
    .replace(MARKDOWN_SPECIAL, ch => `\\${ch}`)
    .replace(HTML_SPECIAL, ch => HTML_ENTITIES[ch])
    .replace(URL_SCHEME, '$1:\u200b');
}
