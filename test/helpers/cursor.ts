// Fixture text with one cursor marker (the text without it, its offset and LSP position), and readers of a
// string scan's result as plain text for the scanner tests.
import type { LexicalMap } from '../../server/src/strings/lexicalMap';
import { isInInterpolation, literalAt } from '../../server/src/strings/scanDocument';

export interface Cursor {
  text: string;
  offset: number;
  position: { line: number; character: number };
}

/**
 * Removes the one `marker` (default `|`) from `marked`: the text without it, the marker's offset and its LSP
 * position. Pass another marker for fixtures that contain `|` themselves (`~r|x|`, YAML `|`, `||`).
 */
export function cursor(marked: string, marker = '|'): Cursor {
  const offset = marked.indexOf(marker);
  if (offset < 0 || marked.indexOf(marker, offset + marker.length) >= 0) {
    throw new Error(`fixture needs exactly one ${marker} cursor marker: ${marked}`);
  }
  const text = marked.slice(0, offset) + marked.slice(offset + marker.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { text, offset, position: { line, character: offset - (before.lastIndexOf('\n') + 1) } };
}

export interface Probe {
  /** The literal's content text. */
  content: string;
  key: string | undefined;
  /** Whether the cursor sits in one of the literal's interpolations rather than in its content. */
  inInterpolation: boolean;
}

/** What the scanner reports at the cursor of `template`: the literal there, or undefined. */
export function probe(scan: (text: string) => LexicalMap, template: string, marker = '|'): Probe | undefined {
  const { text, offset } = cursor(template, marker);
  const literal = literalAt(scan(text), offset);
  if (literal === undefined) return undefined;
  return {
    content: text.slice(literal.contentStart, literal.contentEnd),
    key: literal.key,
    inInterpolation: isInInterpolation(literal, offset),
  };
}

/** The content text of every literal, in order. */
export function contents(text: string, map: LexicalMap): string[] {
  return map.strings.map(s => text.slice(s.contentStart, s.contentEnd));
}

/** The text of every comment, in order. */
export function commentTexts(text: string, map: LexicalMap): string[] {
  return map.comments.map(([start, end]) => text.slice(start, end));
}

/** `[content, key]` of every literal that has a key. */
export function keyed(text: string, map: LexicalMap): [string, string][] {
  return map.strings.filter(s => s.key !== undefined).map(s => [text.slice(s.contentStart, s.contentEnd), s.key!]);
}
