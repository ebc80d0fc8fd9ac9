// Reads a file a repository names (a test file, test support code, a runner's setup file) without trusting what it
// is: a committed FIFO, a link to /dev/zero or /dev/ptmx, or a huge file must not hang or exhaust the reader. The
// file is opened once without blocking (opening a FIFO would wait for a writer) and its descriptor, not its name,
// is asked what it is, so a file swapped after a check is still caught; only regular files are read, and at most
// `maxBytes` of them (files that report no size, as /proc's do, included).
import * as fs from 'node:fs';

const MB = 1024 * 1024;
/** Files bigger than this are not read: no source or test file is near it, and a bigger one would be held whole. */
const MAX_FILE_BYTES = 10 * MB;

/** The bytes of the file, or why they were not read (an errno code such as `ENOENT`, or a sentence). */
export type FileBytes = { bytes: Buffer } | { error: string };

const OPEN_FLAGS = fs.constants.O_RDONLY | fs.constants.O_NONBLOCK;
const CHUNK = 64 * 1024;

/** The bytes of a file its caller found to be a regular file (a walk), checked again through its descriptor. */
export function readRegularFileSync(file: string, maxBytes = MAX_FILE_BYTES): FileBytes {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (error) {
    return { error: errorCode(error) };
  }
  try {
    const stats = fs.fstatSync(fd);
    const refused = refusal(stats, maxBytes);
    if (refused) return { error: refused };
    return readFd(fd, stats.size, maxBytes);
  } catch (error) {
    return { error: errorCode(error) };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * As readRegularFileSync, for files nothing has vetted yet (support code a config names): a device is not even
 * opened (opening some has effects), so its name is asked first, and its descriptor again once open.
 */
export async function readRegularFile(file: string, maxBytes = MAX_FILE_BYTES): Promise<FileBytes> {
  let handle: fs.promises.FileHandle;
  try {
    const refused = refusal(await fs.promises.stat(file), maxBytes);
    if (refused) return { error: refused };
    handle = await fs.promises.open(file, OPEN_FLAGS);
  } catch (error) {
    return { error: errorCode(error) };
  }
  try {
    const refused = refusal(await handle.stat(), maxBytes);
    if (refused) return { error: refused };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(CHUNK), 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { error: tooLarge(maxBytes) };
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { error: errorCode(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Why a file with these stats is not read, or undefined to read it. */
function refusal(stats: fs.Stats, maxBytes: number): string | undefined {
  if (!stats.isFile()) return notRegular(stats);
  return stats.size > maxBytes ? tooLarge(maxBytes) : undefined;
}

/** Reads to the end, but never more than `maxBytes` (a file may grow, or report no size). */
function readFd(fd: number, size: number, maxBytes: number): FileBytes {
  let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, size > 0 ? size + 1 : CHUNK));
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total > maxBytes) return { error: tooLarge(maxBytes) };
      const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
      buffer.copy(bigger, 0, 0, total);
      buffer = bigger;
    }
    const read = fs.readSync(fd, buffer, total, buffer.length - total, null);
    if (read === 0) break;
    total += read;
  }
  if (total > maxBytes) return { error: tooLarge(maxBytes) };
  return { bytes: buffer.subarray(0, total) };
}

function tooLarge(maxBytes: number): string {
  return `larger than the ${+(maxBytes / MB).toFixed(1)} MB limit`;
}

/** Why something that is not a regular file is not read: `not a regular file (a named pipe)`. */
export function notRegular(stats: fs.Stats): string {
  return `not a regular file (${kindOf(stats)})`;
}

function kindOf(stats: fs.Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a file';
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
