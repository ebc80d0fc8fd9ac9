// Issue 10, break 2, over stdio: a committable package.json whose `jest.setupFiles` names /dev/ptmx four times and
// a named pipe (`./setup.js`) used to wedge the server (no diagnostics ever, completion and refresh hanging, `exit`
// ignored). Now those files are refused with a logged note, the real setup file still counts, every request is
// answered and the server exits when asked.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { LspSession, SERVER } from '../helpers/lspSession';

const skip = fs.existsSync(SERVER) ? false : `the bundled server is missing (${SERVER}): run npm run build`;
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-support-faults-'));
const testFile = path.join(workspace, 'src', 'catalog.test.js');
const TEST_TEXT = 'import { models } from "@acme/catalog";\nfetch("https://models.dev/api.json");\nmodels();\n';
const published = new Map<string, Diagnostic[]>();
let session: LspSession;

/** Resolves with `check()`'s value once it is defined, or fails saying what never came. */
async function eventually<T>(what: string, check: () => T | undefined): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise(resolve => setTimeout(resolve, 25));
  }
  throw new Error(`${what} never came`);
}

before(async () => {
  if (skip) return;
  fs.mkdirSync(path.dirname(testFile), { recursive: true });
  fs.writeFileSync(testFile, TEST_TEXT);
  fs.writeFileSync(path.join(workspace, 'real-setup.js'), 'jest.mock("@acme/catalog");\n');
  fs.writeFileSync(
    path.join(workspace, 'package.json'),
    JSON.stringify({
      jest: {
        setupFiles: ['/dev/ptmx', '/dev/ptmx', '/dev/ptmx', '/dev/ptmx', './setup.js'],
        setupFilesAfterEnv: ['./real-setup.js'],
      },
    }),
  );
  assert.equal(spawnSync('mkfifo', [path.join(workspace, 'setup.js')]).status, 0, 'mkfifo');
  session = new LspSession({
    bundledCatalog: false,
    discoverCatalogs: false,
    realRegistryCalls: [{ call: '@acme/catalog.models' }],
  });
  session.connection.onNotification(
    'textDocument/publishDiagnostics',
    (p: { uri: string; diagnostics: Diagnostic[] }) => {
      published.set(p.uri, p.diagnostics);
    },
  );
  await session.initialize(workspace);
});
after(async () => {
  if (!skip) assert.equal(await session.close(), 0, 'the server exits when asked');
  fs.rmSync(workspace, { recursive: true, force: true });
});

test('diagnostics come, from the support code that could be read; the refused files are logged', { skip }, async () => {
  const uri = pathToFileURL(testFile).href;
  await session.notify('textDocument/didOpen', {
    textDocument: { uri, languageId: 'javascript', version: 1, text: TEST_TEXT },
  });
  const diagnostics = await eventually('diagnostics for the test file', () => published.get(uri));
  assert.deepEqual(
    diagnostics.map(d => [d.code, d.range.start.line]),
    [['real-registry-call', 1]],
    'the fetch is reported; models() is mocked by the real setup file',
  );
  await eventually('the notes on the refused setup files', () =>
    session.logs.some(l => l.includes('/dev/ptmx: it is outside the workspace folder')) &&
    session.logs.some(l => /setup\.js: not a regular file \(a named pipe\)/.test(l))
      ? true
      : undefined,
  );
});

test('completion and refresh are answered', { skip }, async () => {
  const uri = pathToFileURL(testFile).href;
  const completion = await session.request('textDocument/completion', {
    textDocument: { uri },
    position: { line: 1, character: 7 },
  });
  assert.ok(completion !== undefined);
  const snapshot = await session.request<{ generation: number }>('modelRegistry/refreshCache');
  assert.ok(snapshot.generation >= 1);
});
