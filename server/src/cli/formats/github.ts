// GitHub Actions workflow commands: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, shown as
// annotations on the pull request. Escaping as the runner expects: `%`, CR and LF everywhere, and `:` and `,` in
// property values.
import type { Finding, Severity } from '../findings';

const COMMANDS: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  information: 'notice',
  hint: 'notice',
};

export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map(f => {
      const properties = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`model-registry ${f.code}`)}`,
      ].join(',');
      return `::${COMMANDS[f.severity]} ${properties}::${escapeData(f.message)}\n`;
    })
    .join('');
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
