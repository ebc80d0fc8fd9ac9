// Which files are test files (`modelRegistry.testFiles`): a glob without `/` matches the file name in any folder; one
// with `/` matches the path below the workspace folder the file is in, at any depth (`test/**/*_test.exs` also finds
// an umbrella app's `apps/billing/test/…`, `__tests__/**` a monorepo package's), unless it starts with `/` or `./`,
// which anchor it at the folder itself. A glob that cannot be read is dropped with a note; the others still apply.
import * as path from 'node:path';
import picomatch from 'picomatch';

export function testFileMatcher(
  globs: readonly string[],
  folders: readonly string[],
  note: (message: string) => void = () => undefined,
): (file: string) => boolean {
  const cleaned = globs.map(g => g.trim()).filter(Boolean);
  const nameGlobs = cleaned.filter(g => !g.includes('/'));
  const pathGlobs = cleaned.filter(g => g.includes('/'));
  const matchesName = oneRegex(nameGlobs, note);
  const matchesPath = oneRegex(pathGlobs, note, atAnyDepth);
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

/** Globs per regex: V8's compile time grows faster than the source (1,000 globs in one regex take 0.1 s, 5,000 take 2.6 s). */
const GLOBS_PER_REGEX = 64;

/**
 * Few regexes for a list of globs (one test per file instead of one per glob: this runs for every file of a run):
 * one for up to 64 globs, as the default list and most user lists are.
 */
function oneRegex(
  globs: readonly string[],
  note: (message: string) => void,
  pattern: (glob: string) => string = glob => glob,
): (text: string) => boolean {
  const sources = globs.flatMap(glob => {
    const source = globSource(pattern(glob));
    if (source === undefined) note(`testFiles: the glob "${glob}" is not a valid glob and is ignored`);
    return source === undefined ? [] : [`(?:${source})`];
  });
  const regexes: RegExp[] = [];
  for (let i = 0; i < sources.length; i += GLOBS_PER_REGEX) {
    const chunk = sources.slice(i, i + GLOBS_PER_REGEX);
    try {
      regexes.push(compiled(chunk.join('|')));
    } catch {
      regexes.push(...chunk.map(compiled)); // together too large for the engine; each was compiled alone before
    }
  }
  if (regexes.length === 0) return () => false;
  if (regexes.length === 1) return text => regexes[0].test(text);
  return text => regexes.some(regex => regex.test(text));
}

// A path glob matches below any folder of the workspace folder (a `**/` before it) unless `./` or `/` anchors it.
function atAnyDepth(glob: string): string {
  if (/^\.?\//.test(glob)) return glob.replace(/^\.?\//, '');
  return glob.startsWith('**/') ? glob : `**/${glob}`;
}

/** The regex source of a glob, or undefined when picomatch cannot parse it (it then answers a never-matching `$^`). */
function globSource(glob: string): string | undefined {
  try {
    const source = picomatch.makeRe(glob, { dot: true }).source;
    compiled(source); // checked alone, so a bad one costs only itself
    return source === '$^' ? undefined : source;
  } catch {
    return undefined;
  }
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

/** A regex, compiled now: V8 compiles on first use, and only then says a regex is too large. */
function compiled(source: string): RegExp {
  const regex = new RegExp(source);
  regex.test('');
  return regex;
}
