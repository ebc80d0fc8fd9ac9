// Builds the three bundles (SPEC §2) and the bundled catalogs. `--production` minifies and drops sourcemaps.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { writeBundledCatalogs } from './bundled-catalogs.mjs';

const production = process.argv.includes('--production');
const bench = process.argv.includes('--bench');
const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Some dependencies ship ESM that reads import.meta.url (fdir); give the CommonJS bundle a real one.
  define: { MODEL_REGISTRY_VERSION: JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: importMetaShim() },
};
const executable = { banner: { js: `#!/usr/bin/env node\n${importMetaShim()}` } };

function importMetaShim() {
  return "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";
}

if (bench) {
  // The benchmark scripts, bundled like the server so they time the code that ships.
  await esbuild.build({ ...common, entryPoints: ['bench/run.ts', 'bench/loadCatalog.ts'], outdir: 'bench/.data', outfile: undefined });
}

await Promise.all([
  // `module` first: jsonc-parser's `main` is a UMD build whose inner require()s esbuild cannot follow.
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/dist/extension.js', external: ['vscode'], mainFields: ['module', 'main'] }),
  esbuild.build({ ...common, ...executable, entryPoints: ['server/src/server.ts'], outfile: 'server/dist/server.js' }),
  esbuild.build({ ...common, ...executable, entryPoints: ['server/src/cli.ts'], outfile: 'server/dist/cli.js' }),
  writeBundledCatalogs('server/dist/catalogs'),
]);
for (const bin of ['server/dist/server.js', 'server/dist/cli.js']) fs.chmodSync(bin, 0o755);
