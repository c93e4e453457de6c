// missing-discharge: a third-party caveat without its discharge token; unusable in CI.
import type { TokenInspection } from '../../token/types.js';
import type { TokenRuleContext } from '../context.js';
import { fixFor } from '../fix.js';
import { looksLikeToken, TOKEN_SHAPE } from '../../token/token-shape.js';
import type { Finding, Rule } from '../types.js';

/** Locations of the third-party caveats in the permission tokens (e.g. https://api.fly.io/aaa/v1). */
function thirdPartyLocations(inspection: TokenInspection): string[] {
  const locations = new Set<string>();
  for (const token of inspection.tokens) {
    if (token.role === 'discharge') continue;
    for (const caveat of token.caveats) {
      if (!/third|3p/i.test(caveat.name) && caveat.type !== '11') continue;
      const body = caveat.body;
      if (typeof body !== 'object' || body === null) continue;
      const record = body as Record<string, unknown>;
      const location = record['location'] ?? record['Location'];
      if (typeof location === 'string' && !looksLikeToken(location, TOKEN_SHAPE.fragment)) {
        locations.add(location);
      }
    }
  }
  return [...locations];
}

export const missingDischarge: Rule<TokenRuleContext> = {
  id: 'missing-discharge',
  defaultSeverity: 'high',
  title: 'Third-party caveat without discharge',
  help:
    "The token has a third-party caveat (for tokens from `fly tokens create`: Fly's auth " +
    'service) but the discharge token that satisfies it is not there. Fly then asks for an ' +
    'interactive login, which CI cannot do. The discharge is the last comma-separated part of ' +
    'what `fly tokens create` prints; it is usually lost when copying.',
  check(context): Finding[] {
    const { inspection } = context;
    if (inspection.kind === 'malformed' || inspection.kind === 'personal') return [];
    const missing =
      inspection.dischargePaired === false ||
      inspection.problems.some(p => p.code === 'missing-discharge');
    if (!missing) return [];
    const locations = thirdPartyLocations(inspection);
    const where = locations.length > 0 ? ` (${locations.join(', ')})` : '';
    const what = inspection.hasDischarge
      ? 'none of its discharge tokens matches it'
      : 'the discharge token that satisfies it is missing';
    return [
      {
        rule: 'missing-discharge',
        severity: 'high',
        message: `The token has a third-party caveat${where} but ${what}: Fly would demand an interactive login, so CI cannot use it. The discharge, the last comma-separated part of what \`fly tokens create\` prints, was probably lost when copying.`,
        fix: fixFor(context)
      }
    ];
  }
};
