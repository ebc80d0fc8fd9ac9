// Property-based tests (fast-check) of the catalog readers, the loader and the string scanners: random and mutated
// inputs never throw out of the module (readers throw only their documented "not …" Error for a wrong top-level
// shape; the loader and the scanners never throw) and never hang (each case is timed).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { readCatalog } from '../../server/src/catalog/detectFormat';
import { CATALOG_FORMATS } from '../../server/src/catalog/modelRecord';
import { CatalogSources } from '../../server/src/registry/catalogSources';
import { scanText } from '../../server/src/strings/scanDocument';
import { LANGUAGE_IDS } from '../../shared/languages';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';

const RUNS = 1500;
const FIXTURES = path.resolve(__dirname, '../fixtures/catalogs');
const fixtures = fs
  .readdirSync(FIXTURES)
  .filter(f => f.endsWith('.json'))
  .map(f => JSON.parse(fs.readFileSync(path.join(FIXTURES, f), 'utf8')) as unknown);

/** Reading never fails other than with the documented message for a document that is no catalog of that format. */
function readsOrRejectsCleanly(json: unknown): void {
  for (const format of ['auto', ...CATALOG_FORMATS] as const) {
    try {
      const result = readCatalog(json, format, 'fuzz');
      for (const model of result.models) {
        assert.equal(typeof model.id, 'string');
        assert.equal(typeof model.provider, 'string');
        for (const price of [model.inputPricePerMTok, model.outputPricePerMTok]) {
          if (price !== undefined) assert.ok(Number.isFinite(price) && price >= 0);
        }
      }
    } catch (error) {
      assert.ok(
        error instanceof Error && !(error instanceof TypeError) && !(error instanceof RangeError),
        String(error),
      );
      assert.match(error.message, /^(not |unknown catalog format)/);
    }
  }
}

/** A fixture catalog with random parts replaced, deleted or added, at any depth. */
const mutatedCatalog = fc
  .tuple(fc.constantFrom(...fixtures), fc.array(fc.tuple(fc.nat(), fc.jsonValue(), fc.boolean()), { maxLength: 8 }))
  .map(([base, edits]) => {
    const copy = structuredClone(base) as Record<string, unknown>;
    for (const [pick, value, remove] of edits) {
      const target = deepPick(copy, pick);
      const keys = Object.keys(target);
      if (keys.length === 0) continue;
      const key = keys[pick % keys.length];
      if (remove) delete target[key];
      else target[key] = value;
    }
    return copy;
  });

function deepPick(root: Record<string, unknown>, seed: number): Record<string, unknown> {
  let node = root;
  for (let depth = 0; depth < 4; depth++) {
    const children = Object.values(node).filter(
      (v): v is Record<string, unknown> => typeof v === 'object' && v !== null,
    );
    if (children.length === 0) break;
    node = children[(seed >> depth) % children.length];
  }
  return node;
}

describe(`catalog readers (${RUNS} cases per property)`, () => {
  test('random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), readsOrRejectsCleanly), { numRuns: RUNS, seed: 1 });
  });

  test('mutated real-shaped catalogs', () => {
    fc.assert(fc.property(mutatedCatalog, readsOrRejectsCleanly), { numRuns: RUNS, seed: 2 });
  });

  test('the loader never throws on any file content, and reports what it could not read', async () => {
    const texts = fc.oneof(
      fc.string(),
      mutatedCatalog.map(c => JSON.stringify(c)),
      fc.tuple(mutatedCatalog, fc.nat()).map(([c, cut]) => {
        const t = JSON.stringify(c);
        return t.slice(0, cut % (t.length + 1));
      }),
    );
    await fc.assert(
      fc.asyncProperty(texts, async text => {
        const files = new MemoryFileSystem();
        files.write('/ws/catalog.json', text);
        const result = await new CatalogSources(files).load(
          [{ name: 'fuzz', layer: 'sources', format: 'auto', files: { cwd: '/ws', patterns: ['catalog.json'] } }],
          1,
        );
        const [source] = result.sources;
        assert.ok(source.status === 'ok' || (source.status === 'error' && typeof source.error === 'string'));
      }),
      { numRuns: RUNS, seed: 3 },
    );
  });
});

describe(`string scanners (${RUNS} cases per language)`, () => {
  const specials = [
    '"',
    "'",
    '`',
    '\\',
    '#',
    '{',
    '}',
    '$',
    '/',
    '*',
    '\n',
    '~',
    '?',
    ':',
    '=',
    '<',
    '>',
    '(',
    ')',
    '[',
    ']',
    '|',
    'f',
    'r',
    's',
    ' ',
    'a',
    '-',
    '@',
  ];
  const source = fc
    .array(fc.oneof(fc.constantFrom(...specials), fc.string({ maxLength: 3 })), { maxLength: 200 })
    .map(parts => parts.join(''));
  for (const languageId of LANGUAGE_IDS) {
    test(languageId, () => {
      fc.assert(
        fc.property(source, text => {
          const map = scanText(text, languageId);
          assert.ok(map);
          let previousStart = -1;
          for (const literal of map.strings) {
            assert.ok(literal.start >= previousStart, 'ordered by start');
            assert.ok(
              literal.start <= literal.contentStart &&
                literal.contentStart <= literal.contentEnd &&
                literal.contentEnd <= literal.end &&
                literal.end <= text.length,
            );
            previousStart = literal.start;
          }
          for (const [start, end] of map.comments) assert.ok(start >= 0 && start <= end && end <= text.length);
        }),
        { numRuns: RUNS, seed: 4 },
      );
    });
  }
});
