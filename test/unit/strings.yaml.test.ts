// The YAML string scanner: quoted and plain scalars as values, sequence items, flow collections, comments,
// block scalars skipped whole, keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanYaml } from '../../server/src/strings/yamlScanner';
import { commentTexts, contents, keyed, probe } from '../helpers/cursor';

const at = (template: string, marker = '¦') => probe(scanYaml, template, marker);
const all = (text: string) => contents(text, scanYaml(text));

test('plain scalar values: the literal is the trimmed value, with its key', () => {
  const text = 'model: gpt-4o   # the default\n';
  const [literal] = scanYaml(text).strings;
  assert.deepEqual(literal, { start: 7, end: 13, contentStart: 7, contentEnd: 13, interpolations: [], key: 'model' });
  assert.deepEqual(at('model: gpt-4¦o'), { content: 'gpt-4o', key: 'model', inInterpolation: false });
  assert.deepEqual(at('model: ¦'), undefined, 'no value yet');
  assert.equal(at('llm:\n  model: openai/gpt-4¦o\n')?.key, 'model');
  assert.equal(at('- name: a\n  model: x¦')?.key, 'model');
  assert.equal(at('model:\n  gpt-4o¦\n')?.key, 'model', 'a value on the next, deeper line');
  assert.equal(at('url: http://x¦:8080/a')?.content, 'http://x:8080/a');
  assert.equal(at('title: a: b¦')?.content, 'a: b', 'only the first `key:` of a line is a key');
  assert.equal(at('mo¦del: x'), undefined, 'a plain key is not a literal');
});

test('sequence items, flow collections and quoted scalars', () => {
  const text = [
    'models:',
    '  - openai/gpt-4o',
    '  - "anthropic/claude-3-5-sonnet"',
    "  - 'it''s'",
    '  - name: mistral/large',
    '    fallback: [groq/llama, "q", {model: o1, alt: \'o3\'}]',
    'quoted: "a \\" b"',
    '"json-like": {"model":"x"}',
  ].join('\n');
  const map = scanYaml(text);
  assert.deepEqual(contents(text, map), [
    'openai/gpt-4o',
    'anthropic/claude-3-5-sonnet',
    "it''s",
    'mistral/large',
    'groq/llama',
    'q',
    'o1',
    'o3',
    'a \\" b',
    'json-like',
    'model',
    'x',
  ]);
  assert.deepEqual(keyed(text, map), [
    ['mistral/large', 'name'],
    ['o1', 'model'],
    ['o3', 'alt'],
    ['a \\" b', 'quoted'],
    ['x', 'model'],
  ]);
  assert.equal(at('- openai/gpt-4¦o')?.key, undefined, 'a sequence item has no key');
});

test('comments need whitespace before #; quotes in comments are not strings', () => {
  const text =
    '# it\'s "fine"\nname: a#b # trailing "c"\ncolor: "#fff" # hex\nlist: [a, b] # after flow\n  # indented\n';
  const map = scanYaml(text);
  assert.deepEqual(contents(text, map), ['a#b', '#fff', 'a', 'b']);
  assert.deepEqual(commentTexts(text, map), [
    '# it\'s "fine"',
    '# trailing "c"',
    '# hex',
    '# after flow',
    '# indented',
  ]);
  assert.equal(at('# model: gpt¦-4o'), undefined);
});

test('block scalars are skipped: their lines are not keys, comments or strings', () => {
  const text = [
    'prompt: |  # header comment',
    '  model: not-a-key',
    '  "not a string" # not a comment',
    '',
    '  still: inside',
    'next: >-',
    '  folded "text"',
    '- |',
    '  item text',
    'after: value',
  ].join('\n');
  const map = scanYaml(text);
  assert.deepEqual(contents(text, map), ['value']);
  assert.deepEqual(commentTexts(text, map), ['# header comment']);
  assert.deepEqual(keyed(text, map), [['value', 'after']]);
  assert.deepEqual(all('- key: |\n    text "x"\n  other: y\n'), ['y'], 'indented past the key, not the dash');
});

test('null, booleans and numbers are not strings; anchors, tags and aliases are skipped', () => {
  assert.deepEqual(all('a: null\nb: ~\nc: true\nd: 4096\ne: 0.7\nf: 1e-3\ng: 01-ai/yi-large\nh: o1'), [
    '01-ai/yi-large',
    'o1',
  ]);
  assert.deepEqual(
    keyed(
      'base: &b gpt-4o\nother: *b\ntagged: !!str 123\n',
      scanYaml('base: &b gpt-4o\nother: *b\ntagged: !!str 123\n'),
    ),
    [
      ['gpt-4o', 'base'],
      ['123', 'tagged'],
    ],
  );
  assert.deepEqual(all('%YAML 1.2\n---\nmodel: x\n...\n'), ['x']);
});

test('escapes, multi-line quoted scalars, empty strings, unicode, CRLF', () => {
  assert.deepEqual(all('a: "x\\"y"\nb: \'\'\nc: ""\nd: "multi\n  line"\ne: f'), [
    'x\\"y',
    '',
    '',
    'multi\n  line',
    'f',
  ]);
  const text = 'a: "é🙂"\nb: é🙂';
  const [quoted, plain] = scanYaml(text).strings;
  assert.equal(quoted.contentEnd - quoted.contentStart, 3);
  assert.equal(plain.contentEnd - plain.contentStart, 3);
  const crlf = 'model: gpt-4o\r\nother: "x"\r\n- item\r\n';
  assert.deepEqual(keyed(crlf, scanYaml(crlf)), [
    ['gpt-4o', 'model'],
    ['x', 'other'],
  ]);
  assert.deepEqual(all(crlf), ['gpt-4o', 'x', 'item']);
});

test('unterminated quoted scalars end at the document end without throwing', () => {
  assert.deepEqual(all('a: "abc\nb: c'), ['abc\nb: c']);
  assert.deepEqual(at('model: "openai/¦'), { content: 'openai/', key: 'model', inInterpolation: false });
  assert.deepEqual(all("a: 'x''"), ["x''"]);
  assert.deepEqual(all('a: [b, {c: d'), ['b', 'd']);
});
