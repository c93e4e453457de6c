// expiring-soon: the token expires within `expiry-warning-days` (high under 3 days).
import type { TokenRuleContext } from '../context.js';
import { fixFor } from '../fix.js';
import type { Finding, Rule, Severity } from '../types.js';
import { DAY_MS, formatDate, formatSpan, parseInstant } from './time.js';

/** Under this much time left the finding is high: a weekend is enough to miss it. */
const URGENT_EXPIRY_DAYS = 3;

/**
 * Tokens whose whole lifetime is at most this long are short-lived by design (job-scoped tokens
 * from `mode: attenuate`, `fly tokens create -x 30m`): their expiry is the point, not a risk.
 */
const SHORT_LIVED_SECONDS = 24 * 60 * 60;

export const expiringSoon: Rule<TokenRuleContext> = {
  id: 'expiring-soon',
  defaultSeverity: 'medium',
  title: 'Token expires soon',
  help:
    'The token expires within `expiry-warning-days` (default 14): rotate it before deploys start ' +
    'failing. The finding is high when under 3 days are left. Tokens that live a day or less ' +
    '(job-scoped tokens) are short-lived on purpose and are not flagged.',
  check(context): Finding[] {
    const { inspection, now, options } = context;
    if (inspection.kind === 'personal' || inspection.kind === 'malformed') return [];
    const expiresAt = parseInstant(inspection.expiresAt);
    if (expiresAt === null) return [];
    const lifetime = inspection.lifetimeSeconds;
    if (lifetime !== null && lifetime <= SHORT_LIVED_SECONDS) return [];
    const left = expiresAt.getTime() - now.getTime();
    if (left <= 0 || left > options.expiryWarningDays * DAY_MS) return [];
    const severity: Severity = left < URGENT_EXPIRY_DAYS * DAY_MS ? 'high' : 'medium';
    return [
      {
        rule: 'expiring-soon',
        severity,
        message: `The token expires on ${formatDate(expiresAt.toISOString())}, in ${formatSpan(left)}: flyctl calls with it fail from then on, so rotate it first.`,
        fix: fixFor(context)
      }
    ];
  }
};
