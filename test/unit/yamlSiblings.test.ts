// yamlSiblingValue (server/src/callContexts/yamlKeyPath.ts): the value of a key next to a value, in block and flow
// mappings, never taken from another list item or from a nested or outer mapping. yamlListKey: the key of the list a
// value is an item of. yamlKeyPath: the keys above a value, through blank and comment lines, list items and siblings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { yamlKeyPath, yamlListKey, yamlSiblingValue } from '../../server/src/callContexts/yamlKeyPath';
import { cursor } from '../helpers/cursor';

/** The sibling `api_base` of the value marked `|`. */
function sibling(marked: string): string | undefined {
  const { text, offset } = cursor(marked);
  return yamlSiblingValue(text, offset, ['api_base', 'base_url']);
}

test('block mappings: above or below, quoted or not', () => {
  assert.equal(sibling('p:\n  model: |x\n  api_base: http://a:1/v1\n'), 'http://a:1/v1');
  assert.equal(sibling('p:\n  api_base: "http://b/v1"\n  # note\n\n  model: |x\n'), 'http://b/v1');
  assert.equal(sibling("- model_name: m\n  litellm_params:\n    base_url: 'http://c'\n    model: |x\n"), 'http://c');
});

test('flow mappings', () => {
  assert.equal(sibling('p: {model: |x, api_base: http://vllm:8000/v1}'), 'http://vllm:8000/v1');
  assert.equal(sibling('p: {api_base: "http://d", model: |x}'), 'http://d');
  assert.equal(sibling('p: {model: |x}\nq: {api_base: http://e}'), undefined);
});

test('not from another list item, a nested mapping or an outer one', () => {
  const items = '- litellm_params:\n    model: |x\n- litellm_params:\n    model: y\n    api_base: http://other\n';
  assert.equal(sibling(items), undefined);
  assert.equal(sibling('- model: |x\n- api_base: http://other\n'), undefined);
  assert.equal(sibling('api_base: http://outer\np:\n  model: |x\n'), undefined);
  assert.equal(sibling('p:\n  model: |x\n  extra:\n    api_base: http://nested\n'), undefined);
});

/** The list key of the value marked `|`. */
function listKey(marked: string): string | undefined {
  const { text, offset } = cursor(marked);
  return yamlListKey(text, offset);
}

test('the key of a block or flow list, and nothing for a mapping value or a list of mappings', () => {
  assert.equal(listKey('a:\n  fallback_models:\n    - |gpt-4o\n'), 'fallback_models');
  assert.equal(listKey('models:\n- "|gpt-4o"\n'), 'models');
  assert.equal(listKey('model: [gpt-4o, |claude]'), 'model');
  assert.equal(listKey('"model": [|gpt-4o]'), 'model');
  assert.equal(listKey('model: |gpt-4o'), undefined);
  assert.equal(listKey('steps:\n  - uses: |actions/checkout@v4\n'), undefined);
  assert.equal(listKey('x: {a: [1], model: |gpt-4o}'), undefined);
});

/** The key path of the value marked `|`, under `key`. */
function keyPath(marked: string, key: string): string[] {
  const { text, offset } = cursor(marked);
  return yamlKeyPath(text, offset, key);
}

test('key paths through list items, siblings, blank and comment lines; each document measured afresh', () => {
  const proxy = 'model_list:\n  - model_name: a\n\n    # routed to\n    litellm_params:\n      model: |x\n';
  assert.deepEqual(keyPath(proxy, 'model'), ['model_list', '[]', 'litellm_params', 'model']);
  assert.deepEqual(keyPath('model_list:\n  - model_name: |a\n', 'model_name'), ['model_list', '[]', 'model_name']);
  assert.deepEqual(keyPath('a:\n  b: 1\n  c:\n    d: |x\ne: 2\n', 'd'), ['a', 'c', 'd']);
  assert.deepEqual(keyPath('a:\n  b: 1\ne:\n  d: |x\n', 'd'), ['e', 'd']);
  assert.deepEqual(keyPath('top: |x\n', 'top'), ['top']);
});
