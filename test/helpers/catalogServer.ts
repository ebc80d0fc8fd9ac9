// A real HTTP server on 127.0.0.1 that serves a catalog and, on demand, misbehaves in every way issue 6 lists.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

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
  | 'hang';

export class CatalogServer {
  mode: ServerMode = 'ok';
  /** The catalog served in mode `ok`; change it to publish a new version (the ETag follows). */
  catalog: unknown = {};
  requests: { path: string; ifNoneMatch?: string }[] = [];
  /** Requests of mode `hang` still open: the client has neither had an answer nor given up. */
  hanging = 0;
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
    this.requests.push(ifNoneMatch ? { path, ifNoneMatch } : { path });
    const body = JSON.stringify(this.catalog);
    const etag = `"${hash(body)}"`;
    switch (path === '/catalog.json' ? this.mode : path.startsWith('/hop/') ? 'hop' : 'ok') {
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
    }
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
