// unverified: some online check could not complete. Never a verdict on the token.
import type { TokenRuleContext } from '../context.js';
import type { Finding, Rule } from '../types.js';
import { advice } from '../types.js';
import { offlineAppMatch } from '../token/app-match.js';
import { detailOf, labelledChecks } from './checks.js';

/** At most this many distinct reasons are spelled out; the rest are counted. */
const LISTED = 4;

export const unverified: Rule<TokenRuleContext> = {
  id: 'unverified',
  defaultSeverity: 'low',
  title: 'Token could not be verified online',
  help:
    "An online check could not complete: Fly's API was unreachable, slow, failing (5xx after " +
    'retries), rate limiting, or answered something unreadable, or it would not say (an org slug ' +
    'a deploy token may not read). This says nothing about whether the token is valid; the offline ' +
    'findings still stand.',
  check(context): Finding[] {
    const online = context.online;
    if (!online) return offlineAppMatch(context);
    const open = labelledChecks(online).filter(({ check }) => check.outcome === 'unverified');
    if (open.length === 0) return [];
    // Several checks often fail for one reason (Fly down, bad URL): say each reason once.
    const byReason = new Map<string, string[]>();
    for (const { label, check } of open) {
      const reason = detailOf(
        check.reason !== undefined ? { ...check, detail: check.reason } : check,
        160
      );
      byReason.set(reason, [...(byReason.get(reason) ?? []), label]);
    }
    const reasons = [...byReason.entries()];
    const listed = reasons
      .slice(0, LISTED)
      .map(([reason, labels]) => `${labels.join(', ')}: ${reason}`);
    const more = reasons.length > LISTED ? `; and ${reasons.length - LISTED} more` : '';
    const count = open.length === 1 ? 'one online check' : `${open.length} online checks`;
    return [
      {
        rule: 'unverified',
        severity: 'low',
        message: `Could not complete ${count} (${listed.join('; ')}${more}). This is not a verdict on the token.`,
        fix: advice(
          "Re-run when Fly's API is reachable. Behind a proxy, set HTTPS_PROXY (and NO_PROXY for hosts that bypass it); with a custom fly-api-url or fly-graphql-url, check the URL."
        )
      }
    ];
  }
};
