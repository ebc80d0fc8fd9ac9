// Picks the analyser for a document's language: Elixir, Python, or JavaScript / TypeScript (with or without JSX).
import { languageById } from '../../../shared/languages';
import type { LexicalMap } from '../strings/lexicalMap';
import { tokenize, Tokens } from './codeTokens';
import { analyseElixir } from './elixirAnalyser';
import type { FileFacts, LanguageFamily } from './facts';
import { analysePython } from './pythonAnalyser';
import type { RuleSet } from './rules';
import { analyseScript } from './scriptAnalyser';

/** The analyser family for a language ID, or undefined when the check does not apply to it. */
export function languageFamily(languageId: string): LanguageFamily | undefined {
  return languageById(languageId)?.codeFamily;
}

/** Token arrays reused by every analysis: analysing is synchronous and the facts keep no token. */
const buffer = new Tokens(4096);

export function analyse(text: string, map: LexicalMap, family: LanguageFamily, rules: RuleSet): FileFacts {
  const tokens = tokenize(text, map, family, buffer);
  switch (family) {
    case 'elixir':
      return analyseElixir(tokens, rules);
    case 'python':
      return analysePython(tokens, rules);
    default:
      return analyseScript(tokens, rules);
  }
}
