// The diagnostic codes and source of SPEC §4, shared by the model-ID features, the test-file lint and the CLI.

export const DIAGNOSTIC_SOURCE = 'model-registry';
export const UNKNOWN_MODEL = 'unknown-model';
export const DEPRECATED_MODEL = 'deprecated-model';
export const REAL_REGISTRY_CALL = 'real-registry-call';

export const DIAGNOSTIC_CODES = [UNKNOWN_MODEL, DEPRECATED_MODEL, REAL_REGISTRY_CALL] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];
