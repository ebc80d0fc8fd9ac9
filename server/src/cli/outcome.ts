// What a `model-registry check` run ends with (SPEC §7): the exit code from its findings, errors and the
// `--fail-on` / `--max-warnings` options, and the counts the text format's summary line gives.
import type { Finding, Severity } from './findings';

export const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export const FAIL_ON_LEVELS = ['error', 'warning', 'information'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** Higher is more severe; a hint never fails a run. */
const RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

export interface Counts {
  errors: number;
  warnings: number;
  /** Information and hints. */
  infos: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const { severity } of findings) {
    if (severity === 'error') counts.errors++;
    else if (severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/**
 * 2 when a file or path could not be checked (the result is incomplete), else 1 when a finding is at or above
 * `failOn` or the warnings exceed `maxWarnings`, else 0.
 */
export function exitCodeOf(
  findings: readonly Finding[],
  errors: readonly string[],
  options: { failOn: FailOn; maxWarnings?: number },
): number {
  if (errors.length > 0) return EXIT_ERROR;
  const threshold = RANK[options.failOn];
  if (findings.some(f => RANK[f.severity] >= threshold)) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && countFindings(findings).warnings > options.maxWarnings) return EXIT_FINDINGS;
  return EXIT_CLEAN;
}
