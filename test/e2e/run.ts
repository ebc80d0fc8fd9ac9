// `npm run test:e2e`: runs the end-to-end suite with the launcher that can run here.
//   E2E_LAUNCHER=electron|code-server   forces one
//   VSCODE_EXECUTABLE set               → VS Code desktop (runElectron.ts)
//   code-server and Chromium installed  → code-server (runCodeServer.ts; also saves the README screenshots, to a temp
//                                         folder unless `--screenshots docs/images` asks for the tracked ones)
//   otherwise                           → VS Code desktop, downloaded by @vscode/test-electron
// With --optional (what `npm test` passes) the last case skips with a message instead of downloading, unless
// MODEL_REGISTRY_E2E_REQUIRED=1 (set by .ci/run), which makes a missing launcher an error.
// With code-server it then checks `npm start` (startCheck.ts): the URL it prints opens a working workbench on the
// sample workspace, and Ctrl+C stops it with nothing left running.
// Other arguments go to runCodeServer.ts.
import { missingPrerequisites, parseCodeServerArgs, runCodeServer } from './runCodeServer';
import { runElectron } from './runElectron';
import { checkNpmStart } from './startCheck';

async function main(argv: string[]): Promise<number> {
  const optional = argv.includes('--optional');
  const rest = argv.filter(a => a !== '--optional');
  const forced = process.env.E2E_LAUNCHER;
  if (forced === 'code-server' || (!forced && !process.env.VSCODE_EXECUTABLE && missingPrerequisites().length === 0)) {
    const suite = await runCodeServer(parseCodeServerArgs(rest));
    const start = await checkNpmStart();
    console.log(`[e2e] npm start check: ${start ? 'PASS' : 'FAIL'}`);
    return suite !== 0 ? suite : start ? 0 : 1;
  }
  if (forced === 'electron' || process.env.VSCODE_EXECUTABLE || !optional) return runElectron();
  const missing = `code-server or Chromium not installed (${missingPrerequisites().join(', ')}) and no VSCODE_EXECUTABLE`;
  if (process.env.MODEL_REGISTRY_E2E_REQUIRED === '1') {
    console.error(`[e2e] ${missing}, but MODEL_REGISTRY_E2E_REQUIRED=1`);
    return 1;
  }
  console.log(`[e2e] SKIPPED the end-to-end tests: ${missing}. See "Running the end-to-end tests" in README.md.`);
  return 0;
}

main(process.argv.slice(2)).then(
  code => process.exit(code),
  error => {
    console.error(`[e2e] ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
