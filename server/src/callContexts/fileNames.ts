// What a file says about the names its calls use: the functions it defines itself and the packages it imports. A
// table call by a bare name the file defines (`def completion(…)`) is the file's own function, not LiteLLM's; a method
// name other SDKs share (`chat.create`) is the table's only in a file importing that SDK. Read from the text with
// line-level patterns once per document version, when a call needs them.
import type { CallLanguage } from './modelCallTable';

export interface FileNames {
  /** Functions the file defines (`def name`, `function name`, `const name = (…) =>`). */
  defined: ReadonlySet<string>;
  /** Packages the file imports: Python's top-level modules, JavaScript's package names (`@scope/name`). */
  imported: ReadonlySet<string>;
}

const PYTHON_DEFINITION = /^[ \t]*(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/gm;
const PYTHON_FROM_IMPORT = /^[ \t]*from[ \t]+([A-Za-z_]\w*)[\w.]*[ \t]+import\b/gm;
const PYTHON_IMPORT = /^[ \t]*import[ \t]+([\w., \t]+)/gm;
// Parameter lists and return types read to a bounded length: no text makes a match attempt scan the whole document.
const SCRIPT_DEFINITION =
  /\bfunction\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(|\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:function\b|\([^()]{0,300}\)\s*(?::[^=]{0,100})?=>|[A-Za-z_$][\w$]*\s*=>)/g;
const SCRIPT_IMPORT = /\b(?:from|import|require\s*\()\s*['"]([^'"]+)['"]/g;

export function fileNames(text: string, language: CallLanguage): FileNames {
  const defined = new Set<string>();
  const imported = new Set<string>();
  if (language === 'python') {
    for (const m of text.matchAll(PYTHON_DEFINITION)) defined.add(m[1]);
    for (const m of text.matchAll(PYTHON_FROM_IMPORT)) imported.add(m[1]);
    for (const m of text.matchAll(PYTHON_IMPORT))
      for (const name of m[1].split(',')) imported.add(name.trim().split(/[.\s]/)[0]);
  } else if (language === 'javascript') {
    for (const m of text.matchAll(SCRIPT_DEFINITION)) defined.add(m[1] ?? m[2]);
    for (const m of text.matchAll(SCRIPT_IMPORT)) imported.add(packageName(m[1]));
  }
  return { defined, imported };
}

/** `@ai-sdk/openai/internal` → `@ai-sdk/openai`, `openai/resources` → `openai`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The name a package is imported by: PyPI's `xai-sdk` is the module `xai_sdk`, `openai<1` (the table's note of a
 *  version) the module `openai`; npm names as they are. */
export function importName(pkg: string, language: CallLanguage): string {
  const name = pkg.replace(/[<>=!~].*$/, '');
  return language === 'python' ? name.replace(/-/g, '_').split('.')[0] : name;
}
