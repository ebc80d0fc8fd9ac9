// The language of a file on disk, by extension: the ten languages of SPEC §4.
import * as path from 'node:path';

const BY_EXTENSION: Record<string, string> = {
  '.ex': 'elixir', '.exs': 'elixir',
  '.py': 'python', '.pyi': 'python',
  '.ts': 'typescript', '.mts': 'typescript', '.cts': 'typescript', '.tsx': 'typescriptreact',
  '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascriptreact',
  '.json': 'json', '.jsonc': 'jsonc',
  '.yaml': 'yaml', '.yml': 'yaml',
  '.toml': 'toml',
};

export function languageOfFile(file: string): string | undefined {
  const dot = file.lastIndexOf('.');
  if (dot < 0 || dot < file.lastIndexOf(path.sep)) return undefined;
  const extension = file.slice(dot);
  return BY_EXTENSION[extension] ?? BY_EXTENSION[extension.toLowerCase()];
}
