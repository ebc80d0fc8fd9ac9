// What to do about a catalog that failed (client/src/sourceFixes.ts), for the server's real messages.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixFor } from '../../client/src/sourceFixes';
import type { SourceStatus } from '../../shared/protocol';

function failed(error: string, layer: SourceStatus['layer'] = 'sources'): SourceStatus {
  return { source: 'x', format: 'auto', models: 0, loadedAt: null, status: 'error', error, layer };
}

describe('fixes for failed catalogs', () => {
  test('a missing file points at the setting that names it', () => {
    assert.match(fixFor(failed('file not found')) ?? '', /Check the path in `modelRegistry\.sources`/);
    assert.match(fixFor(failed('no file matches')) ?? '', /modelRegistry\.sources/);
    assert.equal(fixFor(failed('file not found', 'workspace')), 'Check that the file exists.');
  });

  test('broken content, wrong format, size, permissions', () => {
    assert.match(fixFor(failed('invalid JSON (Unexpected token } in JSON at position 39)')) ?? '', /Fix the JSON/);
    assert.match(fixFor(failed('the file is empty')) ?? '', /Fix the JSON/);
    assert.match(
      fixFor(failed('not a recognised catalog: expected … (found an array)')) ?? '',
      /give its format in `modelRegistry\.sources`/,
    );
    assert.match(fixFor(failed('not a LiteLLM catalog: expected { … }')) ?? '', /supported catalog/);
    assert.match(fixFor(failed('is 80 MB, over the 50 MB limit for a catalog file')) ?? '', /size limit/);
    assert.match(fixFor(failed('permission denied')) ?? '', /readable/);
    assert.match(fixFor(failed('is a directory, not a catalog file')) ?? '', /not a folder/);
  });

  test('the network: the online catalog can be turned off, a URL of your own checked', () => {
    assert.match(fixFor(failed('host not found (offline?)', 'online')) ?? '', /`modelRegistry\.onlineCatalog`/);
    assert.match(fixFor(failed('connection refused')) ?? '', /Check the network and the URL/);
    assert.match(fixFor(failed('HTTP 503 Service Unavailable')) ?? '', /fetched again later/);
    assert.match(fixFor(failed('HTTP 404 Not Found')) ?? '', /Check the URL in `modelRegistry\.sources`/);
    assert.match(
      fixFor(
        failed('not fetched: URL sources from workspace settings are ignored while the workspace is not trusted'),
      ) ?? '',
      /Trust the workspace/,
    );
  });

  test('anything else points at the output; no error, no fix', () => {
    assert.equal(fixFor(failed('something new')), 'See the "Model Registry" output for details.');
    assert.equal(fixFor({ ...failed('x'), status: 'ok', error: undefined }), undefined);
  });
});
