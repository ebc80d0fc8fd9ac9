// Completion, hover, diagnostics and quick fixes over a real stdio connection to the bundled server, with the real
// models.dev and LiteLLM catalogs plus a small project registry.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CompletionItem, CompletionList, Diagnostic, Hover, CodeAction } from 'vscode-languageserver';
import { cursor } from '../helpers/cursor';
import { LspSession, SERVER } from '../helpers/lspSession';

const CATALOGS = path.resolve(__dirname, '../../../shared/catalogs');
const MODELS_DEV = path.join(CATALOGS, 'models-dev-api.json');
const LITELLM = path.join(CATALOGS, 'litellm-model_prices_and_context_window.json');
const REGISTRY = path.resolve(__dirname, '../fixtures/features/model_registry.json');
const skip = !fs.existsSync(SERVER)
  ? `the bundled server is missing (${SERVER}): run npm run build`
  : !fs.existsSync(MODELS_DEV)
    ? `real catalogs not found at ${CATALOGS}`
    : false;

const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

describe('model-ID features over stdio', { skip }, () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-features-'));
  const registryCopy = path.join(workspace, 'model_registry.json');
  const diagnostics = new Map<string, Diagnostic[]>();
  let session: LspSession;
  let version = 1;

  before(async () => {
    fs.copyFileSync(REGISTRY, registryCopy);
    session = new LspSession({
      sources: [registryCopy, MODELS_DEV, { path: LITELLM, format: 'litellm' }],
      bundledCatalog: false,
      discoverCatalogs: false,
    });
    session.connection.onNotification(
      'textDocument/publishDiagnostics',
      (p: { uri: string; diagnostics: Diagnostic[] }) => {
        diagnostics.set(p.uri, p.diagnostics);
      },
    );
    await session.initialize(workspace);
    await session.waitForSnapshot(s => s.models > 5000);
  });
  after(async () => {
    await session.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  async function open(name: string, languageId: string, text: string): Promise<string> {
    const uri = pathToFileURL(path.join(workspace, name)).href;
    diagnostics.delete(uri);
    await session.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: version++, text } });
    return uri;
  }

  async function diagnosticsOf(
    uri: string,
    predicate: (d: Diagnostic[]) => boolean = () => true,
  ): Promise<Diagnostic[]> {
    for (let i = 0; i < 200; i++) {
      const found = diagnostics.get(uri);
      if (found && predicate(found)) return found;
      await new Promise(r => setTimeout(r, 25));
    }
    throw new Error(`no diagnostics for ${uri}: ${JSON.stringify(diagnostics.get(uri))}`);
  }

  async function complete(name: string, languageId: string, marked: string): Promise<CompletionList> {
    const { text, position } = cursor(marked);
    const uri = await open(name, languageId, text);
    return session.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position });
  }

  async function hover(name: string, languageId: string, marked: string): Promise<Hover | null> {
    const { text, position } = cursor(marked);
    const uri = await open(name, languageId, text);
    return session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  }

  test('completion after "anthropic:" offers only Anthropic models, spelled anthropic:…, replacing the whole ID', async () => {
    const list = await complete('chat.ex', 'elixir', 'ReqLLM.generate_text("anthropic:|claude", "hi")');
    assert.ok(list.items.length > 5);
    for (const item of list.items) assert.ok(item.label.startsWith('anthropic:claude'), item.label);
    const sonnet = list.items.find(i => i.label === 'anthropic:claude-3-7-sonnet-20250219');
    assert.ok(sonnet, 'claude-3-7-sonnet is offered');
    assert.deepEqual((sonnet.textEdit as { range: unknown }).range, {
      start: { line: 0, character: 22 },
      end: { line: 0, character: 38 },
    });
    assert.match(sonnet.detail ?? '', /200K ctx · \$3 \/ \$15 per 1M/);
    assert.deepEqual(sonnet.tags, [1], 'deprecated in models.dev: tagged');
    const resolved = await session.request<CompletionItem>('completionItem/resolve', sonnet);
    assert.match((resolved.documentation as { value: string }).value, /Context window: 200,000 tokens/);
    assert.equal(typeof sonnet.data, 'number', 'the item carries only its row');
    // A row that is not there, or that names another model (the index was rebuilt meanwhile): no documentation.
    for (const data of [-1, 10_000_000, 'anthropic', null]) {
      const stale: CompletionItem = await session.request<CompletionItem>('completionItem/resolve', {
        ...sonnet,
        data,
      });
      assert.equal(stale.documentation, undefined, JSON.stringify(data));
    }
    const other = list.items.find(i => i.label !== sonnet.label && !i.label.endsWith(sonnet.label.split(':')[1]))!;
    const mismatched = await session.request<CompletionItem>('completionItem/resolve', { ...sonnet, data: other.data });
    assert.equal(mismatched.documentation, undefined, 'the row of another model is not taken for this one');
  });

  test('completion is capped at maxItems with isIncomplete, best (prefix) matches first', async () => {
    const list = await complete('a.py', 'python', 'completion(model="|")');
    assert.equal(list.items.length, 100);
    assert.equal(list.isIncomplete, true);
    const prefixed = await complete('b.py', 'python', 'completion(model="gpt-4o|")');
    assert.equal(prefixed.items[0].label, 'gpt-4o');
    assert.ok(prefixed.items.slice(0, 5).every(i => i.label.startsWith('gpt-4o')));
  });

  test('completion spells OpenRouter-style IDs after openrouter/ and offers nothing outside strings or in comments', async () => {
    const list = await complete('c.ts', 'typescript', 'const m = "openrouter/openai/gpt-4|";');
    assert.ok(list.items.length > 0);
    for (const item of list.items) assert.ok(item.label.startsWith('openrouter/'), item.label);
    const outside = await complete('d.ts', 'typescript', 'const m = gpt|; // "anthropic:"');
    assert.ok(!outside || (outside as unknown as null) === null || outside.items.length === 0);
    const inComment = await complete('e.ex', 'elixir', '# "anthropic:|"');
    assert.ok(!inComment || inComment.items.length === 0);
  });

  test('hover shows metadata with prices per 1M tokens (LiteLLM per-token prices converted)', async () => {
    const h = await hover('f.py', 'python', 'litellm.completion(model="gpt-4o|")');
    const value = (h?.contents as { value: string }).value;
    assert.match(value, /\*\*gpt-4o\*\*/);
    assert.match(value, /Price: \$2\.5 input \/ \$10 output per 1M tokens/);
    assert.match(value, /Provider: OpenAI \(openai\)/, 'the creator, not a reseller listed earlier');
    assert.match(value, /Context window: 128,000 tokens/);
    assert.match(value, /Sources?: /);
  });

  test('hover escapes catalog text: a command link or HTML in a model name is shown as text', async () => {
    const h = await hover('g.json', 'json', '{ "model": "acme:rocket|-1" }');
    const value = (h?.contents as { value: string }).value;
    assert.ok(!value.includes('](command:'), value);
    assert.ok(!value.includes('<img'), value);
    assert.ok(
      value.includes('Rocket \\[x\\]\\(command:workbench.action.quit\\) &lt;img src=x onerror=alert\\(1\\)>'),
      value,
    );
    assert.match(value, /\*\*deprecated\*\*/);
  });

  test('diagnostics: unknown-model with suggestions and deprecated-model with its replacement; no noise', async () => {
    const uri = await open(
      'h.ex',
      'elixir',
      [
        'ReqLLM.generate_text("anthropic:claude-sonet-4-5", "hi")',
        'ReqLLM.generate_text("acme:rocket-1", "hi")',
        '# ReqLLM.generate_text("anthropic:in-a-comment")',
        'Logger.info("hello:world at 10:30")',
        'url = "https://models.dev/api.json"',
        'time = "10:30"',
        'greeting = "hello:world"',
        'ok = "anthropic:claude-sonnet-4-5"',
      ].join('\n'),
    );
    const found = await diagnosticsOf(uri);
    assert.deepEqual(
      found.map(d => [d.range.start.line, d.code, d.severity]),
      [
        [0, 'unknown-model', 2],
        [1, 'deprecated-model', 3],
      ],
    );
    assert.match(messageOf(found[0]), /Did you mean "anthropic:claude-sonnet-4-5"/);
    assert.equal(found[0].source, 'model-registry');
    assert.deepEqual(found[0].range, { start: { line: 0, character: 22 }, end: { line: 0, character: 48 } });
    assert.match(messageOf(found[1]), /Use "acme:rocket-2" instead/);
    assert.deepEqual(found[1].tags, [2]);

    const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: found[0].range,
      context: { diagnostics: [found[0]] },
    });
    assert.equal(actions[0].title, 'Replace with "anthropic:claude-sonnet-4-5"');
    assert.deepEqual(actions[0].edit?.changes?.[uri], [
      { range: found[0].range, newText: 'anthropic:claude-sonnet-4-5' },
    ]);
  });

  test('a bare unknown ID is flagged only as a model argument; suppression comments silence it', async () => {
    const uri = await open(
      'i.py',
      'python',
      [
        'completion(model="gpt-4o-typo")',
        'print("gpt-4o-typo")',
        '# model-registry-disable-next-line unknown-model',
        'completion(model="gpt-4o-typo")',
      ].join('\n'),
    );
    const found = await diagnosticsOf(uri);
    assert.deepEqual(
      found.map(d => [d.range.start.line, d.code]),
      [[0, 'unknown-model']],
    );
    assert.match(messageOf(found[0]), /Did you mean "gpt-4o/);
  });

  test('open documents are checked again when the generation changes', async () => {
    const uri = await open('j.ex', 'elixir', 'ReqLLM.generate_text("acme:rocket-3", "hi")');
    assert.equal((await diagnosticsOf(uri))[0]?.code, 'unknown-model');
    const registry = JSON.parse(fs.readFileSync(registryCopy, 'utf8'));
    registry.models.push({ id: 'acme:rocket-3' });
    fs.writeFileSync(registryCopy, JSON.stringify(registry));
    await session.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(registryCopy).href, type: 2 }],
    });
    assert.deepEqual(await diagnosticsOf(uri, d => d.length === 0), []);
  });
});
