// The Python string scanner: prefixes, triple quotes, f-string fields (3.12 nesting), comments, keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanPython } from '../../server/src/strings/pythonScanner';
import { commentTexts, contents, keyed, probe } from '../helpers/cursor';

const at = (template: string, marker = '|') => probe(scanPython, template, marker);
const all = (text: string) => contents(text, scanPython(text));

test('a cursor in a model string, with the keyword argument, dict key or variable it is the value of', () => {
  assert.deepEqual(at('litellm.completion(model="gpt-4|o", messages=[])'), {
    content: 'gpt-4o',
    key: 'model',
    inInterpolation: false,
  });
  assert.equal(at('completion(model = "x|")')?.key, 'model');
  assert.equal(at('{"model": "x|"}')?.key, 'model');
  assert.equal(at("{'model': 'x|'}")?.key, 'model');
  assert.equal(at('MODEL = "x|"')?.key, 'MODEL');
  assert.equal(at('    model: str = "x|"')?.key, 'model', 'an annotated field names the field, not the type');
  assert.equal(at('def f(model: str = "x|"): ...')?.key, 'model');
  assert.equal(at('model = f"openai/{na|me}"')?.key, 'model');
  assert.equal(at('model = get("x|")')?.key, undefined, 'only the nearest key counts');
  assert.equal(at('if model == "x|":')?.key, undefined);
  assert.equal(at('model += "x|"')?.key, undefined);
  assert.equal(at('class model:\n    "doc|"')?.key, undefined);
  assert.equal(at('x = 1 |'), undefined);
});

test('prefixes in any case, raw strings keep backslashes but still escape the quote', () => {
  const text = 'a = r"\\d" + rb\'x\' + Rb"y" + BR"z" + u"u" + F"f" + fR"g" + b"h" + t"t"';
  const map = scanPython(text);
  assert.deepEqual(contents(text, map), ['\\d', 'x', 'y', 'z', 'u', 'f', 'g', 'h', 't']);
  assert.deepEqual(
    map.strings.map(s => text.slice(s.start, s.contentStart)),
    ['r"', "rb'", 'Rb"', 'BR"', 'u"', 'F"', 'fR"', 'b"', 't"'],
  );
  assert.deepEqual(all('r"a\\"b" "c"'), ['a\\"b', 'c']);
  assert.deepEqual(all('r"\\\\" "c"'), ['\\\\', 'c']);
  assert.deepEqual(all('xr"a" ur"b"'), ['a', 'b'], 'not prefixes: the literal starts at the quote');
  assert.equal(scanPython('xr"a"').strings[0].start, 2);
});

test('triple-quoted strings span lines and hold quotes and comment markers', () => {
  const text = "doc = \"\"\"He said \"hi\"\n# not a comment\n''' still in\n\"\"\"\nx = '''a \"b\" 'c' ''' # done";
  const map = scanPython(text);
  assert.deepEqual(contents(text, map), ["He said \"hi\"\n# not a comment\n''' still in\n", 'a "b" \'c\' ']);
  assert.deepEqual(commentTexts(text, map), ['# done']);
  assert.equal(map.strings[0].key, 'doc');
});

test('f-strings: fields are interpolations, {{ }} are text, nested quotes (3.12) are literals', () => {
  assert.deepEqual(at('f"hi {na|me}!"'), { content: 'hi {name}!', key: undefined, inInterpolation: true });
  assert.deepEqual(at('f"{{lit|eral}}"'), { content: '{{literal}}', key: undefined, inInterpolation: false });
  assert.equal(scanPython('f"{{x}}"').strings[0].interpolations.length, 0);
  assert.deepEqual(at('f"{d["k|ey"]}"'), { content: 'key', key: undefined, inInterpolation: false });
  assert.deepEqual(all('f"{d["k"]}" "after"'), ['{d["k"]}', 'k', 'after']);
  assert.deepEqual(all('f"{x:>{width}} {y!r} {z=}" "after"'), ['{x:>{width}} {y!r} {z=}', 'after']);
  assert.deepEqual(scanPython('f"{x:>{w}}!"').strings[0].interpolations, [[2, 10]]);
  assert.deepEqual(all('f"{ {"a": 1}["a"] }"'), ['{ {"a": 1}["a"] }', 'a', 'a'], 'a dict inside a field');
  assert.deepEqual(all('f"{a[1:2]}" + f"{(lambda: 1)()}"'), ['{a[1:2]}', '{(lambda: 1)()}']);
  assert.deepEqual(all('f"{f"{f"{"deep"}"}"}"'), ['{f"{f"{"deep"}"}"}', '{f"{"deep"}"}', '{"deep"}', 'deep']);
  assert.deepEqual(all('f"a\\N{EM DASH}b" "c"'), ['a\\N{EM DASH}b', 'c'], '\\N{…} is an escape');
  assert.equal(scanPython('f"a\\N{EM DASH}b"').strings[0].interpolations.length, 0);
  assert.deepEqual(all('"{not a field}"'), ['{not a field}']);
  assert.equal(scanPython('"{x}"').strings[0].interpolations.length, 0, 'only f-strings interpolate');
  assert.deepEqual(all('f"""\n{x\n + "y"}\n"""'), ['\n{x\n + "y"}\n', 'y'], 'fields may span lines in triple quotes');
});

test('comments: quotes inside are not strings, # inside strings is not a comment', () => {
  const text = "# it's \"fine\"\nx = \"# not a comment\"  # trailing 'c'\ny = '#'\n";
  const map = scanPython(text);
  assert.deepEqual(contents(text, map), ['# not a comment', '#']);
  assert.deepEqual(commentTexts(text, map), ['# it\'s "fine"', "# trailing 'c'"]);
  assert.equal(at('# model="gpt|-4o"'), undefined);
});

test('escaped quotes, line continuations, empty strings, unicode offsets', () => {
  assert.deepEqual(all('"a\\"b" \'c\\\'d\' "" \'\''), ['a\\"b', "c\\'d", '', '']);
  assert.deepEqual(all('"line\\\ncontinued" "x"'), ['line\\\ncontinued', 'x']);
  assert.deepEqual(all('x = 1 + \\\n  "y"'), ['y']);
  const text = 'x = "é🙂"';
  const [literal] = scanPython(text).strings;
  assert.equal(literal.contentEnd - literal.contentStart, 3);
  assert.equal(at('"|"')?.content, '');
});

test('unterminated strings: single-line ones end at the line end, triple-quoted ones at the document end', () => {
  const text = "a = \"abc\nb = 'd'\n";
  const map = scanPython(text);
  assert.deepEqual(contents(text, map), ['abc', 'd']);
  assert.deepEqual([map.strings[0].contentEnd, map.strings[0].end], [8, 8]);
  assert.deepEqual(all('a = f"{x\nb = "z"'), ['{x', 'z'], 'an open field of a one-line f-string ends with its line');
  assert.deepEqual(all('a = f"{x:>\nb = "z"'), ['{x:>', 'z']);
  assert.deepEqual(all('"""abc\n"def"'), ['abc\n"def"']);
  assert.deepEqual(at('completion(model="gpt|'), { content: 'gpt', key: 'model', inInterpolation: false });
  assert.deepEqual(all('f"{'), ['{']);
  assert.deepEqual(all('"\\'), ['\\']);
});

test('keys of a realistic module', () => {
  const text = [
    'from litellm import completion',
    'MODEL = "anthropic/claude-3-5-sonnet-20240620"  # default',
    'resp = completion(model=MODEL, fallbacks=["openai/gpt-4o"], api_base=f"{BASE}/v1")',
    'cfg = {"model": "gpt-4o-mini", \'temperature\': 0}',
  ].join('\n');
  assert.deepEqual(keyed(text, scanPython(text)), [
    ['anthropic/claude-3-5-sonnet-20240620', 'MODEL'],
    ['{BASE}/v1', 'api_base'],
    ['gpt-4o-mini', 'model'],
  ]);
});

test('deep nesting uses no recursion', () => {
  const depth = 20_000;
  const text = 'f"{'.repeat(depth) + '"x"' + '}"'.repeat(depth);
  const map = scanPython(text);
  assert.equal(map.strings.length, depth + 1);
  assert.equal(map.strings[0].end, text.length);
});
