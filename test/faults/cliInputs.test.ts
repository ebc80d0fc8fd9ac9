// What a hostile or broken repository can put in front of `model-registry check` (issue 10, breaks 2, 5 and 7):
// named pipes and links to devices as test files or as the setup files a runner config names, files over the size
// limit, interpolations nested thousands deep, and a helper chain 20,000 calls deep. The run always ends (a hang
// fails with runCli's bounded wait), a file it cannot check is an error entry (exit 2) and every other file is still
// reported.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { CLI, runCli, writeProject } from '../helpers/runCli';

const skip = fs.existsSync(CLI) ? false : `the bundled CLI is missing (${CLI}): run npm run build`;
const FLAGGED = 'import litellm\n\n\ndef test_cost():\n    assert litellm.get_model_info("gpt-4o")\n';
const READERS = ['0', '2']; // on this thread, and on reader threads as large runs do

interface JsonFinding {
  file: string;
  line: number;
  code: string;
}

describe('model-registry check on hostile inputs', { skip }, () => {
  let root: string;
  const project = (name: string, files: Record<string, string>): string => writeProject(path.join(root, name), files);
  const fifo = (file: string): void => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const made = spawnSync('mkfifo', [file]);
    assert.equal(made.status, 0, `mkfifo ${file}: ${made.stderr?.toString()}`);
  };
  const findings = (stdout: string): string[] =>
    (JSON.parse(stdout) as JsonFinding[]).map(f => `${f.file}:${f.line} ${f.code}`);

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-cli-faults-'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  test('a named pipe or a link to /dev/zero given as a path: an error entry naming it, the other files checked', async () => {
    const folder = project('explicit', { 'tests/test_cost.py': FLAGGED });
    fifo(path.join(folder, 'tests/pipe_test.py'));
    fs.symlinkSync('/dev/zero', path.join(folder, 'tests/x_test.py'));
    for (const readers of READERS) {
      const run = await runCli(
        ['check', '--format', 'json', 'tests/pipe_test.py', 'tests/x_test.py', 'tests/test_cost.py'],
        folder,
        { MODEL_REGISTRY_READERS: readers },
      );
      assert.equal(run.status, 2, run.stderr);
      assert.equal(
        run.stderr,
        'model-registry: cannot read tests/pipe_test.py: not a regular file (a named pipe)\n' +
          'model-registry: cannot read tests/x_test.py: not a regular file (a device)\n',
      );
      assert.deepEqual(findings(run.stdout), ['tests/test_cost.py:5 real-registry-call']);
    }
  });

  test('walked folders skip named pipes and links to devices as any non-file', async () => {
    const folder = project('walked', { 'tests/test_cost.py': FLAGGED });
    fifo(path.join(folder, 'tests/pipe_test.py'));
    fs.symlinkSync('/dev/zero', path.join(folder, 'tests/x_test.py'));
    for (const readers of READERS) {
      const run = await runCli(['check', '--format', 'json'], folder, { MODEL_REGISTRY_READERS: readers });
      assert.deepEqual([run.status, run.stderr], [1, '']);
      assert.deepEqual(findings(run.stdout), ['tests/test_cost.py:5 real-registry-call']);
    }
  });

  test('a file over the 10 MB limit is an error entry naming the limit; the other files are checked', async () => {
    const folder = project('large', { 'tests/test_cost.py': FLAGGED });
    const large = path.join(folder, 'tests/test_large.py');
    fs.writeFileSync(large, '');
    fs.truncateSync(large, 10 * 1024 * 1024 + 1); // sparse: costs no disk
    for (const readers of READERS) {
      const run = await runCli(['check', '--format', 'json'], folder, { MODEL_REGISTRY_READERS: readers });
      assert.equal(run.status, 2);
      assert.equal(run.stderr, `model-registry: cannot read ${large}: larger than the 10 MB limit\n`);
      assert.deepEqual(findings(run.stdout), ['tests/test_cost.py:5 real-registry-call']);
    }
  });

  test('a package.json naming /dev/ptmx, a named pipe, itself and files outside as setup files: the run ends', async () => {
    const folder = project('setup-files', {
      'package.json': JSON.stringify({
        jest: {
          setupFiles: [
            '/dev/ptmx',
            '/dev/ptmx',
            '/dev/ptmx',
            '/dev/ptmx',
            './setup.js',
            './package.json',
            '/etc/hostname',
          ],
          setupFilesAfterEnv: ['./real-setup.js'],
        },
      }),
      'real-setup.js': 'jest.mock("@acme/catalog");\n',
      'src/a.test.js': 'import { models } from "@acme/catalog";\nfetch("https://models.dev/api.json");\nmodels();\n',
      'model-registry.json': JSON.stringify({ realRegistryCalls: [{ call: '@acme/catalog.models' }] }),
    });
    fifo(path.join(folder, 'setup.js'));
    const run = await runCli(['check', '--format', 'json', '--config', 'model-registry.json'], folder);
    assert.equal(run.status, 1, run.stderr);
    // The real setup file still counts (its mock keeps models() quiet); the fetch is reported.
    assert.deepEqual(findings(run.stdout), ['src/a.test.js:2 real-registry-call']);
    assert.match(run.stderr, /Not reading test support file \/dev\/ptmx: it is outside the workspace folder/);
    assert.match(run.stderr, /Not reading test support file .*setup\.js: not a regular file \(a named pipe\)/);
    assert.match(run.stderr, /Not reading test support file \/etc\/hostname: it is outside the workspace folder/);
  });

  test('interpolations nested 20,000 deep in Elixir, JS and Python tests are checked, not a crash', async () => {
    const depth = 20_000;
    const nest = (open: string, close: string): string => `${open.repeat(depth)}x${close.repeat(depth)}`;
    const folder = project('nested', {
      'test/deep_test.exs': `defmodule DeepTest do\n  test "x" do\n    a = ${nest('"#{', '}"')}\n    LLMDB.models()\n  end\nend\n`,
      'src/deep.test.ts': `const a = ${nest('`${', '}`')};\nfetch("https://models.dev/api.json");\n`,
      'tests/test_deep.py': `import litellm\na = ${nest('f"{', '}"')}\nlitellm.get_model_info("x")\n`,
    });
    for (const readers of READERS) {
      const run = await runCli(['check', '--format', 'json'], folder, { MODEL_REGISTRY_READERS: readers });
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(findings(run.stdout), [
        'src/deep.test.ts:2 real-registry-call',
        'test/deep_test.exs:4 real-registry-call',
        'tests/test_deep.py:3 real-registry-call',
      ]);
    }
  });

  test('a helper chain 20,000 calls deep in test/support is followed to its stub', async () => {
    const depth = 20_000;
    const helpers = Array.from({ length: depth }, (_, i) => `  def h${i}, do: h${i + 1}()\n`).join('');
    const folder = project('chain', {
      'test/support/chain.ex': `defmodule Chain do\n${helpers}  def h${depth}, do: Mimic.stub_with(LLMDB, Fake)\nend\n`,
      'test/stubbed_test.exs':
        'defmodule StubbedTest do\n  setup do\n    Chain.h0()\n  end\n\n  test "x", do: LLMDB.models()\nend\n',
      'test/plain_test.exs': 'defmodule PlainTest do\n  test "x", do: LLMDB.models()\nend\n',
    });
    const run = await runCli(['check', '--format', 'json'], folder);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(findings(run.stdout), ['test/plain_test.exs:2 real-registry-call']);
  });
});
