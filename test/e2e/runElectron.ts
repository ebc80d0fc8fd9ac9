// Runs the end-to-end suite in VS Code desktop with @vscode/test-electron: the main launcher wherever VS Code can
// be downloaded (VSCODE_VERSION, default `stable`) or is given by VSCODE_EXECUTABLE. On Linux without a display,
// run it under `xvfb-run -a`.
//
//   node --import tsx test/e2e/runElectron.ts
import { runTests } from '@vscode/test-electron';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSuite } from './buildSuite';
import { FIXTURE_WORKSPACE, LANGUAGES_EXTENSION, ROOT } from './paths';
import { writeUserSettings } from './userSettings';

/** Resolves to the exit code; rejects when VS Code could not be downloaded or started. */
export async function runElectron(): Promise<number> {
  const entry = await buildSuite();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-e2e-electron-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
  const userData = path.join(tmp, 'user-data');
  writeUserSettings(userData);
  const executable = process.env.VSCODE_EXECUTABLE;
  console.log(
    `[e2e electron] ${executable ? `VS Code at ${executable}` : `downloading VS Code ${process.env.VSCODE_VERSION ?? 'stable'}`}`,
  );
  try {
    return await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version: process.env.VSCODE_VERSION ?? 'stable' }),
      // The language stand-in registers elixir and toml, which VS Code does not ship (a user has their extensions).
      extensionDevelopmentPath: [ROOT, LANGUAGES_EXTENSION],
      extensionTestsPath: entry,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        userData,
      ],
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runElectron().then(
    code => process.exit(code),
    error => {
      console.error(`[e2e electron] ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
