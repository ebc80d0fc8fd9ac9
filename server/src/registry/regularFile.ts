// Reads a file that must be a regular file, with no window between checking it and reading it (issue 10, break 6):
// a stat followed by readFile hangs forever when the file is swapped for a FIFO in between, and reads without end
// from a device. So: one open that never blocks (O_NONBLOCK: a FIFO opens at once instead of waiting for a writer)
// and, when asked, never follows a symlink at the last step (O_NOFOLLOW); fstat of that descriptor; a read that
// stops at a byte limit whatever the file's size said. Messages name what the file is in plain words.
import * as fs from 'node:fs';
import { formatBytes } from './sourceState';

/** What a stat says about a file's type; the test file systems give only `isFile` (and maybe `isDirectory`). */
export interface FileKind {
  isFile(): boolean;
  isDirectory?(): boolean;
  isFIFO?(): boolean;
  isCharacterDevice?(): boolean;
  isBlockDevice?(): boolean;
  isSocket?(): boolean;
  isSymbolicLink?(): boolean;
}

/** Why a file of this kind cannot be read as a `what` (`catalog file`); undefined for a regular file. */
export function notRegularFile(kind: FileKind, what: string): string | undefined {
  if (kind.isFile()) return undefined;
  if (kind.isDirectory?.()) return `is a directory, not a ${what}`;
  if (kind.isFIFO?.()) return `is a named pipe (FIFO), not a ${what}`;
  if (kind.isCharacterDevice?.() || kind.isBlockDevice?.()) return `is a device, not a ${what}`;
  if (kind.isSocket?.()) return `is a socket, not a ${what}`;
  if (kind.isSymbolicLink?.()) return `is a symbolic link, not a ${what}`;
  return `is not a regular file, so not a ${what}`;
}

export interface ReadLimits {
  maxBytes: number;
  /** Names the file in messages: `is a device, not a catalog file`. */
  what: string;
  /** Refuse a symlink at the last step of the path instead of following it (where the platform can tell). */
  noFollow?: boolean;
}

export interface RegularFileRead {
  data: Buffer;
  /** From the descriptor that was read, not from an earlier stat. */
  mtimeMs: number;
}

// Windows has neither flag; there the type check after opening is what stands.
const { O_RDONLY, O_NONBLOCK = 0, O_NOFOLLOW = 0 } = fs.constants as Partial<typeof fs.constants>;
const CHUNK_BYTES = 1024 * 1024;
const MIN_CHUNK_BYTES = 16 * 1024;

/** Opens, checks and reads `file`; throws an Error whose message says what is wrong (or an errno error). */
export async function readRegularFile(file: string, limits: ReadLimits): Promise<RegularFileRead> {
  const flags = (O_RDONLY ?? 0) | O_NONBLOCK | (limits.noFollow ? O_NOFOLLOW : 0);
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, flags);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP' && limits.noFollow) {
      throw new Error(`is a symbolic link, not a ${limits.what}`, { cause: error });
    }
    throw error;
  }
  try {
    const stat = await handle.stat();
    const refusal = notRegularFile(stat, limits.what);
    if (refusal) throw new Error(refusal);
    if (stat.size > limits.maxBytes) throw new Error(overLimit(stat.size, limits));
    const chunkBytes = Math.min(CHUNK_BYTES, Math.max(MIN_CHUNK_BYTES, stat.size + 1));
    return { data: await readUpTo(handle, chunkBytes, limits), mtimeMs: stat.mtimeMs };
  } finally {
    await handle.close();
  }
}

/** Reads to the end, refusing to go past the limit (the file may have grown since its fstat). */
async function readUpTo(handle: fs.promises.FileHandle, chunkBytes: number, limits: ReadLimits): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(chunkBytes);
    const { bytesRead } = await handle.read(chunk, 0, chunkBytes, null);
    if (bytesRead === 0) return Buffer.concat(chunks, total);
    total += bytesRead;
    if (total > limits.maxBytes) throw new Error(overLimit(total, limits));
    chunks.push(bytesRead === chunkBytes ? chunk : chunk.subarray(0, bytesRead));
  }
}

function overLimit(bytes: number, { maxBytes, what }: ReadLimits): string {
  return `is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} limit for a ${what}`;
}
