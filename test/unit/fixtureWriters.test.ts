// The four fixture formats (server/src/fixtures/fixtureWriters.ts) are valid in their language and hold exactly the
// fixture's data, hostile catalog text included (quotes, backslashes, Elixir's `#{`, line breaks and separators,
// a price JavaScript prints with an exponent): the registry JSON through the product's own reader,
// Python through `ast` (python3), TypeScript through the project's compiler (typescript-native: a strict type-check),
// then run (esbuild strips the types), Elixir through the
// project's own Elixir scanner and tokenizer (every literal closed, no interpolation, brackets and do/end balanced,
// strings that decode to the data). Every format carries the header `check --models` recognises and reads back.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import * as vm from 'node:vm';
import { transformSync } from 'esbuild';
import { readRegistryFile } from '../../server/src/catalog/readers/registryFile';
import { fixtureHeader, isFixtureText, type FixtureFormat } from '../../server/src/fixtures/fixtureFiles';
import type { Fixture, FixtureModel } from '../../server/src/fixtures/fixtureModels';
import { renderFixture } from '../../server/src/fixtures/fixtureWriters';
import { IDENT, PUNCT, tokenize } from '../../server/src/registryCalls/codeTokens';
import { scanElixir } from '../../server/src/strings/elixirScanner';

const HOSTILE = 'Evil "quote" \\back #{System.halt()} ${process.exit()} \'single\'\nline\u2028sep */ """ \u0007 é 🙂';
const MODELS: FixtureModel[] = [
  {
    id: 'acme-1',
    provider: 'acme',
    name: HOSTILE,
    contextWindow: 128000,
    maxOutput: 64000,
    inputPricePerMTok: 1e-7,
    outputPricePerMTok: 2,
    capabilities: ['tool_call', '#{x}', 'a"b'],
    releaseDate: '2025-01-01',
  },
  { id: 'acme/2:free', provider: 'acme', capabilities: [] },
];
const FIXTURE: Fixture = {
  models: MODELS,
  providers: [{ provider: 'acme', models: 2 }],
  sources: [{ label: 'models.dev', dataDate: '2026-09-30' }, { label: 'odd\nlabel' }],
};
const COMMAND = "model-registry fixture --provider acme --count 2 --out 'a b.json'";
const render = (format: FixtureFormat, name?: string): string =>
  renderFixture(FIXTURE, { format, command: COMMAND, ...(name ? { name } : {}) });

/** The data as a language with snake_case keys holds it. */
const snake = (model: FixtureModel): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(model).map(([k, v]) => [k.replace('MTok', 'Mtok').replace(/[A-Z]/g, c => `_${c.toLowerCase()}`), v]),
  );

describe('fixture writers', () => {
  for (const format of ['registry', 'elixir', 'python', 'ts'] as const) {
    test(`${format}: the header is recognised and read back; the text is the same every time`, () => {
      const text = render(format);
      assert.ok(isFixtureText(text));
      assert.deepEqual(fixtureHeader(text), {
        data: 'models.dev (2026-09-30), odd\\u000alabel (undated)',
        regenerate: COMMAND,
      });
      assert.equal(render(format), text);
    });
  }

  test("registry: JSON the product's registry reader loads back with the same models", () => {
    const json = JSON.parse(render('registry')) as { $comment: string[]; models: unknown[] };
    assert.equal(json.$comment.length, 5);
    const read = readRegistryFile(json, 'fixture.json');
    assert.equal(read.skipped, 0);
    assert.deepEqual(
      read.models.map(({ sources: _sources, ...record }) => record),
      MODELS.map(({ capabilities, ...model }) => ({
        ...model,
        ...(capabilities.length ? { capabilities: [...capabilities].sort() } : {}),
      })),
    );
  });

  test('python: ast parses it, and MODELS evaluates to the data', t => {
    const python = spawnSync(
      'python3',
      [
        '-c',
        'import ast, json, sys\ntree = ast.parse(sys.stdin.read())\n' +
          'assign = [n for n in tree.body if isinstance(n, ast.Assign)][0]\n' +
          'print(json.dumps([assign.targets[0].id, ast.literal_eval(assign.value)]))',
      ],
      { input: render('python'), encoding: 'utf8' },
    );
    if (python.error) return t.skip('python3 is not installed');
    assert.equal(python.status, 0, python.stderr);
    assert.deepEqual(JSON.parse(python.stdout), ['MODELS', MODELS.map(snake)]);
  });

  test('typescript: type-checks under strict options, and the export is the data', () => {
    const text = render('ts', 'stubModels');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-fixture-ts-'));
    try {
      fs.writeFileSync(path.join(dir, 'models.ts'), text);
      // The language alone, no DOM and no Node types: the fixture must need neither.
      const check = spawnSync(
        process.execPath,
        [
          path.join(path.dirname(require.resolve('typescript-native/package.json')), 'bin', 'tsc'),
          '--noEmit',
          '--ignoreConfig',
          '--strict',
          '--noUnusedLocals',
          '--target',
          'es2022',
          '--lib',
          'es2022',
          '--module',
          'esnext',
          '--verbatimModuleSyntax',
          '--isolatedModules',
          '--types',
          '',
          'models.ts',
        ],
        { cwd: dir, encoding: 'utf8' },
      );
      assert.equal(check.error, undefined);
      assert.deepEqual([check.status, check.stdout, check.stderr], [0, '', '']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const js = transformSync(text, { loader: 'ts', format: 'cjs' }).code;
    const module = { exports: {} as Record<string, unknown> };
    vm.runInNewContext(js, { module, exports: module.exports });
    assert.deepEqual(JSON.parse(JSON.stringify(module.exports.stubModels)), MODELS);
  });

  test('elixir: closed literals, no interpolation, balanced brackets and do/end, strings that decode to the data', () => {
    const text = render('elixir', 'MyApp.ModelFixtures');
    const map = scanElixir(text);
    assert.equal(map.comments.length, 5, 'the header is five comment lines');
    assert.ok(map.comments.every(([, end]) => end < text.indexOf('defmodule MyApp.ModelFixtures do')));
    for (const literal of map.strings) {
      assert.equal(text[literal.start], '"');
      assert.equal(text[literal.end - 1], '"', `closed: ${text.slice(literal.start, literal.end)}`);
      assert.deepEqual(literal.interpolations, []);
    }
    const tokens = tokenize(text, map, 'elixir');
    const open: string[] = [];
    let blocks = 0;
    for (let t = 0; t < tokens.count; t++) {
      if (tokens.kinds[t] === IDENT && tokens.word(t) === 'do' && !tokens.isPunct(t + 1, 0x3a)) blocks++;
      if (tokens.kinds[t] === IDENT && tokens.word(t) === 'end') blocks--;
      if (tokens.kinds[t] !== PUNCT) continue;
      const c = String.fromCharCode(tokens.refs[t]);
      if ('([{'.includes(c)) open.push(c);
      if (')]}'.includes(c)) assert.equal(open.pop(), '([{'[')]}'.indexOf(c)], `balanced at ${tokens.starts[t]}`);
      assert.ok(blocks >= 0);
    }
    assert.deepEqual([open, blocks], [[], 0]);
    const strings = map.strings.map(s => decodeElixir(text.slice(s.contentStart, s.contentEnd)));
    for (const model of MODELS.map(snake))
      for (const [key, value] of Object.entries(model))
        for (const expected of [key, ...(typeof value === 'string' ? [value] : Array.isArray(value) ? value : [])])
          assert.ok(strings.includes(expected as string), `the Elixir strings hold ${JSON.stringify(expected)}`);
    assert.match(text, /"max_output" => 64000,\n/);
    assert.match(text, /"input_price_per_mtok" => 1\.0e-7,\n {8}"output_price_per_mtok" => 2\.0,\n/);
  });
});

/** An Elixir double-quoted string's content as Elixir reads it (the escapes of its documentation). */
function decodeElixir(content: string): string {
  const simple: Record<string, string> = { 'n': '\n', 'r': '\r', 't': '\t', '"': '"', '\\': '\\', '#': '#' };
  return content.replace(/\\(u\{([0-9a-fA-F]{1,6})\}|.)/gsu, (_, escape: string, hex: string | undefined) =>
    hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : (simple[escape] ?? escape),
  );
}
