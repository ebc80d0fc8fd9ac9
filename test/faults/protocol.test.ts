// Protocol abuse over stdio (issue 10): requests before `initialize` and after `shutdown` get the errors LSP names
// instead of answers from a registry that is not there; a broken stream (no Content-Length, a body that is not JSON,
// a body that stops halfway) ends the server with code 1 and a plain message, so the client starts a new one, rather
// than leaving it alive and deaf; a document too large to analyse, and one with thousands of findings, leave the
// server answering with bounded output.
import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { MAX_ANALYSED_CHARACTERS, MAX_DIAGNOSTICS } from '../../server/src/documents';
import { LspSession, SERVER } from '../helpers/lspSession';

const skip = fs.existsSync(SERVER) ? false : `the bundled server is missing (${SERVER}): run npm run build`;
const CATALOG = path.resolve(__dirname, '../fixtures/catalogs/models-dev.json');

/** The server on raw stdio: frames written by hand, every answer collected, stderr kept. */
class RawServer {
  readonly process: ChildProcessWithoutNullStreams;
  readonly answers: { id?: number; error?: { code: number }; result?: unknown }[] = [];
  stderr = '';
  private buffer = '';

  constructor(env: Record<string, string> = {}) {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { env: { ...process.env, ...env } });
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.process.stdout.on('data', (chunk: Buffer) => {
      this.buffer += chunk.toString();
      for (let match; (match = /^Content-Length: (\d+)\r\n\r\n/.exec(this.buffer));) {
        const end = match[0].length + Number(match[1]);
        if (this.buffer.length < end) break;
        this.answers.push(JSON.parse(this.buffer.slice(match[0].length, end)) as RawServer['answers'][number]);
        this.buffer = this.buffer.slice(end);
      }
    });
  }

  send(message: object): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  async answer(id: number): Promise<RawServer['answers'][number]> {
    for (let i = 0; i < 400; i++) {
      const found = this.answers.find(a => a.id === id);
      if (found) return found;
      await new Promise(r => setTimeout(r, 25));
    }
    throw new Error(`no answer to request ${id}; stderr: ${this.stderr}`);
  }

  exited(): Promise<number | null> {
    return new Promise(resolve =>
      this.process.exitCode !== null ? resolve(this.process.exitCode) : this.process.once('exit', resolve),
    );
  }
}

const HOVER = { textDocument: { uri: 'file:///a.py' }, position: { line: 0, character: 0 } };

describe('protocol abuse over stdio', { skip }, () => {
  test('requests before initialize: ServerNotInitialized; after shutdown: InvalidRequest; exit then ends it with 0', async () => {
    const server = new RawServer();
    server.send({ id: 1, method: 'textDocument/hover', params: HOVER });
    server.send({ id: 2, method: 'modelRegistry/inspectCache' });
    assert.equal((await server.answer(1)).error?.code, -32002);
    assert.equal((await server.answer(2)).error?.code, -32002);
    server.send({ id: 3, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    assert.ok((await server.answer(3)).result, 'initialize is answered');
    server.send({ method: 'initialized', params: {} });
    server.send({ id: 4, method: 'modelRegistry/inspectCache' });
    assert.ok((await server.answer(4)).result, 'served once initialized');
    server.send({ id: 5, method: 'shutdown' });
    assert.equal((await server.answer(5)).result, null);
    server.send({ id: 6, method: 'textDocument/hover', params: HOVER });
    assert.equal((await server.answer(6)).error?.code, -32600);
    server.send({ method: 'exit' });
    assert.equal(await server.exited(), 0);
  });

  for (const [name, frames] of [
    ['a header without Content-Length', ['Content-Type: application/vscode-jsonrpc\r\n\r\n{}']],
    ['a Content-Length that is not a number', ['Content-Length: many\r\n\r\n{}']],
    ['a body that is not JSON', ['Content-Length: 5\r\n\r\n{"a":']],
    ['a body that stops halfway', ['Content-Length: 1000\r\n\r\n{"jsonrpc":"2.0","method":']],
  ] as const) {
    test(`${name}: the server exits with code 1 and says why`, async () => {
      const server = new RawServer({ MODEL_REGISTRY_STALL_MS: '100' });
      server.send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      await server.answer(1);
      for (const frame of frames) server.process.stdin.write(frame);
      assert.equal(await server.exited(), 1);
      assert.match(server.stderr, /model-registry-server: .+; exiting so that the client starts a new server\./);
    });
  }
});

describe('documents beyond what is analysed', { skip }, () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-big-documents-'));
  const published = new Map<string, Diagnostic[]>();
  let session: LspSession;

  before(async () => {
    session = new LspSession({ sources: [CATALOG], bundledCatalog: false, discoverCatalogs: false });
    session.connection.onNotification(
      'textDocument/publishDiagnostics',
      (p: { uri: string; diagnostics: Diagnostic[] }) => {
        published.set(p.uri, p.diagnostics);
      },
    );
    await session.initialize(workspace);
    await session.waitForSnapshot(s => s.models > 0);
  });
  after(async () => {
    assert.equal(await session.close(), 0, 'still alive, and exits cleanly');
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  async function diagnosticsOf(uri: string, predicate: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    for (let i = 0; i < 400; i++) {
      const found = published.get(uri);
      if (found && predicate(found)) return found;
      await new Promise(r => setTimeout(r, 25));
    }
    throw new Error(`no diagnostics for ${uri}: ${JSON.stringify(published.get(uri)?.length)}`);
  }

  test(`thousands of findings: at most ${MAX_DIAGNOSTICS} published`, async () => {
    const uri = pathToFileURL(path.join(workspace, 'many.py')).href;
    const text = Array.from({ length: 3000 }, (_, i) => `m${i} = completion(model="acme/acme-smal")`).join('\n');
    await session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
    const found = await diagnosticsOf(uri, d => d.length > 0);
    assert.equal(found.length, MAX_DIAGNOSTICS);
  });

  test('a document over the size limit: no analysis, earlier findings withdrawn, the server keeps answering', async () => {
    const uri = pathToFileURL(path.join(workspace, 'grows.py')).href;
    const line = 'x = completion(model="acme/acme-smal")';
    await session.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'python', version: 1, text: line },
    });
    await diagnosticsOf(uri, d => d.length === 1);
    const huge = `${line}\n${'#'.repeat(MAX_ANALYSED_CHARACTERS)}\n`;
    await session.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: huge }],
    });
    await diagnosticsOf(uri, d => d.length === 0);
    const hover = await session.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 25 },
    });
    assert.equal(hover, null, 'not analysed');
    const small = pathToFileURL(path.join(workspace, 'small.py')).href;
    await session.notify('textDocument/didOpen', {
      textDocument: { uri: small, languageId: 'python', version: 1, text: line },
    });
    assert.equal((await diagnosticsOf(small, d => d.length === 1)).length, 1, 'other documents are still checked');
  });
});
