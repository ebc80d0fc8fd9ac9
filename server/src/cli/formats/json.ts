// SPEC §7: an array of `{ file, line, column, endLine, endColumn, code, severity, message }`.
import type { Finding } from '../findings';

export function formatJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(
    findings.map(({ file, line, column, endLine, endColumn, code, severity, message }) => ({
      file,
      line,
      column,
      endLine,
      endColumn,
      code,
      severity,
      message,
    })),
    null,
    2,
  )}\n`;
}
