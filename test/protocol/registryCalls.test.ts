// The `real-registry-call` check over a real stdio connection to the bundled server: the three fixture projects
// (copied to a temporary multi-root workspace) give exactly the diagnostics their expectation markers name — the
// same expectations test/cli/registryCalls.test.ts holds the CLI to. Also: the code actions, and support code
// re-read when it changes (watchers registered, open tests re-checked, registry cache generation untouched).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CacheSnapshot } from '../../shared/protocol';
import { DEFAULT_CAPABILITIES, LspSession, type Registration, SERVER } from '../helpers/lspSession';
import { messageOf } from '../helpers/registryCallCheck';
import {
  compare,
  FIXTURES,
  type FixtureProject,
  type Project,
  PROJECTS,
  readProject,
} from '../helpers/registryCallFixtures';

const skip = fs.existsSync(SERVER) ? false : `the bundled server is missing (${SERVER}): run npm run build`;
const CODE = 'real-registry-call';

describe('real-registry-call over stdio', { skip }, () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-calls-'));
  const projects = new Map<Project, FixtureProject>();
  const published = new Map<string, Diagnostic[]>();
  const texts = new Map<string, { text: string; version: number }>();
  let session: LspSession;

  before(async () => {
    for (const name of PROJECTS) {
      fs.cpSync(path.join(FIXTURES, name), path.join(workspace, name), { recursive: true });
      projects.set(name, readProject(name, path.join(workspace, name)));
    }
    // One settings object for the whole workspace: every project's user rules (they cannot collide).
    const realRegistryCalls = [...projects.values()].flatMap(
      p => (p.settings.realRegistryCalls as unknown[] | undefined) ?? [],
    );
    session = new LspSession({ bundledCatalog: false, realRegistryCalls });
    session.connection.onNotification(
      'textDocument/publishDiagnostics',
      (p: { uri: string; diagnostics: Diagnostic[] }) => {
        published.set(p.uri, p.diagnostics);
      },
    );
    await session.request('initialize', {
      processId: null,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: PROJECTS.map(name => ({ uri: pathToFileURL(path.join(workspace, name)).href, name })),
      capabilities: DEFAULT_CAPABILITIES,
    });
    await session.notify('initialized', {});
  });
  after(async () => {
    await session.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  async function open(file: string, languageId: string): Promise<string> {
    const uri = pathToFileURL(file).href;
    const text = fs.readFileSync(file, 'utf8');
    texts.set(uri, { text, version: 1 });
    published.delete(uri);
    await session.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  async function change(uri: string, text: string): Promise<void> {
    const current = texts.get(uri)!;
    texts.set(uri, { text, version: current.version + 1 });
    published.delete(uri);
    await session.notify('textDocument/didChange', {
      textDocument: { uri, version: current.version + 1 },
      contentChanges: [{ text }],
    });
  }

  /** The real-registry-call diagnostics of `uri`, once published and satisfying `predicate`. */
  async function callsIn(uri: string, predicate: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    for (let i = 0; i < 400; i++) {
      const found = published.get(uri)?.filter(d => d.code === CODE);
      if (found && predicate(found)) return found;
      await new Promise(r => setTimeout(r, 25));
    }
    throw new Error(`no matching diagnostics for ${uri}: ${JSON.stringify(published.get(uri))}`);
  }

  const projectFile = (project: Project, relative: string): string =>
    path.join(workspace, project, ...relative.split('/'));

  for (const name of PROJECTS) {
    test(`${name}: every file's diagnostics match the fixture expectations`, async () => {
      const project = projects.get(name)!;
      const uris = await Promise.all(project.files.map(file => open(file.absolute, file.languageId)));
      const problems: string[] = [];
      for (const [i, file] of project.files.entries()) {
        const diagnostics = await callsIn(uris[i]);
        for (const d of diagnostics) {
          assert.equal(d.source, 'model-registry');
          assert.equal(d.severity, 2, 'warning');
        }
        problems.push(
          ...compare(
            file,
            diagnostics.map(({ range }) => ({
              line: range.start.line + 1,
              column: range.start.character + 1,
              endLine: range.end.line + 1,
              endColumn: range.end.character + 1,
            })),
          ),
        );
      }
      assert.deepEqual(problems, []);
    });
  }

  test('the message: a short first line for the kind of call, then why and the stub; a link to the README', async () => {
    const uri = await open(projectFile('python', 'tests/test_imports.py'), 'python');
    const [first] = await callsIn(uri, d => d.length > 0);
    assert.match(
      messageOf(first),
      /^litellm\.get_model_info looks the model up in LiteLLM's whole cost map\n.*loaded when litellm is imported.*\nPatch it: mocker\.patch\("litellm\.get_model_info", return_value=…\)/,
    );
    const js = await open(projectFile('js', 'src/catalog.test.ts'), 'typescript');
    const [fetchCall] = await callsIn(js, d => d.length > 0);
    assert.match(
      messageOf(fetchCall),
      /^fetch fetches https:\/\/openrouter\.ai\/api\/v1\/models over the network\n.*\nStub it: vi\.spyOn\(globalThis, "fetch"\)/,
    );
    for (const diagnostic of [first, fetchCall]) {
      assert.deepEqual(diagnostic.codeDescription, {
        href: 'https://github.com/model-registry/model-registry#real-registry-call',
      });
      assert.ok(!messageOf(diagnostic).includes('`'), 'plain text, no Markdown backticks');
    }
  });

  test('code actions: a Mimic stub in a new setup block, then the suppression comments', async () => {
    const uri = await open(projectFile('elixir', 'test/jido_ai/model/registry_later_test.exs'), 'elixir');
    const diagnostics = await callsIn(uri, d => d.length === 2);
    const listModels = diagnostics.find(d => messageOf(d).includes('list_models'))!;
    const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: listModels.range,
      context: { diagnostics: [listModels] },
    });
    assert.deepEqual(
      actions.map(a => a.title),
      [
        'Stub Jido.AI.Model.Registry.list_models with Mimic in setup',
        'Disable real-registry-call for this line',
        'Disable real-registry-call for this file',
      ],
    );
    const stubbed = applyEdits(texts.get(uri)!.text, actions[0].edit!.changes![uri]);
    assert.match(
      stubbed,
      /use ExUnit\.Case, async: true\n {2}use Mimic\n\n {2}setup do\n {4}# TODO: return what this test needs; Mimic\.copy\(Jido\.AI\.Model\.Registry\) must run in test\/test_helper\.exs\n {4}stub\(Jido\.AI\.Model\.Registry, :list_models, fn -> \{:ok, \[\]\} end\)\n {4}:ok\n {2}end\n/,
    );
    await change(uri, stubbed);
    const remaining = await callsIn(uri, d => d.length === 1);
    assert.match(messageOf(remaining[0]), /get_model\/2/);

    const [stubGetModel, suppress] = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: remaining[0].range,
      context: { diagnostics: remaining },
    });
    // A second stub goes into the setup block that now exists; `use Mimic` is not added twice.
    const twoStubs = applyEdits(stubbed, stubGetModel.edit!.changes![uri]);
    assert.match(
      twoStubs,
      /\n {2}setup do\n {4}# TODO[^\n]*\n {4}stub\(Jido\.AI\.Model\.Registry, :get_model, fn _, _ -> \{:ok, \[\]\} end\)\n {4}# TODO[^\n]*\n {4}stub\(Jido\.AI\.Model\.Registry, :list_models, /,
    );
    assert.equal(twoStubs.split('use Mimic').length, 2);

    const suppressed = applyEdits(stubbed, suppress.edit!.changes![uri]);
    assert.match(suppressed, /\n {4}# model-registry-disable-next-line real-registry-call\n {4}Registry\.get_model\(/);
    await change(uri, suppressed);
    await callsIn(uri, d => d.length === 0);
  });

  test('support code: watched, re-read on change, open tests re-checked, cache generation untouched', async () => {
    const watchers = session.registrations.filter((r: Registration) => r.method === 'workspace/didChangeWatchedFiles');
    const patterns = JSON.stringify(watchers.map(w => w.registerOptions));
    for (const pattern of [
      'test/support/**/*.ex',
      'test/test_helper.exs',
      '**/conftest.py',
      '**/package.json',
      'setup.ts',
    ]) {
      assert.ok(patterns.includes(pattern), `watches ${pattern}: ${patterns}`);
    }
    const before = await session.request<CacheSnapshot>('modelRegistry/inspectCache');
    const cacheChanges = session.snapshots.length;

    const adopted = await open(projectFile('elixir', 'test/jido_ai/model/registry_helper_adopted_test.exs'), 'elixir');
    await callsIn(adopted, d => d.length === 0);
    const helpers = projectFile('elixir', 'test/support/registry_helpers.ex');
    const original = fs.readFileSync(helpers, 'utf8');
    fs.writeFileSync(helpers, original.replace(/ {4}stub\(Adapter.*\n/g, ''));
    await session.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(helpers).href, type: 2 }],
    });
    assert.equal(
      (await callsIn(adopted, d => d.length === 3)).length,
      3,
      'the helper no longer stubs: its users are flagged',
    );
    fs.writeFileSync(helpers, original);
    await session.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(helpers).href, type: 2 }],
    });
    await callsIn(adopted, d => d.length === 0);

    const web = await open(projectFile('js', 'packages/web/src/models.test.tsx'), 'typescriptreact');
    await callsIn(web, d => d.length === 2);
    const setup = projectFile('js', 'packages/web/test/setup.ts');
    fs.writeFileSync(setup, '// fetch is no longer stubbed\n');
    await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(setup).href, type: 2 }] });
    await callsIn(web, d => d.length === 3 && d.some(x => messageOf(x).includes('openrouter.ai')));

    const afterChanges = await session.request<CacheSnapshot>('modelRegistry/inspectCache');
    assert.equal(afterChanges.generation, before.generation, 'support code is not a catalog source');
    assert.equal(session.snapshots.slice(cacheChanges).filter(s => s.generation !== before.generation).length, 0);
  });
});

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'elixir', 1, text), edits);
}
