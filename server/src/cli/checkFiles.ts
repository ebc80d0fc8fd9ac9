// Checks files (test files, or with --models any supported file) and turns the diagnostics into findings: read
// here for small runs, or handed over by reader threads for large ones.
//
// A file that cannot be read or is not UTF-8 does not stop the run: it becomes an error (the run then ends with
// exit code 2, its result being incomplete) and the other files are still checked and reported.
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnoseDocument, type DiagnosticControl } from '../features/diagnostics';
import type { ModelRegistry } from '../registry/modelRegistry';
import type { RegistryCallContext } from '../registryCalls/diagnose';
import type { LexicalMap } from '../strings/lexicalMap';
import { scanText } from '../strings/scanDocument';
import { type Finding, toFinding } from './findings';
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

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads and checks `files` in order on this thread; `onChecked` is told after each file (progress). */
export function checkFiles(
  files: readonly string[],
  deps: FileCheckDeps,
  onChecked: (done: number) => void = () => undefined,
): FilesResult {
  const result: FilesResult = { findings: [], errors: [] };
  // With --models every file is read in full; otherwise most are settled by one native pass: no rule's first name
  // and no U+FFFD (what undecodable bytes become) means nothing to report.
  const worthChecking = deps.registry ? undefined : new RegExp(`${deps.context.rules.preCheck.gate}|\uFFFD`);
  files.forEach((file, i) => {
    onChecked(i);
    let text: string;
    try {
      text = readFileSync(file, 'utf8'); // one native call; reading bytes first costs four
    } catch (error) {
      result.errors.push(cannotRead(file, (error as NodeJS.ErrnoException).code ?? String(error)));
      return;
    }
    if (worthChecking && !worthChecking.test(text)) return;
    const checked = checkText(file, text, deps);
    if (typeof checked === 'string') result.errors.push(checked);
    else result.findings.push(...checked);
  });
  return result;
}

export function cannotRead(file: string, why: string): string {
  return `cannot read ${file}: ${why}`;
}

/** The findings in one file's text, or why it cannot be checked (not UTF-8). */
export function checkText(file: string, raw: string, deps: FileCheckDeps): Finding[] | string {
  const languageId = languageOfFile(file)?.id;
  if (languageId === undefined) return [];
  // Undecodable bytes come out as U+FFFD; only then are the bytes read again and asked whether they are UTF-8.
  if (raw.includes('\uFFFD') && !isUtf8(file)) return `${file} is not valid UTF-8 text`;
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw; // a byte-order mark, dropped as editors do
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
}

function isUtf8(file: string): boolean {
  try {
    UTF8.decode(readFileSync(file));
    return true;
  } catch {
    return false;
  }
}
