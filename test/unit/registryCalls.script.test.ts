// The JS/TS analyser through the real-registry-call diagnostic: catalog URLs fetched, calls through import and
// require bindings (user rules), every mock form, and the stubs of a test runner's setup files.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check, flagged, messageOf, type SupportText } from '../helpers/registryCallCheck';

const ts = (text: string, options?: Parameters<typeof flagged>[2]): string[] => flagged('typescript', text, options);
const RULES = { rules: [{ call: '@acme/catalog.*' }, { call: 'litellm.getModelInfo', through: ['@acme/http'] }] };

describe('JS/TS catalog URLs', () => {
  test('fetched directly, through a constant, a URL object, template literals, axios, got, node-fetch', () => {
    assert.deepEqual(
      ts(`import axios from 'axios';
import fetchPolyfill from 'node-fetch';
const MODELS = 'https://models.dev/api.json';
const OPENROUTER = new URL('https://openrouter.ai/api/v1/models');
await fetch('https://openrouter.ai/api/v1/models');
await fetch(\`https://openrouter.ai/api/v1/models?x=1\`);
await fetch(MODELS, { headers: {} });
await window.fetch(OPENROUTER);
await axios.get(MODELS);
await axios({ url: 'https://models.dev/api.json' });
await got(MODELS).json();
await fetchPolyfill(MODELS);
await new Request(MODELS);
`),
      [
        "5: fetch('https://openrouter.ai/api/v1/models')",
        '6: fetch(`https://openrouter.ai/api/v1/models?x=1`)',
        '7: fetch(MODELS, { headers: {} })',
        '8: window.fetch(OPENROUTER)',
        '9: axios.get(MODELS)',
        "10: axios({ url: 'https://models.dev/api.json' })",
        '11: got(MODELS)',
        '12: fetchPolyfill(MODELS)',
        '13: new Request(MODELS)',
      ],
    );
  });

  test('a URL that is not fetched, another URL, a comment, a regex literal with parentheses', () => {
    assert.deepEqual(
      ts(`it('fetches https://openrouter.ai/api/v1/models', () => {
  expect(url).toBe('https://models.dev/api.json');
  // fetch('https://models.dev/api.json')
  const re = /fetch\\((/;
  fetch('https://models.dev/api.jsonl'.length > 0 ? 'https://example.com' : '');
  return fetch(\`https://\${host}/api/v1/models\`);
});
`),
      ["5: fetch('https://models.dev/api.jsonl'.length > 0 ? 'https://example.com' : '')"],
    );
  });

  test('stubs: global fetch (stubGlobal, spyOn, assignment, fetch-mock), the client module, msw and nock', () => {
    const call =
      "await fetch('https://openrouter.ai/api/v1/models');\nawait axios.get('https://models.dev/api.json');\n";
    const flaggedWith = (prelude: string): string[] =>
      ts(`import axios from 'axios';\n${prelude}\n${call}`).map(l => l.replace(/^\d+: /, ''));
    const fetchCall = "fetch('https://openrouter.ai/api/v1/models')";
    const axiosCall = "axios.get('https://models.dev/api.json')";
    assert.deepEqual(flaggedWith("vi.stubGlobal('fetch', vi.fn())"), [axiosCall]);
    assert.deepEqual(flaggedWith("jest.spyOn(globalThis, 'fetch')"), [axiosCall]);
    assert.deepEqual(flaggedWith('global.fetch = jest.fn()'), [axiosCall]);
    assert.deepEqual(flaggedWith('fetchMock.enableMocks()'), [axiosCall]);
    assert.deepEqual(flaggedWith("vi.mock('axios')"), [fetchCall]);
    assert.deepEqual(
      flaggedWith("import { http } from 'msw';\nhttp.get('https://openrouter.ai/api/v1/models', () => null)"),
      [axiosCall],
    );
    assert.deepEqual(flaggedWith("import nock from 'nock';\nnock('https://models.dev').get('/api.json')"), [fetchCall]);
    assert.deepEqual(
      flaggedWith("import * as http from 'node:http';\nhttp.get('https://openrouter.ai/api/v1/models')").length,
      3,
    );
  });
});

describe('JS/TS calls through imports (user rules)', () => {
  test('default, namespace, named, renamed, type-only, import =, require and destructured require', () => {
    assert.deepEqual(
      ts(
        `import catalog from '@acme/catalog';
import * as ns from '@acme/catalog';
import { load, list as listModels, type Model } from '@acme/catalog';
import cjs = require('@acme/catalog');
const req = require('@acme/catalog');
const { refresh, sync: syncAll } = require('@acme/catalog');
catalog.load();
ns.list();
load();
listModels();
cjs.load();
req?.load();
refresh();
syncAll();
const m: Model = other.load();
`,
        RULES,
      ),
      [
        '7: catalog.load()',
        '8: ns.list()',
        '9: load()',
        '10: listModels()',
        '11: cjs.load()',
        '12: req?.load()',
        '13: refresh()',
        '14: syncAll()',
      ],
    );
  });

  test('vi.mock / jest.mock of the module, spyOn a function, a stub of a layer it goes through; the runner names the stub', () => {
    assert.deepEqual(ts("import { load } from '@acme/catalog';\nvi.mock('@acme/catalog');\nload();\n", RULES), []);
    assert.deepEqual(ts("import * as c from '@acme/catalog';\nvi.spyOn(c, 'load');\nc.load();\nc.list();\n", RULES), [
      '4: c.list()',
    ]);
    assert.deepEqual(
      ts(
        "import * as http from '@acme/http';\nimport litellm from 'litellm';\njest.spyOn(http, 'get');\nlitellm.getModelInfo();\n",
        RULES,
      ),
      [],
    );
    const [jest] = check(
      'javascript',
      "const { load } = require('@acme/catalog');\njest.useFakeTimers();\nload();\n",
      RULES,
    );
    assert.match(messageOf(jest), /\nStub it: jest\.mock\("@acme\/catalog"\)/);
    const [vitest] = check('typescript', "import { load } from '@acme/catalog';\nload();\n", RULES);
    assert.match(messageOf(vitest), /\nStub it: vi\.mock\("@acme\/catalog"\)/);
  });
});

describe('JS/TS setup files of the test runner', () => {
  const support: SupportText[] = [
    {
      file: '/project/web/test/setup.ts',
      kind: 'setup',
      scope: '/project/web',
      text: "vi.stubGlobal('fetch', vi.fn());\n",
    },
  ];
  const call = "await fetch('https://models.dev/api.json');\n";

  test('apply to every test under the config, not elsewhere', () => {
    assert.deepEqual(ts(call, { support, file: '/project/web/src/a.test.ts' }), []);
    assert.deepEqual(ts(call, { support, file: '/project/api/a.test.ts' }), [
      "1: fetch('https://models.dev/api.json')",
    ]);
  });
});
