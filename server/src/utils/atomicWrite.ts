// Writes a file the user named (`model-registry fixture --out`) so that readers never see half of it and nothing but
// a regular file is ever written: the text goes to a new temporary file next to the target — created exclusively
// (O_EXCL, never following a planted link) — is flushed, and is renamed over the target. A target that exists must
// be a regular file (a named pipe would hang the write, a device swallow it, a directory is a mistake); a symbolic
// link to one is followed, so the link stays and its file is replaced. Missing folders are created.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { notRegular } from './regularFile';

const { O_WRONLY, O_CREAT, O_EXCL } = fs.constants;
// Windows has no O_NOFOLLOW; there O_EXCL alone refuses an existing name, link or not.
const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

const WHY: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a folder on its path is a file',
  ELOOP: 'its symbolic links go round in a loop',
  ENAMETOOLONG: 'the name is too long',
};

/** Why `file` cannot be written, or undefined when it can (it is a regular file, or does not exist yet). */
export function refusalToWrite(file: string): string | undefined {
  const target = resolveTarget(file);
  return 'refusal' in target ? target.refusal : undefined;
}

/** Writes `text` to `file` atomically; throws an Error whose message says why it could not. */
export function writeFileAtomic(file: string, text: string): void {
  const target = resolveTarget(file);
  if ('refusal' in target) throw new Error(target.refusal);
  fs.mkdirSync(path.dirname(target.path), { recursive: true });
  const temporary = path.join(
    path.dirname(target.path),
    `.${path.basename(target.path)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const fd = fs.openSync(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, target.mode ?? 0o666);
  try {
    try {
      fs.writeSync(fd, text);
      if (target.mode !== undefined) fs.fchmodSync(fd, target.mode);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, target.path);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** The path to replace (a link's file) and its permissions, or why it must not be written. */
function resolveTarget(file: string): { path: string; mode?: number } | { refusal: string } {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') return { refusal: `cannot write ${file}: ${WHY[code ?? ''] ?? code ?? String(error)}` };
    if (isLink(file)) return { refusal: `cannot write ${file}: it is a symbolic link to nothing` };
    return { path: path.resolve(file) };
  }
  if (!stats.isFile()) return { refusal: `cannot write ${file}: it is ${notRegular(stats)}` };
  return { path: fs.realpathSync(file), mode: stats.mode & 0o7777 };
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
