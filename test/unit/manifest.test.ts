// package.json cannot import the project's tables, so this pins it to them: the languages (activation events, the
// grammar's injection targets), the commands (each one the client registers, each menu and walkthrough link naming
// one that exists), the settings (each read by the server or the client, the severity keys the diagnostic codes, each
// schema valid), and the README's tables and sections, which users read as the reference.
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { LANGUAGES } from '../../shared/languages';
import { DIAGNOSTIC_CODES } from '../../server/src/utils/diagnosticCodes';
import { defaultSettings } from '../../server/src/utils/settings';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string }[];
    menus: Record<string, { command: string }[]>;
    walkthroughs: { steps: { description: string; completionEvents?: string[] }[] }[];
    configuration: { properties: Record<string, { default?: unknown; properties?: Record<string, unknown> }> };
    grammars: { injectTo?: string[] }[];
    configurationDefaults?: unknown;
  };
}
const manifest = JSON.parse(read('package.json')) as Manifest;
const { contributes } = manifest;
const settings = Object.keys(contributes.configuration.properties);
/** Settings the client reads itself; the server never sees them. */
const CLIENT_SETTINGS = ['modelRegistry.completion.quickSuggestionsInStrings', 'modelRegistry.trace.server'];

describe('package.json against the project tables', () => {
  test('activation events: one onLanguage per supported language, and nothing else by language', () => {
    const onLanguage = manifest.activationEvents.filter(e => e.startsWith('onLanguage:'));
    assert.deepEqual(onLanguage.sort(), LANGUAGES.map(l => `onLanguage:${l.id}`).sort());
  });

  test("the grammar is injected into each language's scope, and the extension sets no editor defaults", () => {
    assert.deepEqual(
      contributes.grammars.flatMap(g => g.injectTo ?? []).sort(),
      LANGUAGES.map(l => l.textMateScope).sort(),
    );
    assert.equal(contributes.configurationDefaults, undefined);
  });

  test('commands: the client registers each, and menus and walkthrough links name only existing ones', () => {
    const client = fs
      .readdirSync(path.join(ROOT, 'client/src/commands'))
      .map(file => read(`client/src/commands/${file}`))
      .join('\n');
    const declared = contributes.commands.map(c => c.command);
    for (const command of declared)
      assert.ok(client.includes(`'${command}'`), `${command} is declared but no client/src/commands module defines it`);
    for (const [menu, items] of Object.entries(contributes.menus))
      for (const item of items) assert.ok(declared.includes(item.command), `${menu} names ${item.command}`);
    for (const step of contributes.walkthroughs.flatMap(w => w.steps)) {
      const linked = [...step.description.matchAll(/\(command:(modelRegistry\.[\w.]+)\)/g)].map(m => m[1]);
      const events = (step.completionEvents ?? []).map(e => e.replace(/^onCommand:/, ''));
      for (const command of [...linked, ...events.filter(e => e.startsWith('modelRegistry.'))])
        assert.ok(declared.includes(command), `the walkthrough names ${command}`);
    }
  });

  test("settings: each is read by the server's parse or the client; severity keys are the diagnostic codes", () => {
    const parsed = Object.keys(flatten(defaultSettings()));
    const server = settings.filter(s => !CLIENT_SETTINGS.includes(s)).map(s => s.replace(/^modelRegistry\./, ''));
    assert.deepEqual(server.sort(), parsed.sort(), "package.json's settings are the server's");
    for (const key of CLIENT_SETTINGS) assert.ok(settings.includes(key), key);
    const severity = contributes.configuration.properties['modelRegistry.diagnostics.severity'];
    assert.deepEqual(Object.keys(severity.properties ?? {}).sort(), [...DIAGNOSTIC_CODES].sort());
    assert.deepEqual(Object.keys(severity.default as object).sort(), [...DIAGNOSTIC_CODES].sort());
  });

  test('settings: each schema is valid JSON Schema (the CLI validates --config with them, unchecked)', () => {
    const ajv = new Ajv({ strict: false });
    for (const [key, schema] of Object.entries(contributes.configuration.properties))
      assert.ok(ajv.validateSchema(schema), `${key}: ${ajv.errorsText(ajv.errors)}`);
    assert.equal(ajv.validateSchema({ type: 'objekt' }), false, 'a broken schema is caught');
  });
});

describe('the README against package.json', () => {
  const readme = read('README.md');

  test('the settings table lists every setting, and no other', () => {
    const listed = [...readme.matchAll(/^\| `(modelRegistry\.[\w.]+)` \|/gm)].map(m => m[1]);
    assert.deepEqual([...listed].sort(), [...settings].sort());
  });

  test('the commands table lists every command by its title', () => {
    for (const { title } of contributes.commands)
      assert.ok(readme.includes(`**Model Registry: ${title}**`), `the README does not name "${title}"`);
  });

  test('each diagnostic code has the section its codeDescription links to', () => {
    for (const code of DIAGNOSTIC_CODES)
      assert.match(readme, new RegExp(`^### ${code}$`, 'm'), `no "### ${code}" heading`);
  });
});

/** Every key path of a nested object (`cache.maxEntries`), arrays and records of codes kept whole. */
function flatten(value: object, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const full = prefix + key;
    if (inner && typeof inner === 'object' && !Array.isArray(inner) && !full.endsWith('severity'))
      Object.assign(out, flatten(inner as object, `${full}.`));
    else out[full] = inner;
  }
  return out;
}
