// Fetches a catalog over http(s) the careful way (SPEC §3, issue 6): conditional requests (ETag / Last-Modified),
// a timeout, a size cap enforced while streaming, at most a few redirects and only to http(s), cancellable.
import * as http from 'node:http';
import * as https from 'node:https';
import { formatBytes } from './sourceState';

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface FetchOptions {
  validators?: Validators;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  signal?: AbortSignal;
  /** Called as the body arrives, for progress reports. */
  onBytes?: (received: number, total: number | undefined) => void;
}

export type FetchResult =
  | { kind: 'not-modified'; validators: Validators }
  | { kind: 'fetched'; text: string; bytes: number; validators: Validators; contentType?: string };

export const DEFAULT_FETCH: Omit<FetchOptions, 'validators' | 'signal' | 'onBytes'> = {
  timeoutMs: 10_000,
  maxBytes: 50 * 1024 * 1024,
  maxRedirects: 5,
};

export class FetchError extends Error {}

/** GET `url`; resolves with the body or a 304, rejects with a `FetchError` whose message says what went wrong. */
export async function fetchCatalogText(url: string, options: FetchOptions): Promise<FetchResult> {
  let current = new URL(url);
  const seen = new Set<string>();
  for (let redirects = 0; ; redirects++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      throw new FetchError(`refused to follow a redirect to ${current.protocol} (only http and https)`);
    }
    if (seen.has(current.href)) throw new FetchError(`redirect loop at ${current.href}`);
    seen.add(current.href);
    const response = await request(current, options);
    if (response.kind === 'redirect') {
      if (redirects >= options.maxRedirects) throw new FetchError(`more than ${options.maxRedirects} redirects`);
      current = new URL(response.location, current);
      continue;
    }
    return response.result;
  }
}

type Response = { kind: 'redirect'; location: string } | { kind: 'done'; result: FetchResult };

function request(url: URL, options: FetchOptions): Promise<Response> {
  if (options.signal?.aborted) return Promise.reject(new FetchError('cancelled'));
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      'accept': 'application/json',
      'accept-encoding': 'identity',
      'user-agent': 'model-registry',
    };
    if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
    if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
    const client = url.protocol === 'https:' ? https : http;
    let settled = false;
    const fail = (message: string): void => {
      if (settled) return;
      settled = true;
      req.destroy();
      reject(new FetchError(message));
    };
    const timer = setTimeout(() => fail(`no complete answer within ${options.timeoutMs / 1000} s`), options.timeoutMs);
    const onAbort = (): void => fail('cancelled');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const done = (response: Response): void => {
      if (settled) return;
      settled = true;
      resolve(response);
    };
    const req = client.get(url, { headers }, res => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304) {
        res.resume();
        const location = res.headers.location;
        if (!location) return fail(`HTTP ${status} without a Location header`);
        return done({ kind: 'redirect', location });
      }
      const validators: Validators = {};
      const etag = res.headers.etag;
      const lastModified = res.headers['last-modified'];
      if (etag) validators.etag = etag;
      if (lastModified) validators.lastModified = lastModified;
      if (status === 304) {
        res.resume();
        return done({
          kind: 'done',
          result: { kind: 'not-modified', validators: { ...options.validators, ...validators } },
        });
      }
      if (status !== 200) {
        res.resume();
        return fail(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`);
      }
      const declared = Number(res.headers['content-length']);
      const total = Number.isFinite(declared) ? declared : undefined;
      if (total !== undefined && total > options.maxBytes)
        return fail(`the body is ${formatBytes(total)}, over the ${formatBytes(options.maxBytes)} limit`);
      const chunks: Buffer[] = [];
      let received = 0;
      res.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > options.maxBytes)
          return fail(`the body passed the ${formatBytes(options.maxBytes)} limit; download stopped`);
        chunks.push(chunk);
        options.onBytes?.(received, total);
      });
      res.on('aborted', () => fail('the connection was closed before the body was complete'));
      res.on('error', error => fail(`the connection failed mid-body (${error.message})`));
      res.on('end', () => {
        if (total !== undefined && received < total) return fail(`the body ended after ${received} of ${total} bytes`);
        const contentType = res.headers['content-type'];
        const result: FetchResult = {
          kind: 'fetched',
          text: Buffer.concat(chunks).toString('utf8'),
          bytes: received,
          validators,
        };
        if (contentType) result.contentType = contentType;
        done({ kind: 'done', result });
      });
    });
    req.on('error', error => fail(describeNetworkError(error)));
    req.on('close', () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    });
  });
}

function describeNetworkError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found (offline?)';
    default:
      return error.message;
  }
}
