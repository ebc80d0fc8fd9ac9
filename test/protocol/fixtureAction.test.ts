// The "Write a stub fixture…" code action over a real stdio connection to the bundled server (issue 13): offered on a
// real-registry-call to clients whose workspace edits can create files (and only to them), carried out through
// workspace/executeCommand and workspace/applyEdit (a CreateFile, then the text), in the test's language and next to
// its support code, with the providers the flagged call names. The file it writes is the one its header's
// "Regenerate:" command writes through the CLI, byte for byte; an existing fixture is regenerated in place, any other
// file there is left alone and the user told why.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, CreateFile, Diagnostic, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver';
import { WRITE_FIXTURE_COMMAND, type WriteFixtureResult } from '../../shared/protocol';
import { CLI, runCli } from '../helpers/runCli';
import { DEFAULT_CAPABILITIES, LspSession, SERVER } from '../helpers/lspSession';

const skip =
  fs.existsSync(SERVER) && fs.existsSync(CLI)
    ? false
    : `the bundled server or CLI is missing (${SERVER}): run npm run build`;

const CREATE_FILES = {
  ...DEFAULT_CAPABILITIES,
  workspace: {
    ...DEFAULT_CAPABILITIES.workspace,
    applyEdit: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
  },
};

const PYTHON_TEST = `import litellm


def test_cost():
    assert litellm.get_model_info("claude-sonnet-4-5")
`;
const ELIXIR_TEST = `defmodule MyApp.RegistryTest do
  use ExUnit.Case, async: true

  test "lists models" do
    assert {:ok, _} = Jido.AI.Model.Registry.list_models(:openai)
  end
end
`;

/** A client's side of workspace/applyEdit: CreateFile (refused over a file unless it may overwrite), then inserts. */
function applyToDisk(edit: WorkspaceEdit): boolean {
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      const create = change as CreateFile;
      const file = fileURLToPath(create.uri);
      if (fs.existsSync(file) && !create.options?.overwrite) return false;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, '');
    } else {
      const { textDocument, edits } = change as TextDocumentEdit;
      const file = fileURLToPath(textDocument.uri);
      let text = fs.readFileSync(file, 'utf8');
      for (const e of edits) {
        assert.deepEqual(e.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
        text = ('newText' in e ? e.newText : '') + text;
      }
      fs.writeFileSync(file, text);
    }
  }
  return true;
}

describe('the stub fixture code action over stdio', { skip }, () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-fixture-action-'));
  const published = new Map<string, Diagnostic[]>();
  const edits: WorkspaceEdit[] = [];
  const errors: string[] = [];
  let session: LspSession;
  let initialized: { capabilities: { executeCommandProvider?: { commands: string[] } } };

  before(async () => {
    session = new LspSession();
    session.connection.onNotification(
      'textDocument/publishDiagnostics',
      (p: { uri: string; diagnostics: Diagnostic[] }) => {
        published.set(p.uri, p.diagnostics);
      },
    );
    session.connection.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      edits.push(p.edit);
      return { applied: applyToDisk(p.edit) };
    });
    session.connection.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      if (p.type === 1) errors.push(p.message);
    });
    initialized = (await session.initialize(workspace, CREATE_FILES)) as typeof initialized;
  });
  after(async () => {
    await session.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  const opened = new Set<string>();
  async function openTest(relative: string, languageId: string, text: string): Promise<string> {
    const file = path.join(workspace, relative);
    const uri = pathToFileURL(file).href;
    if (opened.has(uri)) return uri;
    opened.add(uri);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    await session.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  async function registryCall(uri: string): Promise<Diagnostic> {
    for (let i = 0; i < 400; i++) {
      const found = published.get(uri)?.find(d => d.code === 'real-registry-call');
      if (found) return found;
      await new Promise(r => setTimeout(r, 25));
    }
    throw new Error(`no real-registry-call published for ${uri}: ${JSON.stringify(published.get(uri))}`);
  }

  async function fixtureAction(uri: string): Promise<CodeAction> {
    const diagnostic = await registryCall(uri);
    const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const found = actions.filter(a => a.command?.command === WRITE_FIXTURE_COMMAND);
    assert.equal(found.length, 1, JSON.stringify(actions.map(a => a.title)));
    return found[0];
  }

  const execute = (action: CodeAction) =>
    session.request<WriteFixtureResult>('workspace/executeCommand', {
      command: action.command!.command,
      arguments: action.command!.arguments,
    });

  /** The header's command, run through the CLI from the workspace folder into a copy: the text it writes. */
  async function regenerated(text: string, out: string): Promise<string> {
    const command = /Regenerate: (model-registry fixture [^\n"]*)/.exec(text)?.[1];
    assert.ok(command, 'the header names the command that regenerates the file');
    assert.ok(!/['"\\]/.test(command), `a plain command: ${command}`);
    const args = command.split(' ').slice(1);
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-regenerate-'));
    try {
      const run = await runCli(args, copy);
      assert.equal(run.status, 0, run.stderr);
      return fs.readFileSync(path.join(copy, out), 'utf8');
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }

  test('the server declares the command', () => {
    assert.deepEqual(initialized.capabilities.executeCommandProvider?.commands, [WRITE_FIXTURE_COMMAND]);
  });

  test("Python: the fixture of the call model's provider, conftest-adjacent, as the CLI writes it", async () => {
    const uri = await openTest('tests/test_costs.py', 'python', PYTHON_TEST);
    const action = await fixtureAction(uri);
    assert.equal(action.title, "Write a stub fixture of the catalog's models to tests/model_fixtures.py");
    const result = await execute(action);
    const fixtureFile = path.join(workspace, 'tests', 'model_fixtures.py');
    assert.deepEqual(result, { uri: pathToFileURL(fixtureFile).href });
    const create = edits.at(-1)!.documentChanges![0] as CreateFile;
    assert.deepEqual([create.kind, create.uri, create.options?.overwrite], ['create', result!.uri, false]);
    const text = fs.readFileSync(fixtureFile, 'utf8');
    assert.equal(text, await regenerated(text, 'tests/model_fixtures.py'));
    const python = spawnSync(
      'python3',
      [
        '-c',
        'import ast, json, sys; tree = ast.parse(sys.stdin.read()); print(json.dumps(ast.literal_eval(tree.body[0].value)))',
      ],
      { input: text, encoding: 'utf8' },
    );
    if (python.error) return; // no python3: the CLI equality above still holds
    assert.equal(python.status, 0, python.stderr);
    const models = JSON.parse(python.stdout) as { provider: string }[];
    assert.ok(models.length > 0);
    // "claude-sonnet-4-5" in the call: Anthropic's models.
    assert.deepEqual([...new Set(models.map(m => m.provider))], ['anthropic']);
  });

  test("Elixir: test/support, the test module's namespace, the provider atom of the call", async () => {
    const uri = await openTest('test/my_app/registry_test.exs', 'elixir', ELIXIR_TEST);
    const action = await fixtureAction(uri);
    assert.equal(action.title, "Write a stub fixture of the catalog's models to test/support/model_fixtures.ex");
    const result = await execute(action);
    const text = fs.readFileSync(fileURLToPath(result!.uri), 'utf8');
    assert.match(text, /^# Stub model fixture written by `model-registry fixture`/);
    assert.match(text, /\ndefmodule MyApp\.ModelFixtures do\n/);
    assert.match(
      text,
      /Regenerate: model-registry fixture --provider openai --count 3 --format elixir --module MyApp\.ModelFixtures --out test\/support\/model_fixtures\.ex/,
    );
    const providers = [...text.matchAll(/"provider" => "([^"]*)"/g)].map(m => m[1]);
    assert.ok(providers.length > 0 && providers.every(p => p === 'openai'), providers.join());
    assert.equal(text, await regenerated(text, 'test/support/model_fixtures.ex'));
  });

  test('an existing fixture is regenerated in place; another file there is left alone, and the user told', async () => {
    const uri = await openTest('tests/test_costs.py', 'python', PYTHON_TEST);
    const fixtureFile = path.join(workspace, 'tests', 'model_fixtures.py');
    const before = fs.readFileSync(fixtureFile, 'utf8');
    fs.writeFileSync(fixtureFile, before.replace(/"claude-[^"]*"/, '"claude-gone"'));
    const again = await execute(await fixtureAction(uri));
    assert.ok(again);
    assert.equal((edits.at(-1)!.documentChanges![0] as CreateFile).options?.overwrite, true);
    assert.equal(fs.readFileSync(fixtureFile, 'utf8'), before);

    const own = '# my own models\nMODELS = []\n';
    fs.writeFileSync(fixtureFile, own);
    const editsBefore = edits.length;
    assert.equal(await execute(await fixtureAction(uri)), null);
    assert.equal(edits.length, editsBefore, 'no edit asked for');
    assert.equal(fs.readFileSync(fixtureFile, 'utf8'), own);
    assert.match(
      errors.at(-1) ?? JSON.stringify(session.logs),
      /tests\/model_fixtures\.py exists and was not written by model-registry fixture/,
    );
  });

  test('a client that cannot create files is not offered the action', async () => {
    const plain = new LspSession();
    const diagnostics: Diagnostic[] = [];
    plain.connection.onNotification('textDocument/publishDiagnostics', (p: { diagnostics: Diagnostic[] }) => {
      diagnostics.push(...p.diagnostics);
    });
    try {
      await plain.initialize(workspace, DEFAULT_CAPABILITIES);
      const uri = pathToFileURL(path.join(workspace, 'tests', 'test_costs.py')).href;
      await plain.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: 'python', version: 1, text: PYTHON_TEST },
      });
      for (let i = 0; i < 400 && !diagnostics.some(d => d.code === 'real-registry-call'); i++)
        await new Promise(r => setTimeout(r, 25));
      const diagnostic = diagnostics.find(d => d.code === 'real-registry-call')!;
      assert.ok(diagnostic, 'the call is flagged');
      const actions = await plain.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      assert.ok(actions.length > 0, 'other actions are offered');
      assert.ok(!actions.some(a => a.command?.command === WRITE_FIXTURE_COMMAND));
    } finally {
      await plain.close();
    }
  });
});
