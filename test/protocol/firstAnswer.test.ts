// No empty first answer (issue 11): a completion or a refresh sent right after `initialized`, while the client is
// still slow to send the settings, waits for them and for the first load instead of answering from nothing.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import type { CacheSnapshot } from '../../shared/protocol';
import { cursor } from '../helpers/cursor';
import { LspSession, SERVER } from '../helpers/lspSession';

const missingBuild = fs.existsSync(SERVER) ? false : `the bundled server is missing (${SERVER}): run npm run build`;

describe('the first answer', { skip: missingBuild }, () => {
  test('waits for the settings and the first load', async () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-first-'));
    fs.writeFileSync(
      path.join(workspace, 'model_registry.json'),
      JSON.stringify({ models: [{ id: 'acme:rocket-1' }] }),
    );
    const session = new LspSession({ discoverCatalogs: false });
    let sendSettings!: () => void;
    session.settingsReady = new Promise(resolve => (sendSettings = resolve));
    try {
      await session.initialize(workspace);
      const { text, position } = cursor('model = "acme:roc|"');
      const uri = pathToFileURL(path.join(workspace, 'app.py')).href;
      await session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
      const completion = session.request<{ items: { label: string }[] }>('textDocument/completion', {
        textDocument: { uri },
        position,
      });
      const refresh = session.request<CacheSnapshot>('modelRegistry/refreshCache');
      setTimeout(sendSettings, 200);
      assert.deepEqual(
        (await completion).items.map(i => i.label),
        ['acme:rocket-1'],
      );
      const snapshot = await refresh;
      assert.ok(snapshot.models > 1000, `the refresh answered after the load: ${snapshot.models} models`);
    } finally {
      await session.close();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });
});
