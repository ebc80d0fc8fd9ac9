// The CLI and server without a published package: `npm pack` (its prepare script builds) makes a tarball holding
// exactly the bundles, the bundled catalog and its licence, and `npm install -g` of that tarball into a temp prefix
// gives working `model-registry` and `model-registry-server` bins — a check on a fixture project, and an LSP
// initialize round trip that loads the bundled catalog from the installed copy. The install fetches the package's
// declared dependencies from the npm registry. Run by `npm run test:package`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bundledCatalogSnapshot } from '../helpers/packagedServer';
import { PREBUILT_INDEX_NAME } from '../../server/src/registry/bundledCatalogs';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
};
const FIXTURE = path.join(ROOT, 'test/fixtures/ci-project');

interface PackResult {
  filename: string;
  files: { path: string }[];
}

describe('npm pack, then npm install -g of the tarball', () => {
  let tmp: string;
  let tarball: string;
  let packed: PackResult;
  let prefix: string;
  let env: NodeJS.ProcessEnv;

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-npm-pack-'));
    const home = path.join(tmp, 'home');
    fs.mkdirSync(home);
    // The installed bins run with a HOME and caches of their own; npm keeps the user's cache (no re-download).
    env = { ...process.env, HOME: home, XDG_CACHE_HOME: path.join(tmp, 'cache'), NODE_OPTIONS: '' };
    const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', tmp], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 180_000,
    });
    assert.equal(pack.status, 0, `npm pack: ${pack.stderr}`);
    packed = (JSON.parse(pack.stdout) as PackResult[])[0];
    tarball = path.join(tmp, packed.filename);
    prefix = path.join(tmp, 'prefix');
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', tarball], {
      cwd: tmp,
      encoding: 'utf8',
      timeout: 300_000,
    });
    assert.equal(install.status, 0, `npm install -g ${tarball}: ${install.stdout}${install.stderr}`);
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('the tarball holds the bundles, the bundled catalog and its licence, and nothing else', () => {
    assert.equal(packed.filename, `${pkg.name}-${pkg.version}.tgz`);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'server/dist/catalogs/manifest.json'), 'utf8')) as {
      file: string;
      licenceFile?: string;
    }[];
    const catalogs = [
      ...manifest.flatMap(m => [m.file, `${m.file}.table`, ...(m.licenceFile ? [m.licenceFile] : [])]),
      PREBUILT_INDEX_NAME,
    ];
    const expected = [
      'LICENSE',
      'README.md',
      'package.json',
      'server/dist/server.js',
      'server/dist/cli.js',
      'server/dist/cliReader.js',
      'server/dist/catalogWorker.js',
      'server/dist/catalogs/manifest.json',
      ...[...new Set(catalogs)].map(f => `server/dist/catalogs/${f}`),
    ];
    assert.deepEqual(packed.files.map(f => f.path).sort(), expected.sort());
    for (const target of Object.values(pkg.bin)) assert.ok(expected.includes(target), `bin ${target} is packed`);
  });

  test('model-registry from the prefix: --version, and check on a fixture project', () => {
    const bin = path.join(prefix, 'bin', 'model-registry');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8', env, timeout: 30_000 });
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), pkg.version);
    const project = path.join(tmp, 'project');
    fs.cpSync(FIXTURE, project, { recursive: true });
    const check = spawnSync(bin, ['check', '--models', '--format', 'json'], {
      cwd: project,
      encoding: 'utf8',
      env,
      timeout: 60_000,
    });
    assert.equal(check.status, 1, check.stderr);
    const findings = JSON.parse(check.stdout) as { file: string; code: string }[];
    assert.deepEqual(findings.map(f => `${f.code} ${f.file}`).sort(), [
      'real-registry-call test/agent_test.exs',
      'real-registry-call tests/test_costs.py',
      'unknown-model src/agent.py',
    ]);
  });

  test('model-registry-server --stdio from the prefix answers initialize and serves the bundled catalog', async () => {
    // The `modelRegistry` settings, as an editor without workspace/configuration sends them: no network.
    const snapshot = await bundledCatalogSnapshot(path.join(prefix, 'bin', 'model-registry-server'), [], {
      folder: tmp,
      settings: { onlineCatalog: false },
      env,
      waitMs: 60_000,
    });
    assert.ok(
      snapshot.sources.some(s => s.layer === 'bundled'),
      JSON.stringify(snapshot.sources),
    );
    assert.ok(!snapshot.sources.some(s => s.layer === 'online'), 'onlineCatalog: false was read');
  });
});
