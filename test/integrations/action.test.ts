// The GitHub Action (action.yml, composite): its structure, and its check step (scripts/action-check.sh) run with
// the environment GitHub would give it on a fixture project (test/fixtures/ci-project) — annotations, SARIF valid
// against the SARIF 2.1.0 schema, JSON, step outputs and exit codes for every input, input errors, and the build in
// the action's own checkout when the CLI is not built yet. GitHub itself is not reachable here, so the setup-node and
// upload-sarif steps are checked for their wiring only.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { CLI } from '../helpers/runCli';
import { readAction, ROOT, runCheckStep, type RunnerContext } from './actionStep';

const FIXTURE = path.join(ROOT, 'test/fixtures/ci-project');
const SCRIPT = path.join(ROOT, 'scripts/action-check.sh');
const SARIF_SCHEMA = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const skip = fs.existsSync(CLI) ? false : `the bundled CLI is missing (${CLI}): run npm run build`;

describe('action.yml', () => {
  const action = readAction();

  test('is a composite action whose check step runs scripts/action-check.sh with inputs passed as env only', () => {
    assert.equal(action.runs.using, 'composite');
    const check = action.runs.steps.find(s => s.id === 'check');
    assert.ok(check);
    assert.equal(check.shell, 'bash');
    assert.equal(check.run, '"$GITHUB_ACTION_PATH/scripts/action-check.sh"');
    assert.ok(!check.run.includes('${{'), 'no expression is spliced into the script');
    assert.ok(fs.statSync(SCRIPT).mode & 0o100, 'the script is executable');
    // Every INPUT_* the script reads is set by the step, and the other way round.
    const read = new Set([...fs.readFileSync(SCRIPT, 'utf8').matchAll(/\bINPUT_[A-Z_]+/g)].map(m => m[0]));
    const set = new Set(Object.keys(check.env ?? {}).filter(n => n.startsWith('INPUT_')));
    assert.deepEqual([...read].sort(), [...set].sort());
    assert.equal(check.env?.GITHUB_ACTION_PATH, '${{ github.action_path }}');
  });

  test('declares the inputs the docs name, each used by a step', () => {
    const names = Object.keys(action.inputs).sort();
    for (const name of ['paths', 'format', 'fail-on', 'max-warnings', 'models', 'config', 'upload-sarif'])
      assert.ok(names.includes(name), `input ${name}`);
    const text = JSON.stringify(action.runs.steps);
    for (const name of names) assert.ok(text.includes(`inputs.${name}`), `input ${name} is used by a step`);
    for (const input of Object.values(action.inputs)) assert.ok(input.description.length > 10);
    assert.deepEqual(Object.keys(action.outputs).sort(), ['exit-code', 'output-file']);
    for (const output of Object.values(action.outputs)) assert.match(output.value, /^\$\{\{ steps\.check\.outputs\./);
  });

  test('sets up Node before the check and uploads SARIF after it, also when the check failed', () => {
    const steps = action.runs.steps;
    const setup = steps.findIndex(s => s.uses?.startsWith('actions/setup-node@'));
    const check = steps.findIndex(s => s.id === 'check');
    const upload = steps.findIndex(s => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(setup >= 0 && setup < check && check < upload, JSON.stringify(steps.map(s => s.id ?? s.uses)));
    const uploadStep = steps[upload];
    assert.match(uploadStep.if ?? '', /always\(\)/);
    assert.match(uploadStep.if ?? '', /inputs\.format == 'sarif'/);
    assert.equal(uploadStep.with?.sarif_file, '${{ steps.check.outputs.output-file }}');
  });
});

describe("the action's check step on a fixture project", { skip }, () => {
  let tmp: string;
  let context: RunnerContext;

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-action-'));
    const workspace = path.join(tmp, 'workspace');
    fs.cpSync(FIXTURE, workspace, { recursive: true });
    const temp = path.join(tmp, 'runner-temp');
    fs.mkdirSync(temp);
    context = { actionPath: ROOT, workspace, temp };
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('defaults: GitHub annotations for both unstubbed registry calls, exit 1', () => {
    const run = runCheckStep({}, context);
    assert.equal(run.status, 1, run.stderr);
    const annotations = run.stdout.split('\n').filter(l => l.startsWith('::warning '));
    assert.equal(annotations.length, 2, run.stdout);
    assert.match(run.stdout, /^::warning file=tests\/test_costs\.py,line=5,.*real-registry-call::/m);
    assert.match(run.stdout, /^::warning file=test\/agent_test\.exs,line=5,.*real-registry-call::/m);
    assert.deepEqual(run.outputs, { 'exit-code': '1' });
  });

  test('format sarif with models: a valid SARIF 2.1.0 file in RUNNER_TEMP, named in the outputs', () => {
    const run = runCheckStep({ format: 'sarif', models: 'true' }, context);
    assert.equal(run.status, 1, run.stderr);
    const file = path.join(context.temp, 'model-registry.sarif');
    assert.deepEqual(run.outputs, { 'output-file': file, 'exit-code': '1' });
    const log = JSON.parse(fs.readFileSync(file, 'utf8')) as Log;
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')) as object);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const results = (log.runs[0].results ?? []).map(
      r => `${r.ruleId} ${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri}`,
    );
    assert.deepEqual(results.sort(), [
      'real-registry-call test/agent_test.exs',
      'real-registry-call tests/test_costs.py',
      'unknown-model src/agent.py',
    ]);
  });

  test('format json, paths on several lines, an output-file of its own', () => {
    const out = path.join(tmp, 'findings.json');
    const run = runCheckStep(
      { 'format': 'json', 'models': 'true', 'paths': 'tests\nsrc', 'output-file': out },
      context,
    );
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.outputs['output-file'], out);
    const findings = JSON.parse(fs.readFileSync(out, 'utf8')) as { file: string; code: string }[];
    assert.deepEqual(findings.map(f => `${f.code} ${f.file}`).sort(), [
      'real-registry-call tests/test_costs.py',
      'unknown-model src/agent.py',
    ]);
  });

  test('a stubbed test alone: nothing to report, exit 0', () => {
    const run = runCheckStep({ paths: 'tests/test_stubbed.py', format: 'text' }, context);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /no problems in 1 file/);
    assert.deepEqual(run.outputs, { 'exit-code': '0' });
  });

  test('fail-on error passes warnings; max-warnings fails past its count', () => {
    const lenient = runCheckStep({ 'fail-on': 'error', 'format': 'text' }, context);
    assert.equal(lenient.status, 0, lenient.stderr);
    assert.match(lenient.stdout, /2 problems \(0 errors, 2 warnings, 0 infos\)/);
    const capped = runCheckStep({ 'fail-on': 'error', 'max-warnings': '1', 'format': 'text' }, context);
    assert.equal(capped.status, 1, capped.stderr);
    const enough = runCheckStep({ 'fail-on': 'error', 'max-warnings': '2', 'format': 'text' }, context);
    assert.equal(enough.status, 0, enough.stderr);
  });

  test('config: a settings file narrows the test files', () => {
    fs.writeFileSync(path.join(context.workspace, 'registry-ci.json'), JSON.stringify({ testFiles: ['*_test.exs'] }));
    const run = runCheckStep({ config: 'registry-ci.json', format: 'text' }, context);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /test\/agent_test\.exs:5/);
    assert.doesNotMatch(run.stdout, /test_costs\.py/);
  });

  test('bad inputs exit 2 with a message: models not a boolean, an unknown format, a missing path', () => {
    const models = runCheckStep({ models: 'yes' }, context);
    assert.equal(models.status, 2);
    assert.match(models.stdout, /::error::model-registry: input models must be true or false, not 'yes'/);
    const format = runCheckStep({ format: 'xml' }, context);
    assert.equal(format.status, 2);
    assert.match(format.stderr, /xml/);
    assert.deepEqual(format.outputs, { 'exit-code': '2' });
    const missing = runCheckStep({ paths: 'no-such-dir' }, context);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no-such-dir/);
  });

  test("builds the CLI in the action's checkout with npm ci when it is not built, and stops when that fails", () => {
    // A checkout of the action without server/dist, and an npm that records its call and "builds" by copying.
    const checkout = path.join(tmp, 'action-checkout');
    fs.mkdirSync(path.join(checkout, 'scripts'), { recursive: true });
    fs.copyFileSync(SCRIPT, path.join(checkout, 'scripts/action-check.sh'));
    fs.chmodSync(path.join(checkout, 'scripts/action-check.sh'), 0o755);
    const bin = path.join(tmp, 'fake-bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.writeFileSync(
      path.join(bin, 'npm'),
      [
        '#!/bin/sh',
        'echo "npm $* in $PWD" >> "$NPM_LOG"',
        '[ "$FAKE_NPM_FAILS" = 1 ] && exit 1',
        'mkdir -p server && cp -R "$REAL_DIST" server/dist',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    const npmLog = path.join(tmp, 'npm.log');
    const env = { PATH: `${bin}:${process.env.PATH}`, NPM_LOG: npmLog, REAL_DIST: path.dirname(CLI) };
    const failed = runCheckStep({}, { ...context, actionPath: checkout }, { ...env, FAKE_NPM_FAILS: '1' });
    assert.equal(failed.status, 2);
    assert.match(failed.stdout, /::error::model-registry: npm ci in .* failed/);
    const built = runCheckStep({}, { ...context, actionPath: checkout }, env);
    assert.equal(built.status, 1, built.stdout + built.stderr);
    assert.match(built.stdout, /::group::Building model-registry/);
    assert.match(built.stdout, /^::warning file=tests\/test_costs\.py/m);
    assert.deepEqual(fs.readFileSync(npmLog, 'utf8').trim().split('\n'), [
      `npm ci --no-audit --no-fund in ${checkout}`,
      `npm ci --no-audit --no-fund in ${checkout}`,
    ]);
    const again = runCheckStep({}, { ...context, actionPath: checkout }, env);
    assert.equal(again.status, 1);
    assert.equal(fs.readFileSync(npmLog, 'utf8').trim().split('\n').length, 2, 'built once, then reused');
  });
});
