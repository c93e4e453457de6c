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
export const KNOWN_THIRD_PARTY_LOCATIONS: readonly string[] = [
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

function ticketsOf(macaroon: Macaroon): ThirdPartyCaveat[] {
  return allCaveats(macaroon.caveats).filter(
    (c): c is ThirdPartyCaveat => c instanceof ThirdPartyCaveat
  );
}

export function assignRoles(
  decoded: Array<{ macaroon: Macaroon; piece: HeaderPiece }>
): DecodedMacaroon[] {
  const thirdParties = new Set(KNOWN_THIRD_PARTY_LOCATIONS);
  const tickets = new Set<string>();
  for (const { macaroon } of decoded) {
    for (const tp of ticketsOf(macaroon)) {
      thirdParties.add(tp.location);
      if (tp.ticket) tickets.add(toHex(tp.ticket));
    }
  }
  return decoded.map(({ macaroon, piece }, index) => {
    const kidHex = toHex(macaroon.nonce.kid);
    const role: TokenRole =
      macaroon.location === PERMISSION_LOCATION
        ? 'permission'
        : macaroon.nonce.proof || thirdParties.has(macaroon.location) || tickets.has(kidHex)
          ? 'discharge'
          : 'unknown';
    // Fields listed rather than spread: a spread copy was a measurable share of decoding.
    return {
      nonce: macaroon.nonce,
      location: macaroon.location,
      caveats: macaroon.caveats,
      tail: macaroon.tail,
      unregisteredTypes: macaroon.unregisteredTypes,
      index,
      piece: piece.index,
      label: piece.label,
      role,
      identity: nonceEmail(macaroon.nonce.kid, macaroon.nonce.rnd),
      kidHex
    };
  });
}

/** Pair each permission token with the discharges whose KID equals one of its 3P tickets. */
export function pairGrants(macaroons: DecodedMacaroon[]): PermissionGrant[] {
  const byKid = new Map<string, DecodedMacaroon[]>();
  for (const m of macaroons) {
    if (m.role === 'permission') continue;
    const same = byKid.get(m.kidHex);
    if (same) same.push(m);
    else byKid.set(m.kidHex, [m]);
  }
  return macaroons
    .filter(m => m.role === 'permission')
    .map(token => {
      const discharges = new Set<DecodedMacaroon>();
      for (const tp of ticketsOf(token)) {
        for (const d of tp.ticket ? (byKid.get(toHex(tp.ticket)) ?? []) : []) discharges.add(d);
      }
      return { token, discharges: [...discharges].sort((a, b) => a.index - b.index) };
    });
}

export function relationProblems(
  macaroons: DecodedMacaroon[],
  grants: PermissionGrant[]
): TokenProblem[] {
  const out: TokenProblem[] = [];
  const kids = new Set(macaroons.filter(m => m.role !== 'permission').map(m => m.kidHex));
  for (const { token } of grants) {
    for (const tp of ticketsOf(token)) {
      if (tp.ticket && kids.has(toHex(tp.ticket))) continue;
      const message = `token ${token.index + 1} needs a discharge from ${tp.location} that is not in the header: it cannot be used without an interactive login`;
      out.push(problem('missing-discharge', message, false, token.piece));
    }
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
