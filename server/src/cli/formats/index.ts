// The output formats of `model-registry check --format`.
import type { Finding } from '../findings';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatText } from './text';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface RunInfo {
  version: string;
  cwd: string;
  /** Files that could not be checked, with why. */
  errors: string[];
}

export const FORMATTERS: Record<Format, (findings: readonly Finding[], run: RunInfo) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};
