// Checks files (test files, or with --models any supported file) and turns the diagnostics into findings: read
// here for small runs, or handed over by reader threads for large ones.
//
// A file that cannot be read, is not a regular file, is over the size limit, is not UTF-8 or cannot be analysed does
// not stop the run: it becomes an error (the run then ends with exit code 2, its result being incomplete) and the
// other files are still checked and reported.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnoseDocument, type DiagnosticControl } from '../features/diagnostics';
import type { ModelRegistry } from '../registry/modelRegistry';
import type { RegistryCallContext } from '../registryCalls/diagnose';
import type { LexicalMap } from '../strings/lexicalMap';
import { scanText } from '../strings/scanDocument';
import { readFileText } from './fileText';
import { type Finding, toFinding } from './findings';
import { printable } from './printable';
import { languageOfFile } from '../../../shared/languages';

export interface FileCheckDeps {
  context: RegistryCallContext;
  control: DiagnosticControl;
  /** With --models: the catalog for unknown-model / deprecated-model. */
  registry?: ModelRegistry;
  today: string;
  cwd: string;
}

export interface FilesResult {
  findings: Finding[];
  errors: string[];
}

/** Reads and checks `files` in order on this thread; `onChecked` is told after each file (progress). */
export function checkFiles(
  files: readonly string[],
  deps: FileCheckDeps,
  onChecked: (done: number) => void = () => undefined,
): FilesResult {
  const result: FilesResult = { findings: [], errors: [] };
  // With --models every file is read in full; otherwise most are settled by one native pass: no rule's first name
  // means nothing to report.
  const worthChecking = deps.registry ? undefined : new RegExp(deps.context.rules.preCheck.gate);
  files.forEach((file, i) => {
    onChecked(i);
    const read = readFileText(file);
    if ('error' in read) {
      result.errors.push(read.error);
      return;
    }
    if (worthChecking && !worthChecking.test(read.text)) return;
    const checked = checkText(file, read.text, deps);
    if (typeof checked === 'string') result.errors.push(checked);
    else for (const finding of checked) result.findings.push(finding);
  });
  return result;
}

/**
 * The findings in one file's text (as readFileText gives it), or why it cannot be checked: an analysis that fails on
 * it (a bug, or a file beyond what it handles) costs that file, never the run.
 */
export function checkText(file: string, text: string, deps: FileCheckDeps): Finding[] | string {
  const languageId = languageOfFile(file)?.id;
  if (languageId === undefined) return [];
  try {
    const document = TextDocument.create(file, languageId, 1, text);
    let map: LexicalMap | undefined;
    const lexicalMap = (): LexicalMap | undefined => (map ??= scanText(text, languageId));
    const diagnostics = diagnoseDocument(document, file, lexicalMap, {
      registryCalls: deps.context,
      queries: deps.registry?.queries,
      today: deps.today,
      control: deps.control,
      catalogsComplete: deps.registry?.catalogsComplete() ?? false,
    });
    return diagnostics.map(diagnostic => toFinding(file, deps.cwd, diagnostic));
  } catch (error) {
    return `cannot check ${printable(file)}: ${printable(error instanceof Error ? error.message : String(error))}`;
  }
}
