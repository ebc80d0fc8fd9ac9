// The output formats of `model-registry check --format`.
import type { Finding, RunInfo } from '../findings';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatText } from './text';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export const FORMATTERS: Record<Format, (findings: readonly Finding[], run: RunInfo) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};
