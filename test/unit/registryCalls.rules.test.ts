// Rules, stub matching, test-file globs and runner configs: the pieces the analysers and the diagnostic share.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RuleSet } from '../../server/src/registryCalls/rules';
import { setupFilesOf } from '../../server/src/registryCalls/runnerConfig';
import { isStubbed } from '../../server/src/registryCalls/stubMatching';
import { testFileMatcher } from '../../server/src/registryCalls/testFiles';
import { defaultSettings } from '../../server/src/utils/settings';

describe('rules', () => {
  const rules = new RuleSet([
    { call: 'LLMDB.*', message: 'custom' },
    { call: 'MyApp.Catalog.load', through: ['MyApp.Http'] },
    { call: 'nodot' },
    { call: 'Trailing.' },
    { call: 'url:' },
  ]);
  const ruleOf = (module: string, fn: string) => rules.rules[rules.match(module, fn)];

  test('the SPEC defaults, a user rule replacing one with the same call, invalid calls dropped', () => {
    assert.equal(
      ruleOf('Jido.AI.Model.Registry', 'list_models').through.join(),
      'Jido.AI.Model.Registry.Adapter,ReqLLM.Provider.Registry',
    );
    assert.equal(ruleOf('Jido.AI.Model.Registry.Adapter', 'anything').through.join(), 'ReqLLM.Provider.Registry');
    assert.equal(ruleOf('LLMDB', 'models').message, 'custom');
    assert.equal(rules.match('Jido.AI.Model.Registry', 'other'), -1);
    assert.ok(ruleOf('MyApp.Catalog', 'load'));
    assert.equal(rules.rules.filter(r => r.call === 'LLMDB.*').length, 1);
    assert.ok(!rules.rules.some(r => ['nodot', 'Trailing.', 'url:'].includes(r.call)));
    assert.equal(
      rules.rules[rules.matchUrl('https://openrouter.ai/api/v1/models?x=1')].call,
      'url:https://openrouter.ai/api/v1/models',
    );
    assert.equal(rules.matchUrl('https://openrouter.ai/api/v1/chat'), -1);
  });

  test('a chain matches at its shortest prefix naming a rule', () => {
    assert.deepEqual(rules.matchChain(['litellm', 'model_cost', 'get']), {
      rule: rules.match('litellm', 'model_cost'),
      length: 2,
    });
    assert.equal(rules.matchChain(['litellm', 'completion']), undefined);
  });

  test('the pre-check needs every name of some rule (function and module segments) or its URL in the text', () => {
    assert.ok(rules.mayCall('alias Jido.AI.Model.{Registry}\nRegistry.list_models()'));
    assert.ok(rules.mayCall('from litellm import get_model_info as gmi'));
    assert.ok(rules.mayCall('alias ReqLLM.Provider\nProvider.Registry.get(:x)'));
    assert.ok(rules.mayCall('fetch("https://models.dev/api.json")'));
    assert.ok(!rules.mayCall('alias Jido.AI.Model.{Registry}'), 'an alias alone calls nothing');
    assert.ok(!rules.mayCall('Registry.register(MyRegistry, :key, :value)'), "Elixir's own Registry");
    assert.ok(!rules.mayCall('import litellm\nlitellm.completion(model="gpt-4o")'));
  });
});

describe('stub matching', () => {
  const rules = new RuleSet();
  const call = (module: string, fn: string) => ({
    rule: rules.match(module, fn),
    name: `${module}.${fn}`,
    start: 0,
    end: 1,
    arity: 0,
  });
  const stubbed = (c: ReturnType<typeof call>, ...stubs: string[]): boolean => isStubbed(c, rules.rules[c.rule], stubs);

  test('the function, its module, or any function of a module it goes through', () => {
    const list = call('Jido.AI.Model.Registry', 'list_models');
    assert.ok(stubbed(list, 'Jido.AI.Model.Registry.list_models'));
    assert.ok(stubbed(list, 'Jido.AI.Model.Registry'));
    assert.ok(stubbed(list, 'Jido.AI.Model.Registry.Adapter.list_providers'));
    assert.ok(stubbed(list, 'ReqLLM.Provider.Registry'));
    assert.ok(!stubbed(list, 'Jido.AI.Model.Registry.get_model'));
    assert.ok(!stubbed(list, 'Jido.AI.Model'));
    const adapter = call('Jido.AI.Model.Registry.Adapter', 'list_models');
    assert.ok(
      !stubbed(adapter, 'Jido.AI.Model.Registry.Adapter.list_providers'),
      'a sibling function is not the function',
    );
    assert.ok(!stubbed(adapter, 'Jido.AI.Model.Registry'), 'a module is not its nested modules');
  });

  test('URL calls: an interceptor of a prefix, the fetching function, or its module', () => {
    const url = {
      rule: rules.matchUrl('https://models.dev/api.json'),
      name: 'https://models.dev/api.json',
      via: 'axios.get',
      start: 0,
      end: 1,
      arity: -1,
    };
    const rule = rules.rules[url.rule];
    assert.ok(isStubbed(url, rule, ['url:https://models.dev']));
    assert.ok(!isStubbed(url, rule, ['url:https://openrouter.ai']));
    assert.ok(isStubbed(url, rule, ['axios']));
    assert.ok(isStubbed(url, rule, ['axios.get']));
    assert.ok(!isStubbed(url, rule, ['fetch']));
  });
});

describe('test-file globs', () => {
  const isTest = testFileMatcher(defaultSettings().testFiles, ['/ws/app', '/ws/lib']);

  test('a glob without / matches the name anywhere; one with / the path below a workspace folder, at any depth', () => {
    for (const file of [
      '/ws/app/test/a/b_test.exs',
      '/ws/app/src/x.test.ts',
      '/ws/app/deep/test_x.py',
      '/ws/lib/x_test.py',
      '/ws/app/tests/pkg/helpers.py',
      '/ws/app/__tests__/a.js',
      '/ws/app/web/app.spec.tsx',
      '/elsewhere/a.test.js',
      // An umbrella app's tests, a monorepo package's, a backend's tests folder.
      '/ws/app/apps/x/test/a_test.exs',
      '/ws/app/web/__tests__/a.js',
      '/ws/app/backend/tests/helpers.py',
    ]) {
      assert.ok(isTest(file), file);
    }
    for (const file of [
      '/ws/app/lib/a.ex',
      '/ws/app/test/support/h.ex',
      '/ws/app/apps/x/test/support/h.ex',
      '/elsewhere/test/a_test.exs',
      '/ws/app/src/test.ts',
    ]) {
      assert.ok(!isTest(file), file);
    }
  });

  test('user globs; ./ or / anchors a glob at the workspace folder', () => {
    const custom = testFileMatcher(['./spec/**/*_spec.exs', '/checks/*.py', 'it/**/*.it.ts', '*.check.py'], ['/ws']);
    assert.ok(custom('/ws/spec/a/b_spec.exs'));
    assert.ok(!custom('/ws/apps/x/spec/a/b_spec.exs'));
    assert.ok(custom('/ws/checks/a.py'));
    assert.ok(!custom('/ws/sub/checks/a.py'));
    assert.ok(custom('/ws/pkg/it/a.it.ts'));
    assert.ok(custom('/ws/x/y.check.py'));
    assert.ok(!custom('/ws/test/a_test.exs'));
  });
});

describe('test runner configs', () => {
  test('package.json jest setupFiles and setupFilesAfterEnv; packages are not project files', () => {
    const json = JSON.stringify({
      jest: { setupFiles: ['<rootDir>/test/setup.js', 'jest-extended/all'], setupFilesAfterEnv: './after.ts' },
    });
    assert.deepEqual(setupFilesOf('/p/package.json', json), ['/p/test/setup.js', '/p/after.ts']);
    assert.deepEqual(setupFilesOf('/p/package.json', '{ "name": "x" }'), []);
    assert.deepEqual(setupFilesOf('/p/package.json', '{ broken'), []);
  });

  test('vitest / jest config modules: a string or an array, in any nesting', () => {
    const vitest =
      "export default defineConfig({ test: { setupFiles: ['./a.ts', \"./b.ts\"] } });\n// setupFiles: ['./no.ts']\n";
    assert.deepEqual(setupFilesOf('/p/web/vitest.config.ts', vitest), ['/p/web/a.ts', '/p/web/b.ts']);
    assert.deepEqual(setupFilesOf('/p/jest.config.js', "module.exports = { setupFilesAfterEach: '<rootDir>/x.js' };"), [
      '/p/x.js',
    ]);
  });
});
