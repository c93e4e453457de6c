// malformed-token: the value cannot be parsed as a Fly.io token at all.
import type { TokenRuleContext } from '../context.js';
import { buildFix, fixOptionsFrom } from '../fix.js';
import type { Finding, Rule } from '../types.js';
import { problemText } from './decoder-text.js';

export const malformedToken: Rule<TokenRuleContext> = {
  id: 'malformed-token',
  defaultSeverity: 'critical',
  title: 'Token cannot be parsed',
  help:
    'The value is not a usable Fly.io token: empty, cut short, a wrong alphabet (URL-safe or ' +
    'unpadded base64), an unknown label, bytes that are not a macaroon. Usually the secret was ' +
    'pasted incompletely or the wrong value was stored.',
  check(context): Finding[] {
    const { inspection } = context;
    // A missing discharge has its own rule; everything else fatal makes the token unusable.
    const fatal = inspection.problems.filter(p => p.fatal && p.code !== 'missing-discharge');
    if (inspection.kind !== 'malformed' && fatal.length === 0) return [];
    const problems = fatal.length > 0 ? fatal : inspection.problems;
    const details = problems.map(problemText);
    const why =
      details.length > 0
        ? details.join('; ')
        : 'it is not a Fly.io token in any form flyctl accepts';
    const fix = buildFix(context.needs, inspection, fixOptionsFrom(context), { revokeOld: false });
    return [
      {
        rule: 'malformed-token',
        severity: 'critical',
        message: `The token cannot be used: ${why}.`,
        fix: {
          summary: `Store the complete output of \`fly tokens create\` again (one line, every comma-separated part), or mint a new token. ${fix.summary}`,
          commands: fix.commands
        }
      }
    ];
  }
};
