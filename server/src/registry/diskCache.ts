// The last good copy of every URL source, kept on disk so a restart works offline at once (issue 6). Each entry is
// two files: the body and a small JSON record with its validators and SHA-256; a body whose checksum does not match
// (a crash mid-write, a truncated or edited file) is ignored.
//
// What is served from here is trusted like the network answer it stands for, so the folder must be the user's alone
// (issue 10, break 4): a per-user cache folder by default (never a shared temporary one), created mode 0700, and
// refused, with one line in the log, when it is a symlink, is not owned by this user or is writable by group or
// others; URL copies are then kept in memory only. Files are written to a temporary name of random bytes, created
// exclusively (O_CREAT | O_EXCL, never following a link), then renamed into place; they are read only as regular
// files, not through links. Stored validators go back to servers as headers, so implausible ones are dropped.
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isObject } from '../../../shared/json';
import { readRegularFile } from './regularFile';
import { DEFAULT_FETCH, plausibleValidators, type Validators } from './urlFetch';

export interface DiskEntry {
  url: string;
  text: string;
  validators: Validators;
  /** ISO 8601 time of the fetch that produced this body. */
  fetchedAt: string;
}

interface EntryRecord {
  url: string;
  validators: Validators;
  fetchedAt: string;
  sha256: string;
  bytes: number;
}

const APP_FOLDER = 'model-registry';
/** A record is a URL, two validators and a few fields; anything bigger is not one of ours. */
const MAX_RECORD_BYTES = 64 * 1024;

/**
 * The per-user cache folder of a standalone server: `$XDG_CACHE_HOME/model-registry` (when absolute) or
 * `~/.cache/model-registry`; `~/Library/Caches/model-registry` on macOS; `%LOCALAPPDATA%\model-registry\Cache` on
 * Windows.
 */
export function userCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.LOCALAPPDATA ?? path.win32.join(home, 'AppData', 'Local'), APP_FOLDER, 'Cache');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Caches', APP_FOLDER);
  const xdg = env.XDG_CACHE_HOME;
  return path.posix.join(xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.cache'), APP_FOLDER);
}

export class DiskCache {
  /** The last refusal logged, so a folder that stays unsafe is reported once, not on every fetch. */
  private refusal: string | undefined;

  /**
   * `dir` may be a getter: the server learns its storage folder only when the client initializes it. `log` hears
   * why a folder is refused.
   */
  constructor(
    private readonly dir: string | (() => string),
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  private get folder(): string {
    return typeof this.dir === 'string' ? this.dir : this.dir();
  }

  async read(url: string): Promise<DiskEntry | undefined> {
    try {
      const folder = await this.safeFolder({ create: false });
      if (!folder) return undefined;
      const files = this.files(folder, url);
      const record = parseRecord(await readOwnFile(files.record, MAX_RECORD_BYTES), url);
      if (!record) return undefined;
      const body = await readOwnFile(files.body, DEFAULT_FETCH.maxBytes);
      if (body.length !== record.bytes || sha256(body) !== record.sha256) return undefined;
      return { url, text: body.toString('utf8'), validators: record.validators, fetchedAt: record.fetchedAt };
    } catch {
      return undefined; // absent or unreadable: as if never fetched
    }
  }

  async write(entry: DiskEntry): Promise<void> {
    const folder = await this.safeFolder({ create: true });
    if (!folder) return;
    const body = Buffer.from(entry.text, 'utf8');
    const record: EntryRecord = {
      url: entry.url,
      validators: plausibleValidators(entry.validators),
      fetchedAt: entry.fetchedAt,
      sha256: sha256(body),
      bytes: body.length,
    };
    const files = this.files(folder, entry.url);
    // Body first: a record never points at a body that is not fully there.
    await writeAtomically(files.body, body);
    await writeAtomically(files.record, JSON.stringify(record));
  }

  /** Updates the validators and time of an entry after a 304; the body on disk is still the right one. */
  async touch(url: string, validators: Validators, fetchedAt: string): Promise<void> {
    try {
      const folder = await this.safeFolder({ create: false });
      if (!folder) return;
      const { record: recordFile } = this.files(folder, url);
      const record = parseRecord(await readOwnFile(recordFile, MAX_RECORD_BYTES), url);
      if (!record) return;
      const updated: EntryRecord = { ...record, validators: plausibleValidators(validators), fetchedAt };
      await writeAtomically(recordFile, JSON.stringify(updated));
    } catch {
      // no record to update: the next full fetch writes one
    }
  }

  /** The folder, when it is safe to use (created first if asked); undefined, logged once, when it is not. */
  private async safeFolder({ create }: { create: boolean }): Promise<string | undefined> {
    const folder = this.folder;
    if (create) await fs.promises.mkdir(folder, { recursive: true, mode: 0o700 });
    let problem: string | undefined;
    try {
      problem = unsafeFolderReason(await fs.promises.lstat(folder));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined; // nothing kept yet
      throw error;
    }
    if (!problem) {
      this.refusal = undefined;
      return folder;
    }
    const message =
      `Not using the URL cache folder ${folder}: it ${problem}. URL copies are kept in memory only; to keep them ` +
      'on disk, make the folder private to this user (chmod 700) or delete it (it is made again, private).';
    if (message !== this.refusal) this.log(message);
    this.refusal = message;
    return undefined;
  }

  private files(folder: string, url: string): { record: string; body: string } {
    const key = sha256(Buffer.from(url, 'utf8')).slice(0, 32);
    return { record: path.join(folder, `${key}.json`), body: path.join(folder, `${key}.body`) };
  }
}

/** Why a folder may not hold the cache (another user could plant or swap copies in it); undefined when it may. */
function unsafeFolderReason(stat: fs.Stats): string | undefined {
  if (stat.isSymbolicLink()) return 'is a symbolic link';
  if (!stat.isDirectory()) return 'is not a directory';
  const me = process.getuid?.();
  if (me === undefined) return undefined; // Windows: the folder is under the user's profile, with its ACLs
  if (stat.uid !== me) return `belongs to user ${stat.uid}, not to this user (${me})`;
  if ((stat.mode & 0o022) !== 0) return `can be written by ${stat.mode & 0o002 ? 'anyone' : 'its group'}`;
  return undefined;
}

/** A file of the cache: a regular file, not reached through a link, at most `maxBytes`. */
async function readOwnFile(file: string, maxBytes: number): Promise<Buffer> {
  return (await readRegularFile(file, { maxBytes, what: 'cache file', noFollow: true })).data;
}

/** The record in `data` if it is a well-formed one for `url`; its validators cut down to plausible ones. */
function parseRecord(data: Buffer, url: string): EntryRecord | undefined {
  const record: unknown = JSON.parse(data.toString('utf8'));
  if (!isObject(record) || record.url !== url) return undefined;
  const { sha256: checksum, bytes, fetchedAt } = record;
  if (typeof checksum !== 'string' || typeof bytes !== 'number' || typeof fetchedAt !== 'string') return undefined;
  if (Number.isNaN(Date.parse(fetchedAt))) return undefined;
  return { url, validators: plausibleValidators(record.validators), fetchedAt, sha256: checksum, bytes };
}

const { O_WRONLY, O_CREAT, O_EXCL } = fs.constants;
// Windows has no O_NOFOLLOW; there O_EXCL alone refuses an existing name, link or not.
const { O_NOFOLLOW = 0 } = fs.constants as Partial<typeof fs.constants>;

/** Writes to a fresh file no one could have prepared (random name, exclusive create, no links), then renames it. */
async function writeAtomically(file: string, data: string | Buffer): Promise<void> {
  const temporary = `${file}.${randomBytes(8).toString('hex')}.tmp`;
  const handle = await fs.promises.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600);
  try {
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temporary, file);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
