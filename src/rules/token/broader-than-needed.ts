// broader-than-needed: the token grants more than the job uses (org token for one app's deploy,
// deploy token for reading, any-command machine-exec for one command).
import type { TokenRuleContext } from '../context.js';
import {
  describeRecommendation,
  fixFor,
  fixOptionsFrom,
  needsKnown,
  recommendToken
} from '../fix.js';
import type { Finding, Rule } from '../types.js';
import { allowsAnyCommand, describeToken, needBreadth, tokenBreadth } from './access.js';
import { listApps, listCapabilities, listCommands, locationFor } from './shared.js';
import { unseenUses } from './needs-text.js';

export const broaderThanNeeded: Rule<TokenRuleContext> = {
  id: 'broader-than-needed',
  defaultSeverity: 'medium',
  title: 'Token broader than the job needs',
  help:
    'The token can do more than this job uses: an org token where a deploy token for the app ' +
    'would do, a deploy token where a readonly token would do, a machine-exec token for any ' +
    'command where the job runs a known one. A leaked narrower token exposes less. Personal ' +
    'tokens are reported by `personal-token` instead. When part of what the job does cannot be ' +
    'seen, `unknown-needs` is reported instead: the unseen part may need more.',
  check(context): Finding[] {
    const { inspection, needs } = context;
    if (inspection.kind === 'personal' || inspection.kind === 'malformed') return [];
    if (!needsKnown(needs)) return [];
    // What cannot be seen may need more than what can: `unknown-needs` says so instead.
    if (unseenUses(needs).length > 0) return [];

    const location = locationFor(needs);
    const appsPart = needs.apps.length > 0 ? ` for ${listApps(needs.apps)}` : '';
    const needText = `the job only needs ${listCapabilities(needs.capabilities)}${appsPart}`;
    const finding = (message: string): Finding[] => [
      {
        rule: 'broader-than-needed',
        severity: 'medium',
        message,
        ...(location ? { location } : {}),
        fix: fixFor(context)
      }
    ];

    if (tokenBreadth(inspection) > needBreadth(needs.capabilities)) {
      const rec = recommendToken(needs, inspection, fixOptionsFrom(context));
      const narrower =
        rec.tokens.length > 1
          ? `${describeRecommendation(rec)} would do (an org token only if the apps must share one secret)`
          : `${describeRecommendation(rec)} would do`;
      return finding(
        `This ${describeToken(inspection)} grants more than the job uses: ${needText}, so ${narrower} and a leak would expose less.`
      );
    }

    const rules = inspection.commands;
    const knownCommands = needs.capabilities.includes('machine-exec') && needs.commands.length > 0;
    if (rules !== null && allowsAnyCommand(rules) && knownCommands) {
      return finding(
        `This machine-exec token may run any command, but the job runs only ${listCommands(needs.commands)}: a token restricted with \`--command\` would do.`
      );
    }
    return [];
  }
};
