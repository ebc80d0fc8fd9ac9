// An in-memory FileSystem for registry tests: counts reads, can delay them, and can make files fail.
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { FileSystem } from '../../server/src/registry/catalogSources';

interface MemoryFile {
  text: string;
  mtimeMs: number;
  directory?: boolean;
  unreadable?: boolean;
}

export class MemoryFileSystem implements FileSystem {
  readonly files = new Map<string, MemoryFile>();
  reads = 0;
  /** Milliseconds each read waits, to hold a load in flight. */
  readDelayMs = 0;
  private clock = 1;

  write(file: string, text: string): void {
    this.files.set(path.resolve(file), { text, mtimeMs: this.clock++ });
  }

  writeJson(file: string, value: unknown): void {
    this.write(file, JSON.stringify(value));
  }

  remove(file: string): void {
    this.files.delete(path.resolve(file));
  }

  makeDirectory(file: string): void {
    this.files.set(path.resolve(file), { text: '', mtimeMs: this.clock++, directory: true });
  }

  makeUnreadable(file: string): void {
    const entry = this.files.get(path.resolve(file));
    if (entry) entry.unreadable = true;
  }

  async stat(file: string) {
    const entry = this.files.get(path.resolve(file));
    if (!entry) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    return {
      mtimeMs: entry.mtimeMs,
      size: Buffer.byteLength(entry.text),
      isFile: () => !entry.directory,
      isDirectory: () => !!entry.directory,
    };
  }

  async readFile(file: string): Promise<Buffer> {
    this.reads++;
    if (this.readDelayMs) await new Promise(resolve => setTimeout(resolve, this.readDelayMs));
    const entry = this.files.get(path.resolve(file));
    if (!entry) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    if (entry.unreadable) throw Object.assign(new Error(`EACCES: ${file}`), { code: 'EACCES' });
    return Buffer.from(entry.text);
  }

  async glob(patterns: string[], cwd: string): Promise<string[]> {
    const isMatch = picomatch(
      patterns.map(p => path.resolve(cwd, p)),
      { dot: true },
    );
    return [...this.files.keys()].filter(f => !this.files.get(f)!.directory && isMatch(f));
  }
}

export function registryCatalog(...ids: string[]): { models: { id: string }[] } {
  return { models: ids.map(id => ({ id })) };
}
