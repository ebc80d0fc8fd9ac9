// Model identity on the bundled catalog (server/dist/catalogs), loaded as the server loads it: for every creator of
// the creators table that the catalog lists, each model it lists as its own and another provider lists too (in any
// spelling of the model) resolves bare to the creator, with the creator's prices and context window as the catalog
// file gives them. And an ID no creator lists, spelt alike by several, reads as the service with an SDK of its own.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { CREATOR_PROVIDERS } from '../../server/src/catalog/creators';
import { creatorOf, identityKey } from '../../server/src/catalog/identity';
import { ModelIndex } from '../../server/src/catalog/modelIndex';
import { loadBundledCatalogs } from '../../server/src/registry/bundledCatalogs';

const DIST = path.resolve(__dirname, '../../server/dist/catalogs');
const CATALOG = path.join(DIST, 'models-dev.json');
const skip = fs.existsSync(CATALOG) ? false : `${CATALOG} is missing: run npm run build`;

type ModelsDev = Record<
  string,
  {
    npm?: string;
    models: Record<
      string,
      { cost?: { input?: number; output?: number }; limit?: { context?: number }; status?: string }
    >;
  }
>;

describe('model identity on the bundled catalog', { skip }, () => {
  let index: ModelIndex;
  let modelsDev: ModelsDev;
  before(async () => {
    index = new ModelIndex((await loadBundledCatalogs(DIST, { error: message => assert.fail(message) })).catalogs);
    modelsDev = JSON.parse(fs.readFileSync(CATALOG, 'utf8')) as ModelsDev;
  });

  test("a creator's own model that others list too reads bare as the creator's, with its prices and window", () => {
    const listers = new Map<string, number>();
    for (const { models } of Object.values(modelsDev))
      for (const id of Object.keys(models)) listers.set(identityKey(id), (listers.get(identityKey(id)) ?? 0) + 1);
    const wrong: string[] = [];
    const creators = new Set<string>();
    let checked = 0;
    for (const creator of Object.keys(CREATOR_PROVIDERS).filter(c => Object.hasOwn(modelsDev, c))) {
      for (const [id, source] of Object.entries(modelsDev[creator].models)) {
        if (creatorOf(identityKey(id)) !== creator || (listers.get(identityKey(id)) ?? 0) < 2) continue;
        checked++;
        creators.add(creator);
        const found = index.resolveBare(id);
        const record = found && index.record(found.row);
        const shown = [record?.provider, record?.inputPricePerMTok, record?.outputPricePerMTok, record?.contextWindow];
        // A window of 0 in the file is no window (the record has none).
        const want = [creator, source.cost?.input, source.cost?.output, source.limit?.context || undefined];
        if (shown.some((value, i) => value !== want[i]))
          wrong.push(`${id}: ${JSON.stringify(shown)}, not ${JSON.stringify(want)}`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(checked >= 200 && creators.size >= 15, `${checked} models of ${creators.size} creators checked`);
    for (const creator of ['meta', 'volcengine', 'sakana', 'bailing'])
      assert.ok(creators.has(creator), `${creator}'s own models are among them`);
  });

  test('an ID no creator lists, spelt alike by several: the one service with an SDK package of its own', () => {
    const listers = new Map<string, string[]>();
    for (const [provider, { models }] of Object.entries(modelsDev))
      for (const id of Object.keys(models)) listers.set(id, [...(listers.get(id) ?? []), provider]);
    const ownSdk = (provider: string) => (modelsDev[provider].npm ?? GENERIC_SDK) !== GENERIC_SDK;
    const wrong: string[] = [];
    let checked = 0;
    for (const [id, providers] of listers) {
      const own = providers.filter(ownSdk);
      if (own.length !== 1 || own.length === providers.length || modelsDev[own[0]].models[id].status) continue;
      const found = index.resolveBare(id);
      if (!found || index.creatorRowOf[index.modelOf[found.row]] >= 0) continue;
      checked++;
      if (index.provider(found.row) !== own[0]) wrong.push(`${id}: ${index.provider(found.row)}, not ${own[0]}`);
    }
    assert.deepEqual(wrong, []);
    assert.ok(checked >= 100, `${checked} IDs checked`);
  });
});

/** The AI SDK package models.dev names for a service reached as any OpenAI-compatible endpoint. */
const GENERIC_SDK = '@ai-sdk/openai-compatible';
