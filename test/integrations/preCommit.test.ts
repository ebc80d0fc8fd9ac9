// The pre-commit hooks (.pre-commit-hooks.yaml): their structure, and each hook's `entry` run the way pre-commit
// runs it — split like a command line, no shell, the matching files appended as arguments, from the repository root —
// on a fixture project (test/fixtures/ci-project), with the `model-registry` bin on PATH as `npm install -g` of this
// package puts it there (a link to the bundled CLI). pre-commit itself comes from PyPI, which this machine cannot
// reach, so its file selection by `types_or` is reproduced here from identify's tags for the extensions involved.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { CLI } from '../helpers/runCli';
import { ROOT } from './actionStep';

interface Hook {
  id: string;
  name: string;
  description?: string;
  entry: string;
  language: string;
  types_or?: string[];
  args?: string[];
  minimum_pre_commit_version?: string;
}

const FIXTURE = path.join(ROOT, 'test/fixtures/ci-project');
const HOOKS = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
/** identify's tags (what pre-commit's `types_or` matches) for the extensions of the supported languages. */
const TAGS: Record<string, string[]> = {
  python: ['.py'],
  elixir: ['.ex', '.exs'],
  javascript: ['.js', '.mjs', '.cjs'],
  jsx: ['.jsx'],
  ts: ['.ts', '.mts', '.cts'],
  tsx: ['.tsx'],
  json: ['.json'],
  yaml: ['.yaml', '.yml'],
  toml: ['.toml'],
};
const BINS = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> })
  .bin;
const skip = fs.existsSync(CLI) ? false : `the bundled CLI is missing (${CLI}): run npm run build`;

function hook(id: string): Hook {
  const found = HOOKS.find(h => h.id === id);
  assert.ok(found, `.pre-commit-hooks.yaml has a hook ${id}`);
  return found;
}

describe('.pre-commit-hooks.yaml', () => {
  test('declares the two hooks, each running a bin of this package with types pre-commit knows', () => {
    assert.deepEqual(HOOKS.map(h => h.id).sort(), ['model-registry', 'model-registry-models']);
    for (const h of HOOKS) {
      assert.ok(h.name && h.description, `${h.id} has a name and a description`);
      assert.equal(h.language, 'node', `${h.id}: pre-commit installs this repository with npm`);
      const [bin, command] = h.entry.split(/\s+/);
      assert.ok(bin in BINS, `${h.id}'s entry runs ${bin}, a bin of package.json`);
      assert.equal(command, 'check');
      for (const tag of h.types_or ?? []) assert.ok(tag in TAGS, `${h.id}: ${tag} is a tag this test knows`);
    }
    assert.match(hook('model-registry-models').entry, /--models\b/);
    assert.doesNotMatch(hook('model-registry').entry, /--models\b/);
  });
});

describe("each hook's entry on a fixture project", { skip }, () => {
  let tmp: string;
  let project: string;
  let bin: string;

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-pre-commit-'));
    project = path.join(tmp, 'project');
    fs.cpSync(FIXTURE, project, { recursive: true });
    bin = path.join(tmp, 'bin');
    fs.mkdirSync(bin);
    fs.symlinkSync(CLI, path.join(bin, 'model-registry'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** The project's files a hook gets for `pre-commit run --all-files`, or among `staged`. */
  function filesFor(h: Hook, staged?: string[]): string[] {
    const all =
      staged ?? (fs.readdirSync(project, { recursive: true }) as string[]).map(f => f.split(path.sep).join('/'));
    const extensions = (h.types_or ?? []).flatMap(tag => TAGS[tag]);
    return all.filter(f => extensions.includes(path.extname(f))).sort();
  }

  function runHook(h: Hook, files: string[]) {
    const [command, ...entryArgs] = h.entry.split(/\s+/);
    const run = spawnSync(command, [...entryArgs, ...(h.args ?? []), ...files], {
      cwd: project,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
    });
    assert.ok(!run.error, `${command}: ${run.error?.message}`);
    return run;
  }

  test('model-registry on all files: both unstubbed registry calls, not the typo in the source file', () => {
    const h = hook('model-registry');
    const files = filesFor(h);
    assert.deepEqual(files, ['src/agent.py', 'test/agent_test.exs', 'tests/test_costs.py', 'tests/test_stubbed.py']);
    const run = runHook(h, files);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^tests\/test_costs\.py:5:\d+: warning: .*\[real-registry-call\]/m);
    assert.match(run.stdout, /^test\/agent_test\.exs:5:\d+: warning: .*\[real-registry-call\]/m);
    assert.doesNotMatch(run.stdout, /unknown-model|test_stubbed/);
    assert.match(run.stdout, /2 problems \(0 errors, 2 warnings, 0 infos\)/);
  });

  test('model-registry-models on all files: the typo too', () => {
    const h = hook('model-registry-models');
    const run = runHook(h, filesFor(h));
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^src\/agent\.py:5:\d+: warning: Unknown model "gpt-4o-mnii" \[unknown-model\]/m);
    assert.match(run.stdout, /3 problems \(0 errors, 3 warnings, 0 infos\)/);
  });

  test('a commit staging only clean files passes', () => {
    for (const id of ['model-registry', 'model-registry-models']) {
      const h = hook(id);
      const files = filesFor(h, ['tests/test_stubbed.py', 'README.md']);
      assert.deepEqual(files, ['tests/test_stubbed.py'], 'README.md is not passed');
      const run = runHook(h, files);
      assert.equal(run.status, 0, `${id}: ${run.stdout}${run.stderr}`);
      assert.match(run.stdout, /no problems in 1 file/);
    }
    const run = runHook(hook('model-registry'), ['src/agent.py']);
    assert.equal(run.status, 0, 'without --models a source file has nothing to report');
  });
});
