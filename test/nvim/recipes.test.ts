// The Neovim recipes users paste into their config (editors/nvim/model-registry-0.7.lua, -0.10.lua, -0.11.lua), each
// run headless on every Neovim at hand whose version it is for: loaded as a config (test/nvim/recipe-driver.lua), it
// must start the real server (`model-registry-server` on PATH, a link to server/dist/server.js, as `npm install -g`
// of the package makes it) on a project root found from its markers, and give an unknown-model diagnostic, Anthropic
// completion after "anthropic:", a hover, and the same server for a second file of the project. A recipe loaded on
// a Neovim too old for it must say which recipe to use instead, and start nothing.
//
// Neovims: `nvim` on PATH (Debian 12: 0.7.2) and each path in MODEL_REGISTRY_NVIM (colon-separated), for CI machines
// that have others (test/nvim/install-debian-nvim.sh fetches Debian's 0.10 and 0.11 builds). A recipe with no
// Neovim of its versions here is skipped with a message naming the version it needs.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'server/dist/server.js');
const DRIVER = path.join(__dirname, 'recipe-driver.lua');

interface Recipe {
  file: string;
  /** Lowest Neovim it is for, and the first it is not for (start_client is deprecated from 0.11 on). */
  min: [number, number];
  below?: [number, number];
}
const RECIPES: Recipe[] = [
  { file: 'editors/nvim/model-registry-0.7.lua', min: [0, 7], below: [0, 11] },
  { file: 'editors/nvim/model-registry-0.10.lua', min: [0, 10] },
  { file: 'editors/nvim/model-registry-0.11.lua', min: [0, 11] },
];

interface Nvim {
  bin: string;
  version: [number, number, number];
}

function findNvims(): Nvim[] {
  const candidates = ['nvim', ...(process.env.MODEL_REGISTRY_NVIM ?? '').split(':').filter(Boolean)];
  const found: Nvim[] = [];
  for (const bin of candidates) {
    const run = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 20_000 });
    const match = /NVIM v(\d+)\.(\d+)\.(\d+)/.exec(run.stdout ?? '');
    if (match) found.push({ bin, version: [Number(match[1]), Number(match[2]), Number(match[3])] });
    else if (bin !== 'nvim') throw new Error(`MODEL_REGISTRY_NVIM names ${bin}, which does not run: ${run.stderr}`);
  }
  return found;
}

const below = (v: readonly number[], limit: readonly number[]) => v[0] < limit[0] || (v[0] === limit[0] && v[1] < limit[1]);
const fits = (nvim: Nvim, recipe: Recipe) =>
  !below(nvim.version, recipe.min) && (!recipe.below || below(nvim.version, recipe.below));
const show = (v: readonly number[]) => v.join('.');

const NVIMS = findNvims();
const serverMissing = fs.existsSync(SERVER) ? undefined : `the bundled server is missing (${SERVER}): run npm run build`;

/** One model call a line; the positions below point into it. */
const CHAT = [
  'defmodule Chat do',
  '  def ask(prompt), do: ReqLLM.generate_text("anthropic:claude-sonnet-4-5", prompt)',
  '  def typo(prompt), do: ReqLLM.generate_text("anthropic:claude-sonet-4-5", prompt)',
  '  def pick(prompt), do: ReqLLM.generate_text("anthropic:", prompt)',
  'end',
  '',
].join('\n');
const position = (line: number, needle: string, offset: number) => `${line}:${CHAT.split('\n')[line].indexOf(needle) + offset}`;

interface DriverResult {
  ok: boolean;
  version: string;
  errors: string[];
  notifications: string[];
  clients: number;
  root_dir?: string;
  diagnostics?: { lnum: number; col: number; end_col: number; severity: number; source: string; code: string; message: string }[];
  completion_labels?: string[];
  completion_incomplete?: boolean;
  hover?: { kind: string; value: string };
  second_file_clients?: string[];
  server_stopped?: boolean;
}

// The recipes' tests run at once (each run is a Neovim and a server of its own, in the same read-only project).
describe('Neovim recipes (editors/nvim)', { concurrency: true }, () => {
  let tmp: string;
  let workspace: string;
  let env: NodeJS.ProcessEnv;

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-nvim-recipes-'));
    workspace = path.join(tmp, 'project');
    fs.mkdirSync(path.join(workspace, 'lib'), { recursive: true });
    fs.mkdirSync(path.join(workspace, 'app'), { recursive: true });
    fs.writeFileSync(path.join(workspace, 'mix.exs'), 'defmodule Chat.MixProject do\nend\n'); // the root marker
    fs.writeFileSync(path.join(workspace, 'lib', 'chat.ex'), CHAT);
    fs.writeFileSync(path.join(workspace, 'app', 'llm.py'), 'from litellm import completion\n\ncompletion(model="gpt-4o-mnii", messages=[])\n');
    const bin = path.join(tmp, 'bin');
    fs.mkdirSync(bin);
    fs.symlinkSync(SERVER, path.join(bin, 'model-registry-server'));
    const xdg = Object.fromEntries(['CONFIG', 'DATA', 'CACHE', 'STATE'].map(k => [`XDG_${k}_HOME`, path.join(tmp, k.toLowerCase())]));
    env = { ...process.env, ...xdg, HOME: tmp, PATH: `${bin}${path.delimiter}${process.env.PATH}` };
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** One headless Neovim run of a recipe. Asynchronous: the runs mostly wait on Neovim and the server, so they overlap. */
  async function drive(nvim: Nvim, recipe: Recipe, extra: Record<string, string> = {}): Promise<DriverResult> {
    // Started outside the project: the recipe must find the root from the file's folder.
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>(resolve => {
      const child = execFile(
        nvim.bin,
        // -n: no swap file, which another run editing the same file at the same time would stop at.
        ['--headless', '--clean', '-n', '-S', DRIVER],
        {
          cwd: tmp,
          encoding: 'utf8',
          timeout: 120_000,
          maxBuffer: 16 << 20,
          env: {
            ...env,
            RECIPE: path.join(ROOT, recipe.file),
            FILE: path.join(workspace, 'lib', 'chat.ex'),
            SECOND_FILE: path.join(workspace, 'app', 'llm.py'),
            COMPLETION_AT: position(3, '"anthropic:', '"anthropic:'.length),
            HOVER_AT: position(1, 'claude-sonnet-4-5', 4),
            ...extra,
          },
        },
        (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
      );
      child.stdin?.end();
    });
    const last = run.stdout.trim().split('\n').pop() ?? '';
    let result: DriverResult;
    try {
      result = JSON.parse(last) as DriverResult;
    } catch {
      throw new Error(`${nvim.bin} printed no result (exit ${run.status}): ${run.stdout}\n${run.stderr}`);
    }
    assert.equal(run.status, 0, `${nvim.bin}: ${JSON.stringify(result.errors)}\n${run.stderr}`);
    return result;
  }

  for (const recipe of RECIPES) {
    const range = `${show(recipe.min)}${recipe.below ? ` to below ${show(recipe.below)}` : '+'}`;
    const usable = NVIMS.filter(n => fits(n, recipe));
    const skip = serverMissing
      ? `skipped: ${serverMissing}`
      : usable.length === 0
        ? `skipped: needs Neovim ${range}; found ${NVIMS.map(n => `${show(n.version)} (${n.bin})`).join(', ') || 'no nvim on PATH'}. Set MODEL_REGISTRY_NVIM=/path/to/nvim (test/nvim/install-debian-nvim.sh)`
        : false;

    test(`${recipe.file} on Neovim ${usable.map(n => show(n.version)).join(', ') || range}: diagnostics, completion, hover, one server per root`, { skip }, async () => {
      for (const result of await Promise.all(usable.map(nvim => drive(nvim, recipe)))) {
        const where = `${recipe.file} on ${result.version}`;
        assert.deepEqual(result.errors, [], where);
        assert.equal(result.clients, 1, `${where}: one model_registry client on the buffer`);
        assert.equal(fs.realpathSync(result.root_dir ?? ''), fs.realpathSync(workspace), `${where}: the root is the folder with mix.exs`);
        const typo = result.diagnostics?.find(d => d.code === 'unknown-model');
        assert.ok(typo, `${where}: ${JSON.stringify(result.diagnostics)}`);
        assert.equal(typo.lnum, 2);
        assert.equal(typo.source, 'model-registry');
        assert.match(typo.message, /Did you mean "anthropic:claude-sonnet-4-5"/);
        const labels = result.completion_labels ?? [];
        assert.ok(labels.length > 0, `${where}: completion`);
        for (const label of labels) assert.match(label, /^anthropic:claude-/, where);
        assert.match(result.hover?.value ?? '', /Context window: [\d,]+ tokens/, where);
        assert.deepEqual(result.second_file_clients, ['same'], `${where}: the Python file gets the same server`);
        assert.equal(result.server_stopped, true, `${where}: the server stopped`);
      }
    });
  }

  const tooOld = RECIPES.flatMap(recipe => NVIMS.filter(n => below(n.version, recipe.min)).map(nvim => ({ recipe, nvim })));
  test(
    'a recipe for a newer Neovim says which one to use and starts nothing',
    { skip: serverMissing ? `skipped: ${serverMissing}` : tooOld.length === 0 ? 'skipped: every Neovim here is new enough for every recipe' : false },
    async () => {
      const results = await Promise.all(tooOld.map(({ recipe, nvim }) => drive(nvim, recipe, { EXPECT_NO_CLIENT: '1' })));
      for (const [i, result] of results.entries()) {
        assert.equal(result.clients, 0, `${tooOld[i].recipe.file} on ${result.version}`);
        assert.match(result.notifications.join('\n'), /needs Neovim 0\.1\d or later: use model-registry-0\./);
      }
    },
  );
});
