// `model-registry` as a program, in a child process as CI and the hooks run it: what the in-process runs of the other
// suites (test/helpers/runCli.ts) cannot show — each exit code reaching the shell, stdout and stderr as the
// process's streams, a config read relative to the process's folder, a fixture written to stdout in full.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CLI, runCli, runCliProcess, writeProject } from '../helpers/runCli';

const skip = fs.existsSync(CLI) ? false : `the bundled CLI is missing (${CLI}): run npm run build`;
const CATALOG = path.resolve(__dirname, '../fixtures/catalogs/models-dev.json');
const VERSION = (
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }
).version;

describe('model-registry as a program', { skip }, () => {
  let project: string;

  before(() => {
    project = writeProject(fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-program-')), {
      'tests/test_cost.py': 'import litellm\n\n\ndef test_cost():\n    assert litellm.model_cost["gpt-4o"]\n',
      'tests/test_clean.py': 'def test_ok():\n    assert True\n',
      'config.json': '{ "modelRegistry.testFiles": ["nothing/**"] }',
    });
  });
  after(() => fs.rmSync(project, { recursive: true, force: true }));

  test('--version on stdout, exit 0', () => {
    assert.deepEqual(runCliProcess(['--version'], project), { status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  test('exit 0, 1 and 2 reach the shell, with the same output as in-process runs', async () => {
    for (const [args, status] of [
      [['check', 'tests/test_clean.py'], 0],
      [['check', '--format', 'json'], 1],
      [['check', '--config', 'config.json'], 0],
      [['check', '--frobnicate'], 2],
      [['check', 'no/such/file.py'], 2],
    ] as const) {
      const run = runCliProcess(args, project);
      assert.equal(run.status, status, `${args.join(' ')}: ${run.stderr}`);
      assert.deepEqual(run, await runCli(args, project), args.join(' '));
    }
  });

  test('a fixture of the whole catalog arrives on stdout in full', async () => {
    const args = ['fixture', '--source', CATALOG, '--format', 'registry'];
    const run = runCliProcess(args, project);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(JSON.parse(run.stdout), 'the fixture is whole JSON');
    assert.deepEqual(run, await runCli(args, project));
  });
});
