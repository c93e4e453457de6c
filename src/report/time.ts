// Dates and durations as people read them in summaries and terminals.
import { formatDate } from '../rules/token/time.js';
import { plural } from '../rules/words.js';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

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

/** "in 7300 days", "expired 10 days ago", "in 5 hours", "in 31 minutes", "expired less than a minute ago". */
export function formatCountdown(iso: string, now: Date): string {
  const diff = Date.parse(iso) - now.getTime();
  const abs = Math.abs(diff);
  const span =
    abs >= DAY * 1000
      ? plural(Math.floor(abs / (DAY * 1000)), 'day')
      : abs >= HOUR * 1000
        ? plural(Math.floor(abs / (HOUR * 1000)), 'hour')
        : abs >= MINUTE * 1000
          ? plural(Math.floor(abs / (MINUTE * 1000)), 'minute')
          : 'less than a minute';
  return diff >= 0 ? `in ${span}` : `expired ${span} ago`;
}

export function lifetimeDays(seconds: number): number {
  return Math.round(seconds / DAY);
}

/** "As of 2026-01-01 00:00 UTC (pinned clock)": said whenever FLY_TOKEN_GUARD_NOW pins the clock. */
export function asOfLine(now: Date): string {
  return `As of ${formatDate(now.toISOString())} (the clock is pinned by FLY_TOKEN_GUARD_NOW): every countdown counts from that date, not today.`;
}

/** Access letters as words, for the one place each output explains them. */
export const ACCESS_LETTERS_NOTE =
  'Access letters: r read, w write, c create, d delete, C control (`rwcdC`: everything).';
