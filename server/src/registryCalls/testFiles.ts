// Which files are test files (`modelRegistry.testFiles`): a glob without `/` matches the file name in any folder,
// one with `/` matches the path relative to the workspace folder the file is in.
import * as path from 'node:path';
import picomatch from 'picomatch';

export function testFileMatcher(globs: readonly string[], folders: readonly string[]): (file: string) => boolean {
  const cleaned = globs.map(g => g.trim().replace(/^\.\//, '')).filter(Boolean);
  const nameGlobs = cleaned.filter(g => !g.includes('/'));
  const pathGlobs = cleaned.filter(g => g.includes('/'));
  const matchesName = oneRegex(nameGlobs);
  const matchesPath = oneRegex(pathGlobs);
  return file => {
    if (matchesName(file.slice(file.lastIndexOf(path.sep) + 1))) return true;
    if (pathGlobs.length === 0) return false;
    for (const folder of folders) {
      const relative = relativeInside(folder, file);
      if (relative !== undefined && matchesPath(relative)) return true;
    }
    return false;
  };
}

/** One regex for a list of globs (one test per file instead of one per glob: this runs for every file of a run). */
function oneRegex(globs: readonly string[]): (text: string) => boolean {
  if (globs.length === 0) return () => false;
  const regex = new RegExp(globs.map(glob => `(?:${picomatch.makeRe(glob, { dot: true }).source})`).join('|'));
  return text => regex.test(text);
}

/**
 * `file` relative to `folder` with `/` separators, or undefined when it is not inside it. Both are normalised
 * absolute paths (as the server and the CLI have them), so a prefix test does: it runs for every file of a run.
 */
export function relativeInside(folder: string, file: string): string | undefined {
  const length = folder.endsWith(path.sep) ? folder.length : folder.length + 1;
  if (file.length <= length || !file.startsWith(folder) || (length > folder.length && file[folder.length] !== path.sep))
    return undefined;
  const relative = file.slice(length);
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}
