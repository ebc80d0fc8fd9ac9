// `npm test` runs the group files of test/groups (scripts/testSuites.mjs), each loading whole folders of suites: a
// folder of `*.test.ts` files that no group names would never run. The package and end-to-end suites have their own
// commands (`npm run test:package`, test/e2e/run.ts).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const TEST = path.resolve(__dirname, '..');
const OWN_COMMANDS = new Set(['package', 'e2e']);

test('every test folder with suites is loaded by a group of npm test', () => {
  const groups = fs
    .readdirSync(path.join(TEST, 'groups'))
    .map(name => fs.readFileSync(path.join(TEST, 'groups', name), 'utf8'));
  const loaded = new Set(groups.flatMap(text => [...text.matchAll(/'([a-z]+)'/g)].map(m => m[1])));
  const withSuites = fs
    .readdirSync(TEST, { withFileTypes: true })
    .filter(entry => entry.isDirectory() && !OWN_COMMANDS.has(entry.name))
    .filter(entry => fs.readdirSync(path.join(TEST, entry.name)).some(name => name.endsWith('.test.ts')))
    .map(entry => entry.name);
  assert.ok(withSuites.length >= 8, `${withSuites.join(', ')}`);
  assert.deepEqual(
    withSuites.filter(folder => !loaded.has(folder)),
    [],
  );
});
