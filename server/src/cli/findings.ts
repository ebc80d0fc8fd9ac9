// A diagnostic as the CLI reports it (SPEC §7 JSON shape): 1-based lines and columns (UTF-16 code units, as in
// LSP and SARIF), the file relative to the current directory with `/` separators.
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { relativeInside } from '../registryCalls/testFiles';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  severity: Severity;
  message: string;
}

const SEVERITIES: Record<number, Severity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

export function toFinding(file: string, cwd: string, diagnostic: Diagnostic): Finding {
  const { start, end } = diagnostic.range;
  return {
    file: displayPath(file, cwd),
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    code: String(diagnostic.code ?? ''),
    severity: SEVERITIES[diagnostic.severity ?? DiagnosticSeverity.Warning],
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
  };
}

export function displayPath(file: string, cwd: string): string {
  const relative = relativeInside(cwd, file) ?? (path.relative(cwd, file) || path.basename(file));
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

/** What every output format is told about the run besides its findings. */
export interface RunInfo {
  version: string;
  cwd: string;
  /** Files that could not be checked, with why. */
  errors: string[];
  /** How many files were checked. */
  checked: number;
}
