// The diagnostic codes and source of SPEC §4, shared by the model-ID features, the test-file lint and the CLI, and
// where each code is documented: the README section named after it.
import type { CodeDescription } from 'vscode-languageserver';

export const DIAGNOSTIC_SOURCE = 'model-registry';
export const UNKNOWN_MODEL = 'unknown-model';
export const DEPRECATED_MODEL = 'deprecated-model';
export const REAL_REGISTRY_CALL = 'real-registry-call';

export const DIAGNOSTIC_CODES = [UNKNOWN_MODEL, DEPRECATED_MODEL, REAL_REGISTRY_CALL] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** The README, as published; each code's section is its anchor (`#real-registry-call`). */
export const README_URL = 'https://github.com/model-registry/model-registry';

/** The `codeDescription` of a diagnostic: a link to its code's README section. */
export function codeDescription(code: DiagnosticCode): CodeDescription {
  return { href: `${README_URL}#${code}` };
}
