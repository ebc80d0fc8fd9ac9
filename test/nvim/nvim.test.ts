// A second, independent editor: headless Neovim (0.7+, Debian's `neovim`) drives the bundled server
// (server/dist/server.js --stdio) with the project's Lua driver (test/nvim/lsp-client.lua), the way an nvim-lspconfig
// user would run it: completion after "anthropic:" in an Elixir buffer, hover on a known model ID and an
// unknown-model diagnostic, with settings passed as `settings = { modelRegistry = { … } }`. No catalog is configured:
// the server uses the catalog bundled with it.
//
// Skipped, with a message naming nvim, when `nvim` is not on PATH; set MODEL_REGISTRY_REQUIRE_NVIM=1 (as .ci/run does)
// to fail instead.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'server/dist/server.js');
const DRIVER = path.join(__dirname, 'lsp-client.lua');
const required = process.env.MODEL_REGISTRY_REQUIRE_NVIM === '1';

function nvimVersion(): string | undefined {
  const result = spawnSync('nvim', ['--version'], { encoding: 'utf8', timeout: 20_000 });
  if (result.error || result.status !== 0) return undefined;
  return /NVIM v(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] ?? '?';
}

const version = nvimVersion();
const missing = version === undefined ? 'nvim not found on PATH (install Debian\'s neovim: apt-get install -y neovim)'
  : !fs.existsSync(SERVER) ? `the bundled server is missing (${SERVER}): run npm run build` : undefined;
if (missing && required) throw new Error(`MODEL_REGISTRY_REQUIRE_NVIM=1 but ${missing}`);
const skip = missing ? `skipped: ${missing}` : false;

/** One line per model call; the cursor positions below point into it. */
const SOURCE = [
  'defmodule Chat do',
  '  def ask(prompt), do: ReqLLM.generate_text("anthropic:claude-sonnet-4-5", prompt)',
  '  def typo(prompt), do: ReqLLM.generate_text("anthropic:claude-sonet-4-5", prompt)',
  '  def pick(prompt), do: ReqLLM.generate_text("anthropic:", prompt)',
  '  # ReqLLM.generate_text("anthropic:not-in-a-string", prompt)',
  'end',
  '',
].join('\n');

/** 0-based LSP position of `needle` in line `line` of SOURCE, plus `offset` characters. */
function at(line: number, needle: string, offset = 0): string {
  const character = SOURCE.split('\n')[line].indexOf(needle);
  assert.ok(character >= 0, `${needle} not on line ${line}`);
  return `${line}:${character + offset}`;
}

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number; code?: string | number; source?: string; message: string;
}
interface DriverResult {
  ok: boolean; errors: string[]; server_name?: string; server_exit_code?: number;
  capabilities?: { completionProvider?: { triggerCharacters?: string[] } | null; hoverProvider?: unknown };
  diagnostics_received?: boolean; diagnostics: Diagnostic[];
  completion_labels?: string[];
  completion?: { isIncomplete?: boolean; items?: { label: string; detail?: string }[] } | unknown[];
  hover?: { contents: { kind: string; value: string } | string; range?: Diagnostic['range'] };
}

describe(`Neovim${version ? ` ${version}` : ''} as an LSP client of the bundled server`, { skip }, () => {
  let tmp: string;
  let result: DriverResult;
  let stderr = '';

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-nvim-'));
    const workspace = path.join(tmp, 'workspace');
    fs.mkdirSync(path.join(workspace, 'lib'), { recursive: true });
    const file = path.join(workspace, 'lib', 'chat.ex');
    fs.writeFileSync(file, SOURCE);
    const xdg = Object.fromEntries(['CONFIG', 'DATA', 'CACHE', 'STATE'].map(k => [`XDG_${k}_HOME`, path.join(tmp, k.toLowerCase())]));
    const run = spawnSync('nvim', ['--headless', '--clean', '-S', DRIVER], {
      cwd: workspace,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        ...xdg,
        HOME: tmp,
        LSP_NAME: 'model-registry',
        LSP_CMD: JSON.stringify([process.execPath, SERVER, '--stdio']),
        LSP_FILE: file,
        LSP_ROOT: workspace,
        LSP_FILETYPE: 'elixir',
        // What an nvim-lspconfig user writes as `settings = { modelRegistry = { completion = { maxItems = 5 } } }`.
        LSP_SETTINGS: JSON.stringify({ modelRegistry: { completion: { maxItems: 5 } } }),
        LSP_DIAGNOSTICS_MIN: '1',
        LSP_COMPLETION_AT: at(3, '"anthropic:', '"anthropic:'.length),
        LSP_COMPLETION_TRIGGER: ':',
        LSP_HOVER_AT: at(1, 'claude-sonnet-4-5', 4),
        LSP_TIMEOUT_MS: '30000',
        LSP_TOTAL_TIMEOUT_MS: '100000',
      },
    });
    stderr = `${run.stderr ?? ''}${run.error ? `\n${run.error.message}` : ''}`;
    const lastLine = (run.stdout ?? '').trim().split('\n').pop() ?? '';
    try {
      result = JSON.parse(lastLine) as DriverResult;
    } catch {
      throw new Error(`nvim printed no result (exit ${run.status}):\nstdout: ${run.stdout}\nstderr: ${stderr}\nlsp.log: ${lspLog()}`);
    }
    assert.equal(run.status, 0, `nvim exit ${run.status}: ${JSON.stringify(result.errors)}\nstderr: ${stderr}\nlsp.log: ${lspLog()}`);
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  function lspLog(): string {
    const log = path.join(tmp, 'cache', 'nvim', 'lsp.log');
    return fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-4000) : '(none)';
  }

  test('the server initializes, announces completion (with ":" as a trigger) and hover, and shuts down cleanly', () => {
    assert.equal(result.ok, true, JSON.stringify(result.errors));
    assert.deepEqual(result.errors, []);
    assert.equal(result.server_name, 'model-registry');
    assert.ok(result.capabilities?.completionProvider?.triggerCharacters?.includes(':'));
    assert.ok(result.capabilities?.hoverProvider);
    assert.equal(result.server_exit_code, 0, `server exit code; lsp.log: ${lspLog()}`);
  });

  test('completion after "anthropic:" offers only Anthropic models, capped by the maxItems setting', () => {
    const labels = result.completion_labels ?? [];
    assert.equal(labels.length, 5, `maxItems 5 from settings.modelRegistry: ${JSON.stringify(labels)}`);
    for (const label of labels) assert.match(label, /^anthropic:claude-/);
    const completion = result.completion as { isIncomplete?: boolean };
    assert.equal(completion.isIncomplete, true, 'more Anthropic models than maxItems: the list is incomplete');
  });

  test('hover on a known model ID shows its metadata', () => {
    const contents = result.hover?.contents;
    assert.ok(contents && typeof contents === 'object' && contents.kind === 'markdown', JSON.stringify(result.hover));
    assert.match(contents.value, /anthropic:claude-sonnet-4-5/);
    assert.match(contents.value, /Provider: Anthropic \(anthropic\)/);
    assert.match(contents.value, /Context window: [\d,]+ tokens/);
    assert.match(contents.value, /per 1M tokens/);
    const line = SOURCE.split('\n')[1];
    const start = line.indexOf('anthropic:claude-sonnet-4-5');
    assert.deepEqual(result.hover?.range, { start: { line: 1, character: start }, end: { line: 1, character: start + 'anthropic:claude-sonnet-4-5'.length } });
  });

  test('an unknown model ID gets an unknown-model warning suggesting the closest IDs; the known one and the comment do not', () => {
    const unknown = result.diagnostics.filter(d => d.code === 'unknown-model');
    assert.ok(result.diagnostics_received);
    const typo = unknown.find(d => d.range.start.line === 2);
    assert.ok(typo, `no unknown-model on line 2: ${JSON.stringify(result.diagnostics)}`);
    assert.equal(typo.source, 'model-registry');
    assert.equal(typo.severity, 2);
    const start = SOURCE.split('\n')[2].indexOf('anthropic:claude-sonet-4-5');
    assert.deepEqual(typo.range, { start: { line: 2, character: start }, end: { line: 2, character: start + 'anthropic:claude-sonet-4-5'.length } });
    assert.match(typo.message, /Did you mean "anthropic:claude-sonnet-4-5"/);
    for (const d of result.diagnostics) assert.ok(![1, 4].includes(d.range.start.line), `unexpected diagnostic ${JSON.stringify(d)}`);
  });

  // The recipes themselves run in recipes.test.ts; here every Lua block of the user docs at least compiles.
  test('the Lua snippets of README.md and docs/editors.md compile', () => {
    const snippets = ['README.md', 'docs/editors.md'].flatMap(doc =>
      [...fs.readFileSync(path.join(ROOT, doc), 'utf8').matchAll(/```lua\n([\s\S]*?)```/g)].map(m => m[1]),
    );
    assert.ok(snippets.length >= 1, 'the docs show at least one Neovim recipe');
    const files = snippets.map((code, i) => {
      const file = path.join(tmp, `readme-${i}.lua`);
      fs.writeFileSync(file, code);
      return file;
    });
    const check = path.join(tmp, 'compile.lua');
    fs.writeFileSync(check, [
      `for _, f in ipairs(vim.json.decode(${JSON.stringify(JSON.stringify(files))})) do`,
      '  local ok, err = loadfile(f)',
      "  if not ok then io.stderr:write(err .. '\\n'); vim.cmd('cquit 1') end",
      'end',
      "vim.cmd('qa!')",
    ].join('\n'));
    const xdg = Object.fromEntries(['CONFIG', 'DATA', 'CACHE', 'STATE'].map(k => [`XDG_${k}_HOME`, path.join(tmp, k.toLowerCase())]));
    const run = spawnSync('nvim', ['--headless', '--clean', '-S', check], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, ...xdg, HOME: tmp } });
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  });
});
