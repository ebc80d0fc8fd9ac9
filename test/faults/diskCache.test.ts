// The disk cache of URL sources against another local user (issue 10, break 4), on the real file system: the
// folder must be the user's alone, files are created exclusively and never through planted links, cache files are
// read only as regular files, and stored validators that could inject headers are dropped. A standalone server keeps
// its copies in the per-user cache folder, not in a shared temporary one.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { Configuration, type ConfigurationDeps } from '../../server/src/configuration';
import { DiskCache, type DiskEntry, userCacheDir } from '../../server/src/registry/diskCache';
import { settlesWithin } from '../helpers/boundedWait';

const isWindows = process.platform === 'win32';
const isRoot = process.getuid?.() === 0;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'model-registry-diskcache-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

const URL_ = 'https://example.test/catalog.json';
const entry = (text = '{"models": []}'): DiskEntry => ({
  url: URL_,
  text,
  validators: { etag: '"v1"', lastModified: 'Tue, 30 Sep 2026 10:00:00 GMT' },
  fetchedAt: '2026-09-30T10:00:00.000Z',
});
/** The entry's file name without extension, as DiskCache names it. */
const key = createHash('sha256').update(URL_).digest('hex').slice(0, 32);

let folders = 0;
/** A fresh folder holding one good entry, written by DiskCache itself. */
async function folderWithEntry(): Promise<string> {
  const folder = path.join(root, `cache-${++folders}`);
  await new DiskCache(folder).write(entry());
  assert.ok(await new DiskCache(folder).read(URL_), 'the entry reads back from a safe folder');
  return folder;
}

function refusing(folder: string) {
  const logs: string[] = [];
  return { cache: new DiskCache(folder, message => logs.push(message)), logs };
}

describe('where a standalone server keeps URL copies', () => {
  test('the per-user cache folder: $XDG_CACHE_HOME, else ~/.cache; the usual folders on macOS and Windows', () => {
    assert.equal(userCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/u'), '/x/cache/model-registry');
    assert.equal(userCacheDir({}, 'linux', '/home/u'), '/home/u/.cache/model-registry');
    assert.equal(
      userCacheDir({ XDG_CACHE_HOME: 'relative/cache' }, 'linux', '/home/u'),
      '/home/u/.cache/model-registry',
      'a relative XDG_CACHE_HOME is ignored, as the XDG spec says',
    );
    assert.equal(userCacheDir({}, 'darwin', '/Users/u'), '/Users/u/Library/Caches/model-registry');
    assert.equal(
      userCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u'),
      'C:\\Users\\u\\AppData\\Local\\model-registry\\Cache',
    );
  });

  test(
    'a server that is given no storage folder uses the per-user cache folder, not $TMPDIR',
    { skip: isWindows },
    () => {
      const saved = process.env.XDG_CACHE_HOME;
      process.env.XDG_CACHE_HOME = path.join(root, 'xdg');
      try {
        const configuration = new Configuration({} as ConfigurationDeps);
        assert.equal(configuration.storagePath, path.join(root, 'xdg', 'model-registry'));
      } finally {
        if (saved === undefined) delete process.env.XDG_CACHE_HOME;
        else process.env.XDG_CACHE_HOME = saved;
      }
    },
  );

  test("a folder it creates is the user's alone (mode 0700)", { skip: isWindows }, async () => {
    const folder = path.join(root, 'new', 'url-cache');
    await new DiskCache(folder).write(entry());
    assert.equal(fs.statSync(folder).mode & 0o777, 0o700);
    assert.equal(fs.statSync(path.dirname(folder)).mode & 0o777, 0o700);
  });
});

describe('a cache folder another user could write to is refused', { skip: isWindows }, () => {
  const cases: [string, (folder: string) => string, RegExp][] = [
    ['writable by anyone', folder => (fs.chmodSync(folder, 0o777), folder), /can be written by anyone/],
    ['writable by its group', folder => (fs.chmodSync(folder, 0o770), folder), /can be written by its group/],
    [
      'a symbolic link',
      folder => {
        const link = `${folder}-link`;
        fs.symlinkSync(folder, link);
        return link;
      },
      /is a symbolic link/,
    ],
  ];
  for (const [what, spoil, reason] of cases) {
    test(`${what}: nothing read from it or written to it; said once in the log`, async () => {
      const folder = spoil(await folderWithEntry());
      const before = fs.readdirSync(folder).sort();
      const { cache, logs } = refusing(folder);
      assert.equal(await cache.read(URL_), undefined, 'the planted copy is not served');
      await cache.write(entry('{"models": [{"id": "planted"}]}'));
      await cache.touch(URL_, { etag: '"v2"' }, '2026-10-01T00:00:00.000Z');
      assert.equal(await cache.read(URL_), undefined);
      assert.deepEqual(fs.readdirSync(folder).sort(), before, 'nothing written');
      assert.equal(logs.length, 1, `one line, not one per use: ${JSON.stringify(logs)}`);
      assert.match(logs[0], reason);
      assert.match(logs[0], /kept in memory only/);
    });
  }

  test(
    'owned by another user: refused',
    { skip: isRoot ? false : 'needs root to give a folder to another user' },
    async () => {
      const folder = await folderWithEntry();
      fs.chownSync(folder, 65534, 65534);
      const { cache, logs } = refusing(folder);
      assert.equal(await cache.read(URL_), undefined);
      assert.match(logs[0] ?? '', /belongs to user 65534, not to this user/);
    },
  );
});

describe('files in the cache folder', { skip: isWindows }, () => {
  test('temporary files are created exclusively: links planted at guessable names are not followed', async () => {
    const folder = await folderWithEntry();
    const victim = path.join(root, 'victim.txt');
    fs.writeFileSync(victim, 'precious');
    // An attacker who guesses the name a writer using pid and time picks: the clock is held still so the guess is
    // exact, and a link to the victim waits at that name.
    const realNow = Date.now;
    const frozen = realNow();
    Date.now = () => frozen;
    try {
      fs.symlinkSync(victim, path.join(folder, `${key}.body.${process.pid}.${frozen}.tmp`));
      await new DiskCache(folder).write(entry('{"models": [{"id": "new"}]}'));
    } finally {
      Date.now = realNow;
    }
    assert.equal(fs.readFileSync(victim, 'utf8'), 'precious');
    assert.equal((await new DiskCache(folder).read(URL_))?.text, '{"models": [{"id": "new"}]}');
  });

  test('a FIFO in place of a cached body is not read (no hang), nor is a link', async () => {
    const folder = await folderWithEntry();
    const body = path.join(folder, `${key}.body`);
    const copy = path.join(root, 'body-copy');
    fs.copyFileSync(body, copy);
    fs.rmSync(body);
    fs.symlinkSync(copy, body);
    assert.equal(await new DiskCache(folder).read(URL_), undefined, 'a body behind a link is not used');

    fs.rmSync(body);
    execFileSync('mkfifo', [body]);
    try {
      const read = await settlesWithin(new DiskCache(folder).read(URL_), 10_000, 'reading a cache entry');
      assert.equal(read, undefined);
    } finally {
      // A reader stuck opening the FIFO (the bug) is let go so the test process can end.
      try {
        fs.closeSync(fs.openSync(body, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
      } catch {
        // nobody is waiting on it
      }
    }
  });

  test('stored validators that are not plausible header values are dropped when read', async () => {
    const folder = await folderWithEntry();
    const recordFile = path.join(folder, `${key}.json`);
    const record = JSON.parse(fs.readFileSync(recordFile, 'utf8')) as Record<string, unknown>;
    record.validators = { etag: '"v1"\r\nx-injected: 1', lastModified: 'x'.repeat(10_000) };
    fs.writeFileSync(recordFile, JSON.stringify(record));
    const read = await new DiskCache(folder).read(URL_);
    assert.ok(read, 'the body is still good');
    assert.deepEqual(read.validators, {});

    record.validators = { etag: '"v2"', lastModified: 'Wed, 01 Oct 2026 10:00:00 GMT' };
    fs.writeFileSync(recordFile, JSON.stringify(record));
    assert.deepEqual((await new DiskCache(folder).read(URL_))?.validators, record.validators, 'plausible ones stay');
  });
});
