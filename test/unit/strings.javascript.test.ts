// The JavaScript / TypeScript / JSX string scanner: quotes, templates, regex literals, comments, JSX, keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanJavaScript, scanTypeScript } from '../../server/src/strings/javascriptScanner';
import { commentTexts, contents, keyed, probe } from '../helpers/cursor';

const at = (template: string, marker = '|') => probe(scanJavaScript, template, marker);
const all = (text: string) => contents(text, scanJavaScript(text));
const allTs = (text: string) => contents(text, scanTypeScript(text));

test('a cursor in a model string, with the property, variable or attribute it is the value of', () => {
  assert.deepEqual(at('generateText({ model: "gpt-4|o", prompt })'), {
    content: 'gpt-4o',
    key: 'model',
    inInterpolation: false,
  });
  assert.equal(at("const opts = {\n  model: 'x|',\n}")?.key, 'model');
  assert.equal(at('({ "model": "x|" })')?.key, 'model');
  assert.equal(at("({ 'model': 'x|' })")?.key, 'model');
  assert.equal(at('const model = "x|"')?.key, 'model');
  assert.equal(at('let model: string = "x|"')?.key, 'model', 'the annotated name, not the type');
  assert.equal(at('const model =\n  "x|"')?.key, 'model');
  assert.equal(at('f({ model: `x|` })')?.key, 'model');
  // A JSX attribute's `{…}` holding a string first is the attribute's value; a condition in it or a child is not.
  assert.equal(at('<Chat model={ "gpt-4|o" } />')?.key, 'model');
  assert.equal(at("<Chat model={ok ? 'gpt-4|o' : 'x'} />")?.key, undefined);
  assert.equal(at('<div>{"gpt-4|o"}</div>')?.key, undefined);
  assert.equal(at('function f(model = "x|") {}')?.key, 'model');
  assert.equal(at('<Chat model="x|" />')?.key, 'model');
  assert.equal(at('<Chat data-model="x|" />')?.key, 'data-model');
  assert.equal(at('const m = cond ? a : "x|"')?.key, undefined, 'a ternary is not a property');
  assert.equal(at('({ model: pick("x|") })')?.key, undefined, 'only the nearest key counts');
  assert.equal(at('if (model === "x|") {}')?.key, undefined);
  assert.equal(at('x => "x|"')?.key, undefined);
});

test('escaped quotes, empty strings, unicode offsets, line continuations', () => {
  assert.deepEqual(all('"a\\"b" + \'c\\\'d\' + "" + \'\''), ['a\\"b', "c\\'d", '', '']);
  assert.deepEqual(all('"line\\\ncontinued"; "x"'), ['line\\\ncontinued', 'x']);
  const text = 'const s = "é🙂"';
  const [literal] = scanJavaScript(text).strings;
  assert.equal(literal.contentEnd - literal.contentStart, 3);
});

test('template literals: ${…} is an interpolation, nested templates and strings are found', () => {
  assert.deepEqual(at('`hi ${na|me}!`'), { content: 'hi ${name}!', key: undefined, inInterpolation: true });
  assert.deepEqual(all('`a${`b${"c"}`}d` + "e"'), ['a${`b${"c"}`}d', 'b${"c"}', 'c', 'e']);
  assert.deepEqual(all('`${ {a: "}"}.a }`'), ['${ {a: "}"}.a }', '}'], 'braces and quotes inside a field');
  assert.deepEqual(all('`multi\nline ${x} "not separate"`'), ['multi\nline ${x} "not separate"']);
  assert.deepEqual(all('`\\${not} \\` still`'), ['\\${not} \\` still']);
  assert.equal(scanJavaScript('`\\${x}`').strings[0].interpolations.length, 0);
  assert.deepEqual(scanJavaScript('`a${b}c${d}`').strings[0].interpolations, [
    [2, 6],
    [7, 11],
  ]);
});

test('regex literals are not strings; division is not a regex', () => {
  assert.deepEqual(all('const r = /"[a-z]+"/g; const s = "x"'), ['x']);
  assert.deepEqual(all('f(/\'/, /[/"]/)'), [], 'a / inside a class does not end the regex');
  assert.deepEqual(all('return /"x"/.test(s)'), []);
  assert.deepEqual(all('x = typeof /"/'), []);
  assert.deepEqual(all('a / b / "c"'), ['c']);
  assert.deepEqual(all('(a) / 2 / "c"'), ['c']);
  assert.deepEqual(all('arr[0] / 2 / "c"'), ['c']);
  assert.deepEqual(all('1 / 2 / "c"'), ['c']);
  assert.deepEqual(all('x = a\n/"re"/.test(y)'), ['re'], 'after an identifier, even across a line break, / divides');
  assert.deepEqual(all('x = /unterminated "y"\nz = "w"'), ['w'], 'a regex never spans lines');
});

test('comments: quotes inside are not strings, comment markers inside strings are not comments', () => {
  const text =
    '// it\'s "fine"\nconst a = "// not a comment"; /* "b" */ const c = \'/* nope */\'; // `d`\n/* multi\n "line" */';
  const map = scanJavaScript(text);
  assert.deepEqual(contents(text, map), ['// not a comment', '/* nope */']);
  assert.deepEqual(commentTexts(text, map), ['// it\'s "fine"', '/* "b" */', '// `d`', '/* multi\n "line" */']);
  assert.deepEqual(commentTexts('#!/usr/bin/env node\n"x"', scanJavaScript('#!/usr/bin/env node\n"x"')), [
    '#!/usr/bin/env node',
  ]);
  assert.deepEqual(all('`${a /* } */ + b}` + "c"'), ['${a /* } */ + b}', 'c'], 'a comment inside a field');
  assert.equal(at('// model: "gpt|-4o"'), undefined);
});

test('JSX: attribute strings are found, text between tags is not read', () => {
  const text =
    'const el = <Foo model="gpt-4o" label={"x"}>It\'s "text" & `more`<Bar model=\'y\' /></Foo>; const after = "z"';
  assert.deepEqual(contents(text, scanJavaScript(text)), ['gpt-4o', 'x', 'y', 'z']);
  assert.deepEqual(
    all('return (\n  <>\n    {items.map((m) => <Item key={m} model="a" />)}\n    <p>don\'t</p>\n  </>\n);\n"b"'),
    ['a', 'b'],
  );
  assert.deepEqual(all('<a href="x">and/or "q"</a>; "y"'), ['x', 'y']);
  assert.deepEqual(all('<A b={x} /><C d="e" />'), ['e'], '/> after } closes the tag, it is no regex');
  assert.deepEqual(all('<A\n  // a comment "no"\n  b="c"\n/>'), ['c']);
  assert.deepEqual(all('const f = <T,>(x: T) => "x"'), ['x'], 'a TSX generic is no element');
  assert.deepEqual(all('const f = <T extends object>(x: T) => "x"'), ['x']);
  assert.deepEqual(all('if (a < b && c > "d") {}'), ['d'], 'comparisons are no elements');
  assert.deepEqual(allTs('const n = <string>value; const s = "x"'), ['x'], 'TypeScript: <T>value is a type assertion');
  assert.deepEqual(allTs('const s: Array<string> = ["a"]; f<"b">("c")'), ['a', 'b', 'c']);
});

test('unterminated literals: quotes end at the line end, templates at the document end', () => {
  const text = "a = \"abc\nb = 'd'";
  const map = scanJavaScript(text);
  assert.deepEqual(contents(text, map), ['abc', 'd']);
  assert.deepEqual([map.strings[0].contentEnd, map.strings[0].end], [8, 8]);
  assert.deepEqual(all('`abc\n"d"'), ['abc\n"d"']);
  assert.deepEqual(all('`a${"b'), ['a${"b', 'b']);
  assert.deepEqual(at('generateText({ model: "openai/|'), { content: 'openai/', key: 'model', inInterpolation: false });
  assert.deepEqual(all('<A b="c'), ['c']);
  assert.deepEqual(all('/* "x"'), []);
});

test('keys of a realistic module', () => {
  const text = [
    "import { openai } from '@ai-sdk/openai';",
    'const MODEL = "gpt-4o";',
    'export const config = { model: "gpt-4o-mini", "fallback": \'o1\', temperature: 0 };',
    'const res = await generateText({ model: openai("gpt-4.1"), prompt: `Say ${x}` });',
  ].join('\n');
  assert.deepEqual(keyed(text, scanJavaScript(text)), [
    ['gpt-4o', 'MODEL'],
    ['gpt-4o-mini', 'model'],
    ['o1', 'fallback'],
    ['Say ${x}', 'prompt'],
  ]);
});

test('deep nesting uses no recursion', () => {
  const depth = 20_000;
  const text = '`${'.repeat(depth) + '"x"' + '}`'.repeat(depth);
  const map = scanJavaScript(text);
  assert.equal(map.strings.length, depth + 1);
  assert.equal(map.strings[0].end, text.length);
  const jsx = '<a>{'.repeat(depth) + '"y"' + '}</a>'.repeat(depth);
  assert.deepEqual(all(jsx), ['y']);
});
