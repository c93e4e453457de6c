// The public entry: any token string -> TokenInspection (the `inspect --json` contract).
// Pure, linear, never throws, never echoes token text.
import { classify } from './classify.js';
import { decodeToken, type DecodedToken } from './decode.js';
import { problem } from './problems.js';
import {
  creatorOf,
  dischargePaired,
  macaroonExpiry,
  pairings,
  summarizeExpiry
} from './relations.js';
import { scrubFragments } from './scrub.js';
import { ProbeBudget, summarizeAccess } from './summary.js';
import { MAX_PROBED_RESOURCES } from './limits.js';
import type { DescribedMacaroon, TokenInspection, TokenProblem } from './types.js';

function malformedInspection(
  decoded: Pick<DecodedToken, 'problems' | 'formatting'>
): TokenInspection {
  return {
    kind: 'malformed',
    orgIds: [],
    appIds: [],
    appAccess: {},
    orgAccess: null,
    featureAccess: {},
    commands: null,
    mutations: null,
    expiresAt: null,
    notBefore: null,
    lifetimeSeconds: null,
    hasDischarge: false,
    dischargePaired: null,
    userId: null,
    identity: null,
    userTokenCount: 0,
    macaroonCount: 0,
    tokens: [],
    problems: decoded.problems,
    formatting: decoded.formatting
  };
}

function describeMacaroons(decoded: DecodedToken): DescribedMacaroon[] {
  const paired = pairings([...decoded.grants, ...decoded.rejected]);
  return decoded.macaroons.map(m => ({
    role: m.role,
    location: m.location,
    label: m.label,
    caveats: m.caveats.map(c => ({ type: c.type.toString(), name: c.name, body: c.describe() })),
    identity: m.identity,
    expiresAt: macaroonExpiry(m),
    pairedWith: paired.get(m.index) ?? []
  }));
}

/** Build the inspection of an already decoded token (no scrubbing: see inspectToken). */
function inspectDecoded(decoded: DecodedToken): TokenInspection {
  if (decoded.malformed) return malformedInspection(decoded);
  const budget = new ProbeBudget();
  const access = summarizeAccess(decoded.grants, budget);
  const kind = classify(decoded, budget);
  const expiry = summarizeExpiry(decoded.macaroons);
  const problems: TokenProblem[] = [...decoded.problems];
  if (access.limited) {
    const message = `more than ${MAX_PROBED_RESOURCES} apps, features or clusters: access was worked out for the first ${MAX_PROBED_RESOURCES} of each`;
    problems.push(problem('analysis-limited', message, false));
  }
  if (budget.exhausted) {
    const message =
      'the token is too complex to analyse fully: some access shown as none may be allowed';
    problems.push(problem('analysis-limited', message, false));
  }
  const inspection: TokenInspection = {
    kind,
    orgIds: access.orgIds,
    appIds: access.appIds,
    appAccess: access.appAccess,
    orgAccess: access.orgAccess,
    featureAccess: access.featureAccess,
    commands: access.commands,
    mutations: access.mutations,
    expiresAt: expiry.expiresAt,
    notBefore: expiry.notBefore,
    lifetimeSeconds: expiry.lifetimeSeconds,
    hasDischarge: decoded.macaroons.some(m => m.role === 'discharge'),
    dischargePaired: dischargePaired(decoded.macaroons, decoded.grants),
    userId: creatorOf(decoded.macaroons),
    identity: decoded.grants[0]?.token.identity ?? null,
    userTokenCount: decoded.userTokenCount,
    macaroonCount: decoded.macaroons.length,
    tokens: describeMacaroons(decoded),
    problems,
    formatting: decoded.formatting
  };
  if (access.clusterAccess) inspection.clusterAccess = access.clusterAccess;
  return inspection;
}

/** Decode, classify and describe any token string. Never throws; never contains token text. */
export function inspectToken(input: string): TokenInspection {
  const text = typeof input === 'string' ? input : '';
  try {
    return scrubFragments(inspectDecoded(decodeToken(text)), text);
  } catch {
    // Defensive: every known failure is a problem already; this keeps the promise of no throws.
    const message = 'the token could not be analysed (internal error)';
    return malformedInspection({
      problems: [problem('internal-error', message, true)],
      formatting: []
    });
  }
}
