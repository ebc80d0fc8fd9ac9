// Builds the three bundles (SPEC §2), and the CLI's reader-thread bundle, and puts the bundled catalog next to them.
//   --production  minifies and drops sourcemaps (the .vsix)
//   --bench       also bundles the benchmark scripts, so they time the code that ships
//   --watch       rebuilds on every change; prints `[watch] build started` / `[watch] build finished` around each
//                 build and esbuild's errors as `file:line:column: error: message` (the problem matcher of
//                 .vscode/tasks.json reads both)
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

const production = process.argv.includes('--production');
const bench = process.argv.includes('--bench');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8'));

function importMetaShim() {
  return "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: watch ? 'silent' : 'warning',
  // Some dependencies ship ESM that reads import.meta.url (fdir); give the CommonJS bundle a real one.
  define: { 'MODEL_REGISTRY_VERSION': JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: importMetaShim() },
  // `module` first: jsonc-parser's `main` is a UMD build whose inner require()s esbuild cannot follow.
  mainFields: ['module', 'main'],
};
const executable = { banner: { js: `#!/usr/bin/env node\n${importMetaShim()}` } };

const bundles = [
  // `module` first: jsonc-parser's `main` is a UMD build whose inner require()s esbuild cannot follow.
  {
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'client/dist/extension.js',
    external: ['vscode'],
    mainFields: ['module', 'main'],
  },
  { ...common, ...executable, entryPoints: ['server/src/server.ts'], outfile: 'server/dist/server.js' },
  { ...common, ...executable, entryPoints: ['server/src/cli.ts'], outfile: 'server/dist/cli.js' },
  // Large catalogs are parsed on this worker thread (server/src/registry/catalogParser.ts).
  { ...common, entryPoints: ['server/src/registry/catalogWorker.ts'], outfile: 'server/dist/catalogWorker.js' },
  // The CLI's reader threads (server/src/cli/readers.ts starts them from this file next to cli.js).
  { ...common, entryPoints: ['server/src/cli/readerThread.ts'], outfile: 'server/dist/cliReader.js' },
];
if (bench)
  bundles.push(
    {
      ...common,
      entryPoints: ['bench/run.ts', 'bench/loadCatalog.ts', 'bench/minimalServer.ts'],
      outdir: 'bench/.data',
    },
    // The catalog worker beside them: the load benchmark parses large catalogs off the main thread, as the server does.
    { ...common, entryPoints: ['server/src/registry/catalogWorker.ts'], outfile: 'bench/.data/catalogWorker.js' },
  );

function makeExecutable() {
  for (const bin of ['server/dist/server.js', 'server/dist/cli.js']) if (fs.existsSync(bin)) fs.chmodSync(bin, 0o755);
}

/** Reports watch builds in the form the problem matcher of .vscode/tasks.json reads: one start/finish pair around
 * the bundles that a change rebuilds. */
let building = 0;
const watchReporter = {
  name: 'watch-reporter',
  setup(build) {
    build.onStart(() => {
      if (building++ === 0) console.log('[watch] build started');
    });
    build.onEnd(result => {
      for (const { text, location } of result.errors) {
        console.error(
          location ? `${location.file}:${location.line}:${location.column + 1}: error: ${text}` : `error: ${text}`,
        );
      }
      if (--building > 0) return;
      makeExecutable();
      console.log('[watch] build finished');
    });
  },
};

/** The bundled catalog (server/catalogs, refreshed by `npm run update-catalog`) next to the server and CLI bundles. */
function copyBundledCatalog() {
  const from = 'server/catalogs';
  const to = 'server/dist/catalogs';
  const manifest = JSON.parse(fs.readFileSync(path.join(from, 'manifest.json'), 'utf8'));
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(to, { recursive: true });
  const files = [
    'manifest.json',
    ...new Set(manifest.flatMap(entry => [entry.file, entry.licenceFile].filter(Boolean))),
  ];
  for (const file of files) fs.copyFileSync(path.join(from, file), path.join(to, file));
}

/**
 * Each bundled catalog's table, parsed now with the server's own parser (scripts/prebuildTables.ts, bundled to a
 * temporary file and run), so that starting the server or the CLI reads it instead of parsing 5 MB of JSON. The
 * tables are kept in node_modules/.cache under a key of the bundled parser's code and the catalogs' manifest (which
 * holds their SHA-256): a build with neither changed copies them instead of parsing again.
 */
async function prebuildTables() {
  const { outputFiles } = await esbuild.build({
    ...common,
    sourcemap: false,
    minify: false,
    entryPoints: ['scripts/prebuildTables.ts'],
    outfile: 'prebuild.cjs',
    write: false,
  });
  const code = outputFiles[0].contents;
  const key = createHash('sha256')
    .update(code)
    .update(fs.readFileSync('server/catalogs/manifest.json'))
    .digest('hex')
    .slice(0, 16);
  const cache = path.join('node_modules', '.cache', 'model-registry-tables', key);
  const dist = 'server/dist/catalogs';
  if (fs.existsSync(cache)) {
    for (const table of fs.readdirSync(cache)) fs.copyFileSync(path.join(cache, table), path.join(dist, table));
    return;
  }
  const script = path.join(os.tmpdir(), `model-registry-prebuild-${process.pid}.cjs`);
  try {
    fs.writeFileSync(script, code);
    execFileSync(process.execPath, [script, dist], { stdio: 'inherit' });
  } finally {
    fs.rmSync(script, { force: true });
  }
  fs.rmSync(path.dirname(cache), { recursive: true, force: true }); // older keys
  fs.mkdirSync(cache, { recursive: true });
  for (const table of fs.readdirSync(dist).filter(name => name.endsWith('.table')))
    fs.copyFileSync(path.join(dist, table), path.join(cache, table));
}

copyBundledCatalog();
if (watch) {
  await prebuildTables();
  const contexts = await Promise.all(bundles.map(options => esbuild.context({ ...options, plugins: [watchReporter] })));
  await Promise.all(contexts.map(context => context.watch()));
} else {
  // esbuild's service bundles while the tables are parsed in a child process: the two take about as long.
  const built = Promise.all(bundles.map(options => esbuild.build(options)));
  await prebuildTables();
  await built;
  makeExecutable();
}
