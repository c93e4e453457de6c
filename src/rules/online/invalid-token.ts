// invalid-token: Fly's API rejects the token (revoked, expired, unknown, bad signature).
import type { TokenRuleContext } from '../context.js';
import { fixFor } from '../fix.js';
import type { Finding, Rule } from '../types.js';
import { detailOf, labelledChecks, tokenRejected } from './checks.js';

export const invalidToken: Rule<TokenRuleContext> = {
  id: 'invalid-token',
  defaultSeverity: 'critical',
  title: 'Fly rejects the token',
  help:
    "Fly's API answered that it does not accept this token: it has been revoked, has expired, " +
    'was never issued by Fly, or was altered. Every flyctl command using it will fail. Only a ' +
    'definite answer from Fly triggers this rule; an unreachable or failing API is reported by ' +
    '`unverified` instead.',
  check(context): Finding[] {
    const online = context.online;
    if (!online || !tokenRejected(online)) return [];
    const first = labelledChecks(online).find(({ check }) => check.outcome === 'rejected');
    const said = first ? detailOf(first.check) : 'Fly rejected the token';
    const fix = fixFor(context, { revokeOld: false });
    return [
      {
        rule: 'invalid-token',
        severity: 'critical',
        message: `${said}. The token is revoked, expired or not one Fly issued, so every flyctl command using it will fail.`,
        fix: {
          summary: `Replace the secret with a new token. ${fix.summary}`,
          commands: fix.commands
        }
      }
    ];
  }
};
