// Bundles the Mocha suite for the extension host (test/e2e/suite → test/e2e/out/suite) and checks that the
// extension itself is built. `vscode` comes from the extension host; `mocha` is loaded from node_modules at run time.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { E2E_DIR, ROOT, SUITE_ENTRY, SUITE_OUT_DIR } from './paths';

export async function buildSuite(): Promise<string> {
  for (const bundle of ['client/dist/extension.js', 'server/dist/server.js']) {
    if (!fs.existsSync(path.join(ROOT, bundle))) throw new Error(`${bundle} is missing: run npm run build first`);
  }
  const suiteDir = path.join(E2E_DIR, 'suite');
  fs.rmSync(SUITE_OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: fs
      .readdirSync(suiteDir)
      .filter(f => f === 'index.ts' || f.endsWith('.test.ts'))
      .map(f => path.join(suiteDir, f)),
    outdir: SUITE_OUT_DIR,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return SUITE_ENTRY;
}
