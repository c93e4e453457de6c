// Dates and durations as people read them in summaries and terminals.

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "20 years", "30 days", "10.5 minutes": one unit, at most one decimal. */
export function formatDuration(seconds: number): string {
  const units: Array<[number, string]> = [
    [YEAR, 'year'],
    [DAY, 'day'],
    [HOUR, 'hour'],
    [MINUTE, 'minute'],
    [1, 'second']
  ];
  const abs = Math.abs(seconds);
  for (const [size, unit] of units) {
    if (abs >= size || size === 1) {
      const value = Math.round((abs / size) * 10) / 10;
      return `${value} ${unit}${value === 1 ? '' : 's'}`;
    }
  }
  return `${abs} seconds`;
}

/** Whole days from now until `iso` (negative once past), rounded towards negative infinity. */
export function daysUntil(iso: string, now: Date): number {
  return Math.floor((Date.parse(iso) - now.getTime()) / (DAY * 1000));
}

/** "in 7300 days", "expired 10 days ago", "in 5 hours", "expired less than an hour ago". */
export function formatCountdown(iso: string, now: Date): string {
  const diff = Date.parse(iso) - now.getTime();
  const abs = Math.abs(diff);
  const span =
    abs >= DAY * 1000
      ? plural(Math.floor(abs / (DAY * 1000)), 'day')
      : abs >= HOUR * 1000
        ? plural(Math.floor(abs / (HOUR * 1000)), 'hour')
        : 'less than an hour';
  return diff >= 0 ? `in ${span}` : `expired ${span} ago`;
}

/** "2045-07-04 10:33 UTC". */
export function formatDate(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function lifetimeDays(seconds: number): number {
  return Math.round(seconds / DAY);
}
