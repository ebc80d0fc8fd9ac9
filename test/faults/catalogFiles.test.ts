// Catalog files that are not what they seem (issue 10, break 6 and the messages row), on the real file system: a
// FIFO swapped in between the check and the read, FIFOs and devices as sources, a file that grows past the limit
// after its check, a read that never answers. Always: the load ends, the source keeps its last good models, and the
// error says what the file is in plain words.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, beforeEach, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { ModelIndex } from '../../server/src/catalog/modelIndex';
import { idsOf } from '../helpers/indexIds';
import {
  CatalogSources,
  type FileSystem,
  MAX_CATALOG_BYTES,
  nodeFileSystem,
} from '../../server/src/registry/catalogSources';
import { ModelRegistry } from '../../server/src/registry/modelRegistry';
import { settlesWithin } from '../helpers/boundedWait';

const CACHE = { maxEntries: 1000, maxSizeMB: 8, ttlSeconds: 300 };
const HANG_BOUND_MS = 10_000;
const isWindows = process.platform === 'win32';
const noFifos = isWindows ? 'Windows has no FIFOs or /dev/zero' : false;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-special-'));
const file = path.join(dir, 'catalog.json');
const catalog = (...ids: string[]) => ({
  acme: { id: 'acme', name: 'Acme', models: Object.fromEntries(ids.map(id => [id, { id }])) },
});
const ids = (index: ModelIndex) => idsOf(index, 'acme');

function registryOn(fileSystem: FileSystem, source = file, options: { fileDeadlineMs?: number } = {}) {
  const registry = new ModelRegistry(CACHE, { sources: new CatalogSources(fileSystem, Date.now, undefined, options) });
  registry.configure(
    [{ name: 'catalog.json', layer: 'sources', format: 'auto', files: { cwd: dir, patterns: [source] } }],
    CACHE,
  );
  return registry;
}

function makeFifo(at: string): void {
  execFileSync('mkfifo', [at]);
}

/** A reader stuck opening `fifo` (the bug) is let go: a writer opens and closes it, so the test process can end. */
function releaseReaders(fifo: string): void {
  try {
    fs.closeSync(fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
  } catch {
    // ENXIO: nobody is waiting on it, as it should be
  }
}

/** Loads once (good), breaks the file with `breakIt`, reloads, and returns the snapshot's only source. */
async function reloadAfter(registry: ModelRegistry, breakIt: () => void) {
  await registry.ready();
  assert.deepEqual(
    registry.cache.get('ids', () => ids(registry.models)),
    ['rocket-1', 'rocket-2'],
  );
  breakIt();
  registry.filesChanged([file]);
  await settlesWithin(registry.ready(), HANG_BOUND_MS, 'the reload');
  const snapshot = registry.snapshot();
  assert.equal(snapshot.models, 2, 'the last good models stay');
  assert.deepEqual(
    registry.cache.get('ids', () => ids(registry.models)),
    ['rocket-1', 'rocket-2'],
  );
  return snapshot.sources[0];
}

describe('catalog files that are not regular files', { skip: noFifos }, () => {
  beforeEach(() => {
    fs.rmSync(file, { recursive: true, force: true });
    fs.writeFileSync(file, JSON.stringify(catalog('rocket-1', 'rocket-2')));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a file swapped for a FIFO between the check and the read: the load ends and says so', async () => {
    let swap = false;
    const swapping: FileSystem = {
      ...nodeFileSystem,
      stat: async at => {
        const stat = await nodeFileSystem.stat(at);
        if (swap) {
          fs.rmSync(at);
          makeFifo(at);
        }
        return stat;
      },
    };
    const registry = registryOn(swapping);
    let source;
    try {
      source = await reloadAfter(registry, () => {
        fs.writeFileSync(file, JSON.stringify(catalog('rocket-1', 'rocket-2', 'rocket-3')));
        swap = true;
      });
    } finally {
      releaseReaders(file);
    }
    assert.equal(source.status, 'stale');
    assert.match(source.error ?? '', /is a named pipe \(FIFO\), not a catalog file/);
  });

  test('a FIFO as the catalog: named as a FIFO, not "a directory"', async () => {
    const source = await reloadAfter(registryOn(nodeFileSystem), () => {
      fs.rmSync(file);
      makeFifo(file);
    });
    assert.equal(source.status, 'stale');
    assert.equal(source.error, 'is a named pipe (FIFO), not a catalog file');
  });

  test('/dev/zero as the catalog, directly or through a symlink: named as a device', async () => {
    const direct = registryOn(nodeFileSystem, '/dev/zero');
    await settlesWithin(direct.ready(), HANG_BOUND_MS, 'the load of /dev/zero');
    assert.equal(direct.snapshot().sources[0].error, 'is a device, not a catalog file');

    const linked = await reloadAfter(registryOn(nodeFileSystem), () => {
      fs.rmSync(file);
      fs.symlinkSync('/dev/zero', file);
    });
    assert.equal(linked.error, 'is a device, not a catalog file');
  });

  test('a directory is still called a directory', async () => {
    const source = await reloadAfter(registryOn(nodeFileSystem), () => {
      fs.rmSync(file);
      fs.mkdirSync(file);
    });
    assert.equal(source.error, 'is a directory, not a catalog file');
  });

  test('a file that grows past the limit after its check is refused while reading', async () => {
    let grow = false;
    const growing: FileSystem = {
      ...nodeFileSystem,
      stat: async at => {
        const stat = await nodeFileSystem.stat(at);
        if (grow) fs.truncateSync(at, MAX_CATALOG_BYTES + 1024 * 1024); // sparse: no disk used
        return stat;
      },
    };
    const source = await reloadAfter(registryOn(growing), () => {
      fs.writeFileSync(file, JSON.stringify(catalog('rocket-1')));
      grow = true;
    });
    assert.equal(source.status, 'stale');
    assert.match(source.error ?? '', /over the 256 MB limit for a catalog file/);
  });
});

describe('every file read has a deadline', () => {
  test('a read that never answers is an error for that source after the deadline; its data stays', async () => {
    let stall = false;
    let reads = 0;
    const stalling: FileSystem = {
      ...nodeFileSystem,
      stat: async () => ({ mtimeMs: stall ? 2 : 1, size: 10, isFile: () => true }),
      readFile: () => {
        reads++;
        return stall
          ? new Promise<Buffer>(() => undefined)
          : Promise.resolve(Buffer.from(JSON.stringify(catalog('rocket-1', 'rocket-2'))));
      },
    };
    const registry = registryOn(stalling, file, { fileDeadlineMs: 200 });
    const source = await reloadAfter(registry, () => (stall = true));
    assert.equal(source.status, 'stale');
    assert.match(source.error ?? '', /no answer from the file system within 0.2 s/);

    // The stalled read is not started again on the next load: it is waited for, with a new deadline.
    registry.filesChanged([file]);
    await settlesWithin(registry.ready(), HANG_BOUND_MS, 'the second reload');
    assert.match(registry.snapshot().sources[0].error ?? '', /no answer from the file system/);
    assert.equal(reads, 2, 'one good read, then the one stalled read shared by both reloads');
  });
});

describe('messages about catalog files say what happened in plain words', () => {
  const messagesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-messages-'));
  after(() => fs.rmSync(messagesDir, { recursive: true, force: true }));
  const hasControlCharacters = (text: string): boolean =>
    [...text].some(c => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f));

  async function errorFor(name: string, content: Buffer | string): Promise<string> {
    const at = path.join(messagesDir, name);
    fs.writeFileSync(at, content);
    const registry = registryOn(nodeFileSystem, at);
    await settlesWithin(registry.ready(), HANG_BOUND_MS, `the load of ${name}`);
    const error = registry.snapshot().sources[0].error ?? '';
    assert.ok(!hasControlCharacters(error), `no control characters in ${JSON.stringify(error)}`);
    return error;
  }

  test('a gzip-compressed catalog says so instead of "invalid JSON" with raw bytes', async () => {
    const error = await errorFor('catalog.json.gz', gzipSync(JSON.stringify(catalog('rocket-1'))));
    assert.equal(error, 'the content is gzip-compressed data, not JSON');
  });

  test('binary content is called binary data', async () => {
    assert.equal(
      await errorFor('catalog.bin', Buffer.from([0, 1, 2, 3, 0x1b, 0x5b, 0xff, 0, 7])),
      'the content is binary data, not JSON',
    );
  });

  test('a JSON error quotes the text with its control characters escaped', async () => {
    // V8 quotes the start of the text in this error: the escape and the bell must not come through raw.
    const error = await errorFor('bad.json', `models: \u001b[31m red \u0007 ${'x'.repeat(100)}`);
    assert.match(error, /^invalid JSON/);
    assert.match(error, /\\u001b/);
  });

  test('a byte order mark before the JSON is no error', async () => {
    const error = await errorFor('bom.json', `\ufeff${JSON.stringify(catalog('rocket-1'))}`);
    assert.equal(error, '');
  });
});
