// Where the end-to-end pieces are, for both launchers.
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const E2E_DIR = __dirname;
/** The bundled suite; `index.js` is the `extensionTestsPath` entry. */
export const SUITE_OUT_DIR = path.join(E2E_DIR, 'out', 'suite');
export const SUITE_ENTRY = path.join(SUITE_OUT_DIR, 'index.js');
export const FIXTURE_WORKSPACE = path.join(E2E_DIR, 'fixtures', 'workspace');
/** Test-only extensions: the suite runner for code-server, and language ids VS Code does not ship (elixir, toml). */
export const TEST_RUNNER_EXTENSION = path.join(E2E_DIR, 'extensions', 'test-runner');
export const LANGUAGES_EXTENSION = path.join(E2E_DIR, 'extensions', 'languages');
/** Where screenshots go by default (a test run must not touch tracked files); `npm run screenshots` asks for docs/images. */
export const SCREENSHOT_DIR = path.join(os.tmpdir(), 'model-registry-e2e-screenshots');
