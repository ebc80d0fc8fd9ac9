// `--config <file>`: JSON with comments (JSONC, as VS Code settings files are) holding the `modelRegistry.*` setting
// keys, the prefix left out (or kept: a block copied from VS Code settings works too), nested (`"cache": { … }`) or
// dotted (`"cache.ttlSeconds"`). It is validated against the schema in package.json's `contributes.configuration`,
// the same table the server's defaults come from. Unlike the server, which falls back to defaults, the CLI refuses
// a config it cannot use, so CI fails loudly instead of checking with other settings than intended.
import * as path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { isObject } from '../../../shared/json';
import {
  defaultSettings,
  expandDottedKeys,
  parseSettings,
  SETTING_SCHEMAS,
  SETTINGS_PREFIX,
  type SettingSchema,
  type Settings,
} from '../utils/settings';
import { readRegularFileSync } from '../utils/regularFile';
import { InputError } from './errors';

/**
 * The settings of a run in `cwd`: `--config`'s (relative to `cwd`; else the defaults), `--source` replacing their
 * sources when given.
 */
export function readSettings(options: { config?: string; sources: readonly string[] }, cwd: string): Settings {
  const settings = options.config === undefined ? defaultSettings() : loadConfig(options.config, cwd);
  if (options.sources.length === 0) return settings;
  return { ...settings, sources: parseSettings({ sources: [...options.sources] }).sources };
}

function loadConfig(file: string, cwd: string): Settings {
  const fail = (message: string): never => {
    throw new InputError(`the config file ${file} ${message}`);
  };
  // Only a regular file is read: a named pipe (or /dev/stdin) would hold the run forever.
  const read = readRegularFileSync(path.resolve(cwd, file));
  if ('error' in read) throw new InputError(`cannot read the config file ${file}: ${read.error}`);
  let text = read.bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte-order mark, as some Windows editors write
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const { line, column } = lineAndColumn(text, errors[0].offset);
    fail(`is not valid JSON: ${describeParseError(errors[0])} at line ${line}, column ${column}`);
  }
  if (!isObject(raw)) fail('must hold a JSON object of settings');
  const section = nest(raw as Record<string, unknown>, fail);
  const validate = new Ajv(AJV_OPTIONS).compile(configSchema());
  if (!validate(section)) fail(`has ${describeSchemaErrors(validate.errors ?? [])}`);
  return parseSettings(section);
}

/**
 * The schema is package.json's, checked against JSON Schema by test/unit/manifest.test.ts: validating it again on
 * every run (Ajv compiles its meta-schema for that) took a third of a small run's time.
 */
const AJV_OPTIONS = { strict: false, allErrors: true, validateSchema: false, code: { optimize: false } } as const;

/** Keys without the prefix, dotted keys as nested objects: the shape `configSchema()` describes. */
function nest(raw: Record<string, unknown>, fail: (message: string) => never): Record<string, unknown> {
  const flat: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(raw)) {
    const name = key.startsWith(SETTINGS_PREFIX) ? key.slice(SETTINGS_PREFIX.length) : key;
    const known =
      Object.hasOwn(SETTING_SCHEMAS, name) || Object.keys(SETTING_SCHEMAS).some(k => k.startsWith(`${name}.`));
    if (!known) fail(`has an unknown setting "${key}"`);
    flat[name] = raw[key];
  }
  return expandDottedKeys(flat);
}

/** The settings table as one JSON schema of nested objects that allow no other keys. */
function configSchema(): SettingSchema {
  const root: SettingSchema = { type: 'object', properties: {}, additionalProperties: false };
  for (const [key, schema] of Object.entries(SETTING_SCHEMAS)) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node.properties![part] ??= { type: 'object', properties: {}, additionalProperties: false };
      node = node.properties![part];
    }
    node.properties![parts[parts.length - 1]] = schema;
  }
  return root;
}

function describeSchemaErrors(errors: readonly ErrorObject[]): string {
  // An `anyOf` reports each branch's failure; the first specific one says the most.
  const shown = errors.filter(e => e.keyword !== 'anyOf').slice(0, 3);
  return shown
    .map(e => {
      const where = e.instancePath.split('/').slice(1).join('.') || 'the file';
      if (e.keyword === 'additionalProperties')
        return `an unknown setting "${where === 'the file' ? '' : `${where}.`}${String(e.params.additionalProperty)}"`;
      return `"${where}" that ${e.message ?? 'is invalid'}`;
    })
    .join('; ');
}

function describeParseError(error: ParseError): string {
  const code = printParseErrorCode(error.error);
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
