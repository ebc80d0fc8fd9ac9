// Carries out WRITE_FIXTURE_COMMAND, the command of the "Write a stub fixture…" code action (fixtureAction.ts): picks
// the providers — those the flagged call names (`:anthropic`, `"openai"`, a model ID such as `"claude-sonnet-4-5"`),
// else those of the model IDs anywhere in the test file, else the default creators — builds the fixture from the
// loaded catalogs as `model-registry fixture` does, and asks the client to create the file with its text
// (`workspace/applyEdit`: a CreateFile, then an insert). An existing file is replaced only when it is itself a fixture
// (regenerating it); any other file there is left alone and the user is told why, as for every other failure.
import {
  type Connection,
  CreateFile,
  type ExecuteCommandParams,
  MessageType,
  Position,
  ShowMessageNotification,
  TextDocumentEdit,
  TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isObject } from '../../../shared/json';
import { WRITE_FIXTURE_COMMAND, type WriteFixtureArguments, type WriteFixtureResult } from '../../../shared/protocol';
import type { ModelIndex } from '../catalog/modelIndex';
import { commandLine, defaultFixtureName, isFixtureText } from '../fixtures/fixtureFiles';
import { buildFixture, DEFAULT_FIXTURE_COUNT, type Fixture } from '../fixtures/fixtureModels';
import { renderFixture } from '../fixtures/fixtureWriters';
import { ONLINE_CATALOG } from '../registry/sourceSpecs';
import { relativeInside } from '../registryCalls/testFiles';
import type { LexicalMap } from '../strings/lexicalMap';
import { readRegularFileSync } from '../utils/regularFile';
import { uriToPath } from '../utils/uris';
import { displayPath, type FixtureTarget, fixtureTarget, fixtureUri } from './fixtureAction';
import { looksLikeModelId } from './modelLiterals';

export interface FixtureCommandDeps {
  /** The loaded catalogs, current. */
  index: ModelIndex;
  today: string;
  folders: readonly string[];
  /** The open document and its lexical map; undefined when it is not open. */
  document(uri: string): { document: TextDocument; map: LexicalMap } | undefined;
  /** `workspace/applyEdit`: whether the client applied it. */
  applyEdit(edit: WorkspaceEdit, label: string): Promise<boolean>;
  showError(message: string): void;
  /** `window/showDocument`, when the client has it. */
  showDocument?(uri: string): void;
}

/** What the command asks of the client, over an LSP connection; `showDocument` when the client has it. */
export function clientSide(
  connection: Connection,
  canShowDocument: boolean,
): Pick<FixtureCommandDeps, 'applyEdit' | 'showError' | 'showDocument'> {
  return {
    applyEdit: async (edit, label) => (await connection.workspace.applyEdit({ label, edit })).applied,
    showError: message =>
      void connection
        .sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message })
        .catch(() => undefined),
    ...(canShowDocument
      ? {
          showDocument: (uri: string) =>
            void connection.window.showDocument({ uri, takeFocus: true }).catch(() => undefined),
        }
      : {}),
  };
}

/** At most this many providers from a call or a file: a fixture stays small. */
const MAX_PROVIDERS = 5;

export async function executeFixtureCommand(
  params: ExecuteCommandParams,
  deps: FixtureCommandDeps,
): Promise<WriteFixtureResult> {
  if (params.command !== WRITE_FIXTURE_COMMAND) throw new Error(`unknown command "${params.command}"`);
  const args = params.arguments?.[0];
  if (!isWriteFixtureArguments(args)) throw new Error(`${WRITE_FIXTURE_COMMAND} takes { uri, range }`);
  const fail = (why: string): null => {
    deps.showError(`Model Registry wrote no fixture: ${why}`);
    return null;
  };
  const open = deps.document(args.uri);
  const testFile = uriToPath(args.uri);
  if (!open || testFile === undefined) return fail('the test file is not open, or not saved on disk.');
  const { document, map } = open;
  const target = fixtureTarget(testFile, document.languageId, document.getText());
  if (!target) return fail(`there is no fixture format for ${document.languageId} files.`);
  const shown = displayPath(target.file, testFile, deps.folders);
  const existing = existingFile(target.file);
  if (existing !== 'absent' && existing !== 'fixture') return fail(`${shown} ${existing}`);
  const providers = fixtureProviders(document, map, args.range, deps.index);
  const built = buildFixture(deps.index, { providers, count: DEFAULT_FIXTURE_COUNT, today: deps.today });
  if ('error' in built) return fail(`${built.error}.`);
  const text = renderFixture(built.fixture, {
    format: target.format,
    ...(target.name === undefined ? {} : { name: target.name }),
    command: commandLine(regenerateArgs(built.fixture, target, testFile, deps.folders)),
  });
  const uri = fixtureUri(target);
  const edit: WorkspaceEdit = {
    documentChanges: [
      CreateFile.create(uri, { overwrite: existing === 'fixture' }),
      TextDocumentEdit.create({ uri, version: null }, [TextEdit.insert(Position.create(0, 0), text)]),
    ],
  };
  if (!(await deps.applyEdit(edit, `Write the stub fixture ${shown}`)))
    return fail(`the editor did not create ${shown}.`);
  deps.showDocument?.(uri);
  return { uri };
}

/**
 * The providers of the fixture for the call at `range`: those the call names (a provider string or atom, or the
 * provider of a model ID it holds), else those of the model IDs in the whole file, in order; none: the defaults.
 */
export function fixtureProviders(
  document: TextDocument,
  map: LexicalMap,
  range: WriteFixtureArguments['range'],
  index: ModelIndex,
): string[] {
  const text = document.getText();
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const named: [offset: number, provider: string][] = [];
  for (const literal of map.strings) {
    if (literal.start < start || literal.end > end || literal.interpolations.length > 0) continue;
    const content = text.slice(literal.contentStart, literal.contentEnd);
    const provider = index.knownProvider(content) ?? providerOfModel(index, content);
    if (provider !== undefined) named.push([literal.start, provider]);
  }
  const code = outsideLiterals(text, map, start, end);
  for (const atom of code.matchAll(/(?<![\w:]):([a-z][a-z0-9_]*)\b/g)) {
    const provider = index.knownProvider(atom[1]);
    if (provider !== undefined) named.push([start + atom.index, provider]);
  }
  if (named.length === 0) {
    for (const literal of map.strings) {
      if (literal.interpolations.length > 0) continue;
      const provider = providerOfModel(index, text.slice(literal.contentStart, literal.contentEnd));
      if (provider !== undefined) named.push([literal.start, provider]);
    }
  }
  const inOrder = named.sort((a, b) => a[0] - b[0]).map(([, provider]) => provider);
  return [...new Set(inOrder)].slice(0, MAX_PROVIDERS);
}

/** The provider a model ID names (`openrouter/…`), else its creator's; undefined when it names no model. */
function providerOfModel(index: ModelIndex, content: string): string | undefined {
  if (!looksLikeModelId(content)) return undefined;
  const found = index.resolve(content);
  if (found === undefined) return undefined;
  return found.namedProvider ?? index.provider(index.creatorRow(found.row));
}

/** The text from `start` to `end` with string literals and comments blanked out, offsets kept. */
function outsideLiterals(text: string, map: LexicalMap, start: number, end: number): string {
  const chars = text.slice(start, end).split('');
  for (const [from, to] of [...map.strings.map(s => [s.start, s.end] as const), ...map.comments]) {
    for (let i = Math.max(from, start); i < Math.min(to, end); i++) chars[i - start] = ' ';
  }
  return chars.join('');
}

/** Whether a file is at `file`: `absent`, a `fixture` (to regenerate), or why it must be left alone. */
function existingFile(file: string): 'absent' | 'fixture' | string {
  const read = readRegularFileSync(file);
  if ('error' in read)
    return read.error === 'ENOENT'
      ? 'absent'
      : `exists and cannot be read as a file (${read.error}): it is left as it is.`;
  if (isFixtureText(read.bytes.toString('utf8'))) return 'fixture';
  return 'exists and was not written by model-registry fixture: it is left as it is (move it, or write the fixture elsewhere with model-registry fixture --out).';
}

/** The CLI command that writes the same fixture, run from the workspace folder. */
function regenerateArgs(
  fixture: Fixture,
  target: FixtureTarget,
  testFile: string,
  folders: readonly string[],
): string[] {
  const folder = folders.find(f => relativeInside(f, testFile) !== undefined);
  const out = (folder === undefined ? undefined : relativeInside(folder, target.file)) ?? target.file;
  const online = fixture.sources.some(source => source.label === ONLINE_CATALOG.name);
  return [
    'model-registry',
    'fixture',
    ...fixture.providers.flatMap(p => ['--provider', p.provider]),
    '--count',
    String(DEFAULT_FIXTURE_COUNT),
    '--format',
    target.format,
    ...(target.name === undefined || target.name === defaultFixtureName(target.format, out)
      ? []
      : ['--module', target.name]),
    '--out',
    out,
    ...(online ? ['--online'] : []),
  ];
}

function isWriteFixtureArguments(value: unknown): value is WriteFixtureArguments {
  if (!isObject(value) || typeof value.uri !== 'string' || !isObject(value.range)) return false;
  const isPosition = (p: unknown): boolean =>
    isObject(p) && Number.isInteger(p.line) && Number.isInteger(p.character) && (p.line as number) >= 0;
  return isPosition(value.range.start) && isPosition(value.range.end);
}
