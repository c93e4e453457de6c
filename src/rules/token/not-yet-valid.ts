// not-yet-valid: the validity window has not started yet.
import type { TokenRuleContext } from '../context.js';
import type { Finding, Rule } from '../types.js';
import { formatDate, formatSpan, parseInstant } from './time.js';

/** Runner clocks drift and tokens are used seconds after minting: a minute is not a finding. */
const NOT_BEFORE_GRACE_MS = 60_000;

export const notYetValid: Rule<TokenRuleContext> = {
  id: 'not-yet-valid',
  defaultSeverity: 'high',
  title: 'Token not valid yet',
  help:
    "The token's validity window starts in the future (more than a minute from now): Fly rejects " +
    "it until then. Either it was attenuated with a delayed start, or the runner's clock is far " +
    'behind.',
  check(context): Finding[] {
    const { inspection, now } = context;
    if (inspection.kind === 'personal' || inspection.kind === 'malformed') return [];
    const notBefore = parseInstant(inspection.notBefore);
    if (notBefore === null) return [];
    const wait = notBefore.getTime() - now.getTime();
    if (wait <= NOT_BEFORE_GRACE_MS) return [];
    return [
      {
        rule: 'not-yet-valid',
        severity: 'high',
        message: `The token only becomes valid on ${formatDate(notBefore.toISOString())} (in ${formatSpan(wait)}): until then Fly rejects it and flyctl calls fail.`,
        fix: {
          summary:
            "Check the runner's clock, or use a token whose validity starts now: tokens from `fly tokens create` start when they are minted.",
          commands: ['date -u']
        }
      }
    ];
  }
};
