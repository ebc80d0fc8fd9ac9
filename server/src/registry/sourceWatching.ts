// Which files the client should watch for the registry, and whether a reported change concerns a source.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { convertPathToPattern } from 'tinyglobby';
import type { FileSystemWatcher } from 'vscode-languageserver';
import type { SourceSpec } from './sourceSpecs';

/** Watchers for every file-backed source; bundled catalogs never change while the server runs. */
export function sourceWatchers(
  specs: readonly Pick<SourceSpec, 'files' | 'bundled'>[],
  relativePatternSupport: boolean,
): FileSystemWatcher[] {
  const watchers: FileSystemWatcher[] = [];
  for (const spec of specs) {
    if (!spec.files || spec.bundled) continue;
    for (const pattern of spec.files.patterns) {
      watchers.push({
        globPattern:
          relativePatternSupport && !path.isAbsolute(pattern)
            ? { baseUri: pathToFileURL(spec.files.cwd).href, pattern }
            : absoluteGlob(spec.files.cwd, pattern),
      });
    }
  }
  return watchers;
}

/** Tells whether a file path is, or could become, a file of one of these sources (a new file matching a glob). */
export function sourceFileMatcher(specs: readonly Pick<SourceSpec, 'files'>[]): (file: string) => boolean {
  const globs = specs.flatMap(({ files }) => (files ? files.patterns.map(p => absoluteGlob(files.cwd, p)) : []));
  if (globs.length === 0) return () => false;
  const isMatch = picomatch(globs, { dot: true });
  return file => isMatch(file.split(path.sep).join('/'));
}

function absoluteGlob(cwd: string, pattern: string): string {
  return path.isAbsolute(pattern) ? pattern.split(path.sep).join('/') : `${convertPathToPattern(cwd)}/${pattern}`;
}
