// The macaroons of a bundle together: each one's role (permission, discharge, unknown), each
// permission token paired with its discharges (3P ticket == discharge KID, byte for byte), and
// the problems those relations reveal (missing discharges, unregistered caveats).
import { allCaveats } from './caveats/caveat.js';
import { ThirdPartyCaveat } from './caveats/third-party.js';
import type { HeaderPiece } from './header.js';
import { toHex } from './json.js';
import type { Macaroon } from './macaroon.js';
import { problem } from './problems.js';
import type { TokenProblem, TokenRole } from './types.js';
import { nonceEmail } from './uuid.js';

export const PERMISSION_LOCATION = 'https://api.fly.io/v1';
/** Where Fly's discharges come from (besides any location a 3P caveat in the bundle names). */
const KNOWN_THIRD_PARTY_LOCATIONS: readonly string[] = [
  'https://api.fly.io/aaa/v1',
  'https://auth.fly.io'
];

export interface DecodedMacaroon extends Macaroon {
  /** Position among the decoded macaroons (header order, user tokens skipped). */
  index: number;
  /** Position among the header's comma-separated pieces. */
  piece: number;
  label: string;
  role: TokenRole;
  /** Nonce e-mail `<uuid>@tokens.fly.io`. */
  identity: string;
  kidHex: string;
}

/** A permission token and the discharges (in the bundle) of its third-party caveats. */
export interface PermissionGrant {
  token: DecodedMacaroon;
  discharges: DecodedMacaroon[];
}

/** Every 3P caveat of a macaroon, IfPresent contents included. */
export function thirdPartyCaveats(m: Macaroon): ThirdPartyCaveat[] {
  return allCaveats(m.caveats).filter(c => c instanceof ThirdPartyCaveat);
}

/** The bundle's macaroons that are not permission tokens, by KID in hex (what a 3P ticket names). */
function dischargesByKid(macaroons: readonly DecodedMacaroon[]): Map<string, DecodedMacaroon[]> {
  const byKid = new Map<string, DecodedMacaroon[]>();
  for (const m of macaroons) {
    if (m.role === 'permission') continue;
    const same = byKid.get(m.kidHex);
    if (same) same.push(m);
    else byKid.set(m.kidHex, [m]);
  }
  return byKid;
}

export function assignRoles(
  decoded: Array<{ macaroon: Macaroon; piece: HeaderPiece }>
): DecodedMacaroon[] {
  const bundled: DecodedMacaroon[] = decoded.map(({ macaroon, piece }, index) => ({
    ...macaroon,
    index,
    piece: piece.index,
    label: piece.label,
    role: 'unknown',
    identity: nonceEmail(macaroon.nonce.kid, macaroon.nonce.rnd),
    kidHex: toHex(macaroon.nonce.kid)
  }));
  // Third parties: the known ones and any a 3P caveat in the bundle names; KIDs tickets name.
  const thirdParties = new Set(KNOWN_THIRD_PARTY_LOCATIONS);
  const tickets = new Set<string>();
  for (const m of bundled) {
    for (const tp of thirdPartyCaveats(m)) {
      thirdParties.add(tp.location);
      if (tp.ticket) tickets.add(toHex(tp.ticket));
    }
  }
  for (const m of bundled) {
    if (m.location === PERMISSION_LOCATION) m.role = 'permission';
    else if (m.nonce.proof || thirdParties.has(m.location) || tickets.has(m.kidHex))
      m.role = 'discharge';
  }
  return bundled;
}

/**
 * Pair each permission token with a discharge for each of its 3P tickets (KID == ticket). Of
 * several discharges for one ticket, Fly's verifier uses the first that verifies: offline that is
 * the first in header order that `verifiable` does not rule out (else the first).
 */
export function pairGrants(
  macaroons: DecodedMacaroon[],
  verifiable: (discharge: DecodedMacaroon) => boolean
): PermissionGrant[] {
  const byKid = dischargesByKid(macaroons);
  const grants: PermissionGrant[] = [];
  for (const token of macaroons) {
    if (token.role !== 'permission') continue;
    const discharges = new Set<DecodedMacaroon>();
    for (const tp of thirdPartyCaveats(token)) {
      const candidates = tp.ticket ? (byKid.get(toHex(tp.ticket)) ?? []) : [];
      const chosen = candidates.find(verifiable) ?? candidates[0];
      if (chosen) discharges.add(chosen);
    }
    grants.push({ token, discharges: [...discharges].sort((a, b) => a.index - b.index) });
  }
  return grants;
}

/** Each permission token's 3P caveats whose discharge (KID == ticket) is not in the bundle. */
export function undischargedTickets(
  macaroons: readonly DecodedMacaroon[],
  grants: readonly PermissionGrant[]
): Array<{ token: DecodedMacaroon; caveat: ThirdPartyCaveat }> {
  const out: Array<{ token: DecodedMacaroon; caveat: ThirdPartyCaveat }> = [];
  const kids = dischargesByKid(macaroons);
  for (const { token } of grants) {
    for (const caveat of thirdPartyCaveats(token)) {
      if (caveat.ticket === null || !kids.has(toHex(caveat.ticket))) out.push({ token, caveat });
    }
  }
  return out;
}

export function relationProblems(
  macaroons: DecodedMacaroon[],
  grants: PermissionGrant[]
): TokenProblem[] {
  const out: TokenProblem[] = [];
  for (const { token, caveat } of undischargedTickets(macaroons, grants)) {
    const message = `token ${token.index + 1} needs a discharge from ${caveat.location} that is not in the header: it cannot be used without an interactive login`;
    out.push(problem('missing-discharge', message, false, token.piece));
  }
  for (const m of macaroons) {
    if (m.unregisteredTypes.length === 0) continue;
    const types = [...new Set(m.unregisteredTypes.map(String))];
    const shown = types.slice(0, 5).join(', ') + (types.length > 5 ? ', ...' : '');
    const message = `token ${m.index + 1} has caveats of unregistered type ${shown}: Fly refuses any access through them`;
    out.push(problem('unregistered-caveat', message, false, m.piece));
  }
  if (macaroons.length > 0 && grants.length === 0) {
    out.push(
      problem(
        'no-permission-token',
        'no permission token (only discharges or other macaroons): Fly will refuse it',
        false
      )
    );
  }
  return out;
}
