// Fetches a catalog over http(s) the careful way (SPEC §3, issues 6 and 10): conditional requests (ETag /
// Last-Modified), ONE deadline for the whole fetch, redirects included, a size cap enforced while the body streams
// in, at most a few redirects and only to http(s), cancellable, progress in bytes, and errors in plain words.
//
// Built on Node's own `fetch` (undici), which replaced hand-written http/https code (issue 9, item 5). What it does
// for us: compressed bodies (`Content-Encoding: gzip`, `br`, `deflate`) are decoded, and the size cap counts decoded
// bytes, so a compression bomb stops at the cap too. What we still do by hand: redirects (`redirect: 'manual'`, so
// every hop is checked for its scheme, loops and the limit), the deadline (one AbortController for every hop and the
// body), the streamed cap and progress (reading `response.body` ourselves), and the wording of errors. Two things
// differ from http.get, both handled here: fetch refuses a URL with credentials in it (`https://user:token@host/…`),
// so they are sent as Basic authorization, to that origin only; and fetch refuses the ports of the Fetch standard's
// "bad port" list (e.g. 6000, 6667), which is said in those words.
import { isObject } from '../../../shared/json';
import { formatBytes } from './sourceState';

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface FetchOptions {
  validators?: Validators;
  /** One deadline for the whole fetch: every redirect and the body. */
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

/** Longer than any real ETag or HTTP date; a stored value past it is not one. */
const MAX_VALIDATOR_LENGTH = 512;

/** A value that can go back to a server as a header: printable ASCII, no CR/LF or other controls, not absurdly long. */
export function isPlausibleHeaderValue(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_VALIDATOR_LENGTH && /^[\x20-\x7e]+$/.test(value);
}

/** The plausible validators in `value` (a record read from disk, a response's headers); the rest are dropped. */
export function plausibleValidators(value: unknown): Validators {
  const validators: Validators = {};
  if (!isObject(value)) return validators;
  if (isPlausibleHeaderValue(value.etag)) validators.etag = value.etag;
  if (isPlausibleHeaderValue(value.lastModified)) validators.lastModified = value.lastModified;
  return validators;
}

/** GET `url`; resolves with the body or a 304, rejects with a `FetchError` whose message says what went wrong. */
export async function fetchCatalogText(url: string, options: FetchOptions): Promise<FetchResult> {
  const abort = new AbortController();
  const timer = setTimeout(
    () => abort.abort(new FetchError(`no complete answer within ${options.timeoutMs / 1000} s`)),
    options.timeoutMs,
  );
  const cancel = (): void => abort.abort(new FetchError('cancelled'));
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    if (options.signal?.aborted) cancel();
    abort.signal.throwIfAborted();
    return await followRedirects(url, options, abort.signal);
  } catch (error) {
    throw abort.signal.aborted ? abort.signal.reason : asFetchError(error, 'connect', undefined);
  } finally {
    // Every exit, thrown or returned, goes through here: no timer or listener outlives the fetch.
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

async function followRedirects(url: string, options: FetchOptions, signal: AbortSignal): Promise<FetchResult> {
  const { url: first, authorization } = withoutCredentials(parseUrl(url));
  let current = first;
  const seen = new Set<string>();
  for (let redirects = 0; ; redirects++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      throw new FetchError(`refused to follow a redirect to ${current.protocol} (only http and https)`);
    }
    if (seen.has(current.href)) throw new FetchError(`redirect loop at ${current.href}`);
    seen.add(current.href);
    const sameOrigin = current.origin === first.origin;
    const target = current;
    const response = await fetch(target, {
      redirect: 'manual',
      headers: requestHeaders(options.validators, sameOrigin ? authorization : undefined),
      signal,
    }).catch((error: unknown) => {
      throw asFetchError(error, 'connect', target);
    });
    if (!isRedirect(response.status)) return readResponse(response, options);
    discard(response);
    const location = response.headers.get('location');
    if (!location) throw new FetchError(`HTTP ${response.status} without a Location header`);
    if (redirects >= options.maxRedirects) throw new FetchError(`more than ${options.maxRedirects} redirects`);
    current = withoutCredentials(parseUrl(location, current)).url; // credentials go to the first origin only
  }
}

function parseUrl(text: string, base?: URL): URL {
  try {
    return new URL(text, base);
  } catch {
    throw new FetchError(base ? 'a redirect to something that is not a URL' : 'not a valid URL');
  }
}

/** fetch refuses a URL with credentials in it; http.get sent them as Basic authorization, so do that. */
function withoutCredentials(url: URL): { url: URL; authorization?: string } {
  if (!url.username && !url.password) return { url };
  const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  const bare = new URL(url);
  bare.username = bare.password = '';
  return { url: bare, authorization: `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}` };
}

function requestHeaders(validators: Validators | undefined, authorization: string | undefined): Headers {
  const headers = new Headers({ 'accept': 'application/json', 'user-agent': 'model-registry' });
  const { etag, lastModified } = plausibleValidators(validators);
  if (etag) headers.set('if-none-match', etag);
  if (lastModified) headers.set('if-modified-since', lastModified);
  if (authorization) headers.set('authorization', authorization);
  return headers;
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304;
}

/** A body we will not read: let it go without waiting for it. */
function discard(response: Response): void {
  void response.body?.cancel().catch(() => undefined);
}

async function readResponse(response: Response, options: FetchOptions): Promise<FetchResult> {
  const { status, headers } = response;
  const validators = plausibleValidators({ etag: headers.get('etag'), lastModified: headers.get('last-modified') });
  if (status === 304) {
    discard(response);
    return { kind: 'not-modified', validators: { ...plausibleValidators(options.validators), ...validators } };
  }
  if (status !== 200) {
    discard(response);
    throw new FetchError(`HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  // Content-Length counts encoded bytes; only an unencoded body's length is the size we cap and report.
  const declared = headers.get('content-encoding') ? undefined : Number(headers.get('content-length') ?? NaN);
  const total = declared !== undefined && Number.isFinite(declared) ? declared : undefined;
  if (total !== undefined && total > options.maxBytes) {
    discard(response);
    throw new FetchError(`the body is ${formatBytes(total)}, over the ${formatBytes(options.maxBytes)} limit`);
  }
  const body = await readBody(response, total, options);
  const result: FetchResult = { kind: 'fetched', text: body.toString('utf8'), bytes: body.length, validators };
  const contentType = headers.get('content-type');
  if (contentType) result.contentType = contentType;
  return result;
}

/** Reads the body as it streams in, stopping at the size cap. */
async function readBody(response: Response, total: number | undefined, options: FetchOptions): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return Buffer.concat(chunks, received);
      received += value.length;
      if (received > options.maxBytes) {
        void reader.cancel().catch(() => undefined);
        throw new FetchError(`the body passed the ${formatBytes(options.maxBytes)} limit; download stopped`);
      }
      chunks.push(value);
      options.onBytes?.(received, total);
    }
  } catch (error) {
    throw asFetchError(error, 'body', undefined);
  }
}

/** Where a failure happened: connecting and waiting for the answer, or reading the body. */
type Phase = 'connect' | 'body';

/** Turns what fetch throws (a TypeError whose `cause` holds the real error) into a FetchError in plain words. */
function asFetchError(error: unknown, phase: Phase, url: URL | undefined): FetchError {
  if (error instanceof FetchError) return error;
  const cause = (error as { cause?: unknown } | undefined)?.cause ?? error;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? '';
  const message = cause instanceof Error ? cause.message : String(cause);
  if (message === 'bad port' && url) return new FetchError(`port ${url.port} is one fetch refuses (browsers block it)`);
  return new FetchError(describeNetworkFailure(code, message, phase));
}

const NETWORK_MESSAGES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'host not found (offline?)',
  EAI_AGAIN: 'host not found (offline?)',
  ETIMEDOUT: 'could not connect (the connection timed out)',
  UND_ERR_CONNECT_TIMEOUT: 'could not connect (the connection timed out)',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached (offline?)',
  CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's TLS certificate is self-signed, so not trusted",
  SELF_SIGNED_CERT_IN_CHAIN: "the server's TLS certificate chain is self-signed, so not trusted",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's TLS certificate is not trusted (unknown issuer)",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the server's TLS certificate is not trusted (unknown issuer)",
  ERR_TLS_CERT_ALTNAME_INVALID: "the server's TLS certificate is for another host name",
};

/** OpenSSL's words when the bytes that came back were not TLS at all (most often a plain-HTTP port). */
const NOT_TLS = /wrong version number|packet length too long|record layer failure|unknown protocol|http request/i;

function describeNetworkFailure(code: string, message: string, phase: Phase): string {
  if (NETWORK_MESSAGES[code]) return NETWORK_MESSAGES[code];
  if (code.startsWith('ERR_SSL_') || code === 'EPROTO') {
    return NOT_TLS.test(message) || NOT_TLS.test(code.replace(/_/g, ' '))
      ? 'the server did not speak TLS (is the URL http://?)'
      : 'the TLS handshake with the server failed';
  }
  if (code.startsWith('HPE_')) return 'the server did not answer in HTTP (garbled or not an HTTP server)';
  if (code === 'UND_ERR_SOCKET' || message === 'terminated') {
    return phase === 'body'
      ? 'the connection was closed before the body was complete'
      : 'the server closed the connection without answering';
  }
  return phase === 'body' ? `the connection failed mid-body (${message})` : message;
}
