// Dates and durations in messages: whole units people read at a glance, always UTC.
import { plural } from '../words.js';

const SECOND_MS = 1000;
const HOUR_MS = 3600 * SECOND_MS;
export const DAY_MS = 24 * HOUR_MS;
/** A 365-day year: what flyctl's "20 years" (175200h) means. */
const YEAR_SECONDS = 365 * 24 * 3600;

/** Parse an ISO-8601 time from the inspection; null when absent or unreadable. */
export function parseInstant(iso: string | null): Date | null {
  if (iso === null) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2045-07-04 10:33 UTC"; years beyond 9999 keep their sign and digits ("+275760-09-13 00:00 UTC"). */
export function formatDate(iso: string): string {
  const match = /^([+-]?\d{4,6}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/** A span rounded down to the largest useful unit: "12 days", "1 day", "20 hours", "5 minutes". */
export function formatSpan(ms: number): string {
  const abs = Math.abs(ms);
  if (abs >= 2 * DAY_MS) return plural(Math.floor(abs / DAY_MS), 'day');
  if (abs >= DAY_MS) return `1 day ${plural(Math.floor((abs - DAY_MS) / HOUR_MS), 'hour')}`;
  if (abs >= 2 * HOUR_MS) return plural(Math.floor(abs / HOUR_MS), 'hour');
  if (abs >= HOUR_MS) return `1 hour ${plural(Math.floor((abs - HOUR_MS) / 60_000), 'minute')}`;
  if (abs >= 60 * SECOND_MS) return plural(Math.floor(abs / (60 * SECOND_MS)), 'minute');
  return plural(Math.floor(abs / SECOND_MS), 'second');
}

/** "20-year", "114-year" for long lifetimes (365-day years, rounded down), else "45-day", "6-hour". */
export function lifetimeLabel(seconds: number): string {
  const years = seconds / YEAR_SECONDS;
  if (years >= 2) return `${Math.floor(years)}-year`;
  if (seconds >= 2 * 86400) return `${Math.floor(seconds / 86400)}-day`;
  return `${Math.floor(seconds / 3600)}-hour`;
}
