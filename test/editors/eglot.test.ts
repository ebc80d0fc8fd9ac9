// The Emacs recipe (editors/emacs/model-registry-eglot.el) with a real eglot: Emacs in batch mode
// (test/editors/eglot-driver.el) loads it as an init file would, opens a Python file, starts eglot, and gets the
// real server's (`model-registry-server` on PATH, a link to server/dist/server.js) unknown-model diagnostic through
// flymake, a hover and LiteLLM-spelled completion. Debian 12's Emacs 28 has no built-in eglot; its elpa-eglot
// package provides it (.ci/run installs emacs-nox and elpa-eglot). Skipped, naming what is missing, without them;
// MODEL_REGISTRY_REQUIRE_EMACS=1 makes that a failure.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'server/dist/server.js');
const SNIPPET = path.join(ROOT, 'editors/emacs/model-registry-eglot.el');
const DRIVER = path.join(__dirname, 'eglot-driver.el');

/** Why the test cannot run here, or undefined. */
function missing(): string | undefined {
  const version = spawnSync('emacs', ['--version'], { encoding: 'utf8', timeout: 20_000 });
  if (version.status !== 0) return 'emacs not found on PATH (apt-get install emacs-nox elpa-eglot)';
  const eglot = spawnSync(
    'emacs',
    ['--batch', '-q', '--eval', '(progn (package-initialize) (require (quote eglot)))'],
    {
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  if (eglot.status !== 0) return 'eglot is not loadable in Emacs (Emacs 29+, or apt-get install elpa-eglot)';
  if (!fs.existsSync(SERVER)) return `the bundled server is missing (${SERVER}): run npm run build`;
  return undefined;
}

const why = missing();
if (why && process.env.MODEL_REGISTRY_REQUIRE_EMACS === '1')
  throw new Error(`MODEL_REGISTRY_REQUIRE_EMACS=1 but ${why}`);

const PYTHON = [
  'from litellm import completion',
  '',
  'completion(model="gpt-4o-mnii", messages=[])',
  'completion(model="gpt-4o", messages=[])',
  'completion(model="anthropic/", messages=[])',
  '',
].join('\n');
const at = (line: number, needle: string, offset: number) =>
  `${line}:${PYTHON.split('\n')[line].indexOf(needle) + offset}`;

interface DriverResult {
  server?: string;
  diagnostics?: { line: number; type: string; text: string }[];
  hover?: { contents: { kind: string; value: string } };
  completion?: string[];
  errors: string[];
}

describe('Emacs eglot with editors/emacs/model-registry-eglot.el', { skip: why ? `skipped: ${why}` : false }, () => {
  let tmp: string;
  let result: DriverResult;

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-eglot-'));
    const project = path.join(tmp, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'llm.py'), PYTHON);
    const bin = path.join(tmp, 'bin');
    fs.mkdirSync(bin);
    fs.symlinkSync(SERVER, path.join(bin, 'model-registry-server'));
    const run = spawnSync('emacs', ['--batch', '-q', '-l', DRIVER], {
      cwd: project,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        HOME: tmp,
        XDG_CACHE_HOME: path.join(tmp, 'cache'),
        PATH: `${bin}${path.delimiter}${process.env.PATH}`,
        SNIPPET,
        FILE: path.join(project, 'llm.py'),
        HOVER_AT: at(3, 'gpt-4o', 2),
        COMPLETION_AT: at(4, '"anthropic/', '"anthropic/'.length),
      },
    });
    const last = (run.stdout ?? '').trim().split('\n').pop() ?? '';
    try {
      result = JSON.parse(last) as DriverResult;
    } catch {
      throw new Error(`emacs printed no result (exit ${run.status}): ${run.stdout}\n${run.stderr}`);
    }
    assert.equal(run.status, 0, `${JSON.stringify(result.errors)}\n${run.stderr}`);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('eglot starts the server from the snippet', () => {
    assert.deepEqual(result.errors, []);
    assert.equal(result.server, 'model-registry');
  });

  test('flymake shows the unknown-model warning on the typo', () => {
    const typo = result.diagnostics?.find(d => d.text.includes('gpt-4o-mnii'));
    assert.ok(typo, JSON.stringify(result.diagnostics));
    assert.equal(typo.line, 2);
    assert.equal(typo.type, 'eglot-warning');
    assert.match(typo.text, /Did you mean "gpt-4o-mini"/);
    assert.equal(result.diagnostics?.length, 1, JSON.stringify(result.diagnostics));
  });

  test('hover and completion in LiteLLM spelling', () => {
    assert.match(result.hover?.contents.value ?? '', /gpt-4o/);
    assert.match(result.hover?.contents.value ?? '', /Context window: [\d,]+ tokens/);
    const labels = result.completion ?? [];
    assert.ok(labels.length > 0);
    for (const label of labels) assert.match(label, /^anthropic\/claude-/);
  });
});
