// expired: the validity window has ended; Fly rejects the token.
import type { TokenRuleContext } from '../context.js';
import { fixFor } from '../fix.js';
import type { Finding, Rule } from '../types.js';
import { formatDate, formatSpan, parseInstant } from './time.js';

export const expired: Rule<TokenRuleContext> = {
  id: 'expired',
  defaultSeverity: 'critical',
  title: 'Token expired',
  help:
    'The earliest end of any validity window in the token (permission or discharge) is in the ' +
    'past: Fly rejects the token and every flyctl call with it fails. Personal tokens are left ' +
    'to `personal-token`: their user part outlives the short-lived macaroons bundled with it.',
  check(context): Finding[] {
    const { inspection, now } = context;
    if (inspection.kind === 'personal' || inspection.kind === 'malformed') return [];
    const expiresAt = parseInstant(inspection.expiresAt);
    if (expiresAt === null || expiresAt.getTime() > now.getTime()) return [];
    return [
      {
        rule: 'expired',
        severity: 'critical',
        message: `The token expired on ${formatDate(expiresAt.toISOString())} (${formatSpan(now.getTime() - expiresAt.getTime())} ago): Fly rejects it, so every flyctl call with it fails.`,
        // Nothing to revoke: an expired token is already dead.
        fix: fixFor(context, { revokeOld: false })
      }
    ];
  }
};
