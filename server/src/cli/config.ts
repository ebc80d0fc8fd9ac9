// `--config <file>`: JSON with the `modelRegistry.*` setting keys, the prefix left out (or kept: a block copied
// from VS Code settings works too). Unlike the server, which falls back to defaults, the CLI refuses a config it
// cannot use, so CI fails loudly instead of checking with other settings than intended.
import * as fs from 'node:fs';
import { isObject, parseSettings, Settings } from '../settings';
import { InputError } from './errors';

const PREFIX = 'modelRegistry.';
const KNOWN_KEYS = new Set([
  'sources', 'bundledCatalog', 'cache', 'cache.maxEntries', 'cache.maxSizeMB', 'cache.ttlSeconds',
  'completion', 'completion.maxItems', 'testFiles', 'realRegistryCalls', 'trace.server', 'trace',
]);

export function loadConfig(file: string): Settings {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the config file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`the config file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(raw)) throw new InputError(`the config file ${file} must hold a JSON object of settings`);
  const section: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key;
    if (!KNOWN_KEYS.has(name)) throw new InputError(`the config file ${file} has an unknown setting "${key}"`);
    section[name] = value;
  }
  validate(file, section);
  return parseSettings(section);
}

function validate(file: string, section: Record<string, unknown>): void {
  const fail = (message: string): never => {
    throw new InputError(`the config file ${file}: ${message}`);
  };
  const { testFiles, realRegistryCalls, sources } = section;
  if (testFiles !== undefined && !(Array.isArray(testFiles) && testFiles.every(g => typeof g === 'string'))) {
    fail('"testFiles" must be an array of glob strings');
  }
  if (realRegistryCalls !== undefined) {
    if (!Array.isArray(realRegistryCalls)) fail('"realRegistryCalls" must be an array');
    (realRegistryCalls as unknown[]).forEach((rule, i) => {
      if (!isObject(rule) || typeof rule.call !== 'string' || !rule.call.trim()) fail(`"realRegistryCalls"[${i}] needs a "call" string`);
      const { through } = rule as Record<string, unknown>;
      if (through !== undefined && !(Array.isArray(through) && through.every(t => typeof t === 'string'))) {
        fail(`"realRegistryCalls"[${i}].through must be an array of module names`);
      }
    });
  }
  if (sources !== undefined && !Array.isArray(sources)) fail('"sources" must be an array');
}
