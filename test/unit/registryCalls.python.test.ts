// The Python analyser through the real-registry-call diagnostic: imports, attribute reads, every patch form, and
// conftest.py fixtures (requested, autouse, nearest wins, scoped to their folder).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flagged, type SupportText } from '../helpers/registryCallCheck';

const py = (text: string, options?: Parameters<typeof flagged>[2]): string[] => flagged('python', text, options);

describe('Python registry calls', () => {
  test('import forms: plain, as, from … import … as …, parenthesized, star; attribute reads count', () => {
    assert.deepEqual(
      py(`import litellm
import litellm as ll
from litellm import get_model_info as gmi
from litellm import (
    model_cost,
    register_model as reg,
)
litellm.get_model_info("gpt-4o")
ll.model_cost["gpt-4o"]
gmi("gpt-4o")
model_cost.get("x")
reg({})
litellm.completion(model="gpt-4o")
`),
      [
        '8: litellm.get_model_info("gpt-4o")',
        '9: ll.model_cost["gpt-4o"]',
        '10: gmi("gpt-4o")',
        '11: model_cost.get("x")',
        '12: reg({})',
      ],
    );
    assert.deepEqual(py('from litellm import *\nget_model_cost_map()\ncompletion()\n'), ['2: get_model_cost_map()']);
    assert.deepEqual(py('import litellm.utils\nlitellm.get_model_info("x")\n'), ['2: litellm.get_model_info("x")']);
  });

  test('nothing in comments, strings, docstrings, f-string text, import lines or keyword names', () => {
    assert.deepEqual(
      py(`# litellm.get_model_info("x")
"litellm.get_model_info('x')"
"""litellm.model_cost"""
f"litellm.model_cost {1}"
from litellm import get_model_info
f(get_model_info=1)
`),
      [],
    );
    assert.deepEqual(py('import litellm\nf"{litellm.model_cost[\'x\']}"\n'), ["2: litellm.model_cost['x']"]);
  });

  test('patch forms: decorator, context manager, object, dict, multiple, mocker, monkeypatch (both forms), assignment', () => {
    const calls = 'litellm.get_model_info("x")\nlitellm.model_cost["x"]\n';
    const only = (prelude: string, expected: string[]): void =>
      assert.deepEqual(py(`import litellm\n${prelude}\n${calls}`), expected, prelude);
    const costLine = (n: number): string => `${n}: litellm.model_cost["x"]`;
    only('@patch("litellm.get_model_info")\ndef test_x(m): pass', [costLine(5)]);
    only('with mock.patch("litellm.get_model_info"): pass', [costLine(4)]);
    only('patcher = unittest.mock.patch.object(litellm, "get_model_info")', [costLine(4)]);
    only('mocker.patch.dict("litellm.model_cost", {})', ['3: litellm.get_model_info("x")']);
    only('mocker.patch.dict(litellm.model_cost, {})', ['3: litellm.get_model_info("x")']);
    only('patch.multiple(litellm, get_model_info=DEFAULT, model_cost={})', []);
    only('monkeypatch.setattr(litellm, "get_model_info", fake)', [costLine(4)]);
    only('monkeypatch.setattr("litellm.model_cost", {})', ['3: litellm.get_model_info("x")']);
    only('setattr(litellm, "model_cost", {})', ['3: litellm.get_model_info("x")']);
    only('litellm.get_model_info = lambda m: {}', [costLine(4)]);
    only('mocker.patch("litellm")', []);
    only('mocker.patch("other.get_model_info")', ['3: litellm.get_model_info("x")', costLine(4)]);
  });

  test('a name rebound after its import is no longer the registry', () => {
    assert.deepEqual(py('from litellm import model_cost\nmodel_cost = {}\nmodel_cost["x"]\n'), []);
  });
});

describe('pytest fixtures from conftest.py', () => {
  const support: SupportText[] = [
    {
      file: '/project/tests/conftest.py',
      kind: 'conftest',
      text: `import litellm
import pytest


@pytest.fixture
def fake_info(mocker):
    mocker.patch("litellm.get_model_info", return_value={})


@pytest.fixture
def registry(fake_info, tmp_path):
    return tmp_path


@pytest.fixture(scope="session", autouse=True)
def no_cost_map(monkeypatch):
    monkeypatch.setattr(litellm, "get_model_cost_map", lambda: {})


def not_a_fixture(mocker):
    mocker.patch("litellm.model_cost", {})
`,
    },
    {
      file: '/project/tests/api/conftest.py',
      kind: 'conftest',
      text: '@pytest.fixture\ndef fake_info():\n    return None\n',
    },
  ];
  const inTests = { support, file: '/project/tests/test_x.py' };
  const call = 'import litellm\n\n\ndef test_x(%s):\n    litellm.get_model_info("x")\n';

  test('requesting a fixture (directly, through another fixture, usefixtures, getfixturevalue) counts as its stubs', () => {
    assert.deepEqual(py(call.replace('%s', 'fake_info'), inTests), []);
    assert.deepEqual(py(call.replace('%s', 'registry'), inTests), []);
    assert.deepEqual(
      py(
        `import litellm, pytest\n\n\n@pytest.mark.usefixtures("fake_info")\ndef test_x():\n    litellm.get_model_info("x")\n`,
        inTests,
      ),
      [],
    );
    assert.deepEqual(
      py(
        'import litellm\n\n\ndef test_x(request):\n    request.getfixturevalue("fake_info")\n    litellm.get_model_info("x")\n',
        inTests,
      ),
      [],
    );
    assert.deepEqual(py(call.replace('%s', 'not_a_fixture'), inTests), ['5: litellm.get_model_info("x")']);
    assert.deepEqual(py(call.replace('%s', 'tmp_path'), inTests), ['5: litellm.get_model_info("x")']);
  });

  test('autouse fixtures apply below their conftest only; the nearest conftest defining a name wins', () => {
    const costMap = 'import litellm\n\n\ndef test_x():\n    litellm.get_model_cost_map()\n';
    assert.deepEqual(py(costMap, inTests), []);
    assert.deepEqual(py(costMap, { support, file: '/project/tests/deep/er/test_x.py' }), []);
    assert.deepEqual(py(costMap, { support, file: '/project/test_x.py' }), ['5: litellm.get_model_cost_map()']);
    assert.deepEqual(py(call.replace('%s', 'fake_info'), { support, file: '/project/tests/api/test_x.py' }), [
      '5: litellm.get_model_info("x")',
    ]);
  });
});
