// The last good copy of every URL source, kept on disk so a restart works offline at once (issue 6). Each entry is
// two files: the body and a small JSON record with its validators and SHA-256; a body whose checksum does not match
// (a crash mid-write, a truncated or edited file) is ignored. Writes go to a temporary file, then rename.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Validators } from './urlFetch';

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

export class DiskCache {
  /** `dir` may be a getter: the server learns its storage folder only when the client initializes it. */
  constructor(private readonly dir: string | (() => string)) {}

  private get folder(): string {
    return typeof this.dir === 'string' ? this.dir : this.dir();
  }

  async read(url: string): Promise<DiskEntry | undefined> {
    const { record: recordFile, body: bodyFile } = this.files(url);
    try {
      const record = JSON.parse(await fs.promises.readFile(recordFile, 'utf8')) as EntryRecord;
      const body = await fs.promises.readFile(bodyFile);
      if (record.url !== url || body.length !== record.bytes || sha256(body) !== record.sha256) return undefined;
      return { url, text: body.toString('utf8'), validators: record.validators ?? {}, fetchedAt: record.fetchedAt };
    } catch {
      return undefined; // absent or unreadable: as if never fetched
    }
  }

  async write(entry: DiskEntry): Promise<void> {
    await fs.promises.mkdir(this.folder, { recursive: true });
    const body = Buffer.from(entry.text, 'utf8');
    const record: EntryRecord = {
      url: entry.url,
      validators: entry.validators,
      fetchedAt: entry.fetchedAt,
      sha256: sha256(body),
      bytes: body.length,
    };
    const files = this.files(entry.url);
    // Body first: a record never points at a body that is not fully there.
    await writeAtomically(files.body, body);
    await writeAtomically(files.record, JSON.stringify(record));
  }

  /** Updates the validators and time of an entry after a 304; the body on disk is still the right one. */
  async touch(url: string, validators: Validators, fetchedAt: string): Promise<void> {
    const { record: recordFile } = this.files(url);
    try {
      const record = JSON.parse(await fs.promises.readFile(recordFile, 'utf8')) as EntryRecord;
      if (record.url === url) await writeAtomically(recordFile, JSON.stringify({ ...record, validators, fetchedAt }));
    } catch {
      // no record to update: the next full fetch writes one
    }
  }

  private files(url: string): { record: string; body: string } {
    const key = sha256(Buffer.from(url, 'utf8')).slice(0, 32);
    return { record: path.join(this.folder, `${key}.json`), body: path.join(this.folder, `${key}.body`) };
  }
}

async function writeAtomically(file: string, data: string | Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await fs.promises.writeFile(temporary, data);
    await fs.promises.rename(temporary, file);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
