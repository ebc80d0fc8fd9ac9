// A real HTTP server on 127.0.0.1 that serves a catalog and, on demand, misbehaves in every way issues 6 and 10 list.
// The mode applies to `/catalog.json` whatever its query, so several sources can share one misbehaving server.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export type ServerMode =
  | 'ok'
  | 'slow'
  | 'error500'
  | 'notFound'
  | 'resetMidBody'
  | 'truncatedJson'
  | 'huge'
  | 'html'
  | 'redirectLoop'
  | 'redirectToFile'
  | 'tooManyRedirects'
  | 'redirectOnce'
  | 'trickle'
  | 'hang'
  /** 304 to every request, conditional or not. */
  | 'notModified'
  /** The catalog gzip-compressed, without a Content-Encoding header (a `.json.gz` served as is). */
  | 'gzipped'
  /** The catalog gzip-compressed, with `Content-Encoding: gzip`, as any compressing server sends it. */
  | 'gzipEncoded'
  /** Bytes that are no text at all: NULs, escape sequences, invalid UTF-8. */
  | 'binary'
  /** Five redirects, each answered after `hopDelayMs`, then the catalog. */
  | 'slowRedirects';

export class CatalogServer {
  mode: ServerMode = 'ok';
  /** The catalog served in mode `ok`; change it to publish a new version (the ETag follows). */
  catalog: unknown = {};
  requests: { path: string; ifNoneMatch?: string; authorization?: string }[] = [];
  /** Requests of mode `hang` still open: the client has neither had an answer nor given up. */
  hanging = 0;
  /** How long each hop of mode `slowRedirects` waits before answering. */
  hopDelayMs = 300;
  private server: http.Server | undefined;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/catalog.json`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => this.answer(req, res));
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>(resolve => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = req.url ?? '/';
    const ifNoneMatch = req.headers['if-none-match'];
    const { authorization } = req.headers;
    this.requests.push({ path, ...(ifNoneMatch && { ifNoneMatch }), ...(authorization && { authorization }) });
    const body = JSON.stringify(this.catalog);
    const etag = `"${hash(body)}"`;
    const route = path.split('?')[0];
    switch (
      route === '/catalog.json'
        ? this.mode
        : path.startsWith('/hop/')
          ? 'hop'
          : path.startsWith('/slow-hop/')
            ? 'slowHop'
            : 'ok'
    ) {
      case 'ok':
        if (ifNoneMatch === etag) return void res.writeHead(304, { etag }).end();
        return void res.writeHead(200, { 'content-type': 'application/json', etag }).end(body);
      case 'hang':
        this.hanging++;
        return void res.on('close', () => this.hanging--);
      case 'slow':
        return void setTimeout(() => res.writeHead(200).end(body), 5000).unref();
      case 'error500':
        return void res.writeHead(500, 'Internal Server Error').end('boom');
      case 'notFound':
        return void res.writeHead(404, 'Not Found').end('nope');
      case 'resetMidBody':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
        res.write(body.slice(0, Math.floor(body.length / 2)));
        return void setTimeout(() => req.socket.destroy(), 20);
      case 'truncatedJson':
        return void res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(body.slice(0, Math.floor(body.length / 2)));
      case 'huge':
        return this.streamHuge(res);
      case 'trickle':
        return this.trickle(res, body);
      case 'html':
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Sign in</body></html>');
      case 'redirectLoop':
        return void res.writeHead(302, { location: '/catalog.json' }).end();
      case 'redirectToFile':
        return void res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      case 'tooManyRedirects':
        return void res.writeHead(302, { location: '/hop/1' }).end();
      case 'redirectOnce':
        return void res.writeHead(301, { location: '/moved/catalog.json' }).end();
      case 'hop': {
        const n = Number(path.slice('/hop/'.length));
        return void res.writeHead(302, { location: `/hop/${n + 1}` }).end();
      }
      case 'notModified':
        return void res.writeHead(304, { etag }).end();
      case 'gzipped':
        return void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(gzipSync(body));
      case 'gzipEncoded':
        return void res
          .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', etag })
          .end(gzipSync(body));
      case 'binary':
        return void res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(Buffer.from([0x00, 0x1b, 0x5b, 0x32, 0x4a, 0x0d, 0x0a, 0xff, 0xfe, 0x07, 0x00, 0x80, 0x9b, 0x00]));
      case 'slowRedirects':
        return this.later(res, () => res.writeHead(302, { location: '/slow-hop/1' }).end());
      case 'slowHop': {
        const n = Number(path.slice('/slow-hop/'.length));
        const location = n < 5 ? `/slow-hop/${n + 1}` : '/moved/catalog.json';
        return this.later(res, () => res.writeHead(302, { location }).end());
      }
    }
  }

  /** Answers after `hopDelayMs`, unless the client has gone. */
  private later(res: http.ServerResponse, answer: () => void): void {
    const timer = setTimeout(() => {
      if (!res.destroyed) answer();
    }, this.hopDelayMs);
    res.on('close', () => clearTimeout(timer));
  }

  /** The catalog in ten pieces over about 1.5 s: a slow but working server. */
  private trickle(res: http.ServerResponse, body: string): void {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
    const pieces = 10;
    const size = Math.ceil(body.length / pieces);
    let sent = 0;
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer);
      res.write(body.slice(sent * size, (sent + 1) * size));
      if (++sent === pieces) {
        clearInterval(timer);
        res.end();
      }
    }, 150);
  }

  /** 200 MB of JSON-looking bytes, chunked (no Content-Length), so only the streaming cap can stop it. */
  private streamHuge(res: http.ServerResponse): void {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const pump = (): void => {
      while (sent < 200) {
        sent++;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => {
      sent = 200;
    });
    pump();
  }
}

function hash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16);
}
