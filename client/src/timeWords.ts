// Times as people read them: "3 minutes ago", with the local date and time for a hover. No `vscode` import, so it is
// unit-tested (test/unit/timeWords.test.ts).

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];
const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "just now", "3 minutes ago", "yesterday", "2 months ago": whole units, counted down as a clock does. */
export function relativeTime(at: Date, now: Date): string {
  const seconds = (at.getTime() - now.getTime()) / 1000;
  for (const [unit, length] of UNITS) {
    const whole = Math.trunc(seconds / length);
    if (whole !== 0) return RELATIVE.format(whole, unit);
  }
  return 'just now';
}

/** `2026-12-05 14:02:11`, local time: what the user compares with the output channel's timestamps. */
export function localDateTime(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ` +
    `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`
  );
}
