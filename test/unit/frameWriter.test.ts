// The stdio writer (server/src/connection.ts): one write per message, a Content-Length that counts bytes (not
// characters), messages in order, and a failed write reported as the library's writer reports it.
import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { describe, test } from 'node:test';
import type { Message } from 'vscode-languageserver';
import { FrameWriter } from '../../server/src/connection';

const message = (detail: string): Message => ({ jsonrpc: '2.0', id: 1, result: { detail } }) as Message;

describe('FrameWriter', () => {
  test('each message is one write: header and body, the length in UTF-8 bytes', async () => {
    const chunks: string[] = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    const writer = new FrameWriter(stream);
    await writer.write(message('1M ctx · $2.5 / $10 per 1M — 🤖'));
    await writer.write(message('second'));
    assert.equal(chunks.length, 2);
    for (const [i, chunk] of chunks.entries()) {
      const [, length, body] = /^Content-Length: (\d+)\r\n\r\n([\s\S]*)$/.exec(chunk) ?? [];
      assert.equal(Number(length), Buffer.byteLength(body, 'utf8'));
      assert.deepEqual(JSON.parse(body), message(i === 0 ? '1M ctx · $2.5 / $10 per 1M — 🤖' : 'second'));
    }
  });

  test('a failed write rejects and is reported with the message and the count of failures in a row', async () => {
    const failing = new Writable({ write: (_chunk, _encoding, done) => done(new Error('EPIPE')) });
    failing.on('error', () => undefined);
    const writer = new FrameWriter(failing);
    const reported: [string, Message | undefined, number | undefined][] = [];
    writer.onError(([error, sent, count]) => reported.push([error.message, sent, count]));
    await assert.rejects(writer.write(message('lost')), /EPIPE/);
    assert.ok(reported.some(([text, sent, count]) => text === 'EPIPE' && sent !== undefined && count === 1));
    // The stream is destroyed by its error: a later write fails too, and counts as the second in a row.
    await assert.rejects(writer.write(message('lost again')), /destroyed/);
    assert.ok(
      reported.some(([, , count]) => count === 2),
      'failures in a row are counted',
    );
  });

  test('a message that cannot be encoded rejects and is reported; nothing is written', async () => {
    const chunks: Buffer[] = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    const writer = new FrameWriter(stream);
    const reported: Error[] = [];
    writer.onError(([error]) => reported.push(error));
    const cyclic: Record<string, unknown> = { jsonrpc: '2.0', id: 2 };
    cyclic.result = cyclic;
    await assert.rejects(writer.write(cyclic as unknown as Message), /circular/);
    assert.equal(reported.length, 1);
    await writer.write(message('after'));
    assert.equal(chunks.length, 1);
  });
});
