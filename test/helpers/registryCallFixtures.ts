// The fixture projects of the `real-registry-call` check (test/fixtures/registry-calls/<language>/) and the
// expectations written in them: a line that must be flagged ends with a comment `expect: real-registry-call`,
// optionally `x2` (two calls on the line) and the exact range text between backticks. Every other line must not
// be flagged. The server and CLI tests both read these, so editor and CI are held to one source of truth.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { languageOfFile } from '../../shared/languages';

export const FIXTURES = path.resolve(__dirname, '../fixtures/registry-calls');
export const PROJECTS = ['elixir', 'python', 'js'] as const;
export type Project = (typeof PROJECTS)[number];

const MARKER = /expect: real-registry-call(?: x(\d+))?(?: `([^`]*)`)?/;

export interface ExpectedLine {
  /** 1-based. */
  line: number;
  count: number;
  rangeText?: string;
}

export interface FixtureFile {
  /** Relative to the project root, `/` separators. */
  relative: string;
  absolute: string;
  languageId: string;
  text: string;
  expected: ExpectedLine[];
}

export interface FixtureProject {
  root: string;
  /** The project's `model-registry.json` (settings without the prefix), when it has one. */
  config?: string;
  settings: Record<string, unknown>;
  files: FixtureFile[];
}

/** Reads a fixture project; `root` may be a copy of it elsewhere. */
export function readProject(project: Project, root = path.join(FIXTURES, project)): FixtureProject {
  const config = path.join(root, 'model-registry.json');
  const hasConfig = fs.existsSync(config);
  return {
    root,
    ...(hasConfig ? { config } : {}),
    settings: hasConfig ? (JSON.parse(fs.readFileSync(config, 'utf8')) as Record<string, unknown>) : {},
    files: listFiles(root).flatMap(absolute => {
      const languageId = languageOfFile(absolute)?.id;
      if (!languageId || !languageOfFile(absolute)?.codeFamily) return [];
      const text = fs.readFileSync(absolute, 'utf8');
      return [
        {
          relative: path.relative(root, absolute).split(path.sep).join('/'),
          absolute,
          languageId,
          text,
          expected: expectations(text),
        },
      ];
    }),
  };
}

function expectations(text: string): ExpectedLine[] {
  const found: ExpectedLine[] = [];
  text.split('\n').forEach((line, i) => {
    const match = MARKER.exec(line);
    if (match)
      found.push({
        line: i + 1,
        count: Number(match[1] ?? 1),
        ...(match[2] !== undefined ? { rangeText: match[2] } : {}),
      });
  });
  return found;
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** A reported call: 1-based lines and columns, as the CLI prints them. */
export interface Reported {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Differences between what a file expects and what was reported for it, as readable lines (empty when they
 * agree): a line flagged a different number of times, or a range that covers other text than the marker says.
 */
export function compare(file: FixtureFile, reported: readonly Reported[]): string[] {
  const problems: string[] = [];
  const lines = file.text.split('\n');
  const byLine = new Map<number, Reported[]>();
  for (const r of reported) byLine.set(r.line, [...(byLine.get(r.line) ?? []), r]);
  for (const expected of file.expected) {
    const got = byLine.get(expected.line) ?? [];
    if (got.length !== expected.count)
      problems.push(`${file.relative}:${expected.line}: expected ${expected.count} finding(s), got ${got.length}`);
    if (expected.rangeText !== undefined && got.length === 1) {
      const r = got[0];
      const text = r.line === r.endLine ? lines[r.line - 1].slice(r.column - 1, r.endColumn - 1) : '(spans lines)';
      if (text !== expected.rangeText)
        problems.push(
          `${file.relative}:${expected.line}: range covers \`${text}\`, expected \`${expected.rangeText}\``,
        );
    }
  }
  for (const line of byLine.keys()) {
    if (!file.expected.some(e => e.line === line)) problems.push(`${file.relative}:${line}: unexpected finding`);
  }
  return problems;
}
