// Text from the repository (file names, rule messages from a config) made safe to print as lines: a control
// character would split a line (a newline in a file name) or drive the terminal (an escape sequence), so each is
// written as an escape (`\n`, `\x1b`) instead.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(text: string): string {
  return text.replace(CONTROL, c => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
