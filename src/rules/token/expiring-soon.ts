// expiring-soon: the token expires within `expiry-warning-days` (high under 3 days).
import type { TokenRuleContext } from '../context.js';
import { fixFor } from '../fix.js';
import type { Finding, Rule, Severity } from '../types.js';
import { DAY_MS, formatInstant, formatSpan, parseInstant } from './time.js';

/** Under this much time left the finding is high: a weekend is enough to miss it. */
export const URGENT_EXPIRY_DAYS = 3;

export const expiringSoon: Rule<TokenRuleContext> = {
  id: 'expiring-soon',
  defaultSeverity: 'medium',
  title: 'Token expires soon',
  help:
    'The token expires within `expiry-warning-days` (default 14): rotate it before deploys start ' +
    'failing. The finding is high when under 3 days are left.',
  check(context): Finding[] {
    const { inspection, now, options } = context;
    if (inspection.kind === 'personal' || inspection.kind === 'malformed') return [];
    const expiresAt = parseInstant(inspection.expiresAt);
    if (expiresAt === null) return [];
    const left = expiresAt.getTime() - now.getTime();
    if (left <= 0 || left > options.expiryWarningDays * DAY_MS) return [];
    const severity: Severity = left < URGENT_EXPIRY_DAYS * DAY_MS ? 'high' : 'medium';
    return [
      {
        rule: 'expiring-soon',
        severity,
        message: `The token expires on ${formatInstant(expiresAt)}, in ${formatSpan(left)}: flyctl calls with it fail from then on, so rotate it first.`,
        fix: fixFor(context)
      }
    ];
  }
};
