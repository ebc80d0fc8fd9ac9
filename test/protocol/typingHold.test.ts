// Squiggles wait until the user stops typing in that string (SPEC §4, issue 12), over stdio: the check that follows
// an edit inside a string leaves out that string's model diagnostics and keeps the others; the check made once the
// edits pause reports it. Nothing here asserts a duration: the order of the published checks is what is tested.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { LspSession, SERVER } from '../helpers/lspSession';

const CATALOG = path.resolve(__dirname, '../fixtures/catalogs/models-dev.json');
const skip = fs.existsSync(SERVER) ? false : `the bundled server is missing (${SERVER}): run npm run build`;

interface Published {
  version?: number;
  diagnostics: Diagnostic[];
}

describe('model diagnostics wait until the typing in a string stops', { skip }, () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-typing-'));
  const published = new Map<string, Published[]>();
  let session: LspSession;

  before(async () => {
    session = new LspSession({ sources: [CATALOG], bundledCatalog: false, discoverCatalogs: false });
    session.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string } & Published) => {
      published.set(p.uri, [...(published.get(p.uri) ?? []), p]);
    });
    await session.initialize(workspace);
    await session.waitForSnapshot(s => s.models > 0);
  });
  after(async () => {
    await session.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  /** The first publication for `version` that satisfies `predicate`, and every one for that version before it. */
  async function publication(uri: string, version: number, predicate: (p: Published) => boolean): Promise<Published[]> {
    for (let i = 0; i < 400; i++) {
      const forVersion = (published.get(uri) ?? []).filter(p => p.version === version);
      const at = forVersion.findIndex(predicate);
      if (at >= 0) return forVersion.slice(0, at + 1);
      await new Promise(r => setTimeout(r, 25));
    }
    throw new Error(`no matching diagnostics for version ${version}: ${JSON.stringify(published.get(uri))}`);
  }

  const lines = (d: Diagnostic[], code: string): number[] =>
    d.filter(x => x.code === code).map(x => x.range.start.line);

  test('an edit inside a string: its unknown-model waits, the other line keeps its own', async () => {
    const uri = pathToFileURL(path.join(workspace, 'typing.py')).href;
    const text = 'a = completion(model="acme/acme-smal")\nb = completion(model="acme/acme-larg")\n';
    await session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
    // On open, nothing is held back.
    await publication(uri, 1, p => lines(p.diagnostics, 'unknown-model').length === 2);

    // Typing one more letter inside the second string (a range change, as editors send while typing); still no model
    // (`acme-large` would be the fixture's dated `acme-large-20250219`).
    const insideSecond = { line: 1, character: 'b = completion(model="acme/acme-larg'.length };
    await session.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: insideSecond, end: insideSecond }, text: 'x' }],
    });
    const seen = await publication(uri, 2, p => lines(p.diagnostics, 'unknown-model').includes(1));
    assert.ok(seen.length >= 2, `a check held the edited string back first: ${JSON.stringify(seen)}`);
    assert.deepEqual(lines(seen[0].diagnostics, 'unknown-model'), [0], 'the first line is still reported');
    assert.deepEqual(lines(seen.at(-1)!.diagnostics, 'unknown-model'), [0, 1], 'then both, once the typing paused');
  });

  test('an edit outside any string, or a whole-text change, holds nothing back', async () => {
    const uri = pathToFileURL(path.join(workspace, 'outside.py')).href;
    const text = 'a = completion(model="acme/acme-smal")\n';
    await session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
    await publication(uri, 1, p => lines(p.diagnostics, 'unknown-model').length === 1);
    const end = { line: 1, character: 0 };
    await session.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: end, end }, text: 'x = 1\n' }],
    });
    const outside = await publication(uri, 2, () => true);
    assert.deepEqual(lines(outside[0].diagnostics, 'unknown-model'), [0]);
    await session.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text: 'a = completion(model="acme/acme-smaal")\n' }],
    });
    const whole = await publication(uri, 3, () => true);
    assert.deepEqual(lines(whole[0].diagnostics, 'unknown-model'), [0]);
  });
});
