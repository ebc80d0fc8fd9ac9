// `file:line:col: message [code]`, one finding a line, as compilers print them (editors and terminals link them).
import type { Finding } from '../findings';

export function formatText(findings: readonly Finding[]): string {
  return findings.map(f => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.code}]\n`).join('');
}
