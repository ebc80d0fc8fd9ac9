// The setup files a JS/TS test runner runs before every test: `setupFiles` / `setupFilesAfterEnv` (jest; the
// brief's `setupFilesAfterEach` spelling is read too) in `vitest.config.*`, `vite.config.*`, `jest.config.*`, or
// the `jest` key of package.json. Only paths inside the project count (`./…`, `<rootDir>/…`, absolute).
import * as path from 'node:path';
import * as shared from '../strings/scanHelpers';
import { scanText } from '../strings/scanDocument';
import { tokenize } from './codeTokens';

const { Ch } = shared;
const SETUP_KEYS = new Set(['setupFiles', 'setupFilesAfterEnv', 'setupFilesAfterEach']);

export function isRunnerConfig(file: string): boolean {
  const name = path.basename(file);
  return name === 'package.json' || /^(?:vitest|vite|jest)\.config\.[cm]?[jt]s$/.test(name);
}

/** Absolute paths of the setup files a runner config names. */
export function setupFilesOf(configFile: string, text: string): string[] {
  const dir = path.dirname(configFile);
  const named =
    path.basename(configFile) === 'package.json' ? fromPackageJson(text) : fromScript(text, scriptLanguage(configFile));
  return named.flatMap(entry => {
    const rooted = entry.replace(/^<rootDir>/, dir);
    if (path.isAbsolute(rooted)) return [path.normalize(rooted)];
    return rooted.startsWith('.') ? [path.resolve(dir, rooted)] : []; // a package (`jest-extended/all`), not project code
  });
}

export function scriptLanguage(file: string): string {
  const ext = path.extname(file);
  if (ext === '.tsx') return 'typescriptreact';
  if (ext === '.jsx') return 'javascriptreact';
  return /^\.[cm]?ts$/.test(ext) ? 'typescript' : 'javascript';
}

function fromPackageJson(text: string): string[] {
  try {
    const jest = (JSON.parse(text) as { jest?: Record<string, unknown> } | null)?.jest;
    if (typeof jest !== 'object' || jest === null) return [];
    return [...SETUP_KEYS].flatMap(key => {
      const value = jest[key];
      return Array.isArray(value)
        ? value.filter((v): v is string => typeof v === 'string')
        : typeof value === 'string'
          ? [value]
          : [];
    });
  } catch {
    return [];
  }
}

/** `setupFiles: './setup.ts'` or `setupFiles: ['./a.ts', './b.ts']` anywhere in a config module. */
function fromScript(text: string, languageId: string): string[] {
  const map = scanText(text, languageId);
  if (!map) return [];
  const tokens = tokenize(text, map, 'script');
  const found: string[] = [];
  for (let t = 0; t + 2 < tokens.count; t++) {
    if (!tokens.isIdent(t) || !SETUP_KEYS.has(tokens.word(t)) || !tokens.isPunct(t + 1, Ch.Colon)) continue;
    const single = tokens.stringContent(t + 2);
    if (single !== undefined) found.push(single);
    else if (tokens.isPunct(t + 2, Ch.LBracket)) {
      const close = tokens.closing(t + 2);
      for (let k = t + 3; k < close; k++) {
        const entry = tokens.stringContent(k);
        if (entry !== undefined) found.push(entry);
      }
    }
  }
  return found;
}
