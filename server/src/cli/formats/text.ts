// `file:line:col: severity: message [code]`, one finding a line, as compilers print them (editors, terminals and
// problem matchers link them); a message's detail lines follow, indented. Then a summary line (SPEC §7):
// `N problems (E errors, W warnings, I infos) in F files`, or `no problems in F files`.
import type { Finding, RunInfo, Severity } from '../findings';
import { countFindings } from '../outcome';
import { printable } from '../printable';

const LABELS: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

export function formatText(findings: readonly Finding[], run: RunInfo): string {
  const lines = findings.flatMap(f => {
    const [first, ...detail] = f.message.split('\n');
    return [
      `${printable(f.file)}:${f.line}:${f.column}: ${LABELS[f.severity]}: ${printable(first)} [${f.code}]`,
      ...detail.map(line => `  ${printable(line)}`),
    ];
  });
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(findings, run.checked));
  return `${lines.join('\n')}\n`;
}

function summaryLine(findings: readonly Finding[], files: number): string {
  const inFiles = `in ${plural(files, 'file')}`;
  if (findings.length === 0) return `no problems ${inFiles}`;
  const { errors, warnings, infos } = countFindings(findings);
  return `${plural(findings.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}) ${inFiles}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
