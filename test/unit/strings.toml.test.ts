// The TOML string scanner: basic, literal and multi-line strings, comments, keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanToml } from '../../server/src/strings/tomlScanner';
import { commentTexts, contents, keyed, probe } from '../helpers/cursor';

const at = (template: string, marker = '|') => probe(scanToml, template, marker);
const all = (text: string) => contents(text, scanToml(text));

test('a cursor in a value, with its key', () => {
  assert.deepEqual(at('model = "gpt-4|o"'), { content: 'gpt-4o', key: 'model', inInterpolation: false });
  assert.equal(at("model='x|'")?.key, 'model');
  assert.equal(at('llm.model = "x|"')?.key, 'model', 'the last part of a dotted key');
  assert.equal(at('default-model = "x|"')?.key, 'default-model');
  assert.equal(at('"quoted key" = "x|"')?.key, 'quoted key');
  assert.equal(at('llm = { model = "x|" }')?.key, 'model');
  assert.equal(at('models = ["x|"]')?.key, undefined, 'only the nearest key counts');
  assert.equal(at('[tool."x|"]')?.key, undefined);
});

test('escapes in basic strings only; empty strings; unicode offsets', () => {
  assert.deepEqual(all('a = "x\\"y"\nb = \'c:\\path\\\'\nc = ""\nd = \'\''), ['x\\"y', 'c:\\path\\', '', '']);
  const text = 'a = "é🙂"';
  const [literal] = scanToml(text).strings;
  assert.equal(literal.contentEnd - literal.contentStart, 3);
});

test('multi-line strings, with up to two quotes before the closing three', () => {
  const text = 'a = """\nline "one"\n# not a comment\n"""\nb = \'\'\'\nraw \\ \'\'\'\nc = """x""""\nd = """y\\""""';
  const map = scanToml(text);
  assert.deepEqual(contents(text, map), ['\nline "one"\n# not a comment\n', '\nraw \\ ', 'x"', 'y\\"']);
  assert.deepEqual(map.comments, []);
  assert.deepEqual(
    keyed(text, map).map(([, key]) => key),
    ['a', 'b', 'c', 'd'],
  );
});

test('comments: quotes inside are not strings, # inside strings is not a comment', () => {
  const text = '# it\'s "fine"\nmodel = "# not a comment" # trailing "c"\n';
  const map = scanToml(text);
  assert.deepEqual(contents(text, map), ['# not a comment']);
  assert.deepEqual(commentTexts(text, map), ['# it\'s "fine"', '# trailing "c"']);
  assert.equal(at('# model = "gpt|"'), undefined);
});

test('unterminated strings: single-line ones end at the line end, multi-line ones at the document end', () => {
  const text = "a = \"abc\nb = 'd'";
  const map = scanToml(text);
  assert.deepEqual(contents(text, map), ['abc', 'd']);
  assert.deepEqual([map.strings[0].contentEnd, map.strings[0].end], [8, 8]);
  assert.deepEqual(all('a = """abc\nb = "d"'), ['abc\nb = "d"']);
  assert.deepEqual(at('model = "openai/|'), { content: 'openai/', key: 'model', inInterpolation: false });
});
