// The JSON / JSONC string scanner: strings, keys, comments (accepted in both), unterminated strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanJson } from '../../server/src/strings/jsonScanner';
import { commentTexts, contents, keyed, probe } from '../helpers/cursor';

const at = (template: string, marker = '|') => probe(scanJson, template, marker);
const all = (text: string) => contents(text, scanJson(text));

test('a cursor in a value, with its key', () => {
  assert.deepEqual(at('{ "model": "gpt-4|o" }'), { content: 'gpt-4o', key: 'model', inInterpolation: false });
  assert.deepEqual(at('{ "mo|del": "x" }'), { content: 'model', key: undefined, inInterpolation: false });
  assert.equal(at('{"model":"x|"}')?.key, 'model');
  assert.equal(at('{ "model" :\n    "x|" }')?.key, 'model');
  assert.equal(at('{ "models": ["x|"] }')?.key, undefined, 'only the nearest key counts');
  assert.equal(at('{ "n": 1| }'), undefined);
});

test('escaped quotes and backslashes, empty strings, unicode offsets', () => {
  assert.deepEqual(all('["a\\"b", "c\\\\", "", "\\u00e9"]'), ['a\\"b', 'c\\\\', '', '\\u00e9']);
  const text = '["é🙂", "x"]';
  const [first] = scanJson(text).strings;
  assert.equal(first.contentEnd - first.contentStart, 3);
});

test('comments in JSON and JSONC; comment markers in strings are text', () => {
  const text = '{\n  // it\'s "fine"\n  "a": "// not a comment", /* "b" */\n  "c": "/* nope */"\n}';
  const map = scanJson(text);
  assert.deepEqual(contents(text, map), ['a', '// not a comment', 'c', '/* nope */']);
  assert.deepEqual(commentTexts(text, map), ['// it\'s "fine"', '/* "b" */']);
  assert.deepEqual(keyed(text, map), [
    ['// not a comment', 'a'],
    ['/* nope */', 'c'],
  ]);
  assert.equal(at('// "gpt|-4o"'), undefined);
  assert.deepEqual(commentTexts('/* open "x"', scanJson('/* open "x"')), ['/* open "x"']);
  assert.deepEqual(all('1 / 2 "x"'), ['x'], 'a lone slash is no comment');
});

test('an unterminated string ends at its line end; the next lines are read normally', () => {
  const text = '{ "model": "gpt\n  "other": "x" }';
  const map = scanJson(text);
  assert.deepEqual(contents(text, map), ['model', 'gpt', 'other', 'x']);
  assert.deepEqual([map.strings[1].contentEnd, map.strings[1].end], [15, 15]);
  assert.deepEqual(at('{ "model": "openai/|'), { content: 'openai/', key: 'model', inInterpolation: false });
  assert.deepEqual(all('"a\\'), ['a\\']);
  assert.deepEqual(all('"a\\\n"b"'), ['a\\', 'b'], 'a backslash does not continue a JSON string');
});
