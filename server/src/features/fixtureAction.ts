// The "Write a stub fixture…" code action on a `real-registry-call` diagnostic (issue 13): the test should stub the
// registry, and a stub needs data, so the action writes a fixture of the catalog's models for it. The action carries a
// command (WRITE_FIXTURE_COMMAND, carried out by fixtureCommand.ts) rather than an edit: which models, and whether the
// file exists, are settled only when the user picks it. It is offered only when the client can create files.
//
// Where the fixture goes, from the test file's language and path (no file-system look-up):
// - Elixir: `test/support/model_fixtures.ex` under the nearest `test/` folder, module `<App>.ModelFixtures` after the
//   test module's first segment (`MyApp.RegistryTest` → `MyApp.ModelFixtures`);
// - Python: `model_fixtures.py` in the nearest `tests/` (or `test/`) folder, next to its conftest.py;
// - TypeScript: `__fixtures__/models.ts` beside the test, or beside its `__tests__/` folder (where a runner would
//   take it for a test); JavaScript: `__fixtures__/models.json`, the registry format a JavaScript test can import.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { WRITE_FIXTURE_COMMAND, type WriteFixtureArguments } from '../../../shared/protocol';
import type { FixtureFormat } from '../fixtures/fixtureFiles';
import { relativeInside } from '../registryCalls/testFiles';
import { DIAGNOSTIC_SOURCE, REAL_REGISTRY_CALL } from '../utils/diagnosticCodes';
import { uriToPath } from '../utils/uris';

/** What the server knows that decides whether and how the action is offered. */
export interface FixtureActionContext {
  /** Workspace folder paths: the action's title names the fixture relative to its folder. */
  folders: readonly string[];
}

export interface FixtureTarget {
  /** Absolute path of the fixture file. */
  file: string;
  format: FixtureFormat;
  /** The Elixir module (the other formats' names are their defaults). */
  name?: string;
}

/**
 * The action for the first `real-registry-call` among `diagnostics` (one fixture serves every call of the file);
 * none without a context (the client cannot create files) or for a document with no path on disk.
 */
export function fixtureActions(
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  context: FixtureActionContext | undefined,
): CodeAction[] {
  const diagnostic = diagnostics.find(d => d.source === DIAGNOSTIC_SOURCE && d.code === REAL_REGISTRY_CALL);
  const file = uriToPath(document.uri);
  if (!context || !diagnostic || file === undefined) return [];
  const target = fixtureTarget(file, document.languageId, document.getText());
  if (!target) return [];
  const title = `Write a stub fixture of the catalog's models to ${displayPath(target.file, file, context.folders)}`;
  const args: WriteFixtureArguments = { uri: document.uri, range: diagnostic.range };
  return [
    {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title, command: WRITE_FIXTURE_COMMAND, arguments: [args] },
    },
  ];
}

/** Where the fixture for the test at `testFile` goes, in which format; undefined for a language with no format. */
export function fixtureTarget(testFile: string, languageId: string, testText: string): FixtureTarget | undefined {
  const dir = path.dirname(testFile);
  switch (languageId) {
    case 'elixir': {
      const namespace = /^[ \t]*defmodule[ \t]+([A-Z][A-Za-z0-9_]*)\./m.exec(testText)?.[1];
      return {
        file: path.join(ancestorNamed(dir, ['test']) ?? dir, 'support', 'model_fixtures.ex'),
        format: 'elixir',
        name: namespace === undefined ? 'ModelFixtures' : `${namespace}.ModelFixtures`,
      };
    }
    case 'python':
      return { file: path.join(ancestorNamed(dir, ['tests', 'test']) ?? dir, 'model_fixtures.py'), format: 'python' };
    case 'typescript':
    case 'typescriptreact':
    case 'javascript':
    case 'javascriptreact': {
      const tests = ancestorNamed(dir, ['__tests__']);
      const script = languageId.startsWith('typescript');
      return {
        file: path.join(
          tests === undefined ? dir : path.dirname(tests),
          '__fixtures__',
          script ? 'models.ts' : 'models.json',
        ),
        format: script ? 'ts' : 'registry',
      };
    }
    default:
      return undefined;
  }
}

/** `dir` or its nearest ancestor with one of `names`. */
function ancestorNamed(dir: string, names: readonly string[]): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    if (names.includes(path.basename(at))) return at;
    if (path.dirname(at) === at) return undefined;
  }
}

/** The path relative to the workspace folder holding the test file, else to the test file's folder. */
export function displayPath(file: string, testFile: string, folders: readonly string[]): string {
  for (const folder of folders) {
    if (relativeInside(folder, testFile) === undefined) continue;
    const relative = relativeInside(folder, file);
    if (relative !== undefined) return relative;
  }
  return path.relative(path.dirname(testFile), file).split(path.sep).join('/');
}

/** The fixture file as a URI. */
export function fixtureUri(target: FixtureTarget): string {
  return pathToFileURL(target.file).href;
}
