// scanText's dispatch, literalAt / isInComment / isInInterpolation, and a seeded fuzz of every scanner:
// random text of each language's special characters must scan quickly into well-formed maps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGE_IDS } from '../../shared/languages';
import type { LexicalMap, StringLiteral } from '../../server/src/strings/lexicalMap';
import { isInComment, isInInterpolation, literalAt, scanText } from '../../server/src/strings/scanDocument';
import { contents, cursor } from '../helpers/cursor';

const MODEL_CALL: Record<string, string> = {
  elixir: 'chat(model: "openai:gpt-4o") # c',
  python: 'chat(model="openai:gpt-4o")  # c',
  typescript: 'chat({ model: "openai:gpt-4o" }) // c',
  typescriptreact: '<Chat model="openai:gpt-4o" /> // c',
  javascript: 'chat({ model: "openai:gpt-4o" }) // c',
  javascriptreact: '<Chat model="openai:gpt-4o" /> // c',
  json: '{ "model": "openai:gpt-4o" } // c',
  jsonc: '{ "model": "openai:gpt-4o" } /* c */',
  yaml: 'model: openai:gpt-4o # c',
  toml: 'model = "openai:gpt-4o" # c',
};

test('scanText dispatches every language id and declines others', () => {
  for (const id of LANGUAGE_IDS) {
    const text = MODEL_CALL[id];
    const map = scanText(text, id);
    assert.ok(map, id);
    assert.deepEqual(
      contents(text, map).filter(s => s.includes('gpt')),
      ['openai:gpt-4o'],
      id,
    );
    assert.equal(map.strings.find(s => s.key !== undefined)?.key, 'model', id);
    assert.equal(map.comments.length, 1, id);
  }
  assert.equal(scanText('"x"', 'ruby'), undefined);
  assert.equal(scanText('"x"', 'constructor'), undefined);
  assert.equal(scanText('"x"', 'plaintext'), undefined);
});

test('Elixir module attributes name their literal: `@fallback_model "x"`, not across a line break nor `@doc"x"`', () => {
  const keys = (text: string) => scanText(text, 'elixir')!.strings.map(s => s.key);
  assert.deepEqual(keys('@fallback_model "a:b"\n@moduledoc "Docs"'), ['fallback_model', 'moduledoc']);
  assert.deepEqual(keys('@model\n  "a:b"'), [undefined]);
  assert.deepEqual(keys('@model"a:b"'), [undefined]);
  assert.deepEqual(keys('x = model "a:b"'), [undefined], 'a call, not an attribute');
});

test('literalAt: the content range is inclusive at both ends, delimiters are outside', () => {
  const map = scanText('a = "xy" + "z"', 'python')!;
  const at = (offset: number) => literalAt(map, offset)?.contentStart;
  assert.equal(at(4), undefined, 'on the opening quote');
  assert.equal(at(5), 5, 'right after it');
  assert.equal(at(7), 5, 'right before the closing quote');
  assert.equal(at(8), undefined, 'after the closing quote');
  assert.equal(at(12), 12);
  assert.equal(at(13), 12);
  assert.equal(at(0), undefined);
  assert.equal(at(100), undefined);
  assert.equal(literalAt({ strings: [], comments: [] }, 0), undefined);
});

test('literalAt finds the innermost literal, and the outer one between nested ones', () => {
  const { text, offset } = cursor('"#{f("a", "b") <> g(|)} tail" <> "next"');
  const map = scanText(text, 'elixir')!;
  assert.deepEqual(contents(text, map), ['#{f("a", "b") <> g()} tail', 'a', 'b', 'next']);
  const outer = literalAt(map, offset)!;
  assert.equal(outer, map.strings[0], 'after the nested literals, inside the field: the enclosing literal');
  assert.ok(isInInterpolation(outer, offset));
  assert.equal(literalAt(map, text.indexOf('"b"') + 1), map.strings[2]);
  assert.equal(literalAt(map, text.indexOf(' tail') + 2), map.strings[0]);
  assert.ok(!isInInterpolation(map.strings[0], text.indexOf(' tail') + 2));
  assert.equal(literalAt(map, text.indexOf('"next"') + 1), map.strings[3]);
  assert.equal(literalAt(map, text.indexOf(' <> "next"') + 1), undefined);
});

test('isInInterpolation: past the opening delimiter and before the closing brace', () => {
  const text = '`a${b}c`';
  const [literal] = scanText(text, 'typescript')!.strings;
  assert.deepEqual(literal.interpolations, [[2, 6]]);
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6, 7].map(o => isInInterpolation(literal, o)),
    [false, false, true, true, true, false, false],
  );
});

test('isInComment: comment characters, not the ones around', () => {
  const text = 'x = 1 # c\ny = "# no"';
  const map = scanText(text, 'python')!;
  assert.deepEqual(
    [5, 6, 7, 8, 9, 10].map(o => isInComment(map, o)),
    [false, true, true, true, false, false],
  );
  assert.ok(!isInComment(map, text.indexOf('# no')));
  assert.ok(!isInComment({ strings: [], comments: [] }, 0));
});

// Seeded fuzz: pieces that open, close or escape something in each language.
const COMMON = [
  '"',
  "'",
  '\\',
  '\n',
  ' ',
  'a',
  'model',
  ':',
  '=',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ',',
  '/',
  '*',
  '#',
  '?',
  '~',
  'é',
  '🙂',
  '\r\n',
];
const PIECES: Record<string, string[]> = {
  elixir: [
    '#{',
    '"""',
    "'''",
    '~s(',
    '~S[',
    '~r/',
    '~w{',
    '~s"""',
    '~s|',
    '|',
    '<',
    '>',
    '=>',
    '?"',
    '?\\"',
    ':"',
    'model: ',
  ],
  python: ['"""', "'''", 'f"', "rb'", 'F"""', "fr'", '{{', '}}', '!r', '\\N{', 'model=', 'x: str = '],
  typescript: ['`', '${', '//', '/*', '*/', '<a ', '</', '/>', '>', 'return ', ';', '=>', 'model: '],
  json: ['//', '/*', '*/', '"model": '],
  yaml: ['- ', ': ', ' #', '|', '>', '  ', '&a ', '*a', '!t ', '---', "''", 'model: ', '|-\n  '],
  toml: ['"""', "'''", 'model = ', '[t]', '""""'],
};
const FAMILY: Record<string, string> = {
  typescriptreact: 'typescript',
  javascript: 'typescript',
  javascriptreact: 'typescript',
  jsonc: 'json',
};

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Literals in range and ordered, disjoint or nested inside an interpolation of the enclosing one; comments likewise. */
function assertWellFormed(text: string, map: LexicalMap, label: string): void {
  const n = text.length;
  const open: StringLiteral[] = [];
  let previousStart = -1;
  for (const s of map.strings) {
    assert.ok(
      0 <= s.start &&
        s.start <= s.contentStart &&
        s.contentStart <= s.contentEnd &&
        s.contentEnd <= s.end &&
        s.end <= n,
      label,
    );
    assert.ok(s.start > previousStart, `${label}: ordered`);
    previousStart = s.start;
    let previousEnd = s.contentStart;
    for (const [a, b] of s.interpolations) {
      assert.ok(previousEnd <= a && a < b && b <= s.contentEnd, `${label}: interpolation in range`);
      previousEnd = b;
    }
    while (open.length > 0 && open[open.length - 1].end <= s.start) open.pop();
    const parent = open[open.length - 1];
    if (parent !== undefined) {
      assert.ok(
        parent.interpolations.some(([a, b]) => a <= s.start && s.end <= b),
        `${label}: nested only inside an interpolation`,
      );
    }
    open.push(s);
  }
  let previousEnd = 0;
  for (const [a, b] of map.comments) {
    assert.ok(previousEnd <= a && a < b && b <= n, `${label}: comments ordered and disjoint`);
    previousEnd = b;
    for (const s of map.strings) {
      if (s.start < b && a < s.end) {
        assert.ok(
          s.interpolations.some(([x, y]) => x <= a && b <= y),
          `${label}: a comment inside a literal only in its code`,
        );
      }
    }
  }
}

test('fuzz: every scanner returns well-formed maps on random text', () => {
  for (const id of LANGUAGE_IDS) {
    const pieces = [...COMMON, ...PIECES[FAMILY[id] ?? id]];
    const random = mulberry32(0x5eed ^ (id.length * 7919) ^ id.charCodeAt(0));
    for (let round = 0; round < 2000; round++) {
      const length = 1 + Math.floor(random() * 40);
      let text = '';
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)];
      if (random() < 0.1) text = text.slice(0, Math.floor(random() * text.length)); // may split a surrogate pair
      const map = scanText(text, id)!;
      assertWellFormed(text, map, `${id} ${JSON.stringify(text)}`);
      for (let offset = 0; offset <= text.length; offset += 3) {
        const literal = literalAt(map, offset);
        if (literal !== undefined) assert.ok(literal.contentStart <= offset && offset <= literal.contentEnd);
      }
    }
  }
});

// How fast they are is measured by `npm run bench` (bench/scanStrings.ts); here, that they finish and stay sane.
test('large inputs of one repeated special character scan to well-formed maps', () => {
  for (const id of LANGUAGE_IDS) {
    for (const ch of ['"', "'", '`', '{', '}', '#{', '${', '/', '\\', '\n', '- ', ': ', '[', '<a>', '?', '~s(']) {
      const text = ch.repeat(20_000);
      const map = scanText(text, id)!;
      assertWellFormed(text, map, `${id} ${JSON.stringify(ch)}`);
    }
  }
});
