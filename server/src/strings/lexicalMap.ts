// What the string scanners report for a document: every string literal and every comment, by offset.
// Features read model IDs only from string literals; the test-file lint reads code outside both.

export interface StringLiteral {
  /** Offset of the literal's first character, opening quote / sigil / prefix included (`r"`, `~s(`, `f'`). */
  start: number;
  /** Offset just past the closing delimiter (or the end of the document for an unterminated literal). */
  end: number;
  /** Offset of the first content character, after the opening delimiter. */
  contentStart: number;
  /** Offset just past the last content character, before the closing delimiter. */
  contentEnd: number;
  /** Interpolated code inside the literal (`#{…}`, `${…}`, f-string `{…}`), offsets including the delimiters. */
  interpolations: [number, number][];
  /**
   * The key, keyword or argument name the literal is the value of, when it directly follows one:
   * `model` for `model: "x"` (Elixir keyword, JS/TS property, YAML), `"model": "x"` (JSON, Python dict),
   * `model="x"` / `model = "x"` (Python keyword argument, TOML, assignment).
   */
  key?: string;
}

export interface LexicalMap {
  /** Ordered by start; two literals are either apart or one lies inside an interpolation of the other. */
  strings: StringLiteral[];
  /** Comment ranges `[start, end)` in document order, delimiters included. */
  comments: [number, number][];
}
