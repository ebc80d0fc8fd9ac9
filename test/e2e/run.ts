// `npm run test:e2e`: runs the end-to-end suite with the launcher that can run here.
//   E2E_LAUNCHER=electron|code-server   forces one
//   VSCODE_EXECUTABLE set               → VS Code desktop (runElectron.ts)
//   code-server and Chromium installed  → code-server (runCodeServer.ts; also saves the README screenshots, to a temp
//                                         folder unless `--screenshots docs/images` asks for the tracked ones)
//   otherwise                           → VS Code desktop, downloaded by @vscode/test-electron
// With --optional (what `npm test` passes) the last case skips with a message instead of downloading, unless
// MODEL_REGISTRY_E2E_REQUIRED=1 (set by .ci/run), which makes a missing launcher an error.
// Other arguments go to runCodeServer.ts.
import { missingPrerequisites, parseCodeServerArgs, runCodeServer } from './runCodeServer';
import { runElectron } from './runElectron';

async function main(argv: string[]): Promise<number> {
  const optional = argv.includes('--optional');
  const rest = argv.filter(a => a !== '--optional');
  const forced = process.env.E2E_LAUNCHER;
  if (forced === 'code-server' || (!forced && !process.env.VSCODE_EXECUTABLE && missingPrerequisites().length === 0)) {
    return runCodeServer(parseCodeServerArgs(rest));
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
