// personal-token: a user's own token (fo1_, legacy, `fly auth token` output) in CI.
import type { TokenRuleContext } from '../context.js';
import { describeRecommendation, fixFor, fixOptionsFrom, recommendToken } from '../fix.js';
import type { Finding, Rule } from '../types.js';
import { capitalize, plural } from '../words.js';

export const personalToken: Rule<TokenRuleContext> = {
  id: 'personal-token',
  defaultSeverity: 'high',
  title: 'Personal token used in CI',
  help:
    'The token belongs to a person (an fo1_ OAuth token, a legacy personal token or the output of ' +
    '`fly auth token`): it can do everything that user can, in every organization they belong ' +
    'to. CI should hold a token scoped to what the job needs: a deploy token for one app, a ' +
    'readonly token for monitoring.',
  check(context): Finding[] {
    const { inspection } = context;
    if (inspection.kind !== 'personal') return [];
    const what =
      inspection.macaroonCount > 0
        ? `a user token bundled with ${plural(inspection.macaroonCount, 'org macaroon')}, as \`fly auth token\` prints it`
        : 'a personal user token (from `fly auth login`, `fly auth token` or the dashboard)';
    const rec = recommendToken(context.needs, inspection, fixOptionsFrom(context));
    const instead =
      rec.basis === 'needs'
        ? ` ${capitalize(describeRecommendation(rec))} would do for this job.`
        : '';
    return [
      {
        rule: 'personal-token',
        severity: 'high',
        message: `This is ${what}: it can do everything its user can in every organization they belong to, so a leak from CI exposes all of them.${instead}`,
        fix: fixFor(context)
      }
    ];
  }
};
