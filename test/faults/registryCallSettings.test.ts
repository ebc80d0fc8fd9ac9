// Issue 10, degraded rows: `testFiles` with 100,000 globs stopped every diagnostic ("Invalid regular expression": one
// regex too large for the engine), and 60,000 `realRegistryCalls` rules took 76 s per apply (a quadratic gate). The
// settings parser caps these lists at 1,000 now; the lint itself still copes with ten times that: globs go into
// regexes of a bounded size, the gate is built in one pass, an invalid glob or rule is a logged note that drops
// only itself, and the rest applies.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { RuleSet } from '../../server/src/registryCalls/rules';
import { testFileMatcher } from '../../server/src/registryCalls/testFiles';
import { TestFileLint } from '../../server/src/registryCalls/testFileLint';
import { CLI, runCli } from '../helpers/runCli';

describe('registry-call settings at scale and with bad entries', () => {
  test('60,000 rules compile and match; the pre-check gate lets each rule through', () => {
    const calls = Array.from({ length: 60_000 }, (_, i) => ({ call: `App${i % 300}.Catalog.load_${i}` }));
    const rules = new RuleSet(calls);
    assert.ok(rules.match('App7.Catalog', 'load_59707') >= 0);
    assert.ok(rules.mayCall('App7.Catalog.load_59707()'));
    assert.ok(!rules.mayCall('App7.Catalog.unload()'));
    assert.ok(new RegExp(rules.preCheck.gate).test('load_12345'));
    assert.ok(rules.mayCall('litellm.get_model_info("x")'), 'the defaults still apply');
  });

  test('10,000 test-file globs with invalid ones: each invalid glob is noted and dropped, the others apply', () => {
    const notes: string[] = [];
    const globs = [...Array.from({ length: 10_000 }, (_, i) => `*.check${i}.py`), '*.{', 'spec/[z-a]/*.py'];
    const isTest = testFileMatcher(globs, ['/ws'], note => notes.push(note));
    assert.ok(isTest('/ws/x/a.check9999.py'));
    assert.ok(!isTest('/ws/x/a.py'));
    assert.deepEqual(notes, [
      'testFiles: the glob "*.{" is not a valid glob and is ignored',
      'testFiles: the glob "spec/[z-a]/*.py" is not a valid glob and is ignored',
    ]);
  });

  test('a rule naming no Module.function is noted and dropped; the lint applies the rest', async () => {
    const notes: string[] = [];
    const lint = new TestFileLint(note => notes.push(note), {
      readFile: async () => undefined,
      realPath: async file => file,
      glob: async () => [],
    });
    await lint.configure(
      { testFiles: ['*_test.exs', '*.{'], realRegistryCalls: [{ call: 'nodot' }, { call: 'A.b' }] },
      ['/ws'],
    );
    const { rules, isTestFile } = lint.context();
    assert.ok(rules.match('A', 'b') >= 0);
    assert.ok(isTestFile('/ws/test/a_test.exs'));
    assert.deepEqual(notes, [
      'realRegistryCalls: "nodot" names no Module.function, Module.* or url:<prefix>; it is ignored',
      'testFiles: the glob "*.{" is not a valid glob and is ignored',
    ]);
  });

  test(
    'the CLI says so on stderr and checks with the valid globs',
    { skip: !fs.existsSync(CLI) && 'no bundled CLI' },
    async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-bad-glob-'));
      try {
        fs.mkdirSync(path.join(folder, 'tests'));
        fs.writeFileSync(path.join(folder, 'tests', 'a.check.py'), 'import litellm\nlitellm.get_model_info("x")\n');
        fs.writeFileSync(path.join(folder, 'config.json'), JSON.stringify({ testFiles: ['*.{', '*.check.py'] }));
        const run = await runCli(['check', '--config', 'config.json'], folder);
        assert.equal(run.status, 1, run.stderr);
        assert.equal(run.stderr, 'model-registry: testFiles: the glob "*.{" is not a valid glob and is ignored\n');
        assert.match(run.stdout, /^tests\/a\.check\.py:2:1: warning: /);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    },
  );
});
