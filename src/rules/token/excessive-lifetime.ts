// excessive-lifetime: the token's total lifetime is above `max-lifetime-days`.
import type { TokenRuleContext } from '../context.js';
import { fixFor } from '../fix.js';
import type { Finding, Rule } from '../types.js';
import { formatDate, lifetimeLabel, parseInstant } from './time.js';

const HOUR = 3600;
/** Lifetimes people get without asking, and where they come from (discharges add 30 s). */
const KNOWN_LIFETIMES: readonly { seconds: number; origin: string }[] = [
  { seconds: 175_200 * HOUR, origin: "flyctl's default expiry" },
  { seconds: 876_000 * HOUR, origin: 'as dashboard-made tokens get' },
  { seconds: 999_999 * HOUR, origin: "the `-x 999999h` of Fly's CD guide and `fly launch`" }
];
const KNOWN_SLACK_SECONDS = 120;

function origin(seconds: number): string {
  const known = KNOWN_LIFETIMES.find(k => Math.abs(k.seconds - seconds) <= KNOWN_SLACK_SECONDS);
  return known ? ` (${known.origin})` : '';
}

export const excessiveLifetime: Rule<TokenRuleContext> = {
  id: 'excessive-lifetime',
  defaultSeverity: 'low',
  title: 'Token lifetime too long',
  help:
    'The token stays valid for longer than `max-lifetime-days` (default 365). `fly tokens create` ' +
    "defaults to 20 years and Fly's CD guide uses `-x 999999h` (114 years): a copy that leaks " +
    'keeps working for decades. Ask for the shortest expiry that works and rotate on a schedule.',
  check(context): Finding[] {
    const { inspection, options } = context;
    if (inspection.kind === 'personal' || inspection.kind === 'malformed') return [];
    const limitDays = options.maxLifetimeDays;
    const lifetime = inspection.lifetimeSeconds;
    let message: string | null = null;
    if (lifetime === null) {
      // No window anywhere means no expiry at all; a missing discharge (where the window lives
      // in server tokens) means we cannot tell, which `missing-discharge` reports.
      const neverExpires =
        inspection.expiresAt === null &&
        inspection.macaroonCount > 0 &&
        inspection.dischargePaired !== false;
      if (neverExpires) {
        message = `The token never expires (it has no validity window), above the ${limitDays}-day limit: a leaked copy would work until it is revoked.`;
      }
    } else if (lifetime > limitDays * 86400) {
      const expiresAt = parseInstant(inspection.expiresAt);
      const until = expiresAt
        ? `, until ${formatDate(expiresAt.toISOString()).replace(/ .*/, '')}`
        : '';
      message = `This is a ${lifetimeLabel(lifetime)} token${origin(lifetime)}: valid for ${Math.floor(lifetime / 86400)} days${until}, above the ${limitDays}-day limit, so a leaked copy would keep working that long.`;
    }
    if (message === null) return [];
    return [{ rule: 'excessive-lifetime', severity: 'low', message, fix: fixFor(context) }];
  }
};
