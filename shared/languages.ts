// The supported languages (SPEC §4), in one table: the client's document selector, the server's scanners and
// analysers, the CLI's file extensions, suppression comments and the grammar's injection targets all read it.
// package.json cannot import it; test/unit/manifest.test.ts checks its `activationEvents` and the grammar's
// `injectTo` against this table.

/** Which hand-written string scanner reads the language (server/src/strings). */
export type ScannerName = 'elixir' | 'python' | 'typescript' | 'javascript' | 'json' | 'yaml' | 'toml';

/** Which code analyser (registry calls, call contexts) reads the language; data files have none. */
export type CodeFamily = 'elixir' | 'python' | 'script';

export interface Language {
  /** VS Code language ID. */
  id: string;
  /** File extensions, lower case with the dot, for files on disk (the CLI). */
  extensions: readonly string[];
  scanner: ScannerName;
  codeFamily?: CodeFamily;
  /** Line comment marker for suppression comments; JSON has no comments. */
  lineComment?: '#' | '//';
  /** Separator between provider and model when the user has typed none: ReqLLM's `:` in Elixir, `/` elsewhere. */
  separator: ':' | '/';
  /** TextMate scope the model-ID grammar is injected into. */
  textMateScope: string;
}

export const LANGUAGES = [
  {
    id: 'elixir',
    extensions: ['.ex', '.exs'],
    scanner: 'elixir',
    codeFamily: 'elixir',
    lineComment: '#',
    separator: ':',
    textMateScope: 'source.elixir',
  },
  {
    id: 'python',
    extensions: ['.py', '.pyi'],
    scanner: 'python',
    codeFamily: 'python',
    lineComment: '#',
    separator: '/',
    textMateScope: 'source.python',
  },
  {
    id: 'typescript',
    extensions: ['.ts', '.mts', '.cts'],
    scanner: 'typescript',
    codeFamily: 'script',
    lineComment: '//',
    separator: '/',
    textMateScope: 'source.ts',
  },
  {
    id: 'typescriptreact',
    extensions: ['.tsx'],
    scanner: 'javascript',
    codeFamily: 'script',
    lineComment: '//',
    separator: '/',
    textMateScope: 'source.tsx',
  },
  {
    id: 'javascript',
    extensions: ['.js', '.mjs', '.cjs'],
    scanner: 'javascript',
    codeFamily: 'script',
    lineComment: '//',
    separator: '/',
    textMateScope: 'source.js',
  },
  {
    id: 'javascriptreact',
    extensions: ['.jsx'],
    scanner: 'javascript',
    codeFamily: 'script',
    lineComment: '//',
    separator: '/',
    textMateScope: 'source.js.jsx',
  },
  { id: 'json', extensions: ['.json'], scanner: 'json', separator: '/', textMateScope: 'source.json' },
  {
    id: 'jsonc',
    extensions: ['.jsonc'],
    scanner: 'json',
    lineComment: '//',
    separator: '/',
    textMateScope: 'source.json.comments',
  },
  {
    id: 'yaml',
    extensions: ['.yaml', '.yml'],
    scanner: 'yaml',
    lineComment: '#',
    separator: '/',
    textMateScope: 'source.yaml',
  },
  {
    id: 'toml',
    extensions: ['.toml'],
    scanner: 'toml',
    lineComment: '#',
    separator: '/',
    textMateScope: 'source.toml',
  },
] as const satisfies readonly Language[];

export type LanguageId = (typeof LANGUAGES)[number]['id'];

export const LANGUAGE_IDS: readonly LanguageId[] = LANGUAGES.map(language => language.id);

const BY_ID: ReadonlyMap<string, Language> = new Map(LANGUAGES.map(language => [language.id, language]));
const BY_EXTENSION: ReadonlyMap<string, Language> = new Map(
  LANGUAGES.flatMap(language => language.extensions.map(extension => [extension, language] as const)),
);

/** The table row of a language ID, or undefined for a language the product does not read. */
export function languageById(id: string): Language | undefined {
  return BY_ID.get(id);
}

/** The language of a file name by its extension (any case), or undefined. */
export function languageOfFile(file: string): Language | undefined {
  const dot = file.lastIndexOf('.');
  if (dot < 0 || dot < Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'))) return undefined;
  return BY_EXTENSION.get(file.slice(dot).toLowerCase());
}
