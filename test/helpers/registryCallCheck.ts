// Runs the `real-registry-call` diagnostic on a text in memory, for unit tests: every file is a test file, and
// support code may be given as texts too.
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applySuppressions } from '../../server/src/features/suppression';
import { analyse, languageFamily } from '../../server/src/registryCalls/analyse';
import { diagnoseRegistryCalls } from '../../server/src/registryCalls/diagnose';
import { RuleSet } from '../../server/src/registryCalls/rules';
import { type SupportFile, SupportIndex, type SupportKind } from '../../server/src/registryCalls/supportIndex';
import type { RealRegistryCallRule } from '../../server/src/utils/settings';
import { scanText } from '../../server/src/strings/scanDocument';

export interface SupportText {
  file: string;
  kind: SupportKind;
  text: string;
  scope?: string;
}

export interface CheckOptions {
  rules?: RealRegistryCallRule[];
  support?: SupportText[];
  /** Absolute path of the test file (support scoping); default `/project/test/example`. */
  file?: string;
}

/** The built-in rules alone, compiled once: a RuleSet is never changed once made. */
const BUILT_IN_RULES = new RuleSet();

export function supportIndex(files: readonly SupportText[]): SupportIndex {
  return new SupportIndex(
    files.map((s): SupportFile => {
      const languageId = s.kind === 'elixir' ? 'elixir' : s.kind === 'conftest' ? 'python' : 'typescript';
      const facts = analyse(s.text, scanText(s.text, languageId)!, languageFamily(languageId)!, BUILT_IN_RULES);
      return { file: s.file, kind: s.kind, facts, scope: s.scope ?? s.file.slice(0, s.file.lastIndexOf('/')) };
    }),
  );
}

export function check(languageId: string, text: string, options: CheckOptions = {}): Diagnostic[] {
  const document = TextDocument.create('file:///test', languageId, 1, text);
  const map = scanText(text, languageId)!;
  const context = {
    rules: options.rules ? new RuleSet(options.rules) : BUILT_IN_RULES,
    isTestFile: () => true,
    support: supportIndex(options.support ?? []),
  };
  return applySuppressions(
    diagnoseRegistryCalls(document, options.file ?? '/project/test/example', context, () => map),
    document,
    map,
  );
}

/** `line: covered text` of each finding (1-based lines), for readable assertions. */
export function flagged(languageId: string, text: string, options?: CheckOptions): string[] {
  const lines = text.split('\n');
  return check(languageId, text, options).map(d => {
    const { start, end } = d.range;
    const covered =
      start.line === end.line
        ? lines[start.line].slice(start.character, end.character)
        : `${lines[start.line].slice(start.character)}…`;
    return `${start.line + 1}: ${covered}`;
  });
}

/** A diagnostic's message as text (LSP 3.18 allows Markup; this server sends strings). */
export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
