// The packaged extension (`npm run package` → model-registry-<version>.vsix, production build, allow-list
// .vscodeignore): exactly the bundles, catalogs, grammar, README, LICENSE, icon and package.json; minified bundles
// without source maps that need nothing but `vscode` and Node's built-ins; a server that runs from the extracted
// copy; and (scripts/verify-vsix.mjs) an install into code-server when it is available.
// Run by `npm run test:package`, which packages first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bundledCatalogSnapshot } from '../helpers/packagedServer';
import { PREBUILT_INDEX_NAME } from '../../server/src/registry/bundledCatalogs';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  publisher: string;
  main: string;
  icon: string;
  repository?: { url: string };
  contributes: { grammars: { path: string; injectTo?: string[] }[] };
};
const VSIX = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);

/** Everything the .vsix may hold (vsce renames README.md and LICENSE and adds its two manifest files). */
const EXPECTED = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/package.json',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
  'extension/images/icon.png',
  'extension/client/dist/extension.js',
  'extension/server/dist/server.js',
  'extension/server/dist/cli.js',
  'extension/server/dist/cliReader.js',
  'extension/server/dist/catalogWorker.js',
  'extension/syntaxes/model-id.injection.tmLanguage.json',
  // The walkthrough's sample and step page; the README's and the walkthrough's pictures.
  'extension/walkthrough/sample.py',
  'extension/walkthrough/open-sample.md',
  ...['completion', 'hover', 'problems', 'picker', 'inspector'].map(name => `extension/docs/images/${name}.png`),
];
/** server/dist/catalogs/** is allowed as a whole: the bundled catalog files and their manifest. */
const CATALOGS = 'extension/server/dist/catalogs/';

function unzip(...args: string[]): string {
  const result = spawnSync('unzip', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`unzip: ${result.error.message} (install Debian's unzip)`);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

describe('the packaged .vsix', () => {
  let entries: string[];
  let extracted: string;

  before(() => {
    assert.ok(
      fs.existsSync(VSIX),
      `${VSIX} not found: run npm run test:package (it packages first) or npm run package`,
    );
    entries = unzip('-Z1', VSIX).split('\n').filter(Boolean);
    extracted = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-vsix-'));
    unzip('-q', VSIX, '-d', extracted);
  });
  after(() => {
    if (extracted) fs.rmSync(extracted, { recursive: true, force: true });
  });

  const file = (entry: string) => path.join(extracted, entry);
  const read = (entry: string) => fs.readFileSync(file(entry), 'utf8');

  test('holds exactly the allow-listed files (unzip -l)', () => {
    const listing = unzip('-l', VSIX);
    for (const entry of EXPECTED) assert.ok(entries.includes(entry), `${entry} missing from the .vsix:\n${listing}`);
    const catalogs = entries.filter(e => e.startsWith(CATALOGS));
    assert.ok(catalogs.includes(`${CATALOGS}manifest.json`), listing);
    // The manifest names each catalog file and its licence file (LICENSE-models.dev); each catalog's table, parsed at
    // build time, sits next to it, and so does their index, built then.
    const manifest = JSON.parse(read(`${CATALOGS}manifest.json`)) as { file: string; licenceFile?: string }[];
    const named = new Set([
      ...manifest.flatMap(m => [m.file, `${m.file}.table`, ...(m.licenceFile ? [m.licenceFile] : [])]),
      PREBUILT_INDEX_NAME,
    ]);
    assert.deepEqual(catalogs.sort(), [`${CATALOGS}manifest.json`, ...[...named].map(f => CATALOGS + f)].sort());
    const unexpected = entries.filter(e => !EXPECTED.includes(e) && !e.startsWith(CATALOGS));
    assert.deepEqual(unexpected, [], `files outside the allow-list:\n${listing}`);
    assert.ok(!entries.some(e => /node_modules|\.map$|\.ts$|\/src\/|\/test\//.test(e)));
  });

  test('package.json points at files that are in the package', () => {
    const inner = JSON.parse(read('extension/package.json')) as typeof pkg;
    assert.equal(inner.name, pkg.name);
    assert.equal(inner.version, pkg.version);
    for (const ref of [inner.main, inner.icon, ...inner.contributes.grammars.map(g => g.path)]) {
      assert.ok(
        entries.includes(`extension/${path.posix.normalize(ref)}`),
        `package.json names ${ref}, which is not in the .vsix`,
      );
    }
    assert.match(inner.repository?.url ?? '', /^https:\/\//);
    const manifest = read('extension.vsixmanifest');
    assert.match(
      manifest,
      new RegExp(`<Identity Language="en-US" Id="${pkg.name}" Version="${pkg.version}" Publisher="${pkg.publisher}"`),
    );
    assert.match(manifest, /<Icon>extension\/images\/icon\.png<\/Icon>/);
  });

  test("the details page's pictures and links point into the repository; the walkthrough's media are packed", () => {
    // VS Code renders an installed extension's README with no base address and shows only http(s) pictures: vsce
    // makes the README's relative pictures and links absolute on the repository package.json names.
    const readme = read('extension/readme.md');
    const source = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const repository = (pkg.repository?.url ?? '').replace(/\.git$/, '');
    const pictures = [...readme.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map(m => m[2]);
    const sourcePictures = [...source.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map(m => m[2]);
    assert.deepEqual(
      pictures,
      sourcePictures.map(file => `${repository}/raw/HEAD/${file}`),
      'every picture of the README, from the repository',
    );
    for (const file of sourcePictures) assert.ok(fs.existsSync(path.join(ROOT, file)), `${file} is in the repository`);
    const links = [...readme.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)\)/g)].map(m => m[1]);
    for (const link of links) assert.ok(/^(https:|#|mailto:)/.test(link), `${link}: absolute`);
    const inner = JSON.parse(read('extension/package.json')) as {
      contributes: { walkthroughs: { steps: { media: { image?: string; markdown?: string } }[] }[] };
    };
    const media = inner.contributes.walkthroughs.flatMap(w => w.steps.map(s => s.media.image ?? s.media.markdown));
    for (const ref of media)
      assert.ok(entries.includes(`extension/${ref}`), `walkthrough media ${ref} is not in the .vsix`);
  });

  test('the icon is a 128×128 PNG', () => {
    const png = fs.readFileSync(file('extension/images/icon.png'));
    assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a');
    assert.equal(png.subarray(12, 16).toString('ascii'), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  test('the bundles are production builds: minified, no source maps, only vscode and Node built-ins required', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map(m => `node:${m}`)]);
    for (const [entry, allowed] of [
      ['extension/client/dist/extension.js', ['vscode']],
      ['extension/server/dist/server.js', []],
      ['extension/server/dist/cli.js', []],
      ['extension/server/dist/cliReader.js', []],
      ['extension/server/dist/catalogWorker.js', []],
    ] as const) {
      const code = read(entry);
      assert.ok(!code.includes('sourceMappingURL'), `${entry} has a source map reference`);
      const lines = code.split('\n').length;
      assert.ok(
        code.length < 2000 || lines < code.length / 500,
        `${entry} does not look minified (${lines} lines, ${code.length} bytes)`,
      );
      // A require( that opens a string or template literal is code text, not a call: ajv keeps
      // 'require("ajv/dist/runtime/uri")' and the like as the source it would print for a standalone validator, and
      // hands the bundled modules themselves to the validators it compiles.
      const required = new Set([...code.matchAll(/(?<![`'"])\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(m => m[1]));
      for (const name of required) {
        assert.ok(
          builtins.has(name) || (allowed as readonly string[]).includes(name),
          `${entry} requires ${name}, which is not bundled`,
        );
      }
    }
  });

  test('the server runs from the extracted package (no node_modules) and serves the bundled catalog', async () => {
    await bundledCatalogSnapshot(process.execPath, [file('extension/server/dist/server.js')], {
      folder: extracted,
      settings: {},
      waitMs: 30_000,
    });
    const cli = spawnSync(process.execPath, [file('extension/server/dist/cli.js'), '--help'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.ok(!/Cannot find module|MODULE_NOT_FOUND/.test(`${cli.stdout}${cli.stderr}`), `${cli.stdout}${cli.stderr}`);
  });

  test('installs into code-server and works from there (scripts/verify-vsix.mjs)', t => {
    const require = process.env.MODEL_REGISTRY_REQUIRE_CODE_SERVER === '1';
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts/verify-vsix.mjs'), VSIX, ...(require ? ['--require'] : [])],
      {
        encoding: 'utf8',
        timeout: 300_000,
      },
    );
    const output = `${run.stdout}${run.stderr}`;
    assert.equal(run.status, 0, output);
    const skipped = /\[verify-vsix\] skipped: (.*)/.exec(output);
    if (skipped) {
      t.skip(skipped[1]);
      return;
    }
    assert.match(
      output,
      new RegExp(`--list-extensions shows ${pkg.publisher}\\.${pkg.name}@${pkg.version.replace(/\./g, '\\.')}`),
    );
    assert.match(output, /\[verify-vsix\] OK/);
  });
});
