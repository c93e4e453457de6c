// Dates and durations as people read them in summaries and terminals.

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "20 years", "90 days", "10 minutes": the largest unit that reads naturally. */
export function formatDuration(seconds: number): string {
  const s = Math.abs(seconds);
  if (s >= 2 * YEAR) return plural(Math.round(s / YEAR), 'year');
  if (s >= 2 * DAY) return plural(Math.round(s / DAY), 'day');
  if (s >= 2 * HOUR) return plural(Math.round(s / HOUR), 'hour');
  if (s >= 2 * MINUTE) return plural(Math.round(s / MINUTE), 'minute');
  return plural(Math.round(s), 'second');
}

/** Whole days from now until `iso` (negative once past), rounded towards negative infinity. */
export function daysUntil(iso: string, now: Date): number {
  return Math.floor((Date.parse(iso) - now.getTime()) / (DAY * 1000));
}

/** "in 6792 days", "in 3 hours", "expired 10 days ago". */
export function formatCountdown(iso: string, now: Date): string {
  const seconds = (Date.parse(iso) - now.getTime()) / 1000;
  return seconds >= 0 ? `in ${formatDuration(seconds)}` : `expired ${formatDuration(seconds)} ago`;
}

/** "2045-07-04 10:33 UTC". */
export function formatDate(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function lifetimeDays(seconds: number): number {
  return Math.round(seconds / DAY);
}
