// SPEC §7 revision 2 through the bundled CLI: the text format's severity and summary line, --fail-on and
// --max-warnings and the exit codes they give, bad values as usage errors, file names that would split a line, and
// a reader that closes the pipe early (`| head -1`) keeping the documented exit code without a stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CLI, runCli, writeProject } from '../helpers/runCli';

const skip = fs.existsSync(CLI) ? false : `the bundled CLI is missing (${CLI}): run npm run build`;
const CATALOG = path.resolve(__dirname, '../fixtures/catalogs/models-dev.json');
const FLAGGED = 'import litellm\n\n\ndef test_cost():\n    assert litellm.model_cost["gpt-4o"]\n';
/** With --models and the fixture catalog: one deprecated-model (information) finding. */
const DEPRECATED = 'model: acme:acme-large-20250219\n';
/** …and one unknown-model (warning). */
const UNKNOWN = 'MODEL = "acme:acme-larg-20250219"\n';

describe('model-registry check: severity, summary, --fail-on, --max-warnings', { skip }, () => {
  let root: string;
  const project = (name: string, files: Record<string, string>): string => writeProject(path.join(root, name), files);
  const models = async (folder: string, ...args: string[]) =>
    await runCli(['check', '--models', '--source', CATALOG, ...args], folder);

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-cli-options-'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  test('text: each finding with its severity, detail lines indented, then the summary line', async () => {
    const folder = project('summary', {
      'app/settings.yaml': DEPRECATED,
      'app/config.py': UNKNOWN,
      'tests/test_cost.py': FLAGGED,
      'tests/test_clean.py': 'def test_ok():\n    assert True\n',
    });
    const run = await models(folder);
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.split('\n');
    assert.match(lines[0], /^app\/config\.py:1:10: warning: .* \[unknown-model\]$/);
    assert.ok(
      lines.some(l => /^app\/settings\.yaml:1:8: info: .* \[deprecated-model\]$/.test(l)),
      run.stdout,
    );
    assert.ok(
      lines.some(l =>
        /^tests\/test_cost\.py:5:12: warning: litellm\.model_cost reads .* \[real-registry-call\]$/.test(l),
      ),
      run.stdout,
    );
    assert.ok(
      lines.some(l => /^ {2}Patch it: /.test(l)),
      'the detail lines follow, indented',
    );
    assert.deepEqual(lines.slice(-3), ['', '3 problems (0 errors, 2 warnings, 1 info) in 4 files', '']);
  });

  test('no problems: the summary counts the files checked', async () => {
    const folder = project('clean', {
      'tests/test_a.py': 'def test_a():\n    assert True\n',
      'tests/test_b.py': 'def test_b():\n    assert True\n',
      'src/app.py': 'import litellm\n',
    });
    assert.deepEqual(await runCli(['check'], folder), { status: 0, stdout: 'no problems in 2 files\n', stderr: '' });
    assert.equal((await runCli(['check', '--models', '--source', CATALOG], folder)).stdout, 'no problems in 3 files\n');
  });

  test('an information finding alone exits 0 by default, 1 with --fail-on information', async () => {
    const folder = project('info-only', { 'app/settings.yaml': DEPRECATED });
    const byDefault = await models(folder);
    assert.equal(byDefault.status, 0, byDefault.stderr);
    assert.match(byDefault.stdout, /\n1 problem \(0 errors, 0 warnings, 1 info\) in 1 file\n$/);
    assert.equal((await models(folder, '--fail-on', 'information')).status, 1);
    assert.equal((await models(folder, '--fail-on', 'error')).status, 0);
  });

  test('--fail-on error lets warnings pass; --max-warnings fails on more warnings than allowed, whatever --fail-on', async () => {
    const folder = project('warnings', { 'tests/test_a.py': FLAGGED, 'tests/test_b.py': FLAGGED });
    assert.equal((await runCli(['check'], folder)).status, 1);
    assert.equal((await runCli(['check', '--fail-on', 'error'], folder)).status, 0);
    assert.equal((await runCli(['check', '--fail-on', 'error', '--max-warnings', '2'], folder)).status, 0);
    assert.equal((await runCli(['check', '--fail-on', 'error', '--max-warnings', '1'], folder)).status, 1);
    assert.equal((await runCli(['check', '--max-warnings', '5'], folder)).status, 1, '--fail-on warning still fails');
    const json = await runCli(['check', '--format', 'json', '--fail-on', 'error'], folder);
    assert.equal(json.status, 0);
    assert.equal((JSON.parse(json.stdout) as unknown[]).length, 2, 'the findings are still reported');
  });

  test('bad --fail-on and --max-warnings values are usage errors (exit 2, message and usage on stderr)', async () => {
    for (const [args, message] of [
      [['--fail-on', 'hint'], /unknown --fail-on level "hint": use error, warning, information/],
      [['--max-warnings=-1'], /--max-warnings takes a whole number of warnings, not "-1"/],
      [['--max-warnings', 'many'], /--max-warnings takes a whole number of warnings, not "many"/],
      [['--max-warnings'], /--max-warnings/],
    ] as const) {
      const run = await runCli(['check', ...args], root);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Usage: model-registry/);
    }
    assert.match(
      (await runCli(['--help'], root)).stdout,
      /--fail-on error\|warning\|information[^]*--max-warnings <n>/,
    );
  });

  test('a file name with a newline or an escape character stays on one line (text), escaped (github)', async () => {
    const folder = project('names', { 'tests/test_a\nb.py': FLAGGED, 'tests/test_\u001b[31m.py': FLAGGED });
    const text = await runCli(['check'], folder);
    assert.equal(text.status, 1);
    const heads = text.stdout.split('\n').filter(l => l.includes('[real-registry-call]'));
    assert.deepEqual(
      heads.map(l => l.slice(0, l.indexOf(':5:'))),
      ['tests/test_\\x1b[31m.py', 'tests/test_a\\nb.py'],
    );
    const github = await runCli(['check', '--format', 'github'], folder);
    assert.match(github.stdout, /^::warning file=tests\/test_a%0Ab\.py,line=5,/m);
  });

  test('output into a pipe closed early: the exit code stays the documented one, no stack trace', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`tests/test_${i}.py`] = FLAGGED;
    const folder = project('pipe', files);
    fs.writeFileSync(path.join(folder, 'tests/test_bad.py'), Buffer.from([0x23, 0x20, 0xe9, 0x0a])); // not UTF-8
    for (const [args, code] of [
      [[], 2], // a file that cannot be checked
      [['tests/test_1.py', 'tests/test_2.py'], 1], // findings only
    ] as const) {
      const { status, stderr } = runIntoClosedPipe(['check', ...args], folder);
      assert.equal(status, code, stderr);
      assert.doesNotMatch(stderr, /node:events|Error: write EPIPE|^\s+at /m);
    }
  });
});

/**
 * Runs the CLI in a shell pipeline into `head -1`, which exits after one line and closes the pipe; the CLI's exit
 * status comes from bash's PIPESTATUS. A bounded wait catches a hang.
 */
function runIntoClosedPipe(args: readonly string[], cwd: string): { status: number | null; stderr: string } {
  const run = spawnSync(
    'bash',
    ['-c', '"$0" "$1" "${@:2}" | head -1 > /dev/null; exit "${PIPESTATUS[0]}"', process.execPath, CLI, ...args],
    { cwd, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' },
  );
  if (run.error) throw new Error(`model-registry ${args.join(' ')} | head -1: ${run.error.message}`);
  return { status: run.status, stderr: run.stderr };
}
