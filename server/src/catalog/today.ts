// Today's date as `YYYY-MM-DD` (UTC), against which deprecation dates are read. Remembered until the day ends: the
// server asks on every completion, hover and check, and a Date and its ISO string each time showed in completion time.
const DAY_MS = 86_400_000;
let day = Number.NaN;
let text = '';

export function utcToday(now: number = Date.now()): string {
  const current = Math.floor(now / DAY_MS);
  if (current !== day) {
    day = current;
    text = new Date(current * DAY_MS).toISOString().slice(0, 10);
  }
  return text;
}
